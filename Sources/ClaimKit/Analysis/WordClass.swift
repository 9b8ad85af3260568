/// The lexicon classes of a normalised word, found with one lookup of its hash.
///
/// Normalising a statement asks of every word whether it negates, counts, is a function word
/// or a pronoun; `WordClass.of(_:)` answers all at once from the lexicons in `Lexicon/`.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16

    /// `FunctionWords.negations`.
    static let negation = WordClass(rawValue: 1 << 0)
    /// Words after `not` that make a fixed phrase (`not only`).
    static let negationBreaker = WordClass(rawValue: 1 << 1)
    /// `more`, `fewer`, `less`, `greater`: with `than` after `no`, a qualifier.
    static let comparative = WordClass(rawValue: 1 << 2)
    /// Number words, vague plurals and big scales: figures wherever they stand.
    static let figure = WordClass(rawValue: 1 << 3)
    /// Scales, figures after a figure (`5 bn`).
    static let scale = WordClass(rawValue: 1 << 4)
    /// `FunctionWords.stopwords`.
    static let stopword = WordClass(rawValue: 1 << 5)
    /// `PersonTitles.pronouns`.
    static let pronoun = WordClass(rawValue: 1 << 6)
    static let not = WordClass(rawValue: 1 << 7)
    static let no = WordClass(rawValue: 1 << 8)
    static let than = WordClass(rawValue: 1 << 9)

    static let table: KeyTable<WordClass> = {
        var pairs: [(UInt64, WordClass)] = []
        func add<S: Sequence>(_ words: S, _ kind: WordClass) where S.Element == String {
            for word in words { pairs.append((StatementWords.hash(word), kind)) }
        }
        add(FunctionWords.negations, .negation)
        add(FunctionWords.negationBreakers, .negationBreaker)
        add(["more", "fewer", "less", "greater"], .comparative)
        add(NumberWords.values.keys, .figure)
        add(NumberWords.vague.keys, .figure)
        add(["hundred", "thousand", "million", "billion", "trillion", "dozen"], .figure)
        add(NumberWords.scales.keys, .scale)
        add(FunctionWords.stopwords, .stopword)
        add(PersonTitles.pronouns, .pronoun)
        add(["not"], .not)
        add(["no"], .no)
        add(["than"], .than)
        return KeyTable(pairs, merging: { $0.union($1) })
    }()

    /// The classes of the word whose hash is `key`.
    @inline(__always)
    static func of(_ key: UInt64) -> WordClass { table[key] ?? [] }
}
