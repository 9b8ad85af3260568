/// One of the benchmark's targets, what was measured against it, and whether it was met.
struct TargetCheck: Codable, Hashable, Sendable {
    var target: String
    /// The measured figure as text, or why there is none.
    var measured: String
    /// `nil` when the stage that the target is about was not measured.
    var met: Bool?

    /// The targets for a full run's results (release build, one core).
    static func checks(for results: [StageResult]) -> [TargetCheck] {
        var checks: [TargetCheck] = []
        if let extract = results.first(where: { $0.stage == "extract" }), let rate = extract.megabytesPerSecond {
            checks.append(TargetCheck(target: "extraction ≥ 20 MB/s", measured: Format.rate(rate, "MB/s"), met: rate >= 20))
        } else {
            checks.append(TargetCheck(target: "extraction ≥ 20 MB/s", measured: "not measured", met: nil))
        }
        return checks
    }
}
