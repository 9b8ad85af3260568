import ClaimKit

/// Cross-source evidence that assesses nothing: verdicts from the check alone.
struct UnassessedCrossSource: CrossSourceEvidence {
    var reason: String

    func assess(_ queries: [CrossSourceQuery]) -> [CrossSourceAssessment] {
        queries.map { _ in .unassessed(reason) }
    }
}
