import ClaimKit
import Foundation

/// `claims report`: the main summary of a project: what each article says, which statements
/// independent sources back, where reports disagree, the ledger's verdicts, and where extraction
/// and the reviewed claims differ.
struct ReportCommand {
    var context: Context

    /// One article and the claims extraction finds in it.
    struct ArticleSection: Encodable {
        var id: String
        var headline: String?
        var published: CalendarDate?
        var agency: String?
        var places: [String]
        var claims: [Claim]
    }

    /// A part of the report this build cannot compute, and why.
    struct Unavailable: Encodable {
        var available = false
        var reason: String
    }

    /// One difference between extraction and the reviewed claims.
    struct Difference: Encodable {
        var change: String
        var claim: String
        var knownMiss: String?
        var fields: [ExtractionDiff.Change]
    }

    struct ExtractionSection: Encodable {
        var article: String
        var reviewed: Int
        var extracted: Int
        var matched: Int
        var differences: [Difference]
    }

    struct Report: Encodable {
        var articles: [ArticleSection]
        var statements: Unavailable
        var findings: Unavailable
        var verdicts: [Verdict]
        var verdictCounts: [String: Int]
        var extraction: [ExtractionSection]
    }

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        guard context.format != .jsonl else { throw UsageError("The report prints table or json", subcommand: .report) }
        let snapshot = try ProjectSnapshot.load(context, errors: &errors)
        let verdicts = snapshot.verdicts(for: snapshot.ledger, context: context, errors: &errors)
        let reviewedIDs = Set(try context.store.articleIDs())
        var diffs: [ExtractionDiff] = []
        for (a, article) in snapshot.articles.enumerated() where reviewedIDs.contains(article.id) {
            diffs.append(ExtractionDiff(article: article.id, expected: try context.store.claims(for: article.id),
                                        actual: snapshot.extracted[a]))
        }
        let unavailable = Unavailable(reason: ProjectSnapshot.unassessedReason)
        let report = Report(
            articles: zip(snapshot.articles, snapshot.extracted).map { article, claims in
                ArticleSection(id: article.id, headline: article.metadata.headline?.value, published: article.metadata.published?.value,
                               agency: article.metadata.agency?.value ?? article.metadata.outlet?.value,
                               places: article.datelines.compactMap(\.place), claims: claims)
            },
            statements: unavailable, findings: unavailable, verdicts: verdicts,
            verdictCounts: Dictionary(grouping: verdicts, by: \.kind.rawValue).mapValues(\.count),
            extraction: diffs.map(Self.section))
        if context.format == .json {
            output.write(try JSONOutput.pretty(report))
        } else {
            write(report, diffs: diffs, ledger: snapshot.ledger, output: &output)
        }
        return .success
    }

    static func section(_ diff: ExtractionDiff) -> ExtractionSection {
        ExtractionSection(article: diff.article, reviewed: diff.expectedCount, extracted: diff.extractedCount, matched: diff.matched,
                          differences: diff.entries.filter(\.isFailing).map { entry in
            switch entry {
            case .missing(let claim): Difference(change: "missing", claim: claim.id, knownMiss: claim.knownMiss, fields: [])
            case .unexpected(let claim): Difference(change: "unexpected", claim: claim.id, knownMiss: nil, fields: [])
            case .changed(let expected, _, let changes):
                Difference(change: "changed", claim: expected.id, knownMiss: expected.knownMiss, fields: changes.filter(\.isFailing))
            }
        })
    }

    func write<Output: TextOutputStream>(_ report: Report, diffs: [ExtractionDiff], ledger: [Claim], output: inout Output) {
        let width = terminalWidth()
        let extracted = report.articles.reduce(0) { $0 + $1.claims.count }
        let statuses = Dictionary(grouping: ledger, by: \.status).mapValues(\.count)
        let unsourced = ledger.filter { $0.citedArticle == nil }.count
        output.write("claimtrack report: \(report.articles.count) articles, \(extracted) claims extracted; ledger: \(ledger.count) claims ("
            + ReviewStatus.allCases.compactMap { status in statuses[status].map { "\($0) \(status.rawValue)" } }.joined(separator: ", ")
            + (unsourced > 0 ? "; \(unsourced) unsourced" : "") + ")\n")

        output.write("\nCLAIMS BY ARTICLE\n")
        for article in report.articles {
            output.write("\n\(article.id)  \(article.published?.description ?? "undated")  \(article.agency ?? "-")  "
                + (article.places.isEmpty ? "-" : article.places.joined(separator: ", ")) + "\n")
            if let headline = article.headline { output.write("  \(headline)\n") }
            var table = Table(headers: ["SPEAKER", "KIND", "DATE", "PLACE", "TEXT"], flexible: [4, 0])
            for claim in article.claims {
                table.append([claim.speaker.name, claim.kind.rawValue, claim.when.date?.description ?? "-", claim.where.place ?? "-", claim.text])
            }
            output.write(article.claims.isEmpty ? "  (no claims found)\n"
                : table.render(width: width - 2).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n")
        }

        output.write("\nSTATEMENTS WITH THE MOST INDEPENDENT ORIGINS\n  Not available: \(report.statements.reason).\n")
        output.write("\nCONTRADICTIONS AND DISPUTES\n  Not available: \(report.findings.reason).\n")

        output.write("\nLEDGER VERDICTS\n  \(VerdictText.summary(report.verdicts))\n")
        for verdict in report.verdicts where !verdict.kind.isSupported {
            output.write(VerdictText.render(verdict).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n")
        }

        output.write("\nEXTRACTION AGAINST THE REVIEWED CLAIMS\n  \(TestCommand.summary(diffs))\n")
        for diff in diffs {
            output.write(diff.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + (diff.render().isEmpty ? "" : "\n"))
        }
    }
}
