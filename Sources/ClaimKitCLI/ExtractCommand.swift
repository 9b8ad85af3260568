import ClaimKit
import Foundation

/// `claims extract`: the claims of the articles named, streamed as they are found.
struct ExtractCommand {
    var context: Context

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        let files = try context.corpus.files(for: context.invocation.arguments)
        let extractor = Extractor()
        var failed = false
        var table = Table(headers: ["ARTICLE", "SPEAKER", "KIND", "DATE", "PLACE", "TEXT"], flexible: [5, 1])
        var first = true
        if context.format == .json { output.write("[") }
        for file in files {
            let article: Article
            do { article = try Article(contentsOf: file) } catch {
                errors.write("Error: \(error)\n")
                failed = true
                continue
            }
            for claim in extractor.claims(in: article) {
                switch context.format {
                case .jsonl: output.write(try JSONOutput.line(claim))
                case .json:
                    let text = try JSONOutput.pretty(claim).dropLast()
                    output.write((first ? "\n" : ",\n") + text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
                    first = false
                case .table:
                    table.append([String(article.id.prefix(12)), claim.speaker.name, claim.kind.rawValue,
                                  claim.when.date?.description ?? "-", claim.where.place ?? "-", claim.text])
                }
            }
        }
        if context.format == .json { output.write(first ? "]\n" : "\n]\n") }
        if context.format == .table { output.write(table.render(width: terminalWidth())) }
        return failed ? .usage : .success
    }
}
