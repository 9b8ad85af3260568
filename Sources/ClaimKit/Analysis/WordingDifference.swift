/// What changed in meaning between two versions of one statement, found by aligning them word
/// by word.
///
/// Only three kinds of change count: a negation added or dropped, a figure that no longer
/// agrees (by value and qualifier, see `Quantity`), and a different name. Everything else that
/// differs is wording: a truncation or extension at either end, punctuation, case, quotation
/// marks, British or American spelling, a contraction, a figure written another way (`eighty`,
/// `80`), a cut of more than a few words, or a word swapped for another that is none of those.
struct WordingDifference: Sendable {
    enum Change: String, Sendable {
        case negation, figure, name
    }

    /// One change: what kind, and the words of each version it concerns (token ranges).
    struct Item: Sendable {
        var change: Change
        var a: Range<Int>
        var b: Range<Int>
    }

    let items: [Item]
    let alignment: WordAlignment

    /// Words a changed run may have on either side and still be read as a word swap; longer
    /// runs are rewordings whose negations and names cannot be paired.
    static let swapLimit = 4

    init?(_ a: StatementWords, _ b: StatementWords, places: (any PlaceLexicon)?) {
        guard let alignment = WordAlignment(a.keys, b.keys) else { return nil }
        self.alignment = alignment
        var items: [Item] = []
        lazy var figuresA = Quantity.all(in: a.tokens)
        lazy var figuresB = Quantity.all(in: b.tokens)
        for hunk in alignment.hunks {
            let edge = alignment.isAtEdge(hunk)
            if hunk.a.isEmpty || hunk.b.isEmpty {
                // Cut or added words: a truncation at an edge, a negation when short inside.
                guard !edge else { continue }
                let added = hunk.a.isEmpty ? hunk.b : hunk.a
                let words = hunk.a.isEmpty ? b : a
                if added.count <= 3, added.contains(where: { words.flags[$0].contains(.negation) }) {
                    items.append(Item(change: .negation, a: WordingDifference.context(hunk.a, in: a),
                                      b: WordingDifference.context(hunk.b, in: b)))
                }
                continue
            }
            let isSwap = hunk.a.count <= WordingDifference.swapLimit && hunk.b.count <= WordingDifference.swapLimit
            if edge && !isSwap { continue }
            if isSwap {
                let negA = hunk.a.filter { a.flags[$0].contains(.negation) }.count
                let negB = hunk.b.filter { b.flags[$0].contains(.negation) }.count
                if negA != negB {
                    items.append(Item(change: .negation, a: WordingDifference.context(hunk.a, in: a),
                                      b: WordingDifference.context(hunk.b, in: b)))
                }
            }
            let qa = figuresA.filter { $0.words.overlaps(hunk.a) }
            let qb = figuresB.filter { $0.words.overlaps(hunk.b) }
            if !qa.isEmpty, qa.count == qb.count, zip(qa, qb).contains(where: { !$0.agrees(with: $1) }) {
                items.append(Item(change: .figure, a: qa.first!.words.lowerBound..<qa.last!.words.upperBound,
                                  b: qb.first!.words.lowerBound..<qb.last!.words.upperBound))
            }
            if isSwap {
                let namesA = WordingDifference.names(hunk.a, in: a, other: b, places: places)
                let namesB = WordingDifference.names(hunk.b, in: b, other: a, places: places)
                if !namesA.isEmpty, !namesB.isEmpty, namesA != namesB {
                    items.append(Item(change: .name, a: hunk.a, b: hunk.b))
                }
            }
        }
        self.items = items
    }

    static let iKey = StatementWords.hash("i")

    /// A changed run with one word either side, so an added `not` shows where it went.
    static func context(_ range: Range<Int>, in words: StatementWords) -> Range<Int> {
        max(0, range.lowerBound - 1)..<min(words.count, range.upperBound + 1)
    }

    /// The names in a run: capitalised words (not figures, not `I`), joined into phrases, each
    /// keyed by the country it names when it is a nationality word, else by how it sounds.
    static func names(_ range: Range<Int>, in words: StatementWords, other: StatementWords,
                      places: (any PlaceLexicon)?) -> Set<String> {
        var result: Set<String> = []
        var phrase: [Int] = []
        func close() {
            guard !phrase.isEmpty else { return }
            var written = words.excerpt(phrase.first!..<(phrase.last! + 1))
            for possessive in ["'s", "\u{2019}s"] where written.hasSuffix(possessive) { written.removeLast(possessive.count) }
            if let country = places?.country(forDemonym: written) {
                result.insert(PersonName.fold(country))
            } else {
                result.insert(phrase.map { NameSound.key(words.token($0)) }.joined(separator: " "))
            }
            phrase = []
        }
        for k in range {
            let flags = words.flags[k]
            let key = words.keys[k]
            var isName = flags.contains(.capitalised) && !flags.contains(.number) && key != WordingDifference.iKey
            if isName, flags.contains(.opensSentence) {
                // A capital that opens a sentence is a name only if the word is capitalised
                // elsewhere too, or is a nationality.
                let elsewhere = [words, other].contains { w in
                    (0..<w.count).contains { w.keys[$0] == key && w.flags[$0].contains(.capitalised) && !w.flags[$0].contains(.opensSentence) }
                }
                isName = elsewhere || places?.country(forDemonym: words.excerpt(k..<(k + 1))) != nil
            }
            if isName { phrase.append(k) } else { close() }
        }
        close()
        return result
    }
}
