/// Splits text into words exactly as `TextKey.words` does, keeping where each word stands.
///
/// The analysis needs more than the word keys: the UTF-8 range of each word (to quote the
/// differing words of two reports as evidence), whether it was capitalised (named entities),
/// and whether it opens a sentence (where capitals say nothing). Splitting is byte-level with a
/// fast path for ASCII and Unicode properties only for other scalars, because it runs over
/// every claim and every article body. Package-visible so that a test can hold it to
/// `TextKey.words`.
package enum WordScanner {
    /// One word: its `TextKey` form and its place in the source.
    package struct Word: Hashable, Sendable {
        /// Lower case, straight apostrophes, numbers with their inner `.` and `,`.
        package var text: String
        /// UTF-8 offsets of the word in the scanned text.
        package var start: Int
        package var end: Int
        /// The first letter was upper case in the source.
        package var isCapitalised: Bool
        /// The first word of the text or of a sentence in it, where a capital says nothing.
        package var opensSentence: Bool
        /// A single letter directly followed by `.` (`U.S.`, `J. Smith`).
        package var isDottedLetter: Bool
    }

    package static func words(in text: String) -> [Word] {
        var text = text
        return text.withUTF8 { words(in: $0) }
    }

    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var result: [Word] = []
        result.reserveCapacity(bytes.count / 5)
        scan(bytes) { result.append($0) }
        return result
    }

    /// Calls `body` with each word of `bytes`, in order.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Word) -> Void) {
        scanBytes(bytes) { lowered, word in
            var word = word
            word.text = String(decoding: lowered, as: UTF8.self)
            body(word)
        }
    }

    /// Calls `body` with each word's lower-case UTF-8 bytes and its place (`text` left empty):
    /// the allocation-free form the hot paths use.
    static func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Word) -> Void) {
        var scratch: [UInt8] = []
        scanBytes(bytes, scratch: &scratch, body)
    }

    /// The same, building words in `scratch` (reused across calls to save allocations).
    static func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>, scratch current: inout [UInt8],
                          _ body: (UnsafeBufferPointer<UInt8>, Word) -> Void) {
        let n = bytes.count
        current.removeAll(keepingCapacity: true)
        var start = 0
        var capitalised = false
        var sentencePending = true
        var prevAlpha = false, prevNumeric = false
        var i = 0

        func flush(at end: Int, dotted: Bool) {
            guard !current.isEmpty else { return }
            current.withUnsafeBufferPointer { lowered in
                body(lowered, Word(text: "", start: start, end: end, isCapitalised: capitalised,
                                   opensSentence: sentencePending, isDottedLetter: dotted))
            }
            sentencePending = false
            current.removeAll(keepingCapacity: true)
        }

        while i < n {
            let (scalar, length) = decode(bytes, i)
            let (alpha, numeric, upper) = classify(scalar)
            if alpha || numeric {
                if current.isEmpty { start = i; capitalised = upper }
                appendLowercase(scalar, to: &current)
                prevAlpha = alpha; prevNumeric = numeric
                i += length
                continue
            }
            let isApostrophe = scalar == 0x27 || scalar == 0x2019
            let isNumberMark = scalar == 0x2E || scalar == 0x2C
            if !current.isEmpty, i + length < n {
                let (next, _) = decode(bytes, i + length)
                let (nextAlpha, nextNumeric, _) = classify(next)
                if isApostrophe, nextAlpha, prevAlpha {
                    current.append(0x27)
                    prevAlpha = false; prevNumeric = false
                    i += length
                    continue
                }
                if isNumberMark, nextNumeric, prevNumeric {
                    current.append(UInt8(scalar))
                    prevAlpha = false; prevNumeric = false
                    i += length
                    continue
                }
            }
            if scalar == 0x2E, !current.isEmpty {
                // A stop after a single letter or a known abbreviation ends no sentence.
                let single = current.count == 1 && ByteClass.isASCIILetter(current[0])
                let abbreviation = single || Abbreviations.keys.contains(StatementWords.hash(current))
                flush(at: i, dotted: single)
                if !abbreviation { sentencePending = true }
            } else {
                flush(at: i, dotted: false)
                if scalar == 0x2E || scalar == 0x21 || scalar == 0x3F { sentencePending = true }
            }
            prevAlpha = false; prevNumeric = false
            i += length
        }
        flush(at: n, dotted: false)
    }

    /// The scalar starting at byte `i` and its length; malformed bytes read as U+FFFD.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = bytes.count
        func continuation(_ k: Int) -> UInt32? {
            guard k < n, bytes[k] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[k] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = continuation(i + 1) { return ((UInt32(b0 & 0x1F) << 6) | c1, 2) }
        if b0 & 0xF0 == 0xE0, let c1 = continuation(i + 1), let c2 = continuation(i + 2) {
            return ((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2, 3)
        }
        if b0 & 0xF8 == 0xF0, let c1 = continuation(i + 1), let c2 = continuation(i + 2), let c3 = continuation(i + 3) {
            return ((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4)
        }
        return (0xFFFD, 1)
    }

    /// Whether a scalar is alphabetic, numeric, and upper case, as `Unicode.Scalar.Properties` say.
    @inline(__always)
    static func classify(_ value: UInt32) -> (alpha: Bool, numeric: Bool, upper: Bool) {
        if value < 0x80 {
            let b = UInt8(value)
            if ByteClass.isUpper(b) { return (true, false, true) }
            if ByteClass.isLower(b) { return (true, false, false) }
            if ByteClass.isDigit(b) { return (false, true, false) }
            return (false, false, false)
        }
        guard let scalar = Unicode.Scalar(value) else { return (false, false, false) }
        let p = scalar.properties
        return (p.isAlphabetic, p.numericType != nil, p.isUppercase)
    }

    @inline(__always)
    static func appendLowercase(_ value: UInt32, to buffer: inout [UInt8]) {
        if value < 0x80 {
            let b = UInt8(value)
            buffer.append(ByteClass.isUpper(b) ? b | 0x20 : b)
            return
        }
        guard let scalar = Unicode.Scalar(value) else { return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            buffer.append(contentsOf: String(lower).utf8)
        }
    }
}
