/// Verdicts in words, shared by `claims check`, the report's table and its HTML page.
extension Verdict {
    /// The evidence for this verdict, one line each: where the words are and who the article
    /// gives them to, what differs, who else reports them, and the notes.
    ///
    ///     a1@112-156: given to Jane Doe, 2021-03-04, Paris (extraction)
    ///     the article has: “We will not delay the reform by a single day”
    ///     diff: we will [-not-] {+never+} delay the reform by a single day
    package var evidence: [String] {
        var lines: [String] = []
        if let passage {
            let place = "\(passage.article)@\(passage.start)-\(passage.end)"
            if let report {
                var said = "\(place): given to \(report.speaker.name)"
                if let date = report.when.date { said += ", \(date)" }
                if let where_ = report.where.place { said += ", \(where_)" }
                lines.append(said + " (\(basis?.rawValue ?? "extraction"))")
            } else {
                lines.append("\(place): the words are here")
            }
            if problems.contains(.misquoted) {
                lines.append("the article has: “\(Verdict.cut(passage.words, 100))”")
            }
        }
        if let diff { lines.append("diff: \(Verdict.cut(diff.inline, 140))") }
        if let report {
            if problems.contains(.misattributed) {
                lines.append("the article gives these words to \(report.speaker.name)"
                    + (report.speaker.mention != report.speaker.name ? " (“\(report.speaker.mention)”)" : "")
                    + ", not \(claim.speaker.name)")
            }
            if problems.contains(.dateMismatch) {
                lines.append("date: the claim says \(claim.when.date.map(String.init(describing:)) ?? "-"), the article "
                    + "\(report.when.date.map(String.init(describing:)) ?? "-")" + (report.when.expression.map { " (“\($0)”)" } ?? ""))
            }
            if problems.contains(.placeMismatch) {
                lines.append("place: the claim says \(claim.where.place ?? "-"), the article \(report.where.place ?? "-")"
                    + (report.where.expression.map { " (“\($0)”)" } ?? ""))
            }
        }
        for contradiction in crossSource.contradictions ?? [] {
            lines.append("contradicted by \(contradiction.report.id) (\(contradiction.report.speaker.name)): "
                + "“\(Verdict.cut(contradiction.words, 80))”: \(contradiction.reason)")
        }
        if kind == .corroborated || kind == .contradicted, let origins = crossSource.origins, !origins.isEmpty {
            lines.append("independent origins (\(origins.count)): "
                + origins.map { "\($0.name) (\($0.reports.joined(separator: ", ")))" }.joined(separator: "; "))
        }
        lines += notes
        return lines
    }

    /// How many verdicts of each kind, in `Kind` order: `96 claims: 94 verified, 2 not-found`.
    package static func summary(_ verdicts: [Verdict]) -> String {
        let counts = Dictionary(grouping: verdicts, by: \.kind).mapValues(\.count)
        let parts = Kind.allCases.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }
        return "\(verdicts.count) claim\(verdicts.count == 1 ? "" : "s"): " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
    }

    /// `text` cut to `length` characters, an ellipsis marking the cut.
    package static func cut(_ text: String, _ length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }
}
