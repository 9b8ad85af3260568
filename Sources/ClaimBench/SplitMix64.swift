/// A small, fast pseudo-random generator with a fixed algorithm (SplitMix64), so the
/// benchmark's inputs are the same on every machine and every run.
///
/// The standard library's generators and its `random(in:using:)` helpers are not promised to
/// stay the same across releases; this one, and the helpers below, are spelled out here.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (multiply-shift: the bias is below 2⁻³² for the bounds used here).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(((next() >> 32) &* UInt64(bound)) >> 32)
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < p
    }

    /// An element of a non-empty collection.
    mutating func pick<C: RandomAccessCollection>(_ elements: C) -> C.Element where C.Index == Int {
        elements[elements.startIndex + below(elements.count)]
    }

    /// A generator for a sub-task, so that adding draws to one task does not change another's inputs.
    mutating func fork() -> SplitMix64 {
        SplitMix64(seed: next())
    }
}
