/// An inverted index of hashed shingles, built as one sorted array rather than a dictionary of
/// lists: a posting is one `UInt64` (the upper 32 bits of the shingle's hash, then the item),
/// so one radix sort groups equal shingles with their items in order.
///
/// Items that share a key are candidates for comparison. A run of a few items gives every pair;
/// a long run (a phrase every report repeats) gives each item paired with the run's first only,
/// so work stays linear while copies of one text still all meet their first copy. Two shingles
/// whose hashes agree in 32 bits meet by accident about once in four billion; the candidates
/// are verified anyway.
struct ShingleIndex: Sendable {
    /// A pair of items and how many keys they share.
    struct Candidate: Sendable {
        var a: Int32
        var b: Int32
        var shared: Int32
    }

    private(set) var postings: [UInt64] = []

    /// Runs up to this long give all their pairs; longer ones, a star around their first item.
    var smallRun = 8

    init(reservingCapacity capacity: Int = 0) {
        postings.reserveCapacity(capacity)
    }

    mutating func add(key: UInt64, item: Int) {
        postings.append((key & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(truncatingIfNeeded: item)))
    }

    /// The pairs of items that share at least one key, with the number of keys they share.
    /// Each item should add each key once.
    mutating func candidates() -> [Candidate] {
        RadixSort.sort(&postings)
        var pairs: [UInt64] = []
        postings.withUnsafeBufferPointer { p in
            func item(_ i: Int) -> Int32 { Int32(truncatingIfNeeded: p[i] & 0xFFFF_FFFF) }
            var start = 0
            while start < p.count {
                let key = p[start] >> 32
                var end = start + 1
                while end < p.count, p[end] >> 32 == key { end += 1 }
                let run = end - start
                if run > 1 {
                    if run <= smallRun {
                        for x in start..<end {
                            for y in (x + 1)..<end where item(x) != item(y) {
                                pairs.append(ShingleIndex.pairKey(item(x), item(y)))
                            }
                        }
                    } else {
                        for y in (start + 1)..<end where item(start) != item(y) {
                            pairs.append(ShingleIndex.pairKey(item(start), item(y)))
                        }
                    }
                }
                start = end
            }
        }
        postings = []
        RadixSort.sort(&pairs)
        var result: [Candidate] = []
        var i = 0
        while i < pairs.count {
            var j = i + 1
            while j < pairs.count, pairs[j] == pairs[i] { j += 1 }
            result.append(Candidate(a: Int32(truncatingIfNeeded: pairs[i] >> 32),
                                    b: Int32(truncatingIfNeeded: pairs[i] & 0xFFFF_FFFF), shared: Int32(j - i)))
            i = j
        }
        return result
    }

    @inline(__always)
    static func pairKey(_ x: Int32, _ y: Int32) -> UInt64 {
        let (a, b) = x < y ? (x, y) : (y, x)
        return UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))
    }

    /// The distinct hashes of `size`-word shingles of `keys`; a sequence shorter than `size`
    /// gives one hash of all of it.
    static func shingles(_ keys: ArraySlice<UInt64>, size: Int) -> [UInt64] {
        guard !keys.isEmpty else { return [] }
        var result: [UInt64] = []
        if keys.count < size {
            var h: UInt64 = UInt64(keys.count)
            for key in keys { h = StatementWords.combine(h, key) }
            return [h]
        }
        result.reserveCapacity(keys.count - size + 1)
        let base = keys.startIndex
        for i in 0...(keys.count - size) {
            var h: UInt64 = UInt64(size)
            for k in 0..<size { h = StatementWords.combine(h, keys[base + i + k]) }
            result.append(h)
        }
        if result.count > 1 {
            result.sort()
            var unique = 1
            for k in 1..<result.count where result[k] != result[unique - 1] {
                result[unique] = result[k]
                unique += 1
            }
            result.removeLast(result.count - unique)
        }
        return result
    }
}
