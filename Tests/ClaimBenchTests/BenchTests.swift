@testable import ClaimBench
import ClaimKit
import ClaimKitCLI
import Foundation
import Testing

extension Tag {
    /// Tests that read the repository's `Corpus/`.
    @Tag static var corpus: Self
}

let root = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..").standardized

@Suite("Benchmark")
struct BenchTests {
    @Test("The quick benchmark runs in-process and every stage does its work", .tags(.corpus))
    func quickRun() throws {
        var output = "", errors = ""
        let status = BenchTool(workingDirectory: root).run(["--quick", "--format", "json"], output: &output, errors: &errors)
        #expect(status == .success, "\(errors)")
        let report = try JSONDecoder().decode(BenchReport.self, from: Data(output.utf8))
        #expect(report.quick)
        #expect(report.stages.map(\.spec) == BenchPlan.quick.steps.map(\.stage.spec))
        for stage in report.stages {
            #expect(stage.timing.cpu.seconds.count == 3 && stage.timing.wall.seconds.count == 3, "\(stage.spec)")
            #expect(stage.timing.cpu.seconds.allSatisfy { $0 > 0 }, "\(stage.spec)")
            #expect(stage.peakMemory > 0, "\(stage.spec)")
        }
        let extract = try #require(report.stages.first { $0.stage == "extract" })
        #expect(extract.bytes > 50 * 2_000)
        #expect(extract.outputs["claims", default: 0] > 50, "synthetic news should hold claims")
        let load = try #require(report.stages.first { $0.stage == "load" })
        #expect(load.bytes == extract.bytes, "both stages read the same pages")
        let analyses = report.stages.filter { $0.stage == "analyze" }
        #expect(analyses.map(\.items) == [300, 3_000], "exactly the claims asked for")
        #expect(analyses.last?.growth != nil, "growth from the tenfold step")
        for analysis in analyses {
            #expect(analysis.outputs["groups", default: 0] > analysis.items / 10, "statements are grouped, not merged wholesale")
            #expect(analysis.outputs["groups", default: .max] < analysis.items, "reports of one statement are grouped")
        }
        let planted = analyses.compactMap(\.recall).reduce(0) { $0 + $1.planted }
        #expect(planted > 0, "contradictions are planted")
        let check = try #require(report.stages.first { $0.stage == "check" })
        let verdicts = check.outputs.filter { $0.key != "unchanged failing" }.values.reduce(0, +)
        #expect(verdicts == check.items, "one verdict for each ledger claim")
        #expect(check.outputs["verified", default: 0] + check.outputs["corroborated", default: 0] > 0)
        let pathological = try #require(report.stages.first { $0.stage == "pathological" })
        let cases = try #require(pathological.cases)
        #expect(cases.map(\.name) == PathologicalText.cases.map(\.name), "every built-up article is measured")
        #expect(cases.allSatisfy { $0.largeBytes > $0.smallBytes && $0.smallSeconds > 0 && $0.largeSeconds > 0 })
        #expect(pathological.growth == cases.map(\.growthPerTenfold).max())
    }

    @Test("Growth per tenfold is read from any two sizes")
    func growthPerTenfold() {
        func growth(_ bytes: (Int, Int), _ seconds: (Double, Double)) -> Double {
            StageResult.CaseGrowth(name: "x", smallBytes: bytes.0, largeBytes: bytes.1, smallSeconds: seconds.0,
                                   largeSeconds: seconds.1).growthPerTenfold
        }
        #expect(abs(growth((1_000, 10_000), (1, 10)) - 10) < 1e-9, "linear over tenfold")
        #expect(abs(growth((1_000, 2_000), (1, 2)) - 10) < 1e-9, "linear over a doubling")
        #expect(abs(growth((1_000, 2_000), (1, 4)) - 100) < 1e-6, "quadratic")
        #expect(growth((1_000, 1_000), (1, 1)) == 0, "no size step, no figure")
    }

    @Test("The table names every stage")
    func table() {
        let result = StageResult(stage: "extract", spec: "extract:10", items: 10, unit: "articles", bytes: 2_000_000,
                                 timing: Timing(wall: Samples([0.2, 0.3, 0.25]), cpu: Samples([0.1, 0.12, 0.08])), peakMemory: 50 << 20, inputMemory: 40 << 20,
                                 isolated: true, outputs: ["claims": 300], recall: nil)
        let report = BenchReport(machine: MachineInfo(cores: 2, cpu: "Test CPU", build: "release"), quick: false,
                                 seed: 1, stages: [result], missing: [])
        let text = report.table()
        #expect(text.contains("2 cores, Test CPU"))
        #expect(text.contains("10 articles, 2.0 MB"))
        #expect(text.contains("20.0 MB/s, 3,000 claims/s"))
        #expect(text.contains("40%"))
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("extraction ≥ 20 MB/s") && $0.contains("20.0 MB/s") && $0.hasSuffix("met") })
        #expect(lines.contains { $0.hasPrefix("analysis of 1M claims < 30 s") && $0.hasSuffix("not measured") })
    }

    @Test("SplitMix64 gives the reference sequence")
    func splitMix() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        var bounded = SplitMix64(seed: 7)
        #expect((0..<1_000).allSatisfy { _ in (3...9).contains(bounded.int(in: 3...9)) })
    }

    @Test("A page depends only on the seed and its number", .tags(.corpus))
    func pagesAreDeterministic() throws {
        let benchmark = BenchTool(workingDirectory: root).benchmark(root: root, runs: 1, isolated: false)
        let setup = try benchmark.setup()
        let first = benchmark.pages(3, setup: setup), again = benchmark.pages(3, setup: setup)
        #expect(first.map(\.bytes) == again.map(\.bytes))
        #expect(first[0].bytes != first[1].bytes)
        let article = try Article(id: first[0].id, bytes: first[0].bytes)
        #expect(article.paragraphs.count >= 3)
    }

    @Test("Stage specs round-trip", arguments: [BenchStage.lexicon, .load(articles: 20), .extract(articles: 7), .analyze(claims: 30),
                                              .check(claims: 5, articles: 9), .pathological(small: 10, large: 100)])
    func specs(_ stage: BenchStage) {
        #expect(BenchStage(spec: stage.spec) == stage)
    }

    @Test("Mistakes exit 2 with the usage", arguments: [
        (["--fromat", "json"], "Error: Unknown option '--fromat'"),
        (["--format", "jsonl"], "Error: Unknown format 'jsonl' (use table or json)"),
        (["--runs", "0"], "Error: Option '--runs' needs a positive number, not '0'"),
        (["--stage", "extract:x"], "Error: Unknown stage 'extract:x'"),
        (["extra"], "Error: Unexpected argument 'extra'"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) {
        var output = "", errors = ""
        #expect(BenchTool(workingDirectory: root).run(arguments, output: &output, errors: &errors) == .usage)
        #expect(output.isEmpty)
        #expect(errors.hasPrefix(message + "\n"))
        #expect(errors.contains("Usage: claims-bench"))
    }
}
