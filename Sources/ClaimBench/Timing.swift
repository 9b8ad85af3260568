/// Repeated timings of one piece of work, summarised by the median and the spread.
///
/// The median resists the odd slow run on a shared machine; the spread (slowest minus
/// fastest, relative to the median) says how far to trust it.
struct Timing: Codable, Hashable, Sendable {
    /// Seconds per run, in the order measured.
    var samples: [Double]

    var median: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    var fastest: Double { samples.min() ?? 0 }
    var slowest: Double { samples.max() ?? 0 }

    /// (slowest − fastest) / median.
    var spread: Double { median > 0 ? (slowest - fastest) / median : 0 }

    /// Runs `work` `runs` times and records each run's wall-clock time.
    static func measure(runs: Int, _ work: () throws -> Void) rethrows -> Timing {
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            let elapsed = try clock.measure(work)
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return Timing(samples: samples)
    }

    enum CodingKeys: String, CodingKey { case samples, median, fastest, slowest, spread }

    init(samples: [Double]) {
        self.samples = samples
    }

    init(from decoder: any Decoder) throws {
        samples = try decoder.container(keyedBy: CodingKeys.self).decode([Double].self, forKey: .samples)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(samples, forKey: .samples)
        try c.encode(median, forKey: .median)
        try c.encode(fastest, forKey: .fastest)
        try c.encode(slowest, forKey: .slowest)
        try c.encode(spread, forKey: .spread)
    }
}
