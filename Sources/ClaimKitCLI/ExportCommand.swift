import ClaimKit
import Foundation

/// `claims export`: claims in the formats other tools read.
struct ExportCommand {
    var context: Context

    enum Kind: String { case w3cAnnotation = "w3c-annotation", csv }

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        let invocation = context.invocation
        guard let raw = invocation.value("--as") else {
            throw UsageError("Missing option '--as' (w3c-annotation or csv)", subcommand: .export)
        }
        guard let kind = Kind(rawValue: raw) else {
            throw UsageError("Unknown export '\(raw)' (use w3c-annotation or csv)", subcommand: .export)
        }
        let fromLedger: Bool
        switch invocation.value("--from") ?? "ledger" {
        case "ledger": fromLedger = true
        case "extracted": fromLedger = false
        case let other: throw UsageError("Unknown claim source '\(other)' (use ledger or extracted)", subcommand: .export)
        }
        let files = invocation.arguments.isEmpty && fromLedger
            ? try context.store.articleIDs().map { context.corpus.directory.appending(path: $0 + ".txt") }
            : try context.corpus.files(for: invocation.arguments)
        let extractor = fromLedger ? nil : Extractor()
        if kind == .csv { output.write(ClaimTable.header) }
        var first = true
        let asLines = context.format == .jsonl
        if kind == .w3cAnnotation, !asLines { output.write("[") }
        for file in files {
            let article = try Article(contentsOf: file)
            let claims = try extractor.map { $0.claims(in: article) } ?? context.store.claims(for: article.id)
            for claim in claims {
                switch kind {
                case .csv:
                    output.write(ClaimTable.line(claim))
                case .w3cAnnotation:
                    let source = article.metadata.url?.value ?? "urn:claimtrack:article:" + article.id
                    guard let annotation = W3CAnnotation(claim: claim, article: article, source: source) else {
                        errors.write("Warning: \(claim.id): span is outside \(article.path); not exported\n")
                        continue
                    }
                    if asLines {
                        output.write(try JSONOutput.line(annotation))
                    } else {
                        let text = try JSONOutput.pretty(annotation).dropLast()
                        output.write((first ? "\n" : ",\n") + text.split(separator: "\n", omittingEmptySubsequences: false)
                            .map { "  " + $0 }.joined(separator: "\n"))
                        first = false
                    }
                }
            }
        }
        if kind == .w3cAnnotation, !asLines { output.write(first ? "]\n" : "\n]\n") }
        return .success
    }
}
