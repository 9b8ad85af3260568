import ClaimKit
import Foundation
import Testing

@Suite("Word scanner")
struct WordScannerTests {
    static let samples = [
        "", "   ", "We are not in a position right now", "“Curly” ‘quotes’ and \"straight\" 'ones'",
        "Russia’s defence ministry and countries’ rights", "rock ’n’ roll in the ’90s", "U.S.-led forces; the U.K.",
        "2,400 staff, 1.5 million, 3.14 and 1,000.5 — 80% of 5m", "isn't, can't, won't, don't", "don’t “stop”",
        "Émile Zola à Paris: ÉTÉ", "İstanbul and ǅemal", "naïve café résumé", "Mr. J. Smith Jr. said so.", "a''b", "x'",
        "'tis the season", "end. Next sentence! And? yes", "日本語のテキスト 42", "tab\tand\nnewline", "ﬁne ligature",
        "Straße", "ΣΊΣΥΦΟΣ", "1.", ".5", "5.", "a.b.c", "…and so…", "co-operate, re-elect — well-known",
    ]

    @Test("Splits exactly as TextKey.words", arguments: samples)
    func sameAsTextKey(_ text: String) {
        #expect(WordScanner.words(in: text).map(\.text) == TextKey.words(text))
    }

    @Test("Splits every ledger claim exactly as TextKey.words", .tags(.corpus))
    func ledgerClaims() throws {
        let store = ClaimStore(directory: CorpusFile.root.appending(path: "Claims"))
        let claims = try store.allClaims()
        #expect(!claims.isEmpty)
        for claim in claims {
            #expect(WordScanner.words(in: claim.text).map(\.text) == TextKey.words(claim.text), "\(claim.id)")
            if let exact = claim.source?.exact {
                #expect(WordScanner.words(in: exact).map(\.text) == TextKey.words(exact), "\(claim.id)")
            }
        }
    }

    @Test("Words keep their byte ranges, capitals and sentence starts")
    func positions() {
        let words = WordScanner.words(in: "He told Reuters. Then U.S. officials left")
        #expect(words.map(\.text) == ["he", "told", "reuters", "then", "u", "s", "officials", "left"])
        #expect(words[2].start == 8 && words[2].end == 15)
        #expect(words.map(\.isCapitalised) == [true, false, true, true, true, true, false, false])
        #expect(words.map(\.opensSentence) == [true, false, false, true, false, false, false, false])
        #expect(words[4].isDottedLetter && words[5].isDottedLetter)
    }
}
