/// A sentence of the body as a token range; quotations never split one.
struct Sentence: Sendable {
    var tokens: Range<Int>
    var paragraph: Int
}

/// Splits paragraphs into sentences at terminal punctuation outside quotations.
///
/// A full stop after an abbreviation (`Mr.`, `Gen.`, `Sept.`) or an initial does not end a
/// sentence; a quotation that ends with its own full stop ends the sentence only when what
/// follows is not its attribution (`"… seen it." He stressed …` splits; `"… now!" Smith said.`
/// does not).
struct SentenceSplitter {
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
        "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "no", "vs", "inc", "corp", "ltd", "co", "prof", "rev", "fr", "ft", "mt", "gov", "pres",
        "approx", "dept", "est", "fig", "hon", "messrs", "mme", "mlle", "op", "cf", "al",
    ]

    let cues: CueMatcher

    func sentences(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let isLastOfParagraph = i + 1 == tokens.count || tokens[i + 1].paragraph != token.paragraph
            if isLastOfParagraph {
                // A quotation running into the next paragraph keeps its sentence open.
                if i + 1 < tokens.count, tokens[i + 1].depth > 0, tokens[i + 1].quoteRole != .opening || tokens[i].depth > 0 {
                    i += 1
                    continue
                }
                sentences.append(Sentence(tokens: start..<(i + 1), paragraph: tokens[start].paragraph))
                start = i + 1
            } else if endsSentence(tokens, i) {
                sentences.append(Sentence(tokens: start..<(i + 1), paragraph: tokens[start].paragraph))
                start = i + 1
            }
            i += 1
        }
        return sentences
    }

    func endsSentence(_ tokens: [Token], _ i: Int) -> Bool {
        // Fields are read in place (`tokens[i].depth`): a whole token copied per test costs more than the test.
        guard tokens[i + 1].isCapitalized || tokens[i + 1].kind == .number || tokens[i + 1].quoteRole == .opening else { return false }
        if tokens[i].isTerminal, tokens[i].depth == 0 {
            if tokens[i].lower == ".", i > 0 {
                let previous = i - 1
                if tokens[previous].kind == .word, !tokens[i + 1].spaceBefore { return false }
                if tokens[previous].kind == .word, Self.abbreviations.contains(tokens[previous].lower) { return false }
                if tokens[previous].kind == .word, tokens[previous].lower.count == 1, tokens[previous].isCapitalized { return false }
            }
            return tokens[i + 1].spaceBefore
        }
        // `"… seen it." He stressed`: a closing mark after terminal punctuation.
        if tokens[i].kind == .quote, tokens[i].quoteRole == .closing, tokens[i].depth == 0, i > 0, tokens[i - 1].isTerminal {
            return !looksLikeAttribution(tokens, from: i + 1)
        }
        return false
    }

    /// A name or pronoun followed closely by a cue: `Smith said`, `he added`, `said Smith`.
    func looksLikeAttribution(_ tokens: [Token], from start: Int) -> Bool {
        var j = start
        let limit = min(tokens.count, start + 6)
        while j < limit {
            let t = tokens[j]
            if t.paragraph != tokens[start].paragraph || t.isTerminal || t.kind == .quote { return false }
            if cues.entry(t.lower) != nil { return true }
            j += 1
        }
        return false
    }
}
