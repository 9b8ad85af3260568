import Foundation

/// Repeated timings of one piece of work: wall-clock time and the process's CPU time.
///
/// The stages are single-threaded, so CPU time is the time on one core; on a machine shared
/// with other work it stays close to what an idle core would take, while wall-clock time grows
/// with the load. Throughputs and targets use CPU time; wall time is reported beside it (a CPU
/// time well below wall time on an idle machine would mean waiting, above it hidden threads).
struct Timing: Codable, Hashable, Sendable {
    var wall: Samples
    var cpu: Samples

    /// Runs `work` `runs` times and records each run's times.
    static func measure(runs: Int, _ work: () throws -> Void) rethrows -> Timing {
        let clock = ContinuousClock()
        var wall: [Double] = [], cpu: [Double] = []
        for _ in 0..<max(1, runs) {
            let cpuStart = processTime()
            let elapsed = try clock.measure(work)
            cpu.append(processTime() - cpuStart)
            wall.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return Timing(wall: Samples(wall), cpu: Samples(cpu))
    }

    /// CPU time used by this process so far, in seconds.
    static func processTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}

/// Seconds per run, summarised by the median and the spread.
///
/// The median resists the odd slow run; the spread (slowest minus fastest, relative to the
/// median) says how far to trust it.
struct Samples: Codable, Hashable, Sendable {
    /// Seconds per run, in the order measured.
    var seconds: [Double]

    init(_ seconds: [Double]) {
        self.seconds = seconds
    }

    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    var fastest: Double { seconds.min() ?? 0 }
    var slowest: Double { seconds.max() ?? 0 }

    /// (slowest − fastest) / median.
    var spread: Double { median > 0 ? (slowest - fastest) / median : 0 }

    enum CodingKeys: String, CodingKey { case seconds, median, fastest, slowest, spread }

    init(from decoder: any Decoder) throws {
        seconds = try decoder.container(keyedBy: CodingKeys.self).decode([Double].self, forKey: .seconds)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(seconds, forKey: .seconds)
        try c.encode(median, forKey: .median)
        try c.encode(fastest, forKey: .fastest)
        try c.encode(slowest, forKey: .slowest)
        try c.encode(spread, forKey: .spread)
    }
}
