import ClaimKitCLI

/// The results of a run with the machine they were measured on and the targets, as an aligned
/// table for people or stable JSON for tools.
struct BenchReport: Codable, Hashable, Sendable {
    var machine: MachineInfo
    var quick: Bool
    var seed: String
    var stages: [StageResult]
    /// Empty for `--quick`, whose inputs are too small for the targets to apply.
    var targets: [TargetCheck]
    /// Stages this build cannot measure yet, and why.
    var missing: [String]

    init(machine: MachineInfo, quick: Bool, seed: UInt64, stages: [StageResult], missing: [String]) {
        self.machine = machine
        self.quick = quick
        self.seed = "0x" + String(seed, radix: 16)
        self.stages = Self.withGrowth(stages)
        self.targets = quick ? [] : TargetCheck.checks(for: self.stages)
        self.missing = missing
    }

    /// Sets each stage's growth: its time over that of the same stage on a tenth of the input.
    static func withGrowth(_ stages: [StageResult]) -> [StageResult] {
        stages.map { result in
            var result = result
            if let smaller = stages.first(where: { $0.stage == result.stage && $0.items * 10 == result.items }), smaller.seconds > 0 {
                result.growth = result.seconds / smaller.seconds
            }
            return result
        }
    }

    /// Whether a target was measured and missed.
    var missesTarget: Bool { targets.contains { $0.met == false } }

    func table() -> String {
        var out = "claims-bench: \(machine.cores) cores, \(machine.cpu), \(machine.build) build, seed \(seed)"
        out += quick ? ", quick run\n" : "\n"
        if machine.build != "release" { out += "warning: a debug build; build with `swift run -c release claims-bench`\n" }
        out += "\n"
        var table = Table(headers: ["stage", "input", "runs", "cpu", "spread", "wall", "throughput", "peak RSS", "notes"],
                          numeric: [2, 3, 4, 5, 7])
        for result in stages {
            table.append([result.stage, Self.input(result), String(result.timing.cpu.seconds.count),
                          Format.seconds(result.seconds), Format.percent(result.timing.cpu.spread),
                          Format.seconds(result.timing.wall.median),
                          Self.throughput(result), Format.memory(result.peakMemory), Self.notes(result)])
        }
        out += table.render(width: 200)
        out += "cpu: median CPU time of a run (one core), the basis of throughput and targets; spread: (slowest - fastest)"
        out += " / median of the CPU times; wall: median wall-clock time\n"
        if !missing.isEmpty {
            out += "\nnot measured:\n" + missing.map { "  \($0)\n" }.joined()
        }
        if !targets.isEmpty {
            var checks = Table(headers: ["target", "measured", "verdict"])
            for check in targets {
                checks.append([check.target, check.measured, check.met.map { $0 ? "met" : "MISSED" } ?? "not measured"])
            }
            out += "\n" + checks.render(width: 200)
        } else {
            out += "\n(targets apply to the full run, without --quick)\n"
        }
        return out
    }

    static func input(_ result: StageResult) -> String {
        var text = Format.count(result.items) + " " + result.unit
        if case .check(_, let articles)? = BenchStage(spec: result.spec) { text += " vs " + Format.count(articles) + " articles" }
        if result.bytes > 0 { text += ", " + Format.megabytes(result.bytes) }
        return text
    }

    static func throughput(_ result: StageResult) -> String {
        var parts: [String] = []
        if let rate = result.megabytesPerSecond { parts.append(Format.rate(rate, "MB/s")) }
        if result.stage == "extract", let rate = result.perSecond("claims") { parts.append(Format.rate(rate, "claims/s")) }
        else if result.unit != "lexicons", let rate = result.perSecond(result.unit) { parts.append(Format.rate(rate, result.unit + "/s")) }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }

    static func notes(_ result: StageResult) -> String {
        var parts = result.outputs.sorted { $0.key < $1.key }.map { "\($0.key) \(Format.count($0.value))" }
        if let recall = result.recall {
            parts.append("recall \(Format.percent(recall.rate)) (\(recall.found)/\(recall.planted))")
        }
        if let cases = result.cases, let worst = cases.max(by: { $0.growthPerTenfold < $1.growthPerTenfold }) {
            parts.append("worst growth per tenfold ×\(Format.fixed(worst.growthPerTenfold, 1)) (\(worst.name))")
        } else if let growth = result.growth {
            parts.append("growth ×" + Format.fixed(growth, 1))
        }
        if !result.isolated { parts.append("shared process") }
        return parts.joined(separator: ", ")
    }
}
