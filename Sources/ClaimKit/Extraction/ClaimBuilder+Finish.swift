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
        var pieces: [UInt8] = []
        pieces.reserveCapacity(draft.end - draft.start)
        var i = draft.start
        var pendingSpace = false
        while i < draft.end {
            if !draft.cuts.isEmpty, let cut = draft.cuts.first(where: { $0.contains(i) }) { i = cut.upperBound; pendingSpace = !pieces.isEmpty; continue }
            // Printable ASCII and most other bytes start no white space: skip the space test.
            let b = bytes[i]
            let space = (b > 0x20 && b < 0x80) || (b >= 0x80 && b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF)
                ? 0 : ByteClass.spaceLength(bytes, i)
            if space > 0 { pendingSpace = !pieces.isEmpty; i += space; continue }
            if pendingSpace { pieces.append(0x20); pendingSpace = false }
            pieces.append(bytes[i])
            i += 1
        }
        var text = String(decoding: pieces, as: UTF8.self)
        if draft.kind == .direct, text.hasSuffix(",") { text.removeLast() }
        return text
    }

    /// The first time expression in the attribution's context.
    func time(of draft: Draft, governing: CalendarDate?) -> ClaimTime {
        for range in draft.context {
            var k = range.lowerBound
            while k < range.upperBound {
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
        guard let index = drafts.firstIndex(where: { $0.start == draft.start && $0.end == draft.end }), index > 0,
              let previous = drafts[..<index].last(where: { $0.speaker.name == draft.speaker.name }) else { return nil }
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
