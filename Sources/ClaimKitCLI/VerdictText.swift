import ClaimKit

/// Verdicts as text for people: one line per claim, its evidence indented below.
///
///     misquoted      unsourced@3f2a…  James Mattis: “We are now in a position to collaborate”
///                    000_0491…@1284-1440 has: “We are not in a position right now to collaborate …”
///                    diff: we are [-not-] {+now+} in a position [-right now-] to collaborate
enum VerdictText {
    static let width = Verdict.Kind.allCases.map(\.rawValue.count).max() ?? 0

    static func render(_ verdict: Verdict) -> String {
        let pad = String(repeating: " ", count: width + 2)
        var lines = [verdict.kind.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0)
            + "\(verdict.claim.id)  \(verdict.claim.speaker.name): “\(cut(verdict.claim.text, 90))”"]
        lines += evidence(verdict).map { pad + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    static func evidence(_ verdict: Verdict) -> [String] {
        var lines: [String] = []
        let claim = verdict.claim
        if let passage = verdict.passage {
            let place = "\(passage.article)@\(passage.start)-\(passage.end)"
            if let report = verdict.report {
                var said = "\(place): given to \(report.speaker.name)"
                if let date = report.when.date { said += ", \(date)" }
                if let where_ = report.where.place { said += ", \(where_)" }
                lines.append(said + " (\(verdict.basis?.rawValue ?? "extraction"))")
            } else {
                lines.append("\(place): the words are here")
            }
            if verdict.problems.contains(.misquoted) {
                lines.append("the article has: “\(cut(passage.words, 100))”")
            }
        }
        if let diff = verdict.diff { lines.append("diff: \(cut(diff.inline, 140))") }
        if let report = verdict.report {
            if verdict.problems.contains(.misattributed) {
                lines.append("the article gives these words to \(report.speaker.name)"
                    + (report.speaker.mention != report.speaker.name ? " (“\(report.speaker.mention)”)" : "")
                    + ", not \(claim.speaker.name)")
            }
            if verdict.problems.contains(.dateMismatch) {
                lines.append("date: the claim says \(claim.when.date.map(String.init(describing:)) ?? "-"), the article "
                    + "\(report.when.date.map(String.init(describing:)) ?? "-")" + (report.when.expression.map { " (“\($0)”)" } ?? ""))
            }
            if verdict.problems.contains(.placeMismatch) {
                lines.append("place: the claim says \(claim.where.place ?? "-"), the article \(report.where.place ?? "-")"
                    + (report.where.expression.map { " (“\($0)”)" } ?? ""))
            }
        }
        for contradiction in verdict.crossSource.contradictions ?? [] {
            lines.append("contradicted by \(contradiction.report.id) (\(contradiction.report.speaker.name)): "
                + "“\(cut(contradiction.words, 80))”: \(contradiction.reason)")
        }
        if verdict.kind == .corroborated || verdict.kind == .contradicted, let origins = verdict.crossSource.origins, !origins.isEmpty {
            lines.append("independent origins (\(origins.count)): "
                + origins.map { "\($0.name) (\($0.reports.joined(separator: ", ")))" }.joined(separator: "; "))
        }
        lines += verdict.notes
        return lines
    }

    /// Verdict counts, most common first: `94 verified, 2 not-found`.
    static func summary(_ verdicts: [Verdict]) -> String {
        let counts = Dictionary(grouping: verdicts, by: \.kind).mapValues(\.count)
        let parts = Verdict.Kind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }
        return "\(verdicts.count) claim\(verdicts.count == 1 ? "" : "s"): " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
    }

    static func cut(_ text: String, _ length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }
}
