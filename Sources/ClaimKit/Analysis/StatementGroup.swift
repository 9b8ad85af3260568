/// One statement of one speaker and every report of it.
public struct StatementGroup: Hashable, Sendable {
    /// The speaker entity (an index into `CrossSourceReport.speakers`) and its name.
    public var speaker: Int
    public var speakerName: String

    /// The longest version's text.
    public var text: String
    /// The claims (indices into `CrossSourceReport.claims`), in input order.
    public var claims: [Int]
    /// How many different wordings the claims give.
    public var versions: Int
    /// The articles that report it, sorted.
    public var reports: [String]
    /// Its independent origins, sorted by name, each with the reports that came through it.
    public var origins: [OriginReports]
    /// The earliest day a report says it was said, and the earliest publication of a report.
    public var earliest: CalendarDate?
    public var firstReported: CalendarDate?
    /// Where reports say it was said, most reported first.
    public var places: [String]

    /// An origin and the articles that report the statement through it.
    public struct OriginReports: Hashable, Sendable {
        public var origin: Origin
        public var reports: [String]
    }
}
