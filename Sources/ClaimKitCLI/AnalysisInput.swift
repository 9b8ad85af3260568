import ClaimKit
import Foundation

/// The articles and claims an analysis command works on, and the analysis of them.
///
/// Articles are the ones the arguments name (all of `Corpus/` by default); claims come from
/// the extractor run over them (`--from extracted`) or from the ledger (`--from ledger`: their
/// files in `Claims/`, or, with no arguments, the whole ledger including unsourced claims).
struct AnalysisInput {
    /// Where claims come from.
    enum Source: String, CaseIterable {
        case extracted, ledger
    }

    var articles: [Article]
    var claims: [Claim]

    init(_ context: Context) throws {
        let command = context.invocation.subcommand
        let raw = context.invocation.value("--from") ?? Source.extracted.rawValue
        guard let source = Source(rawValue: raw) else {
            throw UsageError("Unknown claim source '\(raw)' (use extracted or ledger)", subcommand: command)
        }
        let files = try context.corpus.files(for: context.invocation.arguments)
        articles = try files.map { try Article(contentsOf: $0) }
        switch source {
        case .ledger:
            if context.invocation.arguments.isEmpty {
                claims = try context.store.allClaims()
            } else {
                claims = try articles.flatMap { try context.store.claims(for: $0.id) }
            }
        case .extracted:
            let extractor = Extractor()
            claims = articles.flatMap { extractor.claims(in: $0) }
        }
        claims.sort(by: Claim.spanOrder)
    }

    /// The cross-source analysis of these claims, with the lexicon's given names and places.
    func analysis() -> CrossSourceReport {
        CrossSourceAnalyzer(givenNames: GivenNames(), places: Gazetteer()).analyze(claims, articles: articles)
    }
}
