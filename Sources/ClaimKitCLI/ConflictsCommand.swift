import ClaimKit
import Foundation

/// `claims conflicts`: contradictions between reports, then disputes between speakers.
struct ConflictsCommand {
    var context: Context

    /// One finding, as printed in JSON: its type, reason, and both claims in the ledger's form.
    struct Row: Encodable {
        struct Side: Encodable {
            var claim: Claim
            var speaker: String
            var words: String
        }
        var type: String
        var contradiction: Bool
        var reason: String
        var first: Side
        var second: Side
    }

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        let report = try AnalysisInput(context).analysis()
        let findings = report.findings
        switch context.format {
        case .json:
            output.write(try JSONOutput.pretty(findings.map { Row($0, in: report) }))
        case .jsonl:
            for finding in findings { output.write(try JSONOutput.line(Row(finding, in: report))) }
        case .table:
            output.write(Self.listing(report, width: terminalWidth()))
        }
        return report.findings.contains(where: \.isContradiction) ? .failure : .success
    }

    /// The findings for people: contradictions, then disputes, each with its reason and both
    /// claims (id, speaker, text); then how many of each.
    static func listing(_ report: CrossSourceReport, width: Int) -> String {
        var output = ""
        let contradictions = report.contradictions, disputes = report.disputes
        // Evidence lines share their columns across the whole listing.
        let sides = report.findings.flatMap { [$0.first.claim, $0.second.claim] }
        let idWidth = sides.map { report.claims[$0].id.count }.max() ?? 0
        let speakerWidth = sides.map { report.speakers[report.speakerOfClaim[$0]].name.count }.max() ?? 0
        for (title, list) in [("CONTRADICTIONS", contradictions), ("DISPUTES", disputes)] where !list.isEmpty {
            output.write("\(title)\n")
            for finding in list {
                output.write(ConflictsCommand.cut("  \(finding.kind.rawValue): \(finding.reason)", width) + "\n")
                for side in [finding.first, finding.second] {
                    let claim = report.claims[side.claim]
                    let speaker = report.speakers[report.speakerOfClaim[side.claim]].name
                    let line = "    " + claim.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                        + speaker.padding(toLength: speakerWidth, withPad: " ", startingAt: 0) + "  “\(claim.text)”"
                    output.write(ConflictsCommand.cut(line, width) + "\n")
                }
            }
        }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        output.write("\(count(contradictions.count, "contradiction")), \(count(disputes.count, "dispute"))\n")
        return output
    }

    static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(1, width - 1))) + "…"
    }
}

extension ConflictsCommand.Row {
    init(_ finding: Finding, in report: CrossSourceReport) {
        func side(_ evidence: Finding.Evidence) -> Side {
            Side(claim: report.claims[evidence.claim], speaker: report.speakers[report.speakerOfClaim[evidence.claim]].name,
                 words: evidence.words)
        }
        self.init(type: finding.kind.rawValue, contradiction: finding.isContradiction, reason: finding.reason,
                  first: side(finding.first), second: side(finding.second))
    }
}
