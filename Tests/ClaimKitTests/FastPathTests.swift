@testable import ClaimKit
import Foundation
import Testing

/// The byte-level fast paths that the scanners use give what the Unicode-aware originals give.
@Suite("Fast paths")
struct FastPathTests {
    /// Text that exercises the edges: ASCII, curly quotes, accents, case mappings that change
    /// length (`İ`), the Kelvin sign, final sigma, combining marks, CJK, emoji.
    static let samples = [
        "", "a", "Said", "U.S.", "Russia's", "countries’ ties", "“It’s rock solid,” she said.", "ÉCOLE Élysée",
        "İstanbul", "\u{212A}elvin", "ΟΔΥΣΣΕΥΣ", "e\u{301}te\u{301}", "naïve café", "東京 said", "👍🏽 ok", "1,500 and 2.5",
        "Photo: AP Photo/Jane Doe", "John.Doe@Example.com", "’90s rock ’n’ roll", "A\u{2019}", "don't stop",
    ]

    @Test("lowercasedUTF8 is lowercased()", arguments: samples)
    func lowercase(_ text: String) {
        #expect(text.lowercasedUTF8() == text.lowercased())
    }

    @Test("replacingApostrophes replaces every ’ and nothing else", arguments: samples)
    func apostrophes(_ text: String) {
        #expect(text.replacingApostrophes == text.replacingOccurrences(of: "\u{2019}", with: "'"))
    }

    @Test("containsLiteral finds what Foundation's contains finds", arguments: samples)
    func contains(_ text: String) {
        for needle in ["s", "said", "photo:", "ap photo/", "’", "’s", " ", ".", "@", "ok", "élysée", "zzz"] {
            #expect(text.containsLiteral(needle) == text.contains(needle), "\(needle) in \(text)")
        }
    }

    @Test("TextKey gives the same keys on its ASCII path", arguments: samples)
    func textKeys(_ text: String) {
        // Appending a non-ASCII word sends the text down the general path; the words before it must not change.
        let general = TextKey.words(text + " \u{E9}")
        #expect(TextKey.words(text) == Array(general.dropLast()))
        #expect(TextKey.alphanumeric(text) + "\u{E9}" == TextKey.alphanumeric(text + "\u{E9}"))
        #expect(TextKey.words("Killed 1,500 in 2.5 days, don't 'quote' x'")
                == ["killed", "1,500", "in", "2.5", "days", "don't", "quote", "x"])
    }

    @Test("A span's prefix and suffix are its 32 scalars either side, invalid bytes included")
    func spanContext() {
        let text = "Before «quoted» \u{E9}\u{301}tude 東京 👍🏽, and after: \u{201C}words\u{201D} more text to run past thirty-two scalars."
        var bytes = Array(text.utf8)
        bytes.insert(0xFF, at: 20)                   // a stray byte, decoded as U+FFFD
        for start in stride(from: 0, through: bytes.count, by: 7) {
            let end = min(bytes.count, start + 11)
            let span = SourceSpan(article: "t", bytes: bytes, start: start, end: end)
            let before = String(decoding: bytes[max(0, start - 128)..<start], as: UTF8.self)
            let after = String(decoding: bytes[end..<min(bytes.count, end + 128)], as: UTF8.self)
            #expect(span.prefix == String(String.UnicodeScalarView(before.unicodeScalars.suffix(32))), "prefix at \(start)")
            #expect(span.suffix == String(String.UnicodeScalarView(after.unicodeScalars.prefix(32))), "suffix at \(end)")
        }
    }

    @Test("Word tables find exactly their words")
    func wordTables() {
        let set: WordSet = ["said", "told", "according", "said", "u.s.", "café"]
        for word in ["said", "told", "according", "u.s.", "café"] { #expect(set.contains(word), "\(word)") }
        for word in ["", "sai", "saidx", "Said", "cafe", "told "] { #expect(!set.contains(word), "\(word)") }
        var words: [(String, Int)] = (0..<500).map { ("w\($0)", $0) }
        words.append(("w7", -7))                     // a later key replaces an earlier one
        let table = WordTable(words)
        #expect(table["w499"] == 499 && table["w7"] == -7 && table["w500"] == nil)
    }

    @Test("Months and time expressions turn away only what they would not match")
    func cheapRejects() {
        for (word, month) in [("Feb", 2), ("feb.", 2), ("SEPT", 9), ("September", 9), ("may", 5), ("december.", 12)] {
            #expect(Months.number(word) == month, "\(word)")
        }
        for word in ["Fe", "Mayday", "Kelvin", "\u{212A}an", "", "Jan..", "Ĵan"] { #expect(Months.number(word) == nil, "\(word)") }
    }

    @Test("A token's stored classes match their definitions", arguments: ["russia's", "countries'", "'s", "s", "’s", ",", ".", "!", "?", ":"])
    func tokenClasses(_ lower: String) {
        for kind in [Token.Kind.word, .punctuation] {
            let token = Token(start: 0, end: 1, kind: kind, lower: lower, isCapitalized: false, spaceBefore: true, paragraph: 0)
            #expect(token.isPossessive == (kind == .word && (lower.hasSuffix("'s") || lower.hasSuffix("s'"))))
            #expect(token.isComma == (kind == .punctuation && lower == ","))
            #expect(token.isTerminal == (kind == .punctuation && [".", "!", "?"].contains(lower)))
        }
    }
}
