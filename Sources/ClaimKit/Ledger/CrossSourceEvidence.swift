/// What a ledger check asks of the cross-source analysis: how many independent origins report
/// a claim's statement, and which reports in the corpus contradict it.
///
/// The check finds, for each ledger claim, the corpus reports of the same words by a compatible
/// speaker; deciding whether those reports are independent (copies of one wire story are one
/// origin) and whether other reports contradict the claim is the analysis's job, behind this
/// interface. An implementation answers every query of one check at once, so it can analyse the
/// corpus once.
public protocol CrossSourceEvidence: Sendable {
    /// One assessment per query, in the same order.
    func assess(_ queries: [CrossSourceQuery]) -> [CrossSourceAssessment]
}

/// A ledger claim and the corpus reports the check matched to it (same words, compatible
/// speaker; empty when it found none).
public struct CrossSourceQuery: Hashable, Sendable {
    public var claim: Claim
    public var reports: [Claim]

    public init(claim: Claim, reports: [Claim]) {
        self.claim = claim
        self.reports = reports
    }
}
