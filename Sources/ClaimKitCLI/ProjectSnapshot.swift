import ClaimKit
import Foundation

/// Everything `check` and `report` read: the articles, what extraction finds in them, the
/// ledger, and the corpus reading built from both.
struct ProjectSnapshot {
    var articles: [Article]
    var extracted: [[Claim]]
    var ledger: [Claim]
    var reading: CorpusReading

    /// Reads and extracts every article of `Corpus/` (progress on `errors` when enabled) and the
    /// whole ledger. A missing `Corpus/` is an empty corpus; a bad file is an error.
    static func load<Errors: TextOutputStream>(_ context: Context, errors: inout Errors) throws -> ProjectSnapshot {
        let corpusExists = FileManager.default.fileExists(atPath: context.corpus.directory.path)
        let ids = corpusExists ? try context.corpus.articleIDs() : []
        let extractor = Extractor()
        var progress = Progress(isEnabled: context.showsProgress)
        var articles: [Article] = []
        var extracted: [[Claim]] = []
        for (n, id) in ids.enumerated() {
            progress.update("reading articles", n + 1, of: ids.count, errors: &errors)
            let article = try context.corpus.article(id: id)
            articles.append(article)
            extracted.append(extractor.claims(in: article))
        }
        progress.finish(errors: &errors)
        let ledger = try context.store.allClaims()
        return ProjectSnapshot(articles: articles, extracted: extracted, ledger: ledger,
                               reading: CorpusReading(articles: articles, extracted: extracted, ledger: ledger))
    }

    /// The cross-source analysis, with the lexicon's given names and places.
    static func analyzer() -> CrossSourceAnalyzer {
        CrossSourceAnalyzer(givenNames: GivenNames(), places: Gazetteer())
    }

    /// The analysis of what the corpus says: every article's claims, read as `reading` reads them.
    func analysis() -> CrossSourceReport {
        Self.analyzer().analyze(reading.claims, articles: reading.articles)
    }

    /// Verdicts for `claims`, with progress.
    func verdicts<Errors: TextOutputStream>(for claims: [Claim], context: Context, errors: inout Errors) -> [Verdict] {
        var progress = Progress(isEnabled: context.showsProgress)
        let crossSource = AnalysisEvidence(analyzer: Self.analyzer(), reading: reading)
        let verdicts = LedgerChecker(reading: reading).verdicts(for: claims, crossSource: crossSource) { done, total in
            progress.update("checking claims", done, of: total, errors: &errors)
        }
        progress.finish(errors: &errors)
        return verdicts
    }
}
