import Foundation

/// What one stage measured: its input, the timings, the memory, and what it produced.
struct StageResult: Codable, Hashable, Sendable {
    /// The stage's name (`extract`) and its spec (`extract:2000`).
    var stage: String
    var spec: String
    /// How many items the input holds, and what they are (`articles`, `claims`).
    var items: Int
    var unit: String
    /// Bytes of article text in the input; 0 when the input is not text.
    var bytes: Int
    var timing: Timing
    /// Peak resident memory while the stage ran (input included), and resident memory before
    /// its timed runs (the input alone), in bytes.
    var peakMemory: Int
    var inputMemory: Int
    /// Whether the stage ran in a process of its own (otherwise its peak may include earlier stages').
    var isolated: Bool
    /// What one run produced (`claims`, `groups`, `findings`), to show the work was done.
    var outputs: [String: Int]
    /// For stages with planted truth: how much of it was found.
    var recall: Recall?
    /// For a stage measured at several sizes: its time over the time at a tenth of the input.
    var growth: Double? = nil
    /// For the pathological stage: each article's times at the two sizes.
    var cases: [CaseGrowth]? = nil

    /// One pathological article's median CPU times at a small and a large size.
    struct CaseGrowth: Codable, Hashable, Sendable {
        var name: String
        var smallBytes: Int
        var largeBytes: Int
        var smallSeconds: Double
        var largeSeconds: Double

        /// Time over time at a tenth of the size (10 is linear), from the two sizes measured.
        var growthPerTenfold: Double {
            guard smallSeconds > 0, smallBytes > 0, largeBytes > smallBytes else { return 0 }
            let ratio = largeSeconds / smallSeconds, size = Double(largeBytes) / Double(smallBytes)
            return Foundation.exp(Foundation.log(ratio) * Foundation.log(10) / Foundation.log(size))
        }
    }

    /// Planted cases and how many of them the stage found.
    struct Recall: Codable, Hashable, Sendable {
        var planted: Int
        var found: Int
        var rate: Double { planted == 0 ? 1 : Double(found) / Double(planted) }

        enum CodingKeys: String, CodingKey { case planted, found, rate }

        init(planted: Int, found: Int) {
            self.planted = planted
            self.found = found
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            planted = try c.decode(Int.self, forKey: .planted)
            found = try c.decode(Int.self, forKey: .found)
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(planted, forKey: .planted)
            try c.encode(found, forKey: .found)
            try c.encode(rate, forKey: .rate)
        }
    }

    /// The time one run takes on one core: the median CPU time.
    var seconds: Double { timing.cpu.median }

    /// Megabytes (10⁶ bytes) of text per second of CPU time, at the median.
    var megabytesPerSecond: Double? {
        bytes > 0 && seconds > 0 ? Double(bytes) / 1e6 / seconds : nil
    }

    /// Items of `name` (an output, or the input's unit) per second of CPU time, at the median.
    func perSecond(_ name: String) -> Double? {
        guard seconds > 0 else { return nil }
        if name == unit { return Double(items) / seconds }
        return outputs[name].map { Double($0) / seconds }
    }
}
