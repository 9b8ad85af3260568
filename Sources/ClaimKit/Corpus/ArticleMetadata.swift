/// What an article says about itself, each value with where it came from.
public struct ArticleMetadata: Hashable, Sendable {
    /// Where a metadata value was found.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// `Corpus/<id>.meta.json`, written by a person: it overrides detection.
        case sidecar
        /// A `date YYYY-MM-DD` header line.
        case header
        /// A dateline (`Brussels (AFP) Feb 16, 2017`).
        case dateline
        /// The first title-like line of the page.
        case titleLine
        /// A credit line near the end (`AFP`, `Written By …`).
        case credit
    }

    /// A detected value and its origin.
    public struct Detected<Value: Hashable & Sendable>: Hashable, Sendable {
        public var value: Value
        public var origin: Origin
        public init(_ value: Value, from origin: Origin) {
            self.value = value
            self.origin = origin
        }
    }

    public var headline: Detected<String>?
    public var published: Detected<CalendarDate>?
    public var place: Detected<String>?
    public var agency: Detected<String>?
    public var outlet: Detected<String>?
    public var url: Detected<String>?

    public init() {}
}
