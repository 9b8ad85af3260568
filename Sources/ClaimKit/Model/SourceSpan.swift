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
        self.prefix = Self.scalars(before, count: Self.contextLength, fromEnd: true)
        self.suffix = Self.scalars(after, count: Self.contextLength, fromEnd: false)
    }

    /// The first or last `count` Unicode scalars of `text`, found by its UTF-8 lead bytes
    /// (the decoded text is valid UTF-8) rather than by decoding every scalar.
    static func scalars(_ text: String, count: Int, fromEnd: Bool) -> String {
        let utf8 = text.utf8
        var seen = 0
        if fromEnd {
            var i = utf8.endIndex
            while i > utf8.startIndex, seen < count {
                i = utf8.index(before: i)
                if utf8[i] & 0xC0 != 0x80 { seen += 1 }
            }
            return String(text.unicodeScalars[i...])
        }
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] & 0xC0 != 0x80 {
                if seen == count { break }
                seen += 1
            }
            i = utf8.index(after: i)
        }
        return String(text.unicodeScalars[..<i])
    }
}
