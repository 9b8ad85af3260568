/// What the cross-source analysis says about one ledger claim.
///
/// `nil` fields were not assessed (`unassessed` says why); an empty list was assessed and found
/// nothing. The check never guesses either answer.
public struct CrossSourceAssessment: Hashable, Sendable {
    /// An independent origin of the statement and the articles that carry it through that origin.
    public struct OriginReports: Hashable, Sendable, Codable {
        public var name: String
        /// How the origin was recognised (`agency`, `attribution`, `outlet`, `article`).
        public var basis: String
        public var reports: [String]

        public init(name: String, basis: String, reports: [String]) {
            self.name = name
            self.basis = basis
            self.reports = reports
        }
    }

    /// A report in the corpus that contradicts the claim.
    public struct Contradiction: Hashable, Sendable {
        /// What kind of disagreement (`misquote`, `numeric-conflict`, `polarity`, …).
        public var kind: String
        /// One line saying what differs.
        public var reason: String
        public var report: Claim
        /// The words of the report at issue, as written.
        public var words: String

        public init(kind: String, reason: String, report: Claim, words: String) {
            self.kind = kind
            self.reason = reason
            self.report = report
            self.words = words
        }
    }

    public var origins: [OriginReports]?
    public var contradictions: [Contradiction]?
    /// Why the claim was not assessed, when it was not.
    public var unassessed: String?

    public init(origins: [OriginReports]?, contradictions: [Contradiction]?, unassessed: String? = nil) {
        self.origins = origins
        self.contradictions = contradictions
        self.unassessed = unassessed
    }

    /// Not assessed, and why.
    public static func unassessed(_ reason: String) -> CrossSourceAssessment {
        CrossSourceAssessment(origins: nil, contradictions: nil, unassessed: reason)
    }
}
