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

    var isWord: Bool { kind == .word }
    func `is`(_ text: String) -> Bool { lower == text }
    /// The word without a possessive `'s` (`russia's` → `russia`).
    var stem: Substring {
        if lower.hasSuffix("'s") { return lower.dropLast(2) }
        if lower.hasSuffix("'") { return lower.dropLast() }
        return Substring(lower)
    }
    var isPossessive: Bool { kind == .word && (lower.hasSuffix("'s") || (lower.hasSuffix("s'"))) }
    /// Sentence-final punctuation.
    var isTerminal: Bool { kind == .punctuation && (lower == "." || lower == "!" || lower == "?") }
    var isComma: Bool { kind == .punctuation && lower == "," }
}
