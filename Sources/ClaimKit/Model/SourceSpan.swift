/// The exact stretch of an article that carries a claim.
///
/// `start` and `end` are UTF-8 byte offsets into the article file as stored (`end` exclusive), so
/// they stay true whatever the text holds. `exact`, `prefix` and `suffix` follow the W3C Web
/// Annotation `TextQuoteSelector`: if the file changes, the claim can be found again by its words.
public struct SourceSpan: Hashable, Sendable {
    public var article: String
    public var start: Int
    public var end: Int
    public var exact: String
    public var prefix: String
    public var suffix: String

    public init(article: String, start: Int, end: Int, exact: String, prefix: String, suffix: String) {
        self.article = article
        self.start = start
        self.end = end
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }

    /// How many Unicode scalars of context `prefix` and `suffix` keep.
    public static let contextLength = 32

    /// Cuts the span `start..<end` out of `bytes`, with its context.
    public init(article: String, bytes: [UInt8], start: Int, end: Int) {
        precondition(0 <= start && start <= end && end <= bytes.count, "span out of range")
        self.article = article
        self.start = start
        self.end = end
        self.exact = String(decoding: bytes[start..<end], as: UTF8.self)
        let before = String(decoding: bytes[max(0, start - 4 * Self.contextLength)..<start], as: UTF8.self)
        let after = String(decoding: bytes[end..<min(bytes.count, end + 4 * Self.contextLength)], as: UTF8.self)
        self.prefix = String(String.UnicodeScalarView(before.unicodeScalars.suffix(Self.contextLength)))
        self.suffix = String(String.UnicodeScalarView(after.unicodeScalars.prefix(Self.contextLength)))
    }

    /// How well this span lines up with `other` in the same article: positive when they
    /// overlap, higher the more they share and the closer their ends; `nil` when they do not
    /// overlap. Pairs the claims of two readings of one article (review and extraction).
    public func overlapScore(with other: SourceSpan) -> Int? {
        let overlap = min(end, other.end) - max(start, other.start)
        guard overlap > 0 else { return nil }
        return overlap * 2 - abs(start - other.start) - abs(end - other.end)
    }
}
