/// The JSON form of a verdict, for `claims check --format json` and `claims report --format json`:
/// the claim as the ledger stores it, the verdict, and the evidence; unknown parts are `null`.
extension Verdict: Encodable {
    enum CodingKeys: String, CodingKey {
        case claim, verdict, problems, basis, passage, report, diff, reports, origins, contradictions, unassessed, notes
    }

    struct ContradictionJSON: Encodable {
        var kind: String
        var reason: String
        var report: Claim
        var words: String
    }

    struct DiffJSON: Encodable {
        var pieces: [WordDiff.Piece]
        var inline: String
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(claim, forKey: .claim)
        try c.encode(kind, forKey: .verdict)
        try c.encode(problems, forKey: .problems)
        try c.encode(basis, forKey: .basis)
        try c.encode(passage, forKey: .passage)
        try c.encode(report, forKey: .report)
        try c.encode(diff.map { DiffJSON(pieces: $0.pieces, inline: $0.inline) }, forKey: .diff)
        try c.encode(reports.map(\.id), forKey: .reports)
        try c.encode(crossSource.origins, forKey: .origins)
        try c.encode(crossSource.contradictions?.map {
            ContradictionJSON(kind: $0.kind, reason: $0.reason, report: $0.report, words: $0.words)
        }, forKey: .contradictions)
        try c.encode(crossSource.unassessed, forKey: .unassessed)
        try c.encode(notes, forKey: .notes)
    }
}
