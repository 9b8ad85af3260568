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
        /// The statements with the most independent origins, most first.
        var statements: [CorroborateCommand.Row]
        /// Contradictions, then disputes.
        var findings: [ConflictsCommand.Row]
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
        let analysis = snapshot.analysis()
        let statements = analysis.groups.prefix(Self.statementCount).filter { $0.origins.count > 1 }
        let report = Report(
            articles: zip(snapshot.articles, snapshot.extracted).map { article, claims in
                ArticleSection(id: article.id, headline: article.metadata.headline?.value, published: article.metadata.published?.value,
                               agency: article.metadata.agency?.value ?? article.metadata.outlet?.value,
                               places: article.datelines.compactMap(\.place), claims: claims)
            },
            statements: statements.map { CorroborateCommand.Row($0, in: analysis) },
            findings: analysis.findings.map { ConflictsCommand.Row($0, in: analysis) }, verdicts: verdicts,
            verdictCounts: Dictionary(grouping: verdicts, by: \.kind.rawValue).mapValues(\.count),
            extraction: diffs.map(Self.section))
        if context.format == .json {
            output.write(try JSONOutput.pretty(report))
        } else {
            write(report, analysis: analysis, statements: statements, diffs: diffs, ledger: snapshot.ledger, output: &output)
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

    /// How many statements the report lists at most.
    static let statementCount = 10

    func write<Output: TextOutputStream>(_ report: Report, analysis: CrossSourceReport, statements: [StatementGroup],
                                         diffs: [ExtractionDiff], ledger: [Claim], output: inout Output) {
        let width = terminalWidth()
        let extracted = report.articles.reduce(0) { $0 + $1.claims.count }
        let statuses = Dictionary(grouping: ledger, by: \.status).mapValues(\.count)
        let unsourced = ledger.filter { $0.citedArticle == nil }.count
        let parts = ReviewStatus.allCases.compactMap { status in statuses[status].map { "\($0) \(status.rawValue)" } }
            + (unsourced > 0 ? ["\(unsourced) unsourced"] : [])
        output.write("claimtrack report: \(report.articles.count) articles, \(extracted) claims extracted; ledger: \(ledger.count) claims"
            + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")") + "\n")

        output.write("\nCLAIMS BY ARTICLE\n")
        for article in report.articles {
            output.write("\n\(article.id)  \(article.published?.description ?? "undated")  \(article.agency ?? "-")  "
                + (article.places.isEmpty ? "-" : article.places.joined(separator: ", ")) + "\n")
            if let headline = article.headline { output.write("  \(headline)\n") }
            var table = Table(headers: ["SPEAKER", "KIND", "DATE", "PLACE", "TEXT"], flexible: [4, 0])
            for claim in article.claims {
                table.append([claim.speaker.name, claim.kind.rawValue, claim.when.date?.description ?? "-", claim.where.place ?? "-", claim.text])
            }
            output.write(article.claims.isEmpty ? "  (no claims found)\n" : Self.indented(table.render(width: width - 2)))
        }

        output.write("\nSTATEMENTS WITH THE MOST INDEPENDENT ORIGINS\n")
        if statements.isEmpty {
            output.write("  No statement is reported by more than one independent origin.\n")
        } else {
            output.write(Self.indented(CorroborateCommand.table(statements).render(width: width - 2)))
        }
        let single = analysis.groups.filter { $0.origins.count == 1 }.count
        output.write("  \(analysis.groups.count) statements in all; \(single) with a single origin.\n")
        output.write("\nCONTRADICTIONS AND DISPUTES\n")
        output.write(Self.indented(ConflictsCommand.listing(analysis, width: width - 2)))

        output.write("\nLEDGER VERDICTS\n  \(VerdictText.summary(report.verdicts))\n")
        for verdict in report.verdicts where !verdict.kind.isSupported {
            output.write(Self.indented(VerdictText.render(verdict)))
        }

        output.write("\nEXTRACTION AGAINST THE REVIEWED CLAIMS\n  \(TestCommand.summary(diffs))\n")
        for diff in diffs { output.write(Self.indented(diff.render())) }
    }

    /// Each line of `text` two spaces in.
    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "  " + $0 }.joined(separator: "\n")
            + (text.isEmpty ? "" : "\n")
    }
}
