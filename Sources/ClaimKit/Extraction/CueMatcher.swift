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

    private let verbs: [String: ReportingVerbs.Entry]
    private let phrases: [String: [(words: [String], frame: ReportingVerbs.Frame)]]

    init() {
        verbs = ReportingVerbs.table()
        var byFirst: [String: [(words: [String], frame: ReportingVerbs.Frame)]] = [:]
        for phrase in ReportingVerbs.phrases { byFirst[phrase.words[0], default: []].append(phrase) }
        // Longest first, sorted once here rather than at every token that could start a phrase.
        phrases = byFirst.mapValues { $0.sorted(by: { $0.words.count > $1.words.count }) }
    }

    func entry(_ word: String) -> ReportingVerbs.Entry? { verbs[word] }

    /// The cue starting at token `i`, if any.
    func match(_ tokens: [Token], at i: Int) -> Match? {
        let token = tokens[i]
        guard token.kind == .word, token.depth == 0 else { return nil }
        // A capitalised cue only opens a sentence or follows a quotation ("States" in "United States" is no cue).
        if token.isCapitalized, i > 0, tokens[i - 1].paragraph == token.paragraph,
           !(tokens[i - 1].isTerminal || tokens[i - 1].kind == .quote || tokens[i - 1].lower == ":") { return nil }
        if token.lower == "according", i + 1 < tokens.count, tokens[i + 1].lower == "to" {
            return Match(first: i, last: i + 1,
                         entry: .init(lemma: "according to", frame: .clause, isParticiple: false, isBase: false, needsThat: false),
                         isAccordingTo: true)
        }
        if let candidates = phrases[token.lower] {
            for phrase in candidates {
                let end = i + phrase.words.count
                guard end <= tokens.count else { continue }
                if (1..<phrase.words.count).allSatisfy({ tokens[i + $0].lower == phrase.words[$0] }) {
                    let lemma = phrase.words.joined(separator: " ")
                    let isParticiple = token.lower.hasSuffix("ing")
                    return Match(first: i, last: end - 1,
                                 entry: .init(lemma: lemma, frame: phrase.frame, isParticiple: isParticiple, isBase: false, needsThat: false),
                                 isAccordingTo: false)
                }
            }
        }
        if let entry = verbs[token.lower] {
            return Match(first: i, last: i, entry: entry, isAccordingTo: false)
        }
        return nil
    }
}
