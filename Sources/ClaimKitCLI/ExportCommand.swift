import ClaimKit
import Foundation

/// `claims export`: claims in the formats other tools read.
struct ExportCommand {
    var context: Context

    enum Kind: String, CaseIterable { case w3cAnnotation = "w3c-annotation", csv, claimreview }

    /// The kinds, for messages: `w3c-annotation, csv or claimreview`.
    static let kinds = Kind.allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + (Kind.allCases.last?.rawValue ?? "")

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        let invocation = context.invocation
        guard let raw = invocation.value("--as") else {
            throw UsageError("Missing option '--as' (\(Self.kinds))", subcommand: .export)
        }
        guard let kind = Kind(rawValue: raw) else {
            throw UsageError("Unknown export '\(raw)' (use \(Self.kinds))", subcommand: .export)
        }
        let fromLedger: Bool
        switch invocation.value("--from") ?? "ledger" {
        case "ledger": fromLedger = true
        case "extracted": fromLedger = false
        case let other: throw UsageError("Unknown claim source '\(other)' (use ledger or extracted)", subcommand: .export)
        }
        var array = JSONArray(asLines: context.format == .jsonl)
        if kind == .claimreview {
            guard fromLedger else {
                throw UsageError("claimreview reviews the ledger's claims: '--from extracted' does not apply", subcommand: .export)
            }
            let snapshot = try ProjectSnapshot.load(context, errors: &errors)
            let claims = try snapshot.ledgerClaims(named: invocation.arguments, in: context.corpus)
            for verdict in snapshot.verdicts(for: claims, context: context, errors: &errors) {
                try array.append(ClaimReview(verdict: verdict, reading: snapshot.reading), to: &output)
            }
            array.finish(&output)
            return .success
        }
        let files = invocation.arguments.isEmpty && fromLedger
            ? try context.store.articleIDs().map { context.corpus.directory.appending(path: $0 + ".txt") }
            : try context.corpus.files(for: invocation.arguments)
        let extractor = fromLedger ? nil : Extractor()
        if kind == .csv { output.write(ClaimTable.header) }
        for file in files {
            let article = try Article(contentsOf: file)
            let claims = try extractor.map { $0.claims(in: article) } ?? context.store.claims(for: article.id)
            for claim in claims {
                if kind == .csv {
                    output.write(ClaimTable.line(claim))
                } else if let annotation = W3CAnnotation(claim: claim, article: article, source: article.sourceIRI) {
                    try array.append(annotation, to: &output)
                } else {
                    errors.write("Warning: \(claim.id): span is outside \(article.path); not exported\n")
                }
            }
        }
        if kind != .csv { array.finish(&output) }
        return .success
    }

    /// JSON values written as they come: one array, each value indented inside it, or (for
    /// `--format jsonl`) one value a line.
    struct JSONArray {
        var asLines: Bool
        var isEmpty = true

        mutating func append<Value: Encodable, Output: TextOutputStream>(_ value: Value, to output: inout Output) throws {
            if asLines {
                output.write(try JSONOutput.line(value))
            } else {
                let text = try JSONOutput.pretty(value).dropLast()
                output.write((isEmpty ? "[\n" : ",\n") + text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "  " + $0 }.joined(separator: "\n"))
            }
            isEmpty = false
        }

        func finish<Output: TextOutputStream>(_ output: inout Output) {
            guard !asLines else { return }
            output.write(isEmpty ? "[]\n" : "\n]\n")
        }
    }
}
