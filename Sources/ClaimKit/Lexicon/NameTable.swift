/// Names looked up the way news text writes them, in a hash table over one embedded text.
///
/// A query finds a name when the two are equal once diacritics are folded (`Bogota` finds
/// `Bogotá`). Case counts, except that a query with no lower-case letter is matched ignoring
/// case (`WASHINGTON`, `U.S.`), and a caller may ask to ignore case altogether. Several entries
/// may share a name; a lookup reports each, in the order they were inserted.
///
/// Entries point into the text instead of holding strings, and hashing works on the bytes
/// (FNV-1a of the capitalised, folded name), so building a table of 35,000 names allocates
/// almost nothing per name.
struct NameTable: Sendable {
    private struct Entry {
        var hash: UInt64
        var start: Int          // offset of the name in `text`, or -1 - offset in `folded`
        var end: Int
        var value: Int32
    }

    private static let seed: UInt64 = 0xCBF2_9CE4_8422_2325, prime: UInt64 = 0x100_0000_01B3

    private let text: String
    private var slots: [Int]                   // entry index or -1; the count is a power of two
    private var entries: [Entry] = []
    private var folded: [UInt8] = []             // names that had diacritics, folded
    /// The most space-separated words in any name.
    private(set) var maxWords = 0

    /// An empty table for names taken from `text`, sized for about `capacity` names.
    init(text: String, capacity: Int) {
        self.text = text
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        entries.reserveCapacity(capacity)
    }

    /// Adds the name at `range` of `bytes`, which must be the UTF-8 of the table's text.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, value: Int32, fold: LatinFold) {
        var words = 1, isASCII = true, hash = Self.seed, i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == LexiconText.space { words += 1 } else if b >= 0x80 { isASCII = false }
            hash = (hash ^ UInt64(b &- 0x61 < 26 ? b &- 0x20 : b)) &* Self.prime
            i += 1
        }
        maxWords = max(maxWords, words)
        var entry = Entry(hash: hash, start: range.lowerBound, end: range.upperBound, value: value)
        if !isASCII {
            let start = folded.count
            fold.append(bytes, range, to: &folded)
            let end = folded.count
            entry.hash = folded.withUnsafeBufferPointer { Self.hash($0, start..<end).hash }
            entry.start = -1 - start
            entry.end = end
        }
        if (entries.count + 1) * 2 > slots.count { grow() }
        occupy(entries.count, hash: entry.hash)
        entries.append(entry)
    }

    /// Calls `body` with the value of each entry that `name` finds.
    func forEachValue<S: StringProtocol>(of name: S, fold: LatinFold, ignoringCase: Bool = false,
                                         _ body: (Int32) -> Void) {
        var query = String(name)
        query.withUTF8 { bytes in
            if LexiconText.isASCII(bytes, 0..<bytes.count) {
                find(bytes, ignoringCase: ignoringCase, body)
            } else {
                var output: [UInt8] = []
                fold.append(bytes, 0..<bytes.count, to: &output)
                output.withUnsafeBufferPointer { find($0, ignoringCase: ignoringCase, body) }
            }
        }
    }

    private func find(_ query: UnsafeBufferPointer<UInt8>, ignoringCase: Bool, _ body: (Int32) -> Void) {
        let (hash, hasLower) = Self.hash(query, 0..<query.count)
        let caseless = ignoringCase || !hasLower
        var text = self.text
        text.withUTF8 { names in
            folded.withUnsafeBufferPointer { foldedNames in
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] >= 0 {
                    let entry = entries[slots[slot]]
                    if entry.hash == hash {
                        let found = entry.start >= 0
                            ? Self.matches(names, entry.start..<entry.end, query, caseless: caseless)
                            : Self.matches(foldedNames, -1 - entry.start..<entry.end, query, caseless: caseless)
                        if found { body(entry.value) }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                _ query: UnsafeBufferPointer<UInt8>, caseless: Bool) -> Bool {
        guard range.count == query.count else { return false }
        var i = range.lowerBound, j = 0
        while j < query.count {
            let a = bytes[i], b = query[j]
            if a != b, !caseless || (a &- 0x61 < 26 ? a &- 0x20 : a) != (b &- 0x61 < 26 ? b &- 0x20 : b) { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// The hash of the capitalised bytes, and whether they have a lower-case ASCII letter.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (hash: UInt64, hasLower: Bool) {
        var hash = seed, hasLower = false, i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            let isLower = b &- 0x61 < 26
            hasLower = hasLower || isLower
            hash = (hash ^ UInt64(isLower ? b &- 0x20 : b)) &* prime
            i += 1
        }
        return (hash, hasLower)
    }

    private mutating func occupy(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (index, entry) in entries.enumerated() { occupy(index, hash: entry.hash) }
    }
}
