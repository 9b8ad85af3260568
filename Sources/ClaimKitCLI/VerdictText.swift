import ClaimKit

/// Verdicts as text for people: one line per claim, its evidence (`Verdict.evidence`) indented below.
///
///     misquoted      unsourced@3f2a…  James Mattis: “We are now in a position to collaborate”
///                    000_0491…@1284-1440 has: “We are not in a position right now to collaborate …”
///                    diff: we are [-not-] {+now+} in a position [-right now-] to collaborate
enum VerdictText {
    static let width = Verdict.Kind.allCases.map(\.rawValue.count).max() ?? 0

    static func render(_ verdict: Verdict) -> String {
        let pad = String(repeating: " ", count: width + 2)
        var lines = [verdict.kind.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0)
            + "\(verdict.claim.id)  \(verdict.claim.speaker.name): “\(Verdict.cut(verdict.claim.text, 90))”"]
        lines += verdict.evidence.map { pad + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
