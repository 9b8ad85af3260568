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
        let floor = max(0, start - 4 * Self.contextLength), ceiling = min(bytes.count, end + 4 * Self.contextLength)
        self.prefix = Self.validContext(bytes, before: start, floor: floor)
            ?? Self.scalars(String(decoding: bytes[floor..<start], as: UTF8.self), count: Self.contextLength, fromEnd: true)
        self.suffix = Self.validContext(bytes, after: end, ceiling: ceiling)
            ?? Self.scalars(String(decoding: bytes[end..<ceiling], as: UTF8.self), count: Self.contextLength, fromEnd: false)
    }

    /// The last `contextLength` scalars before `start` when those bytes are valid UTF-8 (they
    /// then decode the same whatever precedes them, as decoding restarts at a lead byte); `nil`
    /// when they are not, or when the window from `floor` holds fewer scalars and does not start
    /// the file: the caller then decodes the window with replacement.
    static func validContext(_ bytes: [UInt8], before start: Int, floor: Int) -> String? {
        var p = start, seen = 0
        while p > floor, seen < contextLength {
            p -= 1
            if bytes[p] & 0xC0 != 0x80 { seen += 1 }
        }
        guard seen == contextLength || p == 0 else { return nil }
        return String(validating: bytes[p..<start], as: UTF8.self)
    }

    /// The first `contextLength` scalars from `end` when they are valid UTF-8 and end where a
    /// scalar starts or at the end of the file; `nil` otherwise (see the other `validContext`).
    static func validContext(_ bytes: [UInt8], after end: Int, ceiling: Int) -> String? {
        guard end == bytes.count || bytes[end] & 0xC0 != 0x80 else { return nil }
        var q = end, seen = 0
        while q < ceiling {
            if bytes[q] & 0xC0 != 0x80 {
                if seen == contextLength { break }
                seen += 1
            }
            q += 1
        }
        guard q < ceiling || ceiling == bytes.count else { return nil }
        return String(validating: bytes[end..<q], as: UTF8.self)
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

    /// How well this span lines up with `other` in the same article: positive when they
    /// overlap, higher the more they share and the closer their ends; `nil` when they do not
    /// overlap. Pairs the claims of two readings of one article (review and extraction).
    public func overlapScore(with other: SourceSpan) -> Int? {
        let overlap = min(end, other.end) - max(start, other.start)
        guard overlap > 0 else { return nil }
        return overlap * 2 - abs(start - other.start) - abs(end - other.end)
    }
}
