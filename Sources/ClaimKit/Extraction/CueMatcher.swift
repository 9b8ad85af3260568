/// Recognises reporting cues in a token stream: single verbs (`said`) and phrases
/// (`called for`, `went on to say`, `according to`).
struct CueMatcher: Sendable {
    /// A cue found at a token.
    struct Match: Sendable {
        var first: Int
        var last: Int           // inclusive
        var entry: ReportingVerbs.Entry
        var isAccordingTo: Bool
    }

    /// A phrase cue, by its first word: the words after it, and the entry a match gives.
    private struct Phrase: Sendable {
        var rest: [String]
        var entry: ReportingVerbs.Entry
    }

    /// What a word can start: a phrase (longest first) and a single-word cue.
    private struct Cues: Sendable {
        var phrases: [Phrase] = []
        var verb: ReportingVerbs.Entry?
    }

    /// Everything keyed by a word, so matching a token costs one lookup. Phrases are sorted
    /// longest first and their lemmas joined once, here, rather than at every token.
    private let cues: WordTable<Cues>

    init() {
        var cues: [String: Cues] = [:]
        for (word, entry) in ReportingVerbs.table() { cues[word, default: Cues()].verb = entry }
        var byFirst: [String: [(words: [String], frame: ReportingVerbs.Frame)]] = [:]
        for phrase in ReportingVerbs.phrases { byFirst[phrase.words[0], default: []].append(phrase) }
        for (first, phrases) in byFirst {
            cues[first, default: Cues()].phrases = phrases.sorted(by: { $0.words.count > $1.words.count }).map { phrase in
                Phrase(rest: Array(phrase.words.dropFirst()),
                       entry: .init(lemma: phrase.words.joined(separator: " "), frame: phrase.frame,
                                    isParticiple: first.hasSuffix("ing"), isBase: false, needsThat: false))
            }
        }
        self.cues = WordTable(cues.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    func entry(_ word: String) -> ReportingVerbs.Entry? { cues[word]?.verb }

    /// The cue starting at token `i`, if any.
    func match(_ tokens: [Token], at i: Int) -> Match? {
        guard tokens[i].kind == .word, tokens[i].depth == 0 else { return nil }
        // A capitalised cue only opens a sentence or follows a quotation ("States" in "United States" is no cue).
        if tokens[i].isCapitalized, i > 0, tokens[i - 1].paragraph == tokens[i].paragraph,
           !(tokens[i - 1].isTerminal || tokens[i - 1].kind == .quote || tokens[i - 1].lower == ":") { return nil }
        let lower = tokens[i].lower
        if lower == "according", i + 1 < tokens.count, tokens[i + 1].lower == "to" {
            return Match(first: i, last: i + 1,
                         entry: .init(lemma: "according to", frame: .clause, isParticiple: false, isBase: false, needsThat: false),
                         isAccordingTo: true)
        }
        guard let found = cues[lower] else { return nil }
        for phrase in found.phrases {
            let end = i + 1 + phrase.rest.count
            guard end <= tokens.count else { continue }
            if phrase.rest.indices.allSatisfy({ tokens[i + 1 + $0].lower == phrase.rest[$0] }) {
                return Match(first: i, last: end - 1, entry: phrase.entry, isAccordingTo: false)
            }
        }
        if let entry = found.verb {
            return Match(first: i, last: i, entry: entry, isAccordingTo: false)
        }
        return nil
    }
}
