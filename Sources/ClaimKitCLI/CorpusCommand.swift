import ClaimKit
import Foundation

/// `claims corpus`: what the cleaner made of each article.
struct CorpusCommand {
    var context: Context

    /// One article's row, as printed in JSON.
    struct Row: Encodable {
        struct DatelineRow: Encodable {
            var place: String?
            var agency: String?
            var date: CalendarDate?
        }
        var id: String
        var headline: String?
        var agency: String?
        var outlet: String?
        var published: CalendarDate?
        var publishedFrom: String?
        var datelines: [DatelineRow]
        var paragraphs: Int
        var dropped: Int
        var words: Int
        var invalidUTF8: Int
    }

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        let invocation = context.invocation
        if let id = invocation.value("--show") {
            let files = try context.corpus.files(for: [id])
            for file in files { show(try Article(contentsOf: file), output: &output) }
            return .success
        }
        let files = try context.corpus.files(for: invocation.arguments)
        var failed = false
        var rows: [Row] = []
        for file in files {
            do {
                let article = try Article(contentsOf: file)
                let row = Row(article)
                if context.format == .jsonl { output.write(try JSONOutput.line(row)) } else { rows.append(row) }
            } catch {
                errors.write("Error: \(error)\n")
                failed = true
            }
        }
        switch context.format {
        case .json: output.write(try JSONOutput.pretty(rows))
        case .jsonl: break
        case .table:
            var table = Table(headers: ["ARTICLE", "AGENCY", "PUBLISHED", "DATELINE", "KEPT", "DROPPED", "WORDS"],
                              flexible: [3], numeric: [4, 5, 6])
            for row in rows {
                let places = row.datelines.compactMap(\.place)
                table.append([row.id, row.agency ?? row.outlet ?? "-", row.published?.description ?? "-",
                              places.isEmpty ? "-" : places.joined(separator: ", "),
                              String(row.paragraphs), String(row.dropped), String(row.words)])
            }
            output.write(table.render(width: terminalWidth()))
        }
        return failed ? .usage : .success
    }

    func show<Output: TextOutputStream>(_ article: Article, output: inout Output) {
        var items: [(start: Int, mark: String, range: Range<Int>)] = []
        for paragraph in article.paragraphs {
            items.append((paragraph.range.lowerBound, paragraph.isHeading ? "  § " : "    ", paragraph.range))
        }
        for line in article.dropped {
            items.append((line.range.lowerBound, "  ✗ [\(line.reason.rawValue)] ", line.range))
        }
        items.sort { $0.start < $1.start }
        let meta = article.metadata
        output.write("\(article.id): \(meta.headline?.value ?? "(no headline)")\n")
        output.write("  published \(meta.published.map { "\($0.value) (from \($0.origin.rawValue))" } ?? "unknown")")
        output.write(", agency \(meta.agency.map { "\($0.value) (from \($0.origin.rawValue))" } ?? "unknown")\n")
        for dateline in article.datelines {
            output.write("  dateline \(dateline.place ?? "-") \(dateline.agency ?? "") \(dateline.date?.description ?? "")\n")
        }
        output.write("\n")
        for item in items {
            let text = article.string(item.range).replacingOccurrences(of: "\n", with: " ")
            output.write(item.mark + text + "\n")
        }
    }
}

extension CorpusCommand.Row {
    init(_ article: Article) {
        let meta = article.metadata
        self.init(id: article.id, headline: meta.headline?.value, agency: meta.agency?.value,
                  outlet: meta.outlet?.value, published: meta.published?.value,
                  publishedFrom: meta.published?.origin.rawValue,
                  datelines: article.datelines.map { .init(place: $0.place, agency: $0.agency, date: $0.date) },
                  paragraphs: article.paragraphs.count, dropped: article.dropped.count,
                  words: article.wordCount, invalidUTF8: article.invalidSequences)
    }
}
