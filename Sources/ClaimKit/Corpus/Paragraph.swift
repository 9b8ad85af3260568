/// One paragraph of an article's body.
public struct Paragraph: Hashable, Sendable {
    /// UTF-8 byte range in the file as stored, white space at both ends excluded.
    public var range: Range<Int>
    /// The index into `Article.datelines` of the dateline that governs it, if any.
    public var dateline: Int?
    /// A short line inside the body that titles a section (`- 'Rock solid' commitment -`):
    /// kept for reading, but not a source of claims.
    public var isHeading: Bool

    public init(range: Range<Int>, dateline: Int? = nil, isHeading: Bool = false) {
        self.range = range
        self.dateline = dateline
        self.isHeading = isHeading
    }
}

/// A line the cleaner left out of the body, and why.
public struct DroppedLine: Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable, CaseIterable, Codable {
        case header, navigation, headline, byline, dateline, caption, repeated
        case teaser, authorBlurb, comments, paywall, email, separator, advert
    }

    public var range: Range<Int>
    public var reason: Reason

    public init(range: Range<Int>, reason: Reason) {
        self.range = range
        self.reason = reason
    }
}
