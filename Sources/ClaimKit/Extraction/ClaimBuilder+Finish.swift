/// Turning drafts into claims: text, date and place.
extension ClaimBuilder {
    func claim(from draft: Draft) -> Claim {
        let source = SourceSpan(article: article.id, bytes: bytes, start: draft.start, end: draft.end)
        let paragraph = paragraphs[draft.paragraph]
        var when = time(of: draft, governing: article.governingDate(of: paragraph))
        if when.expression == nil, let inherited = inheritedTime(for: draft) { when = inherited }
        let place = self.place(of: draft, dateline: article.governingPlace(of: paragraph))
        return Claim(source: source, kind: draft.kind, text: text(of: draft), cue: draft.cueText,
                     speaker: draft.speaker, when: when, where: place, status: .extracted)
    }

    /// The span's text: white space folded, continued-paragraph marks removed, a direct
    /// quote's trailing comma dropped.
    func text(of draft: Draft) -> String {
        ClaimText.text(bytes, draft.start..<draft.end, kind: draft.kind, cuts: draft.cuts)
    }

    /// The first time expression in the attribution's context.
    func time(of draft: Draft, governing: CalendarDate?) -> ClaimTime {
        for range in draft.context {
            var k = range.lowerBound
            while k < range.upperBound {
                if let skip = describingClauseEnd(at: k, limit: range.upperBound) { k = skip; continue }
                // "a warning for Friday", "until Monday": a date the statement is about, not made on.
                if k > range.lowerBound, ["for", "until", "by", "from", "next", "since", "till", "before", "after", "through"].contains(tokens[k - 1].lower) {
                    k += 1
                    continue
                }
                if tokens[k].depth == 0, let time = TimeExpression.parse(tokens, at: k, limit: range.upperBound) {
                    let expression = mentions.text(time.tokens)
                    if let (date, precision) = time.resolve(against: governing) {
                        return ClaimTime(date: date, expression: expression, precision: precision)
                    }
                    return ClaimTime(date: nil, expression: expression)
                }
                k += 1
            }
        }
        return .unknown
    }

    /// A claim that continues the words of the claim just before it (same speaker, the next
    /// paragraph or a participle of the same sentence) was made at the same time.
    func inheritedTime(for draft: Draft) -> ClaimTime? {
        guard let index = draftIndex.first(start: draft.start, end: draft.end), index > 0,
              let earlier = draftIndex.last(speaker: draft.speaker.name, before: index) else { return nil }
        let previous = drafts[earlier]
        // The quote that follows a reported lede ("X said Thursday …" / "'…,' X told reporters").
        let isLedeQuote = draft.kind == .direct && previous.kind != .direct && draft.sentence == previous.sentence + 1
        guard isLedeQuote || draft.inheritsTime && draft.sentence - previous.sentence <= 1 else { return nil }
        let paragraph = paragraphs[previous.paragraph]
        let when = time(of: previous, governing: article.governingDate(of: paragraph))
        return when.expression == nil ? nil : when
    }

    /// The place the text gives for the statement: `in Moscow`, `at a NATO summit in Brussels`,
    /// `at NATO's Brussels headquarters`; or the dateline city for a statement, a press
    /// conference or remarks to reporters.
    func place(of draft: Draft, dateline: String?) -> ClaimPlace {
        for range in draft.context {
            var k = range.lowerBound
            while k < range.upperBound {
                if let skip = describingClauseEnd(at: k, limit: range.upperBound) { k = skip; continue }
                let t = tokens[k]
                if t.depth == 0, t.lower == "in" || t.lower == "at" {
                    // The phrase runs to a comma, "that", or the range end.
                    var e = k + 1
                    while e < range.upperBound, !tokens[e].isComma, !tokens[e].isTerminal, tokens[e].lower != "that",
                          tokens[e].kind != .quote, e - k < 9, isAdjunctWord(tokens[e]) { e += 1 }
                    if let found = gazetteerPlace(in: (k + 1)..<e) {
                        return ClaimPlace(place: found.name, expression: mentions.text(k..<found.end))
                    }
                    k = e
                    continue
                }
                k += 1
            }
        }
        if let dateline, usesDatelinePlace(draft) {
            return ClaimPlace(place: dateline, expression: draft.cueText.containsLiteral("statement") ? "in a statement" : draft.cueText)
        }
        return .unknown
    }

    /// `, who runs a cafe in Brighton,`: a clause that describes the speaker, not the statement.
    /// Returns where it ends when one starts at `k`.
    func describingClauseEnd(at k: Int, limit: Int) -> Int? {
        guard tokens[k].isComma, k + 1 < limit, ["who", "whose", "which", "a", "an", "the"].contains(tokens[k + 1].lower) else { return nil }
        var e = k + 1
        while e < limit, !tokens[e].isComma, !tokens[e].isTerminal { e += 1 }
        return e
    }

    func usesDatelinePlace(_ draft: Draft) -> Bool {
        let cue = draft.cueText.lowercasedUTF8()
        if cue.containsLiteral("reporters") || cue.containsLiteral("journalists") || cue.containsLiteral("statement")
            || cue.containsLiteral("conference") { return true }
        for range in draft.context {
            let words = range.map { tokens[$0].lower }
            if words.contains("statement") || words.contains("conference") || words.contains("briefing") { return true }
        }
        return draft.speaker.mention.lowercasedUTF8().hasSuffix("statement")
    }

    /// The longest gazetteer place named by capitalised words in `range`.
    func gazetteerPlace(in range: Range<Int>) -> (name: String, end: Int)? {
        var best: (name: String, end: Int)?
        var k = range.lowerBound
        while k < range.upperBound {
            guard tokens[k].isCapitalized, tokens[k].end - tokens[k].start >= 3 else { k += 1; continue }
            var length = min(gazetteer.maxWords, range.upperBound - k)
            while length >= 1 {
                let words = (k..<(k + length)).map { word(tokens[$0]).possessiveStripped }
                if (k..<(k + length)).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].lower == "of" }),
                   let place = gazetteer.place(named: words.joined(separator: " ")), place.kind != .country || best == nil {
                    if place.kind == .city || best == nil { best = (place.name, k + length) }
                    break
                }
                length -= 1
            }
            k += 1
        }
        return best
    }
}
