import ClaimKit

/// Verdicts as text for people: one line per claim, its evidence (`Verdict.evidence`) indented below.
///
///     misquoted      unsourced@3f2a…  Jane Doe: “We will never delay the reform by a single day”
///                    a1@112-156: given to Jane Doe, 2021-03-04, Paris (extraction)
///                    the article has: “We will not delay the reform by a single day”
///                    diff: we will [-not-] {+never+} delay the reform by a single day
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
