/// A word, number, mark or punctuation of an article's body, with its byte range.
///
/// Extraction works on tokens rather than characters: each pattern ("`, X said.`", "`according
/// to X,`") is a few comparisons on a small array, and every token keeps its true byte range.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation, quote, dash, ellipsis
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// Lower-case form of a word with straight apostrophes (`russia's`); the mark itself otherwise.
    var lower: String
    /// Starts with an upper-case letter.
    var isCapitalized: Bool
    /// White space (or a paragraph break) precedes it.
    var spaceBefore: Bool
    /// Index of the body paragraph it belongs to.
    var paragraph: Int
    /// For quote marks: the mark's family and facing, as written.
    var mark: QuoteMarks.Mark?
    /// Set by the quote scanner: this quote mark opens or closes a quotation (not an apostrophe).
    var quoteRole: QuoteRole = .none
    /// Nesting depth of quotation: 0 outside quotes.
    var depth: Int = 0

    enum QuoteRole: UInt8, Sendable { case none, opening, closing, apostrophe }

    /// Sentence-final punctuation.
    let isTerminal: Bool
    let isComma: Bool
    /// A word ending in `'s` or `s'`.
    let isPossessive: Bool

    /// The classes above are stored, not computed: the scanners ask them of `tokens[k]` millions
    /// of times, and a computed property of an array element copies the whole token to ask.
    init(start: Int, end: Int, kind: Kind, lower: String, isCapitalized: Bool, spaceBefore: Bool, paragraph: Int) {
        self.start = start
        self.end = end
        self.kind = kind
        self.lower = lower
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
        self.paragraph = paragraph
        isTerminal = kind == .punctuation && (lower == "." || lower == "!" || lower == "?")
        isComma = kind == .punctuation && lower == ","
        isPossessive = kind == .word && Token.endsPossessive(lower)
    }

    /// `hasSuffix("'s") || hasSuffix("s'")`, on the bytes when the word is ASCII (where
    /// characters are bytes) and through `hasSuffix` otherwise.
    static func endsPossessive(_ word: String) -> Bool {
        let ascii: Bool? = word.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard bytes.count >= 2 else { return false }
            let previous = bytes[bytes.count - 2], last = bytes[bytes.count - 1]
            return previous == UInt8(ascii: "'") && last == UInt8(ascii: "s") || previous == UInt8(ascii: "s") && last == UInt8(ascii: "'")
        } ?? nil
        return ascii ?? (word.hasSuffix("'s") || word.hasSuffix("s'"))
    }

    var isWord: Bool { kind == .word }
    func `is`(_ text: String) -> Bool { lower == text }
    /// The word without a possessive `'s` (`russia's` → `russia`).
    var stem: Substring {
        // ASCII words (nearly all) are checked on their last bytes, the rest with `hasSuffix`.
        let cut: Int? = lower.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            if bytes.count >= 2, bytes[bytes.count - 2] == UInt8(ascii: "'"), bytes[bytes.count - 1] == UInt8(ascii: "s") { return 2 }
            return bytes.last == UInt8(ascii: "'") ? 1 : 0
        } ?? nil
        if let cut { return lower.dropLast(cut) }
        if lower.hasSuffix("'s") { return lower.dropLast(2) }
        if lower.hasSuffix("'") { return lower.dropLast() }
        return Substring(lower)
    }
}
