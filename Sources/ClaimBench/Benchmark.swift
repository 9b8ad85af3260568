import ClaimKit
import Foundation

/// Runs one stage in this process: makes its input from the corpus, times the work `runs`
/// times, and records memory and what the work produced.
///
/// Inputs depend only on `seed`, the stage, and `Corpus/`, so two runs measure the same work.
struct Benchmark: Sendable {
    /// The corpus the synthetic inputs are made from.
    var corpus: Corpus
    var seed: UInt64
    var runs: Int
    /// Where stages that need files write them (a fresh folder is made inside and removed after).
    var scratch: URL
    /// Whether this process runs only this stage (its memory figures are then its own).
    var isolated: Bool

    /// The lexicons and source material every stage starts from.
    struct Setup: Sendable {
        var extractor: Extractor
        var names: GivenNames
        var gazetteer: Gazetteer
        var material: SourceMaterial
    }

    func setup() throws -> Setup {
        let extractor = Extractor()
        let names = GivenNames(), gazetteer = Gazetteer()
        let articles = try corpus.articleIDs().map { try corpus.article(id: $0) }
        guard !articles.isEmpty else { throw BenchError.emptyCorpus(path: corpus.directory.path) }
        let material = SourceMaterial(articles: articles, extractor: extractor, names: names, gazetteer: gazetteer)
        return Setup(extractor: extractor, names: names, gazetteer: gazetteer, material: material)
    }

    func run(_ stage: BenchStage) throws -> StageResult {
        switch stage {
        case .lexicon: return try lexicon()
        case .load(let count): return try load(count)
        case .extract(let count): return try extract(count)
        }
    }

    func pages(_ count: Int, setup: Setup) -> [ArticleGenerator.Page] {
        let generator = ArticleGenerator(material: setup.material, names: setup.names, gazetteer: setup.gazetteer, seed: seed)
        return (0..<count).map { generator.page($0) }
    }

    // MARK: - Stages

    /// Parses the lexicons an extractor needs, and extracts a one-sentence article with them
    /// so the work cannot be skipped.
    func lexicon() throws -> StageResult {
        let probe = try Article(id: "probe", text: "\"We will not wait,\" the minister said on Monday.\n")
        let before = startPeak()
        var claims = 0
        let timing = Timing.measure(runs: runs) {
            claims = Extractor(lexicon: Extractor.Lexicon()).claims(in: probe).count
        }
        return result(.lexicon, items: 1, unit: "lexicons", bytes: 0, timing: timing, before: before,
                      outputs: ["claims": claims])
    }

    func load(_ count: Int) throws -> StageResult {
        let setup = try setup()
        let folder = scratch.appending(path: "claims-bench-\(ProcessInfo.processInfo.processIdentifier)-load")
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = folder.appending(path: "Corpus")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var bytes = 0
        for page in pages(count, setup: setup) {
            bytes += page.bytes.count
            try Data(page.bytes).write(to: directory.appending(path: page.id + ".txt"))
        }
        let before = startPeak()
        var paragraphs = 0
        let timing = try Timing.measure(runs: runs) {
            let corpus = Corpus(directory: directory)
            paragraphs = 0
            for id in try corpus.articleIDs() { paragraphs += try corpus.article(id: id).paragraphs.count }
        }
        return result(.load(articles: count), items: count, unit: "articles", bytes: bytes, timing: timing,
                      before: before, outputs: ["paragraphs": paragraphs])
    }

    func extract(_ count: Int) throws -> StageResult {
        let setup = try setup()
        var bytes = 0
        let articles = try pages(count, setup: setup).map { page in
            bytes += page.bytes.count
            return try Article(id: page.id, bytes: page.bytes)
        }
        let before = startPeak()
        var claims = 0
        let timing = Timing.measure(runs: runs) {
            claims = 0
            for article in articles { claims += setup.extractor.claims(in: article).count }
        }
        return result(.extract(articles: count), items: count, unit: "articles", bytes: bytes, timing: timing,
                      before: before, outputs: ["claims": claims])
    }

    // MARK: - Helpers

    /// Resident memory before the timed runs; the peak restarts here when this process is shared.
    private func startPeak() -> Int {
        if !isolated { ResidentMemory.resetPeak() }
        return ResidentMemory.now().current
    }

    private func result(_ stage: BenchStage, items: Int, unit: String, bytes: Int, timing: Timing, before: Int,
                        outputs: [String: Int], recall: StageResult.Recall? = nil) -> StageResult {
        StageResult(stage: stage.name, spec: stage.spec, items: items, unit: unit, bytes: bytes, timing: timing,
                    peakMemory: ResidentMemory.now().peak, inputMemory: before, isolated: isolated,
                    outputs: outputs, recall: recall)
    }
}
