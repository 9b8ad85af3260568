import ClaimKit
import ClaimKitCLI
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

    /// Runs a stage; `setup` may be shared by stages run in one process (it is made if `nil`).
    func run(_ stage: BenchStage, setup shared: Setup? = nil) throws -> StageResult {
        if case .lexicon = stage { return try lexicon() }
        let setup = try shared ?? self.setup()
        switch stage {
        case .lexicon: return try lexicon()
        case .load(let count): return try load(count, setup: setup)
        case .extract(let count): return try extract(count, setup: setup)
        case .analyze(let count): return try analyze(count, setup: setup)
        case .check(let claims, let articles): return try check(claims: claims, articles: articles, setup: setup)
        case .pathological(let small, let large): return try pathological(small: small, large: large, setup: setup)
        }
    }

    func pageGenerator(_ setup: Setup) -> ArticleGenerator {
        ArticleGenerator(material: setup.material, names: setup.names, gazetteer: setup.gazetteer, seed: seed)
    }

    func pages(_ count: Int, setup: Setup) -> [ArticleGenerator.Page] {
        let generator = pageGenerator(setup)
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

    func load(_ count: Int, setup: Setup) throws -> StageResult {
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

    func extract(_ count: Int, setup: Setup) throws -> StageResult {
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

    /// Analyses a synthetic claim set with its articles, and scores the planted contradictions.
    func analyze(_ count: Int, setup: Setup) throws -> StageResult {
        let set = try ClaimSetGenerator(pages: pageGenerator(setup), seed: seed).claims(count: count)
        let analyzer = CrossSourceAnalyzer(givenNames: setup.names, places: setup.gazetteer)
        let before = startPeak()
        var report: CrossSourceReport?
        let timing = Timing.measure(runs: runs) {
            report = nil            // one report alive at a time
            report = analyzer.analyze(set.claims, articles: set.articles)
        }
        guard let report else { throw BenchError.noResult(stage: BenchStage.analyze(claims: count).spec) }
        let score = set.score(report)
        return result(.analyze(claims: count), items: set.claims.count, unit: "claims", bytes: 0, timing: timing,
                      before: before,
                      outputs: ["articles": set.articles.count, "statements": set.statements, "groups": report.groups.count,
                                "contradictions": report.contradictions.count, "unplanned contradictions": score.unplanned],
                      recall: StageResult.Recall(planted: score.planted, found: score.found))
    }

    /// `claims check`, as a user runs it, on a project of its own: a corpus of news reports
    /// (the analysis stage's articles: events reported by several origins, wire copies) and a
    /// ledger of claims taken from a sample of them, some changed on purpose.
    ///
    /// The reports, not the recombined pages, make the corpus: pages built from five articles
    /// repeat the same few hundred quotes in every article, which no real corpus does.
    func check(claims count: Int, articles total: Int, setup: Setup) throws -> StageResult {
        let folder = scratch.appending(path: "claims-bench-\(ProcessInfo.processInfo.processIdentifier)-check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appending(path: "Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let ledger: LedgerFixture
        var bytes = 0
        do {
            let reports = try ClaimSetGenerator(pages: pageGenerator(setup), seed: seed).claims(count: .max, articleLimit: total)
            let encoder = JSONEncoder()
            for article in reports.articles {
                bytes += article.bytes.count
                try Data(article.bytes).write(to: corpus.appending(path: article.id + ".txt"))
                if let outlet = article.metadata.outlet?.value {
                    try encoder.encode(ArticleSidecar(outlet: outlet)).write(to: corpus.appending(path: article.id + ".meta.json"))
                }
            }
            // Up to four claims an article: a sample of about half as many articles as claims, across the corpus.
            let step = max(1, total / max(1, count / 2))
            let sample = stride(from: 0, to: reports.articles.count, by: step).lazy.map { reports.articles[$0] }
            ledger = LedgerFixture(count: count, articles: sample, extractor: setup.extractor, seed: seed)
        }
        let store = ClaimStore(directory: folder.appending(path: "Claims"))
        for (article, claims) in ledger.claimsByArticle { try store.write(claims, for: article) }

        let before = startPeak()
        var tally = VerdictTally(changed: Set(ledger.changed.keys))
        let timing = try Timing.measure(runs: runs) {
            tally = VerdictTally(changed: Set(ledger.changed.keys))
            var errors = ""
            let status = Tool(workingDirectory: folder).run(["check", "--format", "jsonl"], output: &tally, errors: &errors)
            if status == .usage { throw BenchError.checkFailed(reason: errors) }
        }
        var outputs = tally.kinds
        outputs["unchanged failing"] = tally.falseAlarms
        return result(.check(claims: count, articles: total), items: ledger.count, unit: "claims", bytes: bytes,
                      timing: timing, before: before, outputs: outputs,
                      recall: StageResult.Recall(planted: ledger.changed.count, found: tally.caught))
    }

    /// Cleans and extracts each pathological article at both sizes, `runs` times, and reports
    /// the growth of each (its median CPU time at the large size over the small, per tenfold)
    /// and the worst. The stage's own timing is the large size's total.
    func pathological(small: Int, large: Int, setup: Setup) throws -> StageResult {
        let inputs = PathologicalText.cases.map { (name: $0.name, small: Array($0.text(small).utf8), large: Array($0.text(large).utf8)) }
        let before = startPeak()
        var smallTimes = [[Double]](repeating: [], count: inputs.count)
        var largeTimes = smallTimes
        var wall: [Double] = [], cpu: [Double] = []
        var claims = 0
        let clock = ContinuousClock()
        for _ in 0..<max(1, runs) {
            var total = 0.0
            claims = 0
            let elapsed = try clock.measure {
                for (index, input) in inputs.enumerated() {
                    for (bytes, isLarge) in [(input.small, false), (input.large, true)] {
                        let start = Timing.processTime()
                        let found = setup.extractor.claims(in: try Article(id: "pathological", bytes: bytes)).count
                        let seconds = Timing.processTime() - start
                        if isLarge { largeTimes[index].append(seconds); total += seconds; claims += found }
                        else { smallTimes[index].append(seconds) }
                    }
                }
            }
            cpu.append(total)
            wall.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        let cases = inputs.indices.map { i in
            StageResult.CaseGrowth(name: inputs[i].name, smallBytes: inputs[i].small.count, largeBytes: inputs[i].large.count,
                                   smallSeconds: Samples(smallTimes[i]).median, largeSeconds: Samples(largeTimes[i]).median)
        }
        var stage = result(.pathological(small: small, large: large), items: inputs.count, unit: "articles",
                           bytes: inputs.reduce(0) { $0 + $1.large.count }, timing: Timing(wall: Samples(wall), cpu: Samples(cpu)),
                           before: before, outputs: ["claims": claims])
        stage.cases = cases
        stage.growth = cases.map(\.growthPerTenfold).max()
        return stage
    }

    // MARK: - Helpers

    /// Resident memory before the timed runs; the peak restarts here, so that making the inputs
    /// does not count (when the kernel allows: Linux 4.0+).
    private func startPeak() -> Int {
        ResidentMemory.resetPeak()
        return ResidentMemory.now().current
    }

    private func result(_ stage: BenchStage, items: Int, unit: String, bytes: Int, timing: Timing, before: Int,
                        outputs: [String: Int], recall: StageResult.Recall? = nil) -> StageResult {
        StageResult(stage: stage.name, spec: stage.spec, items: items, unit: unit, bytes: bytes, timing: timing,
                    peakMemory: ResidentMemory.now().peak, inputMemory: before, isolated: isolated,
                    outputs: outputs, recall: recall)
    }
}
