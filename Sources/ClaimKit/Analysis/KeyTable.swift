/// A read-only map from 64-bit hashes to small values, by open addressing.
///
/// The keys are already `StatementWords.hash` outputs, well mixed, so their low bits index the
/// table directly: no second hash, which matters for lookups made for every word of every
/// claim (`Set<UInt64>` runs SipHash on each).
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: [(UInt64, Value)], merging combine: (Value, Value) -> Value) {
        var size = 16
        while size < pairs.count * 2 { size *= 2 }
        mask = size - 1
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        for (key, value) in pairs {
            var i = Int(truncatingIfNeeded: key) & mask
            while let existing = values[i] {
                if keys[i] == key { values[i] = combine(existing, value); break }
                i = (i + 1) & mask
            }
            if values[i] == nil {
                keys[i] = key
                values[i] = value
            }
        }
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var i = Int(truncatingIfNeeded: key) & mask
        while let value = values[i] {
            if keys[i] == key { return value }
            i = (i + 1) & mask
        }
        return nil
    }
}
