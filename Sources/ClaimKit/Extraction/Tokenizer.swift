/// Splits body paragraphs into tokens in one pass over their bytes.
struct Tokenizer {
    let bytes: [UInt8]

    /// Abbreviations whose full stop belongs to the word.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "sen", "rep", "gov",
        "st", "jr", "sr", "prof", "rev", "fr", "messrs", "mme", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "no", "vs", "ft", "mt", "gens", "reps", "sens", "govs",
    ]

    /// Each ASCII byte as a one-character string, made once for the punctuation tokens.
    static let asciiStrings: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

    /// Tokens of the given paragraphs, in order; `paragraph` is the index into `ranges`.
    func tokens(of ranges: [Range<Int>]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(ranges.reduce(0) { $0 + $1.count } / 5)
        for (index, range) in ranges.enumerated() {
            tokenize(range, paragraph: index, into: &tokens)
        }
        return tokens
    }

    func tokenize(_ range: Range<Int>, paragraph: Int, into tokens: inout [Token]) {
        var i = range.lowerBound
        let end = range.upperBound
        var spaceBefore = true
        while i < end {
            let space = ByteClass.spaceLength(bytes, i)
            if space > 0 { i += space; spaceBefore = true; continue }
            let b = bytes[i]
            if let mark = QuoteMarks.mark(bytes, i) {
                var token = Token(start: i, end: i + mark.length, kind: .quote,
                                  lower: String(decoding: bytes[i..<(i + mark.length)], as: UTF8.self),
                                  isCapitalized: false, spaceBefore: spaceBefore, paragraph: paragraph)
                token.mark = mark
                tokens.append(token)
                i += mark.length
                spaceBefore = false
                continue
            }
            if ByteClass.isWordByte(b) && !isPunctuationScalar(i) {
                let wordEnd = scanWord(from: i, to: end)
                tokens.append(word(i, wordEnd, spaceBefore: spaceBefore, paragraph: paragraph))
                i = wordEnd
                spaceBefore = false
                continue
            }
            let dash = ByteClass.dashLength(bytes, i)
            if dash > 0 {
                var j = i + dash
                while j < end, ByteClass.dashLength(bytes, j) > 0 { j += ByteClass.dashLength(bytes, j) }
                tokens.append(Token(start: i, end: j, kind: .dash, lower: "-", isCapitalized: false,
                                    spaceBefore: spaceBefore, paragraph: paragraph))
                i = j
                spaceBefore = false
                continue
            }
            if b == UInt8(ascii: "."), i + 2 < end, bytes[i + 1] == b, bytes[i + 2] == b {
                tokens.append(Token(start: i, end: i + 3, kind: .ellipsis, lower: "...", isCapitalized: false,
                                    spaceBefore: spaceBefore, paragraph: paragraph))
                i += 3
                spaceBefore = false
                continue
            }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {
                tokens.append(Token(start: i, end: i + 3, kind: .ellipsis, lower: "...", isCapitalized: false,
                                    spaceBefore: spaceBefore, paragraph: paragraph))
                i += 3
                spaceBefore = false
                continue
            }
            // Any other punctuation: one scalar.
            var j = i + 1
            while j < end, bytes[j] & 0xC0 == 0x80 { j += 1 }
            tokens.append(Token(start: i, end: j, kind: .punctuation,
                                lower: j == i + 1 && b < 0x80 ? Tokenizer.asciiStrings[Int(b)] : String(decoding: bytes[i..<j], as: UTF8.self),
                                isCapitalized: false, spaceBefore: spaceBefore, paragraph: paragraph))
            i = j
            spaceBefore = false
        }
    }

    /// Multi-byte scalars that are punctuation, not letters (curly quotes are handled earlier).
    func isPunctuationScalar(_ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return false }
        if b == 0xC2, i + 1 < bytes.count { return bytes[i + 1] < 0xC0 && bytes[i + 1] != 0xB5 }   // « » ° · etc.
        if b == 0xE2 { return true }       // general punctuation, arrows, symbols
        if b == 0xE3, i + 1 < bytes.count, bytes[i + 1] == 0x80 { return true }   // CJK punctuation
        if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return true }
        return false
    }

    func isLetterAt(_ i: Int) -> Bool {
        i < bytes.count && ByteClass.isWordByte(bytes[i]) && !isPunctuationScalar(i)
    }

    /// A word: letters and digits, with inner hyphens (`trans-Atlantic`), inner apostrophes
    /// (`don't`, `Russia's`), initialisms (`U.S.`), and number punctuation (`2,400`, `1.5`).
    func scanWord(from start: Int, to end: Int) -> Int {
        var j = start
        while j < end {
            let b = bytes[j]
            if b < 0x80 ? ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) : !isPunctuationScalar(j) { j += 1; continue }
            // Inner apostrophe followed by a letter.
            if let mark = QuoteMarks.mark(bytes, j), mark.family == .single, isLetterAt(j + mark.length), j > start {
                j += mark.length
                continue
            }
            // Inner hyphen between word characters.
            if b == UInt8(ascii: "-"), j + 1 < end, isLetterAt(j + 1), j > start { j += 1; continue }
            // Number punctuation: 2,400 / 1.5
            if (b == UInt8(ascii: ",") || b == UInt8(ascii: ".")), j + 1 < end,
               ByteClass.isDigit(bytes[j + 1]), j > start, ByteClass.isDigit(bytes[j - 1]) { j += 1; continue }
            // Initialism: U.S. / U.K. — single letters separated by dots.
            if b == UInt8(ascii: "."), j + 1 < end, ByteClass.isASCIILetter(bytes[j + 1]),
               j - start == 1 || (j >= 2 && bytes[j - 2] == UInt8(ascii: ".")) {
                j += 1
                continue
            }
            if b == UInt8(ascii: "."), j - start >= 1, j >= 2, bytes[j - 2] == UInt8(ascii: "."), ByteClass.isASCIILetter(bytes[j - 1]) {
                j += 1   // closing dot of U.S.
                break
            }
            break
        }
        // An abbreviation keeps its full stop: `Mr.`, `Gen.`, `Sept.` (so it ends no sentence).
        if j < end, bytes[j] == UInt8(ascii: "."), j - start <= 5, j > start,
           Tokenizer.abbreviations.contains(String(decoding: bytes[start..<j], as: UTF8.self).lowercased()) {
            return j + 1
        }
        // A plural possessive: `countries’` followed by space and a lower-case word.
        if j < end, j > start, bytes[j - 1] == UInt8(ascii: "s") || bytes[j - 1] == UInt8(ascii: "S"),
           let mark = QuoteMarks.mark(bytes, j), mark.family == .single, mark.facing != .opening {
            let after = j + mark.length
            var k = after
            while k < end, ByteClass.spaceLength(bytes, k) > 0 { k += ByteClass.spaceLength(bytes, k) }
            if k > after, k < end, ByteClass.isLower(bytes[k]) { j = after }
        }
        return j
    }

    func word(_ start: Int, _ end: Int, spaceBefore: Bool, paragraph: Int) -> Token {
        var lower: String
        if bytes[start..<end].allSatisfy({ $0 < 0x80 }) {
            // Most words: lower-case the ASCII bytes straight into the string.
            lower = String(unsafeUninitializedCapacity: end - start) { buffer in
                for k in start..<end { buffer[k - start] = ByteClass.isUpper(bytes[k]) ? bytes[k] | 0x20 : bytes[k] }
                return end - start
            }
        } else {
            lower = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
            if lower.utf8.contains(0xE2) { lower = lower.replacingApostrophes }
        }
        let first = bytes[start]
        let isDigit = ByteClass.isDigit(first)
        let capitalized = ByteClass.isUpper(first) || (first >= 0xC3 && first <= 0xC3 && start + 1 < end && bytes[start + 1] < 0x9F)
        return Token(start: start, end: end, kind: isDigit ? .number : .word, lower: lower,
                     isCapitalized: capitalized, spaceBefore: spaceBefore, paragraph: paragraph)
    }
}
