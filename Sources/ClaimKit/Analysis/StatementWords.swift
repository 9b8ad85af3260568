/// The words of a statement, normalised so that two reports of it compare word for word.
///
/// Built on `WordScanner` (the `TextKey.words` split) and then made insensitive to what house
/// style changes without changing what was said: dotted abbreviations are joined (`U.S.` and
/// `US` give `us`), contractions are split (`isn't` gives `is not`, so it aligns with `is not`),
/// and British spellings are folded to American ones. Each word keeps its UTF-8 range in the
/// source text, so a difference can be quoted from the report as written.
///
/// Normalisation runs over every claim, so it works on bytes: the normalised words go into one
/// flat buffer, each gets a 64-bit hash, and the lexicons are looked up by hash. Words become
/// `String`s only when asked for (`token(_:)`), which only the comparison of two versions does.
struct StatementWords: Sendable {
    /// What a word is, beyond its spelling.
    struct Flags: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let capitalised = Flags(rawValue: 1)
        static let opensSentence = Flags(rawValue: 2)
        static let negation = Flags(rawValue: 4)
        static let number = Flags(rawValue: 8)
    }

    /// The source text, kept to quote from.
    let text: String
    /// The normalised words' bytes, one after another: word `k` is `offsets[k]..<offsets[k + 1]`.
    private let bytes: [UInt8]
    private let offsets: [Int32]
    /// `StatementWords.hash` of each normalised word.
    let keys: [UInt64]
    /// UTF-8 ranges of each word in `text`; both halves of a split contraction share one.
    let ranges: [Range<Int>]
    let flags: [Flags]
    /// The hash of each content word's stem (`StanceProfile`; even, never 0), 0 for function
    /// words and figures.
    let stems: [UInt64]

    init(_ text: String) {
        var builder = Builder()
        builder.load(text)
        self.init(builder, text: text)
    }

    /// The words a builder holds after `load(text)`.
    init(_ builder: Builder, text: String) {
        self.text = text
        bytes = builder.bytes
        offsets = builder.offsets
        keys = builder.keys
        ranges = builder.ranges
        flags = builder.flags
        stems = builder.stems
    }

    var count: Int { keys.count }

    /// Word `k`, normalised.
    func token(_ k: Int) -> String {
        String(decoding: bytes[Int(offsets[k])..<Int(offsets[k + 1])], as: UTF8.self)
    }

    /// All the normalised words.
    var tokens: [String] { (0..<count).map(token) }

    /// Hashes of the words that say which statement this is, whatever its polarity and figures:
    /// negations are left out and each figure becomes one placeholder, so `is not ready` and
    /// `is ready`, or `killed 70` and `killed eighty`, still land in the same block.
    var linkKeys: [UInt64] {
        var result: [UInt64] = []
        StatementWords.appendLinkKeys(keys, flags, to: &result)
        return result
    }

    static func appendLinkKeys(_ keys: [UInt64], _ flags: [Flags], to result: inout [UInt64]) {
        var lastWasFigure = false
        for k in keys.indices {
            if flags[k].contains(.negation) { continue }
            if flags[k].contains(.number) {
                if !lastWasFigure { result.append(StatementWords.figureKey) }
                lastWasFigure = true
                continue
            }
            lastWasFigure = false
            result.append(keys[k])
        }
    }

    /// A hash of all the words in order: equal for two texts that normalise alike.
    var fingerprint: UInt64 { StatementWords.fingerprint(keys) }

    static func fingerprint(_ keys: [UInt64]) -> UInt64 {
        var h = UInt64(keys.count)
        for key in keys { h = StatementWords.combine(h, key) }
        return h
    }

    /// The text of words `range` as the source writes them.
    func excerpt(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = ranges[range.lowerBound].lowerBound, end = ranges[range.upperBound - 1].upperBound
        return String(decoding: Array(text.utf8)[start..<end], as: UTF8.self)
    }

    // MARK: Building

    /// Accumulates normalised words as the scanner delivers them.
    struct Builder {
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        var keys: [UInt64] = []
        var ranges: [Range<Int>] = []
        var flags: [Flags] = []
        var stems: [UInt64] = []
        /// A run of dotted single letters (`U.S.`) waiting to be joined.
        var pending: [UInt8] = []
        var pendingRange = 0..<0
        var pendingFlags: Flags = []
        var pendingDotted = false

        /// The scanner's word buffer, kept between texts.
        var scratch: [UInt8] = []

        init() {
            bytes.reserveCapacity(128)
            keys.reserveCapacity(24)
        }

        /// Normalises `text`, replacing what the builder held; storage is reused.
        mutating func load(_ text: String) {
            bytes.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
            offsets.append(0)
            keys.removeAll(keepingCapacity: true)
            ranges.removeAll(keepingCapacity: true)
            flags.removeAll(keepingCapacity: true)
            stems.removeAll(keepingCapacity: true)
            pending.removeAll(keepingCapacity: true)
            var source = text
            var scratch = self.scratch
            self.scratch = []
            source.withUTF8 { buffer in
                WordScanner.scanBytes(buffer, scratch: &scratch) { lowered, word in take(lowered, word) }
            }
            self.scratch = scratch
            flushPending()
            finish()
        }

        mutating func take(_ lowered: UnsafeBufferPointer<UInt8>, _ word: WordScanner.Word) {
            var base: Flags = []
            if word.isCapitalised { base.insert(.capitalised) }
            if word.opensSentence { base.insert(.opensSentence) }
            if !pending.isEmpty {
                if lowered.count == 1, word.start - pendingRange.upperBound == 1, pendingDotted {
                    pending.append(lowered[0])
                    pendingRange = pendingRange.lowerBound..<word.end
                    pendingDotted = word.isDottedLetter
                    return
                }
                flushPending()
            }
            if word.isDottedLetter {
                pending.removeAll(keepingCapacity: true)
                pending.append(lowered[0])
                pendingRange = word.start..<word.end
                pendingFlags = base
                pendingDotted = true
                return
            }
            emit(lowered, range: word.start..<word.end, flags: base)
        }

        mutating func flushPending() {
            guard !pending.isEmpty else { return }
            let letters = pending
            pending.removeAll(keepingCapacity: true)
            letters.withUnsafeBufferPointer { emit($0, range: pendingRange, flags: pendingFlags) }
        }

        /// A scanned word: split if a negative contraction, then appended.
        mutating func emit(_ word: UnsafeBufferPointer<UInt8>, range: Range<Int>, flags base: Flags) {
            let key = StatementWords.hash(word)
            if word.count >= 5, let verb = FunctionWords.irregularNegatedVerbKeys[key] {
                verb.withUnsafeBufferPointer { append($0, key: nil, range: range, flags: base) }
                append(StatementWords.notBytes, range: range, flags: [])
            } else if word.count > 3, word[word.count - 3] == UInt8(ascii: "n"), word[word.count - 2] == 0x27,
                      word[word.count - 1] == UInt8(ascii: "t") {
                append(UnsafeBufferPointer(rebasing: word[0..<(word.count - 3)]), key: nil, range: range, flags: base)
                append(StatementWords.notBytes, range: range, flags: [])
            } else {
                append(word, key: key, range: range, flags: base)
            }
        }

        /// Appends a word in its American spelling; `key` is its hash when already known.
        mutating func append(_ word: UnsafeBufferPointer<UInt8>, key: UInt64?, range: Range<Int>, flags base: Flags) {
            let start = bytes.count
            let key = key ?? StatementWords.hash(word)
            if SpellingVariants.fold(word, key: key, into: &bytes) {
                keys.append(bytes.withUnsafeBufferPointer { StatementWords.hash(UnsafeBufferPointer(rebasing: $0[start...])) })
            } else {
                keys.append(key)
            }
            offsets.append(Int32(bytes.count))
            ranges.append(range)
            flags.append(base)
        }

        mutating func append(_ word: [UInt8], range: Range<Int>, flags base: Flags) {
            word.withUnsafeBufferPointer { append($0, key: nil, range: range, flags: base) }
        }

        /// Negations and figures, which need the next word to decide, and stems.
        mutating func finish() {
            stems.append(contentsOf: repeatElement(0, count: keys.count))
            for k in keys.indices {
                let kind = WordClass.of(keys[k])
                if kind.contains(.negation) {
                    let next = k + 1 < keys.count ? WordClass.of(keys[k + 1]) : []
                    let afterNext = k + 2 < keys.count ? WordClass.of(keys[k + 2]) : []
                    let fixedPhrase = (kind.contains(.not) && next.contains(.negationBreaker))
                        || (!kind.isDisjoint(with: [.not, .no]) && next.contains(.comparative) && afterNext.contains(.than))
                    if !fixedPhrase { flags[k].insert(.negation) }
                }
                let first = bytes[Int(offsets[k])]
                if ByteClass.isDigit(first) || kind.contains(.figure) || (k > 0 && flags[k - 1].contains(.number) && kind.contains(.scale)) {
                    flags[k].insert(.number)
                    continue
                }
                let length = Int(offsets[k + 1] - offsets[k])
                if length >= 3, kind.isDisjoint(with: [.stopword, .pronoun]) {
                    stems[k] = bytes.withUnsafeBufferPointer {
                        StatementWords.stemKey(UnsafeBufferPointer(rebasing: $0[Int(offsets[k])..<Int(offsets[k + 1])]))
                    }
                }
            }
        }
    }

    static let notBytes: [UInt8] = Array("not".utf8)

    /// Suffixes a light stemmer strips, longest first within each family.
    static let stemSuffixes: [[UInt8]] = ["ings", "ing", "ions", "ion", "ments", "ment", "ness", "ities", "ity",
                                          "ively", "ive", "ers", "er", "ed", "es", "ly", "s", "e"].map { Array($0.utf8) }

    /// The hash of a word's light stem (`cooperation`, `cooperating`, `cooperate` → `cooperat`):
    /// a possessive `'s` and then the first listed suffix that leaves four bytes are dropped.
    static func stemKey(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var end = word.count
        if end > 2, word[end - 2] == 0x27, word[end - 1] == UInt8(ascii: "s") { end -= 2 }
        for suffix in stemSuffixes where end - suffix.count >= 4 {
            if word[(end - suffix.count)..<end].elementsEqual(suffix) {
                end -= suffix.count
                break
            }
        }
        // The low bit is left clear for `StanceProfile` to mark occurrences with; never 0.
        return (hash(UnsafeBufferPointer(rebasing: word[0..<end])) & ~1) | 2
    }

    static let figureKey: UInt64 = 0x5EED_F16E_0000_0001

    /// FNV-1a over UTF-8, finished with a 64-bit mix: stable across runs, unlike `Hasher`.
    static func hash<S: StringProtocol>(_ word: S) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return mix(h)
    }

    /// The same hash of UTF-8 bytes.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return mix(h)
    }

    /// The splitmix64 finaliser.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An order-sensitive hash of two hashes.
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix((a &* 0x9E37_79B9_7F4A_7C15) ^ b)
    }
}
