/// A growable map from well-mixed 64-bit hashes to `Int32`, by open addressing: the
/// dictionary the grouping pass needs once per claim, without SipHash or boxed values.
struct KeyIndex: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        mask = size - 1
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
    }

    subscript(key: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: key) & mask
        while values[i] >= 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `key` unless `key` is present; returns the value stored for `key`.
    mutating func insertIfAbsent(_ key: UInt64, _ value: Int32) -> Int32 {
        precondition(value >= 0, "KeyIndex stores non-negative values")
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key) & mask
        while values[i] >= 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
        return value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        mask = keys.count * 2 - 1
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        values = [Int32](repeating: -1, count: keys.count)
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 {
            var i = Int(truncatingIfNeeded: key) & mask
            while values[i] >= 0 { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
        }
    }
}
