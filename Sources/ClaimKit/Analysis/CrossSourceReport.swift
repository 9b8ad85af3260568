/// What the analysis of many reports found: who spoke, which statements several reports
/// carry and from how many independent origins, and where the reports disagree.
public struct CrossSourceReport: Sendable {
    /// The claims analysed, in the order given; every index in the report points into this.
    public let claims: [Claim]
    /// The speakers found, as entities across articles.
    public let speakers: [SpeakerEntity]
    /// For each claim, its speaker entity.
    public let speakerOfClaim: [Int]
    /// For each claim, its origin; `nil` for a claim without an article.
    public let originOfClaim: [Origin?]
    /// Statement groups, most independent origins first, then most reports, then earliest.
    public let groups: [StatementGroup]
    /// Contradictions (by kind, then position) and then disputes.
    public let findings: [Finding]

    /// The findings where reports contradict each other.
    public var contradictions: [Finding] { findings.filter(\.isContradiction) }
    /// The findings where speakers disagree.
    public var disputes: [Finding] { findings.filter { !$0.isContradiction } }
}
