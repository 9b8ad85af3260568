/// Cross-source evidence for a build without the cross-source analysis: every claim is left
/// unassessed, with the reason, so no verdict claims corroboration or contradiction it did not find.
public struct UnassessedCrossSource: CrossSourceEvidence {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public func assess(_ queries: [CrossSourceQuery]) -> [CrossSourceAssessment] {
        queries.map { _ in .unassessed(reason) }
    }
}
