/// A fixed table from words to values, for the lexicon lookups that run at every token.
///
/// `Dictionary<String, _>` hashes with SipHash through `Hasher` and compares through the
/// Unicode-aware `String ==`: several hundred instructions per lookup, and the scanners make
/// millions. Lexicon words are matched exactly as written (the scanners lower-case first), so
/// this table compares UTF-8 bytes: FNV-1a over the bytes, open addressing, one `memcmp`-like
/// loop on a hash match. Built once from literals; later keys replace earlier ones, as
/// assignment to a dictionary would.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private struct Entry: Sendable {
        var start: Int
        var count: Int
        var hash: UInt64
    }

    private var bytes: [UInt8] = []
    private var keys: [Entry] = []
    private var values: [Value] = []
    private var slots: [Int] = Array(repeating: -1, count: 8)    // index into keys, or -1; a power of two

    init(_ pairs: [(String, Value)]) {
        for (word, value) in pairs { insert(word, value) }
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    /// The value stored for `word`, if any.
    subscript(word: String) -> Value? {
        let index = word.utf8.withContiguousStorageIfAvailable { find($0) } ?? Array(word.utf8).withUnsafeBufferPointer { find($0) }
        return index.map { values[$0] }
    }

    private mutating func insert(_ word: String, _ value: Value) {
        let utf8 = Array(word.utf8)
        if let index = utf8.withUnsafeBufferPointer({ find($0) }) {
            values[index] = value
            return
        }
        if (keys.count + 1) * 2 > slots.count {
            slots = Array(repeating: -1, count: slots.count * 2)
            for index in keys.indices { occupy(index) }
        }
        keys.append(Entry(start: bytes.count, count: utf8.count, hash: utf8.withUnsafeBufferPointer(Self.hash)))
        bytes += utf8
        values.append(value)
        occupy(keys.count - 1)
    }

    private mutating func occupy(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: keys[index].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(word)
        return slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] >= 0 {
                        let key = keys[slots[slot]]
                        if key.hash == hash, key.count == word.count {
                            var i = 0
                            while i < word.count, bytes[key.start + i] == word[i] { i += 1 }
                            if i == word.count { return slots[slot] }
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// FNV-1a, 64 bits.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        return hash
    }
}

/// A fixed set of words, looked up by their UTF-8 bytes (see `WordTable`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init<S: Sequence<String>>(_ words: S) {
        table = WordTable(words.map { ($0, true) })
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    func contains(_ word: String) -> Bool { table[word] != nil }
}
