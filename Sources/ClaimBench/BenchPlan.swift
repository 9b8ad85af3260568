/// Which stages a run measures, how big their inputs are, and how often each is timed.
struct BenchPlan: Hashable, Sendable {
    struct Step: Hashable, Sendable {
        var stage: BenchStage
        var runs: Int
    }

    var steps: [Step]
    var isQuick: Bool

    /// The full benchmark: inputs the size of years of news.
    static let full = BenchPlan(steps: [
        Step(stage: .lexicon, runs: 5),
        Step(stage: .load(articles: 2_000), runs: 5),
        Step(stage: .extract(articles: 2_000), runs: 5),
        Step(stage: .analyze(claims: 10_000), runs: 5),
        Step(stage: .analyze(claims: 100_000), runs: 5),
        Step(stage: .analyze(claims: 1_000_000), runs: 3),
        // One run: it takes minutes (every article is read, cleaned and extracted, and the whole
        // corpus analysed, on every check); three would triple the benchmark for little.
        Step(stage: .check(claims: 10_000, articles: 100_000), runs: 1),
        Step(stage: .pathological(small: 10, large: 100), runs: 3),
    ], isQuick: false)

    /// A few seconds' worth, to see that everything runs.
    static let quick = BenchPlan(steps: [
        Step(stage: .lexicon, runs: 3),
        Step(stage: .load(articles: 50), runs: 3),
        Step(stage: .extract(articles: 50), runs: 3),
        Step(stage: .analyze(claims: 300), runs: 3),
        Step(stage: .analyze(claims: 3_000), runs: 3),
        Step(stage: .check(claims: 20, articles: 100), runs: 3),
        Step(stage: .pathological(small: 1, large: 2), runs: 3),
    ], isQuick: true)
}
