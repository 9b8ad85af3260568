/// Finds the claims of one article: quotations and their attributions, reported speech and
/// its cues, each with speaker, date and place.
///
/// Works sentence by sentence in reading order over the token stream, so that speakers
/// resolve against what the reader has seen so far. Each sentence is a few linear scans.
struct ClaimBuilder {
    /// A claim before its speaker, date and place are resolved.
    struct Draft {
        var kind: ClaimKind
        var start: Int
        var end: Int
        /// Byte ranges inside the span to leave out of the text (continued-paragraph marks).
        var cuts: [Range<Int>] = []
        var cue: Range<Int>                  // tokens
        var cueText: String
        var speaker: Speaker
        var speakerEntity: Int?
        /// Tokens where the date and place of the statement may be said.
        var context: [Range<Int>]
        var paragraph: Int
        var sentence: Int
        var inheritsTime: Bool = false
        var cueLemma: String
    }

    let article: Article
    let bytes: [UInt8]
    var tokens: [Token]
    let quotations: [QuoteScanner.Quotation]
    let sentences: [Sentence]
    let paragraphs: [Paragraph]
    let cues: CueMatcher
    let names: GivenNames
    let gazetteer: Gazetteer
    let mentions: MentionParser
    var tracker: EntityTracker

    /// Full names the page prints as two or three capitalised words, by lower-case last word:
    /// a surname alone ("Bankole said") finds its person even when the given name is not in the
    /// lexicon ("Olusegun Bankole KC, for the defence").
    var nameCandidates: [String: Set<String>] = [:]

    /// Quotation index by opening token.
    var quotationAt: [Int: Int] = [:]
    /// The depth-1 quotations opening in each sentence, in reading order: a sentence looks up
    /// its own rather than filtering every quotation of the article (quadratic on long pages).
    let sentenceQuotations: [[Int]]
    /// Depth-0 opening quote marks, in order, so that "does this range hold a quotation" looks
    /// only at marks and not at every word of a long clause.
    let openingMarks: [Int]
    var consumedQuotes: Set<Int> = []
    /// Every draft, sorted by start, except the tail from `sortedDrafts` on: the current
    /// sentence's drafts in the order found, merged in when the sentence ends.
    var drafts: [Draft] = []
    var sortedDrafts = 0
    /// Indices of the direct drafts in the sorted part, for "the last direct quotation before".
    var directDrafts: [Int] = []
    /// The finished drafts by span and by speaker, for the look-backs of finishing a claim.
    var draftIndex = DraftIndex([])
    /// Remembers the last clause end found, so the cues of one long sentence share one scan.
    let clauseEnds = ClauseEndMemo()
    /// Remembers nested subject look-backs (see `rememberedSubject`).
    let subjects = SubjectMemo()

    init(article: Article, paragraphs: [Paragraph], ranges: [Range<Int>], lexicon: Extractor.Lexicon) {
        self.article = article
        self.bytes = article.bytes
        self.paragraphs = paragraphs
        self.cues = lexicon.cues
        self.names = lexicon.names
        self.gazetteer = lexicon.gazetteer
        var tokens = Tokenizer(bytes: article.bytes).tokens(of: ranges)
        self.quotations = QuoteScanner().scan(&tokens)
        self.tokens = tokens
        self.sentences = SentenceSplitter(cues: lexicon.cues).sentences(tokens)
        self.mentions = MentionParser(tokens: tokens, bytes: article.bytes, names: lexicon.names)
        self.tracker = EntityTracker(names: lexicon.names)
        for (index, quotation) in quotations.enumerated() { quotationAt[quotation.open] = index }
        // Sentences partition the tokens in order, so one merged walk places every quotation.
        var perSentence = [[Int]](repeating: [], count: sentences.count)
        var s = 0
        for (index, quotation) in quotations.enumerated() where quotation.depth == 1 {
            if s < sentences.count, sentences[s].tokens.lowerBound > quotation.open { s = 0 }
            while s < sentences.count, sentences[s].tokens.upperBound <= quotation.open { s += 1 }
            if s < sentences.count, sentences[s].tokens.contains(quotation.open) { perSentence[s].append(index) }
        }
        sentenceQuotations = perSentence
        openingMarks = tokens.indices.filter { tokens[$0].quoteRole == .opening && tokens[$0].depth == 0 }
    }

    // MARK: - Driver

    mutating func build() -> [Claim] {
        registerPeople()
        for index in sentences.indices { scan(sentence: index) }
        draftIndex = DraftIndex(drafts)
        return carryOccasions(drafts.map(claim(from:)))
    }

    /// A speaker's run of claims with no one else's between them, in one paragraph or the next,
    /// describes one occasion: a claim that names no day or place of its own takes the last
    /// one named in the run ("X said on Tuesday that …" / "'…,' X told the jurors.").
    func carryOccasions(_ claims: [Claim]) -> [Claim] {
        var claims = claims
        var previous: (speaker: String, paragraph: Int, when: ClaimTime, place: ClaimPlace)?
        for (i, draft) in drafts.enumerated() {
            let name = claims[i].speaker.name
            if let run = previous, run.speaker == name, draft.paragraph - run.paragraph <= 1 {
                if claims[i].when.expression == nil, run.when.expression != nil { claims[i].when = run.when }
                if claims[i].where.place == nil, run.place.place != nil { claims[i].where = run.place }
            }
            let carried = previous.flatMap { $0.speaker == name && draft.paragraph - $0.paragraph <= 1 ? $0 : nil }
            previous = (name, draft.paragraph,
                        claims[i].when.expression != nil ? claims[i].when : carried?.when ?? claims[i].when,
                        claims[i].where.place != nil ? claims[i].where : carried?.place ?? claims[i].where)
        }
        return claims
    }

    /// First pass: every full name in the body, so a surname resolves even to a name given later.
    mutating func registerPeople() {
        for sentence in sentences { collectNameCandidates(sentence) }
        for name in fullNames() {
            let entity = tracker.registerPerson(name: name.words, role: name.role, at: name.start)
            tracker.noteMention(entity, at: name.start)
            if let isMale = name.isMale { tracker.learnGender(entity, isMale: isMale) }
        }
    }

    /// The full names of the body in reading order, with the role written next to each and the
    /// sex an honorific before it implies. Found by a non-mutating scan: a mutating loop would
    /// copy `self` at every token it tests.
    func fullNames() -> [(words: [String], role: String?, start: Int, isMale: Bool?)] {
        var found: [(words: [String], role: String?, start: Int, isMale: Bool?)] = []
        for sentence in sentences {
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                defer { i += 1 }
                guard let (j, nickname) = nameEnd(from: i, in: sentence) else { continue }
                let nameWords = (i..<j).filter { !(nickname?.contains($0) ?? false) }.map { word(tokens[$0]).possessiveStripped }
                let role = roleBefore(i, in: sentence) ?? roleInApposition(after: j, in: sentence)
                let isMale = i > sentence.tokens.lowerBound ? Titles.honorificGender[tokens[i - 1].lower] : nil
                found.append((nameWords, role, i, isMale))
                i = j - 1
            }
        }
        return found
    }

    /// Where the full name starting at token `i` ends, if one does, and the quoted nickname
    /// inside it. Non-mutating, so that the checks (`||` and `&&` take closures) read `self` in
    /// place instead of copying it.
    func nameEnd(from i: Int, in sentence: Sentence) -> (end: Int, nickname: Range<Int>?)? {
        // A name starts with a known given name, or follows a title (`Defence Minister Ivan Petrov`,
        // `his French counterpart Luc Marchand`): the lexicon is US-centred, the world is not.
        guard tokens[i].kind == .word, tokens[i].depth == 0, tokens[i].isCapitalized, i + 1 < sentence.tokens.upperBound
        else { return nil }
        let t = tokens[i]
        guard !Titles.notNames.contains(t.lower), !Titles.honorifics.contains(t.lower),
              names.isGivenName(word(t)) || (i > sentence.tokens.lowerBound && isTitleOrRole(tokens[i - 1])
                  && gazetteer.place(named: word(t)) == nil && gazetteer.country(forDemonym: word(t)) == nil)
        else { return nil }
        var j = i + 1
        while j < sentence.tokens.upperBound, tokens[j].kind == .word, tokens[j].isCapitalized,
              !Titles.notNames.contains(tokens[j].lower), !Titles.honorifics.contains(tokens[j].lower) || names.isGivenName(word(tokens[j])),
              j - i < 4 { j += 1 }
        // A nickname in quotation marks between given name and surname: Ricardo "Cading" Villaflor.
        var nickname: Range<Int>? = nil
        if j == i + 1, j + 3 < sentence.tokens.upperBound, tokens[j].kind == .quote, tokens[j + 2].kind == .quote,
           tokens[j + 1].isCapitalized, tokens[j + 3].isCapitalized, !Titles.notNames.contains(tokens[j + 3].lower) {
            nickname = j..<(j + 3)
            j += 4
        }
        while j - i >= 3, Titles.postNominals.contains(tokens[j - 1].lower) { j -= 1 }
        guard j - i >= 2 else { return nil }
        return (j, nickname)
    }

    /// Collects runs of two or three capitalised words that may be people's names.
    mutating func collectNameCandidates(_ sentence: Sentence) {
        for (key, name) in nameCandidates(in: sentence) { nameCandidates[key, default: []].insert(name) }
    }

    /// The runs of `collectNameCandidates`, by lower-case last word. Non-mutating, so that the
    /// closures asking the gazetteer read `self` in place instead of copying it.
    func nameCandidates(in sentence: Sentence) -> [(key: String, name: String)] {
        var found: [(key: String, name: String)] = []
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound {
            var j = i
            while j < sentence.tokens.upperBound, tokens[j].kind == .word, tokens[j].isCapitalized, tokens[j].depth == 0,
                  !Titles.notNames.contains(tokens[j].lower), !Titles.honorifics.contains(tokens[j].lower),
                  !Titles.courtesy.contains(tokens[j].lower), !Titles.personRoles.contains(tokens[j].lower),
                  !Titles.organisationSuffixes.contains(tokens[j].lower), !Titles.postNominals.contains(tokens[j].lower) { j += 1 }
            if j - i == 2 || j - i == 3 {
                let words = (i..<j).map { word(tokens[$0]).possessiveStripped }
                let isPlace = words.contains { gazetteer.place(named: $0) != nil || gazetteer.country(forDemonym: $0) != nil }
                    || gazetteer.place(named: words.joined(separator: " ")) != nil
                let isAllCaps = words.contains { $0.count > 1 && $0 == $0.uppercased() }
                if !isPlace, !isAllCaps, let last = words.last {
                    found.append((last.lowercased(), words.joined(separator: " ")))
                }
            }
            i = max(j, i + 1)
        }
        return found
    }

    func isTitleOrRole(_ t: Token) -> Bool {
        t.kind == .word && (Titles.personRoles.contains(t.lower) || (Titles.honorifics.contains(t.lower)
            && !["the", "of", "and", "for", "new", "top", "senior", "former", "state", "house", "white"].contains(t.lower)))
    }

    /// Title words just before a name: `Defence chief`, `Russian Defence Minister`, `President`.
    func roleBefore(_ i: Int, in sentence: Sentence) -> String? {
        var k = i
        // A title is a few words; the bound keeps a long run of capitalised words linear.
        while k > sentence.tokens.lowerBound, i - k < 8 {
            let t = tokens[k - 1]
            guard t.kind == .word, t.depth == 0 else { break }
            if Titles.courtesy.contains(t.lower) { break }
            let isTitle = Titles.honorifics.contains(t.lower) || Titles.personRoles.contains(t.lower)
            // "Secretary of State", "Minister for Transport": a small word inside a title.
            let joinsTitle = ["of", "for", "and"].contains(t.lower) && k < i && k - 2 >= sentence.tokens.lowerBound
                && tokens[k - 2].isCapitalized && tokens[k].isCapitalized
            if !isTitle && !joinsTitle && !(t.isCapitalized && !Titles.notNames.contains(t.lower) && k - 1 > sentence.tokens.lowerBound) { break }
            if t.lower == "the" || t.lower == "of" && k == i { break }
            k -= 1
        }
        // Drop leading function words.
        while k < i, ["the", "of", "and", "for"].contains(tokens[k].lower) { k += 1 }
        guard k < i else { return nil }
        // The run must hold a real title word, not just capitalised words.
        guard (k..<i).contains(where: { Titles.personRoles.contains(tokens[$0].lower) || Titles.honorifics.contains(tokens[$0].lower) && !Titles.courtesy.contains(tokens[$0].lower) && !["the", "of", "and", "for", "new", "top", "senior", "former"].contains(tokens[$0].lower) }) else { return nil }
        return mentions.text(k..<i)
    }

    /// `Name, the/a ROLE,` or `Name, ROLE of …,`.
    func roleInApposition(after j: Int, in sentence: Sentence) -> String? {
        guard j < sentence.tokens.upperBound, tokens[j].isComma else { return nil }
        var k = j + 1
        if k < sentence.tokens.upperBound, ["the", "a", "an"].contains(tokens[k].lower) { k += 1 }
        let start = k
        while k < sentence.tokens.upperBound, !tokens[k].isComma, !tokens[k].isTerminal, k - start < 8 { k += 1 }
        guard k > start, k < sentence.tokens.upperBound, tokens[k].isComma else { return nil }
        let head = tokens[k - 1]
        if let mention = mentions.parse(start..<k), mention.kind == .role, mention.name.isEmpty {
            return mention.description
        }
        // "chairman of the Joint Chiefs of Staff"
        if Titles.personRoles.contains(tokens[start].lower) { return mentions.text(start..<k) }
        _ = head
        return nil
    }

    // MARK: - One sentence

    mutating func scan(sentence index: Int) {
        let sentence = sentences[index]
        let range = sentence.tokens
        var subject: Int? = nil
        var finiteSpeaker: (speaker: Speaker, entity: Int?, context: Range<Int>)? = nil
        var usedCues: Set<Int> = []
        var previousAttribution: (speaker: Speaker, entity: Int?, cue: Range<Int>, cueText: String, lemma: String, context: Range<Int>, endsWithComma: Bool)? = nil

        // The sentence subject, for participles and pronouns.
        if let s = clauseSubject(in: range) {
            if let resolved = resolve(s, sentence: index, currentSubject: nil), let entity = resolved.entity {
                subject = entity
                tracker.noteSubject(entity, sentence: index, paragraph: sentence.paragraph)
            }
            // "X and Y clashed": both are candidates for a later pronoun.
            let after = s.tokens.upperBound
            if after + 1 < range.upperBound, tokens[after].lower == "and" {
                let end = nounPhraseEnd(from: after + 1, limit: range.upperBound)
                if end > after + 1, let other = mentions.parse((after + 1)..<end), other.kind == .name,
                   let resolved = resolve(other, sentence: index, currentSubject: nil), let entity = resolved.entity {
                    tracker.noteSubject(entity, sentence: index, paragraph: sentence.paragraph, also: true)
                }
            }
        }

        let sentenceQuotes = sentenceQuotations[index]

        // 1. Quotations with an attribution after, before, or carried from the previous piece.
        // The sentence's quotations open in increasing order: the next and previous are neighbours.
        for (position, q) in sentenceQuotes.enumerated() {
            let quotation = quotations[q]
            let afterStart = (quotation.close ?? quotation.lastToken) + 1
            let nextQuoteOpen = position + 1 < sentenceQuotes.count ? quotations[sentenceQuotes[position + 1]].open : range.upperBound
            // Before: the tokens since the previous quotation (or sentence start).
            let beforeStart = position > 0
                ? (quotations[sentenceQuotes[position - 1]].close ?? quotations[sentenceQuotes[position - 1]].lastToken) + 1
                : range.lowerBound

            if let after = attributionAfter(afterStart, limit: nextQuoteOpen, sentence: index) {
                if isWholeQuote(quotation, in: beforeStart..<quotation.open, allowLead: true) {
                    let draft = directDraft(q, attribution: after, paragraph: sentence.paragraph, sentence: index)
                    drafts.append(draft)
                    consumedQuotes.insert(q)
                    for c in after.cue { usedCues.insert(c) }
                    if let e = after.entity { tracker.touch(e, at: after.cue.lowerBound); subject = subject ?? e }
                    if after.isFinite { finiteSpeaker = (after.speaker, after.entity, after.context) }
                    previousAttribution = (after.speaker, after.entity, after.cue, after.cueText, after.lemma, after.context, after.endsWithComma)
                    continue
                }
            }
            if let previous = previousAttribution, previous.endsWithComma, beforeStart == previous.context.upperBound || isOnlyPunctuation(beforeStart..<quotation.open) {
                // "A," he said, "B."
                let attribution = Attribution(speaker: previous.speaker, entity: previous.entity, cue: previous.cue,
                                              cueText: previous.cueText, lemma: previous.lemma, context: previous.context,
                                              isFinite: true, endsWithComma: false)
                drafts.append(directDraft(q, attribution: attribution, paragraph: sentence.paragraph, sentence: index))
                consumedQuotes.insert(q)
                continue
            }
            if let before = attributionBefore(quotation, from: beforeStart, sentence: index, subject: subject, finite: finiteSpeaker),
               quoteRunsToEnd(quotation, sentenceEnd: nextQuoteOpen == range.upperBound ? range.upperBound : nextQuoteOpen) {
                drafts.append(directDraft(q, attribution: before, paragraph: sentence.paragraph, sentence: index))
                consumedQuotes.insert(q)
                for c in before.cue { usedCues.insert(c) }
                if before.isFinite { finiteSpeaker = (before.speaker, before.entity, before.context) }
                previousAttribution = (before.speaker, before.entity, before.cue, before.cueText, before.lemma, before.context, false)
                continue
            }
        }

        // 2. Reported speech around every cue not used above.
        var i = range.lowerBound
        while i < range.upperBound {
            guard !usedCues.contains(i), let match = cues.match(tokens, at: i) else { i += 1; continue }
            if let draft = reported(match, sentence: index, subject: subject, finite: &finiteSpeaker) {
                drafts.append(draft)
                if let e = draft.speakerEntity, subject == nil { subject = e }
                for c in match.first...match.last { usedCues.insert(c) }
                i = max(i + 1, tokenIndex(atOrAfter: draft.end, from: i))
            } else {
                i = match.last + 1
            }
        }

        // 3a. "He said:" closing the paragraph before a quotation that stands alone.
        for q in sentenceQuotes where !consumedQuotes.contains(q) {
            let quotation = quotations[q]
            guard quotation.open == range.lowerBound, index > 0,
                  isOnlyPunctuation(from: (quotation.close ?? quotation.lastToken) + 1, to: range.upperBound) else { continue }
            let previous = sentences[index - 1]
            guard previous.paragraph == sentence.paragraph - 1, previous.tokens.count >= 3,
                  tokens[previous.tokens.upperBound - 1].lower == ":" else { continue }
            let colon = previous.tokens.upperBound - 1
            var c = colon - 1
            while c > previous.tokens.lowerBound, adverbs.contains(tokens[c].lower) { c -= 1 }
            var cueStart = c
            while cueStart > previous.tokens.lowerBound, cues.match(tokens, at: cueStart) == nil { cueStart -= 1; if colon - cueStart > 4 { break } }
            guard let match = cues.match(tokens, at: cueStart), match.last < colon, !match.isAccordingTo,
                  let np = subjectBefore(match.first, start: previous.tokens.lowerBound, sentence: index - 1),
                  let resolved = resolve(np.mention, sentence: index - 1, currentSubject: nil) else { continue }
            let attribution = Attribution(speaker: resolved.speaker, entity: resolved.entity, cue: match.first..<(match.last + 1),
                                          cueText: mentions.text(match.first..<(match.last + 1)), lemma: match.entry.lemma,
                                          context: np.mention.tokens.lowerBound..<colon, isFinite: true, endsWithComma: false)
            drafts.append(directDraft(q, attribution: attribution, paragraph: sentence.paragraph, sentence: index))
            consumedQuotes.insert(q)
        }

        // 3. A quotation standing alone continues the previous speaker's words.
        for q in sentenceQuotes where !consumedQuotes.contains(q) {
            let quotation = quotations[q]
            guard isWholeQuote(quotation, in: range.lowerBound..<quotation.open, allowLead: false),
                  isOnlyPunctuation(from: (quotation.close ?? quotation.lastToken) + 1, to: range.upperBound),
                  let last = lastDirectDraft(before: quotation.contentStart),
                  last.paragraph == sentence.paragraph || (last.paragraph == sentence.paragraph - 1 && quotation.open == firstToken(ofParagraph: sentence.paragraph)),
                  !hasReportedDraft(from: last.end, to: quotation.contentStart)
            else { continue }
            var draft = last
            draft.kind = .direct
            draft.start = quotation.contentStart
            draft.end = quotation.contentEnd
            draft.cuts = quotation.continuations.map { tokens[$0].start..<tokens[$0].end }
            draft.paragraph = sentence.paragraph
            draft.sentence = index
            draft.inheritsTime = true
            trimSpan(&draft)
            drafts.append(draft)
            consumedQuotes.insert(q)
        }
        // The sentence's speakers are the most salient people for the next pronoun.
        for draft in drafts[sortedDrafts...] where draft.sentence == index {
            if let entity = draft.speakerEntity { tracker.noteSubject(entity, sentence: index, paragraph: sentence.paragraph) }
        }
        mergeSentenceDrafts()
    }

    /// Sorts the sentence's drafts into the rest. They nearly always start after every earlier
    /// draft, so sorting the tail alone gives what sorting everything (stably) would; when one
    /// does not, everything is sorted as before.
    mutating func mergeSentenceDrafts() {
        guard sortedDrafts < drafts.count else { return }
        drafts[sortedDrafts...].sort { $0.start < $1.start }
        if sortedDrafts > 0, drafts[sortedDrafts].start < drafts[sortedDrafts - 1].start {
            drafts.sort { $0.start < $1.start }
            directDrafts = drafts.indices.filter { drafts[$0].kind == .direct }
        } else {
            directDrafts += (sortedDrafts..<drafts.count).filter { drafts[$0].kind == .direct }
        }
        sortedDrafts = drafts.count
    }

    /// The last draft (in the order of `drafts`) that is direct and starts before `byte`.
    func lastDirectDraft(before byte: Int) -> Draft? {
        if let found = drafts[sortedDrafts...].last(where: { $0.kind == .direct && $0.start < byte }) { return found }
        // Direct drafts of the sorted part by start: bisect for the last one before `byte`.
        let after = directDrafts.firstIndex(notBelow: { drafts[$0].start < byte })
        return after > 0 ? drafts[directDrafts[after - 1]] : nil
    }

    /// Some draft that is not direct lies within `from..<to` (starting at or after `from`).
    func hasReportedDraft(from: Int, to: Int) -> Bool {
        let isReported = { (draft: Draft) in draft.start >= from && draft.end <= to && draft.kind != .direct }
        // The sorted part's drafts starting at or after `from` are a suffix.
        let first = drafts[..<sortedDrafts].firstIndex(notBelow: { $0.start < from })
        return drafts[first...].contains(where: isReported)
    }

    // MARK: - Attributions of quotations

    struct Attribution {
        var speaker: Speaker
        var entity: Int?
        var cue: Range<Int>
        var cueText: String
        var lemma: String
        var context: Range<Int>
        var isFinite: Bool
        var endsWithComma: Bool
        /// For a participle (`…, adding "…"`): the context of the clause it hangs on.
        var mainContext: Range<Int>? = nil
    }

    /// `"…," Smith said.` / `"…," said Smith.` / `"…," the former official said, speaking …`
    mutating func attributionAfter(_ start: Int, limit: Int, sentence: Int) -> Attribution? {
        var a = start
        if a < limit, tokens[a].isComma { a += 1 }
        guard a < limit else { return nil }
        // Inverted: said Smith / said the president.
        if let match = cues.match(tokens, at: a), !match.isAccordingTo, match.entry.frame != .object {
            let npEnd = nounPhraseEnd(from: match.last + 1, limit: limit, allowApposition: true)
            guard npEnd > match.last + 1, let mention = speakerMention((match.last + 1)..<npEnd) else { return nil }
            guard let resolved = resolve(mention, sentence: sentence, currentSubject: nil) else { return nil }
            let contextEnd = clauseEnd(from: npEnd, limit: limit)
            return Attribution(speaker: resolved.speaker, entity: resolved.entity, cue: match.first..<(match.last + 1),
                               cueText: mentions.text(match.first..<(match.last + 1)), lemma: match.entry.lemma,
                               context: a..<contextEnd, isFinite: true,
                               endsWithComma: npEnd < limit && tokens[npEnd].isComma && contextEnd == npEnd + 1)
        }
        // Noun phrase, then the cue.
        let npEnd = nounPhraseEnd(from: a, limit: limit, allowApposition: true)
        guard npEnd > a, npEnd < limit else { return nil }
        var c = npEnd
        if tokens[c].isComma, c + 1 < limit { c += 1 }   // "the US envoy, Nikki Haley, said"
        while c < limit, adverbs.contains(tokens[c].lower) { c += 1 }
        guard c < limit, let match = cues.match(tokens, at: c), !match.isAccordingTo else { return nil }
        guard let mention = speakerMention(a..<npEnd), let resolved = resolve(mention, sentence: sentence, currentSubject: nil) else { return nil }
        var cueEnd = match.last + 1
        var cueText = mentions.text(match.first..<cueEnd)
        if match.entry.frame == .addressee {
            let addresseeEnd = nounPhraseEnd(from: cueEnd, limit: limit)
            if addresseeEnd > cueEnd {
                cueText = mentions.text(match.first..<addresseeEnd)
                cueEnd = addresseeEnd
            }
        }
        let contextEnd = clauseEnd(from: cueEnd, limit: limit)
        return Attribution(speaker: resolved.speaker, entity: resolved.entity, cue: match.first..<(match.last + 1),
                           cueText: cueText, lemma: match.entry.lemma, context: a..<contextEnd, isFinite: !match.entry.isParticiple,
                           endsWithComma: contextEnd < limit && tokens[contextEnd].isComma || (contextEnd == limit - 1 && tokens[contextEnd].isComma))
    }

    /// `Smith said: "…"` / `Smith said that "…"` / `…, adding "…"` / `before concluding: "…"`.
    mutating func attributionBefore(_ quotation: QuoteScanner.Quotation, from start: Int, sentence: Int,
                                    subject: Int?, finite: (speaker: Speaker, entity: Int?, context: Range<Int>)?) -> Attribution? {
        var k = quotation.open
        guard k > start else { return nil }
        // Skip ":" "," "that" between cue and quote.
        var lead = k
        while lead > start, tokens[lead - 1].kind == .punctuation && (tokens[lead - 1].lower == ":" || tokens[lead - 1].isComma) || tokens[lead - 1].lower == "that" {
            lead -= 1
        }
        k = lead
        // Find the cue ending just before, possibly followed by adjuncts (at …, in …).
        var cueAt: CueMatcher.Match?
        var j = k - 1
        var steps = 0
        while j >= start, steps < 10 {
            if let match = cues.match(tokens, at: j), match.last < k, !match.isAccordingTo {
                cueAt = match
                break
            }
            // Allow only adjunct-like words between cue and quote.
            if tokens[j].isTerminal || tokens[j].kind == .quote { break }
            j -= 1
            steps += 1
        }
        // A phrase cue may start one token earlier (`went on to say`).
        guard let match = cueAt else { return nil }
        // Everything between the cue and the quote must be adjuncts.
        let between = (match.last + 1)..<k
        if !between.isEmpty {
            guard adjunctsCover(between) else { return nil }
        }
        let cueRange = match.first..<(match.last + 1)
        if match.entry.isParticiple {
            let speaker: Speaker, entity: Int?
            var mainContext = finite?.context ?? start..<start
            if let finite { speaker = finite.speaker; entity = finite.entity }
            else if let earlier = earlierFinite(before: match.first, sentence: sentence) {
                speaker = earlier.speaker; entity = earlier.entity; mainContext = earlier.context
            }
            else if let subject { speaker = tracker.speaker(subject, mention: subjectMention(in: sentence) ?? tracker.entities[subject].name); entity = subject }
            else { return nil }
            return Attribution(speaker: speaker, entity: entity, cue: cueRange, cueText: mentions.text(cueRange),
                               lemma: match.entry.lemma, context: match.first..<k, isFinite: false, endsWithComma: false,
                               mainContext: mainContext)
        }
        guard let np = subjectBefore(match.first, start: start, sentence: sentence),
              let resolved = resolve(np.mention, sentence: sentence, currentSubject: subject) else { return nil }
        var cueText = mentions.text(cueRange)
        if match.entry.frame == .addressee {
            let addresseeEnd = nounPhraseEnd(from: match.last + 1, limit: k)
            if addresseeEnd > match.last + 1 { cueText = mentions.text(match.first..<addresseeEnd) }
        }
        return Attribution(speaker: resolved.speaker, entity: resolved.entity, cue: cueRange, cueText: cueText,
                           lemma: match.entry.lemma, context: np.mention.tokens.lowerBound..<k, isFinite: true, endsWithComma: false)
    }

    /// The speaker of the nearest finite cue before `k` in the sentence, with where its context starts.
    mutating func earlierFinite(before k: Int, sentence: Int) -> (speaker: Speaker, entity: Int?, context: Range<Int>)? {
        let start = max(sentences[sentence].tokens.lowerBound, k - 60)
        var c = k - 1
        while c >= start {
            if tokens[c].depth == 0, let m = cues.match(tokens, at: c), !m.entry.isParticiple, !m.isAccordingTo,
               let np = subjectBefore(c, start: start, sentence: sentence),
               let resolved = resolve(np.mention, sentence: sentence, currentSubject: nil) {
                return (resolved.speaker, resolved.entity, np.mention.tokens.lowerBound..<skipAdjuncts(from: m.last + 1, limit: k))
            }
            c -= 1
        }
        return nil
    }

    // MARK: - Reported speech

    mutating func reported(_ match: CueMatcher.Match, sentence index: Int, subject: Int?,
                           finite: inout (speaker: Speaker, entity: Int?, context: Range<Int>)?) -> Draft? {
        let sentence = sentences[index]
        let range = sentence.tokens
        let cueRange = match.first..<(match.last + 1)

        if match.isAccordingTo {
            // "…, according to X." or "According to X, …"
            var npEnd = nounPhraseEnd(from: match.last + 1, limit: range.upperBound)
            guard npEnd > match.last + 1, var mention = speakerMention((match.last + 1)..<npEnd) else { return nil }
            // "according to a statement from the ministry": the document's author speaks.
            if npEnd + 1 < range.upperBound, ["from", "by", "of", "released", "issued", "published"].contains(tokens[npEnd].lower),
               Titles.documentNouns.contains(mention.head) {
                var k = npEnd + 1
                if ["by", "from"].contains(tokens[k].lower) { k += 1 }   // "released by"
                let authorEnd = nounPhraseEnd(from: k, limit: range.upperBound)
                if authorEnd > k, let author = speakerMention(k..<authorEnd) {
                    mention = author
                    npEnd = authorEnd
                }
            }
            guard let resolved = resolve(mention, sentence: index, currentSubject: subject) else { return nil }
            let cueText = mentions.text(cueRange)
            if match.first > range.lowerBound, tokens[match.first - 1].isComma {
                let content = trimmedContent(range.lowerBound..<(match.first - 1))
                guard content.count >= 3 else { return nil }
                return draft(content: content, cue: cueRange, cueText: cueText, lemma: "according to", speaker: resolved,
                             context: [cueRange.lowerBound..<npEnd], sentence: index)
            }
            if npEnd < range.upperBound, tokens[npEnd].isComma {
                let content = trimmedContent((npEnd + 1)..<clauseEnd(from: npEnd + 1, limit: range.upperBound))
                guard content.count >= 3 else { return nil }
                return draft(content: content, cue: cueRange, cueText: cueText, lemma: "according to", speaker: resolved,
                             context: [cueRange.lowerBound..<npEnd], sentence: index)
            }
            return nil
        }

        // Who speaks.
        var speaker: (speaker: Speaker, entity: Int?)
        var contextStart: Int
        var contentBefore = false
        var insertion = false
        var relative = false
        var participleMain: Range<Int>? = nil
        if match.entry.isParticiple, match.first >= range.lowerBound + 2, tokens[match.first - 1].lower == "as",
           tokens[match.first - 2].lower == "quoted" {
            // "X was quoted as saying …": the subject of "was quoted".
            var q = match.first - 2
            while q > range.lowerBound, auxiliaries.contains(tokens[q - 1].lower) || adverbs.contains(tokens[q - 1].lower) { q -= 1 }
            guard let np = subjectBefore(q, start: range.lowerBound, sentence: index),
                  let resolved = resolve(np.mention, sentence: index, currentSubject: subject) else { return nil }
            speaker = (resolved.speaker, resolved.entity)
            contextStart = np.mention.tokens.lowerBound
        } else if match.entry.isParticiple {
            guard match.first > range.lowerBound else { return nil }
            let previous = tokens[match.first - 1]
            guard previous.isComma || ["before", "after", "while", "when", "by", "and", "but"].contains(previous.lower) || previous.kind == .dash else { return nil }
            if let finite { speaker = (finite.speaker, finite.entity); contextStart = match.first; participleMain = finite.context }
            else if let np = clauseSubject(in: range), let resolved = resolve(np, sentence: index, currentSubject: subject) {
                speaker = (resolved.speaker, resolved.entity); contextStart = np.tokens.lowerBound
            } else { return nil }
        } else if let np = subjectBefore(match.first, start: range.lowerBound, sentence: index) {
            guard let resolved = resolve(np.mention, sentence: index, currentSubject: subject) else { return nil }
            speaker = (resolved.speaker, resolved.entity)
            contextStart = np.mention.tokens.lowerBound
            // "Speaking to reporters in Lyon, X said …": the introduction says where and when.
            if contextStart > range.lowerBound + 1, tokens[contextStart - 1].isComma, isIntroductory(range.lowerBound, range: range),
               !(range.lowerBound..<(contextStart - 1)).contains(where: { tokens[$0].isComma }) {
                participleMain = range.lowerBound..<(contextStart - 1)
            }
            // "X, NP said." / "X, NP noted, Y"
            let before = np.mention.tokens.lowerBound - 1
            if before > range.lowerBound, !np.isCoordinated, !np.isRelative,
               tokens[before].isComma || (tokens[before].quoteRole == .closing && tokens[before].depth == 0 && before > range.lowerBound && tokens[before - 1].isComma) {
                contentBefore = true
            }
            relative = np.isRelative
        } else {
            // Inverted: "…, said Smith."
            guard match.entry.frame == .clause, match.first > range.lowerBound + 2, tokens[match.first - 1].isComma else { return nil }
            let npEnd = nounPhraseEnd(from: match.last + 1, limit: range.upperBound)
            guard npEnd > match.last + 1, let mention = speakerMention((match.last + 1)..<npEnd),
                  let resolved = resolve(mention, sentence: index, currentSubject: subject) else { return nil }
            let content = trimmedContent(range.lowerBound..<(match.first - 1))
            guard content.count >= 3, !containsQuoteOnly(content) else { return nil }
            return draft(content: content, cue: cueRange, cueText: mentions.text(cueRange), lemma: match.entry.lemma,
                         speaker: resolved, context: [match.first..<npEnd], sentence: index)
        }

        // What follows the cue: adjuncts, an addressee, "that".
        var p = match.last + 1
        var cueEnd = p
        if match.entry.frame == .addressee, let addresseeEnd = addresseeEnd(from: p, limit: range.upperBound) {
            p = addresseeEnd
            cueEnd = p
        }
        let adjunctsStart = p
        p = skipAdjuncts(from: p, limit: range.upperBound)
        if let phrase = mediumPhrase(in: adjunctsStart..<p) { cueEnd = phrase.upperBound; _ = phrase }
        var hasThat = false
        // "said that was a question for the board": "that" followed by a verb is the subject.
        if p < range.upperBound, tokens[p].lower == "that", tokens[p].depth == 0,
           !(p + 1 < range.upperBound && ["was", "is", "would", "will", "had", "has", "could", "should", "might", "may", "must", "wasn't", "isn't"].contains(tokens[p + 1].lower)) {
            hasThat = true; p += 1
        }
        let cueText = cueEnd > match.last + 1 && mediumPhrase(in: (match.last + 1)..<cueEnd) != nil
            ? mentions.text(match.first..<(match.last + 1)) + " " + mentions.text(mediumPhrase(in: (match.last + 1)..<cueEnd)!)
            : mentions.text(match.first..<cueEnd)
        if !match.entry.isParticiple { finite = (speaker.speaker, speaker.entity, contextStart..<p) }
        if cueText.containsLiteral("statement") { tracker.lastStatementSpeaker = speaker.speaker }

        let startsSubordinate = p >= range.upperBound || tokens[p].isTerminal
            || !hasThat && (subordinators.contains(tokens[p].lower) || tokens[p].isComma)
        if contentBefore && (startsSubordinate || (p < range.upperBound && tokens[p].isComma)) {
            let commaIndex = contextStart - 1
            if p < range.upperBound, tokens[p].isComma, p + 1 < range.upperBound, !subordinators.contains(tokens[p + 1].lower),
               !isParticipleCue(p + 1) {
                insertion = true
            }
            let endsWithQuote = tokens[commaIndex].quoteRole == .closing
            let contentRange = insertion ? trimmedContent(range.lowerBound..<clauseEnd(from: p + 1, limit: range.upperBound))
                                         : trimmedContent(range.lowerBound..<(endsWithQuote ? commaIndex + 1 : commaIndex))
            guard contentRange.count >= (insertion ? 1 : 3), !containsQuoteOnly(contentRange) else { return nil }
            return draft(content: contentRange, cue: cueRange, cueText: cueText, lemma: match.entry.lemma, speaker: speaker,
                         context: [contextStart..<p], sentence: index)
        }
        if contentBefore, !hasThat, p < range.upperBound, ClauseShape.startsWithVerb(tokens, p..<range.upperBound) {
            // "…, Nordhavn said in a statement issued in Copenhagen.": what follows is no clause.
            let commaIndex = contextStart - 1
            let endsWithQuote = tokens[commaIndex].quoteRole == .closing
            let contentRange = trimmedContent(range.lowerBound..<(endsWithQuote ? commaIndex + 1 : commaIndex))
            guard contentRange.count >= 3, !containsQuoteOnly(contentRange) else { return nil }
            return draft(content: contentRange, cue: cueRange, cueText: cueText, lemma: match.entry.lemma, speaker: speaker,
                         context: [contextStart..<p], sentence: index)
        }
        guard !startsSubordinate || hasThat else { return nil }
        var end = clauseEnd(from: p, limit: range.upperBound)
        if relative, let comma = (p..<end).first(where: { tokens[$0].isComma && tokens[$0].depth == 0 }) { end = comma }
        let content = trimmedContent(p..<end)
        guard content.count >= 1 else { return nil }
        // A cue that is also an ordinary verb needs "that" or a quotation.
        if match.entry.needsThat && !hasThat && !containsQuotation(content) { return nil }
        if !hasThat, let object = content.first, ReportingVerbs.idiomaticObjects[match.entry.lemma]?.contains(tokens[object].lower) == true { return nil }
        if match.entry.isBase && !hasThat && !isPluralOrAux(before: match.first) { return nil }
        let firstWord = tokens[content.lowerBound].lower
        let aboutLike = ["against", "of", "about", "over"].contains(firstWord)
        if aboutLike, !["warn", "caution", "complain", "speak", "talk"].contains(match.entry.lemma) { return nil }
        if !hasThat, !aboutLike, match.entry.frame != .object, !tokens[content.lowerBound].isCapitalized, FunctionWords.contains(firstWord), !["the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "there", "his", "her", "their", "its", "our", "my", "your", "no", "some", "all", "any", "both", "each", "such", "what", "whether", "if", "how", "why", "when", "where", "who"].contains(firstWord),
           tokens[content.lowerBound].quoteRole != .opening { return nil }
        if match.entry.frame == .clause, !hasThat, !aboutLike, !looksLikeClause(content) { return nil }
        // Without "that", reported speech is a clause: it has a verb ("the plan would work"),
        // unlike an object ("added a chapter", "insurance claims rose").
        let isWarning = ["warn", "caution", "urge", "remind", "advise"].contains(match.entry.lemma)
        if match.entry.frame != .object, !hasThat, !relative, !aboutLike, !startsWithQuotation(content),
           !(isWarning && ClauseShape.hasWarningComplement(tokens, content)), !ClauseShape.hasVerb(tokens, content) { return nil }
        if match.entry.frame != .object, !hasThat, !relative, ClauseShape.startsWithVerb(tokens, content) { return nil }
        // "told a long story": a telling verb needs someone told.
        if match.entry.frame == .addressee, cueEnd == match.last + 1, !hasThat { return nil }
        // "warned the driver with a flash …": warning needs that / against / of / to, or a quotation.
        if isWarning, !hasThat, !aboutLike,
           !containsQuotation(content), !ClauseShape.hasWarningComplement(tokens, content) { return nil }
        return draft(content: content, cue: cueRange, cueText: cueText, lemma: match.entry.lemma, speaker: speaker,
                     context: [contextStart..<p] + (participleMain.map { [$0] } ?? []), sentence: index)
    }

    /// Builds a draft for reported content, deciding direct, mixed or indirect.
    mutating func draft(content: Range<Int>, cue: Range<Int>, cueText: String, lemma: String,
                        speaker: (speaker: Speaker, entity: Int?), context: [Range<Int>], sentence: Int) -> Draft? {
        guard let first = content.first, let last = content.last else { return nil }
        var kind = ClaimKind.indirect
        var start = tokens[first].start
        var end = tokens[last].end
        var cuts: [Range<Int>] = []
        // Quotations inside the content.
        let inside = quotations(openingIn: content).filter { quotations[$0].depth == 1 }
        if inside.count == 1, let q = inside.first, quotations[q].open == first,
           (quotations[q].close ?? quotations[q].lastToken) >= last - 1,
           trailingIsPunctuation(from: (quotations[q].close ?? quotations[q].lastToken) + 1, to: last) {
            kind = .direct
            start = quotations[q].contentStart
            end = quotations[q].contentEnd
            cuts = quotations[q].continuations.map { tokens[$0].start..<tokens[$0].end }
        } else if !inside.isEmpty {
            kind = .mixed
            // Keep a closing mark that ends the content with its punctuation.
            if let q = inside.last, let close = quotations[q].close, close > last { end = tokens[close].end }
        }
        if kind == .indirect, tokens[last].kind == .quote, tokens[last].quoteRole == .closing {
            kind = .mixed
        }
        for q in inside { consumedQuotes.insert(q) }
        if let e = speaker.entity { tracker.touch(e, at: cue.lowerBound) }
        var result = Draft(kind: kind, start: start, end: end, cuts: cuts, cue: cue, cueText: cueText,
                           speaker: speaker.speaker, speakerEntity: speaker.entity, context: context,
                           paragraph: sentences[sentence].paragraph, sentence: sentence, cueLemma: lemma)
        trimSpan(&result)
        return result.end > result.start ? result : nil
    }

    func directDraft(_ q: Int, attribution: Attribution, paragraph: Int, sentence: Int) -> Draft {
        let quotation = quotations[q]
        var draft = Draft(kind: .direct, start: quotation.contentStart, end: quotation.contentEnd,
                          cuts: quotation.continuations.map { tokens[$0].start..<tokens[$0].end },
                          cue: attribution.cue, cueText: attribution.cueText, speaker: attribution.speaker,
                          speakerEntity: attribution.entity, context: [attribution.context] + (attribution.mainContext.map { [$0] } ?? []),
                          paragraph: paragraph, sentence: sentence, cueLemma: attribution.lemma)
        trimSpan(&draft)
        return draft
    }

    /// Trims white space at both ends of a span (multi-paragraph quotes end at a paragraph).
    func trimSpan(_ draft: inout Draft) {
        while draft.start < draft.end, ByteClass.spaceLength(bytes, draft.start) > 0 {
            draft.start += ByteClass.spaceLength(bytes, draft.start)
        }
        while draft.end > draft.start {
            let s = ByteClass.scalarStart(before: draft.end, in: bytes)
            if ByteClass.spaceLength(bytes, s) > 0 { draft.end = s } else { break }
        }
    }

    // MARK: - Noun phrases and subjects

    static let nounPhraseExtras: WordSet = ["the", "a", "an", "his", "her", "their", "its", "former", "new", "top", "senior", "deputy", "chief", "acting", "then", "outgoing", "incoming", "british", "us", "u.s.", "uk", "eu", "un", "one", "another", "local", "foreign", "western", "european", "american", "international", "independent", "leading", "prominent"]

    func isNounPhraseWord(_ t: Token) -> Bool {
        guard t.depth == 0 else { return false }
        if isAgeNoun(t) { return true }
        if t.kind == .number { return false }
        guard t.kind == .word else { return false }
        if t.isCapitalized { return !cueWord(t) && TimeExpression.weekdays[t.lower] == nil && Months.number(t.lower) == nil || Titles.honorifics.contains(t.lower) }
        return Titles.honorifics.contains(t.lower) || Titles.personRoles.contains(t.lower)
            || Titles.groupNouns.contains(t.lower) || Titles.organisationNouns.contains(t.lower)
            || Self.nounPhraseExtras.contains(t.lower) || Titles.pronouns[t.lower] != nil || t.isPossessive
    }

    func cueWord(_ t: Token) -> Bool { !t.isCapitalized && cues.entry(t.lower) != nil }

    /// The end (exclusive) of a noun phrase starting at `start`.
    /// Where the addressee of a telling verb ends: a pronoun, a name, or a short phrase ending in
    /// someone who can be told (`reporters`, `a press conference`, `the Wall Street Journal`).
    func addresseeEnd(from p: Int, limit: Int) -> Int? {
        guard p < limit else { return nil }
        let np = nounPhraseEnd(from: p, limit: limit)
        if np > p, isAddressee(p..<np) { return np }
        var e = p
        if e < limit, ["a", "an", "the", "his", "her", "their", "its"].contains(tokens[e].lower) { e += 1 }
        let words = e
        while e < limit, e - words < 4, tokens[e].kind == .word, tokens[e].depth == 0, !FunctionWords.contains(tokens[e].lower),
              !cueWord(tokens[e]) {
            e += 1
            if isAddressee(p..<e) { return e }
        }
        return nil
    }

    /// Who can be told: a person, group or institution, a name, or an object pronoun.
    func isAddressee(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        let t = tokens[last]
        if ["him", "her", "them", "us", "me", "you", "reporters", "journalists", "parliament", "congress", "lawmakers", "mps",
            "conference", "briefing", "meeting", "summit", "rally", "crowd", "audience", "committee", "hearing", "senate",
            "assembly", "forum", "gathering", "supporters", "delegates", "students", "workers", "voters", "board", "council",
            "newspaper", "broadcaster", "radio", "television", "agency", "outlet", "magazine", "website"].contains(t.lower) { return true }
        return t.isCapitalized || isHeadNoun(t) || Titles.groupNouns.contains(t.lower)
    }

    /// `47-year-old`: an age standing for a person (`the 47-year-old said`).
    func isAgeNoun(_ t: Token) -> Bool {
        (t.kind == .number || t.kind == .word) && t.lower.hasSuffix("-year-old")
    }

    /// A head noun of a speaker description: a role, group or organisation noun.
    func isHeadNoun(_ t: Token) -> Bool {
        t.kind == .word && (Titles.personRoles.contains(String(t.stem)) || Titles.groupNouns.contains(t.lower)
            || t.lower.hasSuffix("s") && Titles.personRoles.contains(String(t.lower.dropLast()))
            || Titles.organisationNouns.contains(String(t.stem))
            || t.isCapitalized && mentions.isPluralAcronym(word(t)))
    }

    /// Lower-case modifiers before a head noun (`local officials`, `central bank governor`):
    /// the index of the head if one follows within three words, else `nil`.
    func headAhead(from k: Int, limit: Int) -> Int? {
        var j = k
        while j < limit, j - k < 4 {
            let t = tokens[j]
            guard t.kind == .word, t.depth == 0, !t.isTerminal else { return nil }
            if isHeadNoun(t) { return j }
            if t.isCapitalized || cueWord(t) || MentionParser.postModifierStarts.contains(t.lower) || auxiliaries.contains(t.lower) || ["and", "or", "but"].contains(t.lower) { return nil }
            j += 1
        }
        return nil
    }

    /// `Power & Light`: an ampersand between capitalised words.
    func isAmpersandInName(_ k: Int, limit: Int) -> Bool {
        tokens[k].lower == "&" && k > 0 && k + 1 < limit && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized
    }

    /// `farmer Jean Martin`, `retiree Ann Lee`: a lower-case word right before a given name.
    func isOccupationBeforeName(_ k: Int, limit: Int) -> Bool {
        guard k + 2 < limit + 1, k + 1 < limit, tokens[k].kind == .word, !tokens[k].isCapitalized, tokens[k].depth == 0,
              !FunctionWords.contains(tokens[k].lower), !cueWord(tokens[k]) else { return false }
        let next = tokens[k + 1]
        guard next.isCapitalized, k + 2 < limit, tokens[k + 2].isCapitalized else { return false }
        if names.isGivenName(word(next)) { return true }
        // "forecaster Jun-Rey Macaraeg": an occupation by its ending, before two capitalised words.
        let w = tokens[k].lower
        return Titles.personRoles.contains(w) || ["er", "or", "ist", "ian", "ant", "ent", "eer"].contains { w.hasSuffix($0) } && w.count > 4
    }

    func nounPhraseEnd(from start: Int, limit: Int, allowApposition: Bool = false) -> Int {
        var k = start
        while k < limit, k - start < 9, isNounPhraseWord(tokens[k]) || headAhead(from: k, limit: limit) != nil
                || isOccupationBeforeName(k, limit: limit) || isAmpersandInName(k, limit: limit) {
            if Titles.pronouns[tokens[k].lower] != nil { return k == start ? k + 1 : k }
            k += 1
            // "of" inside a title: Secretary of State, chairman of the Joint Chiefs.
            if k + 1 < limit, tokens[k].lower == "of", tokens[k - 1].kind == .word,
               Titles.honorifics.contains(tokens[k - 1].lower) || Titles.personRoles.contains(tokens[k - 1].lower),
               tokens[k + 1].isCapitalized || tokens[k + 1].lower == "the" { k += 1 }
        }
        // "a spokesman for the Environment Agency": an organisation after a role noun.
        if k > start, k + 1 < limit, ["for", "of", "at"].contains(tokens[k].lower), isHeadNoun(tokens[k - 1]), !tokens[k - 1].isCapitalized {
            var e = k + 1
            if e < limit, tokens[e].lower == "the" { e += 1 }
            let orgStart = e
            while e < limit, e - orgStart < 6, tokens[e].kind == .word, tokens[e].isCapitalized, !cueWord(tokens[e]) { e += 1 }
            if e > orgStart { k = e }
        }
        // "the US envoy, Nikki Haley," — a name in apposition to a role.
        if allowApposition, k > start, k + 2 < limit, tokens[k].isComma {
            let nameEnd = nounPhraseEnd(from: k + 1, limit: limit)
            if nameEnd > k + 1, nameEnd >= limit || tokens[nameEnd].isComma || tokens[nameEnd].isTerminal,
               (k + 1..<nameEnd).allSatisfy({ tokens[$0].isCapitalized }) {
                return nameEnd
            }
        }
        return k
    }

    /// The speaker mention in `range`, handling `ROLE, Name` apposition.
    func speakerMention(_ range: Range<Int>) -> Mention? {
        if let comma = range.firstIndex(where: { tokens[$0].isComma }) {
            let left = mentions.parse(range.lowerBound..<comma)
            let right = mentions.parse((comma + 1)..<range.upperBound)
            if var right, right.kind == .name, let left {
                right.role = right.role ?? left.description
                right.tokens = range
                right.text = mentions.text(range)
                return right
            }
            return left
        }
        return mentions.parse(range)
    }

    struct Subject {
        var mention: Mention
        var isCoordinated: Bool
        var isRelative = false
    }

    /// The speaker before a cue at `cue`: `Smith said`, `Smith, a former general, said`,
    /// `Smith on Wednesday had said`, `the former official involved in … said`, `X expressed hope … but warned`.
    func subjectBefore(_ cue: Int, start: Int, sentence: Int, allowTrailingComma: Bool = false, depth: Int = 0) -> Subject? {
        // Coordination and relative clauses look further back; a few steps are enough for
        // any real sentence, and the bound keeps built-up inputs from recursing without end.
        guard depth < 4 else { return nil }
        var j = cue - 1
        if allowTrailingComma, j >= start, tokens[j].isComma { j -= 1 }
        // An age in apposition: "Rosalind Achterberg, 71, who said".
        if allowTrailingComma, j - 1 > start, tokens[j].kind == .number, tokens[j - 1].isComma { j -= 2 }
        // Adverbs, auxiliaries and time adjuncts between subject and verb.
        while j >= start {
            let t = tokens[j]
            if adverbs.contains(t.lower) || auxiliaries.contains(t.lower) { j -= 1; continue }
            if let time = timeExpressionEnding(at: j, start: start) { j = time - 1; continue }
            break
        }
        guard j >= start else { return nil }
        // Coordination: "… expressed hope for cooperation but warned"; "who had said … and called on".
        // The earlier verb is looked for within the last 60 tokens (a long clause of content
        // between the two verbs is rare beyond that), and each look-back is remembered, so a
        // sentence of thousands of "and said" costs a bounded amount per cue.
        if tokens[j].lower == "and" || tokens[j].lower == "but" {
            var c = j - 1
            while c >= max(start, j - 60) {
                if let m = cues.match(tokens, at: c), !m.entry.isParticiple, m.last < j,
                   let earlier = rememberedSubject(before: c, start: start, sentence: sentence, depth: depth + 1) {
                    return Subject(mention: earlier.mention, isCoordinated: true)
                }
                c -= 1
            }
            guard let np = clauseSubject(in: start..<j) else { return nil }
            return Subject(mention: np, isCoordinated: true)
        }
        // Relative pronoun: "the UK envoy, Tom Hale, who had said".
        if ["who", "which", "that"].contains(tokens[j].lower), j > start, tokens[j - 1].isComma {
            guard let antecedent = rememberedSubject(before: j, start: start, sentence: sentence, allowTrailingComma: true, depth: depth + 1) else { return nil }
            return Subject(mention: antecedent.mention, isCoordinated: true, isRelative: true)
        }
        // A parenthesis after a name: "The County Councils Alliance (CCA) said".
        if tokens[j].lower == ")", let open = (max(start, j - 8)..<j).last(where: { tokens[$0].lower == "(" }), open > start {
            j = open - 1
        }
        // Apposition: "Smith, a former Marine general, said" / "the US envoy, Nikki Haley, said".
        var appositionRole: String?
        var appositionName: Mention?
        if tokens[j].isComma, j - 1 > start {
            var k = j - 1
            while k > start, !tokens[k].isComma || tokens[k].depth > 0, j - k < 28,
                  !tokens[k].isTerminal || tokens[k + 1].isComma || tokens[k].depth > 0 { k -= 1 }
            let isRelativeClause = ["who", "which", "whose", "whom", "where", "when"].contains(tokens[k + 1].lower)
            if tokens[k].isComma, k > start, j - k < 12, !isRelativeClause, let inner = mentions.parse((k + 1)..<j) {
                if inner.kind == .name, inner.name.count >= 2 || names.isGivenName(inner.name.first ?? "") {
                    appositionName = inner
                } else if inner.kind == .organisation, tokens[inner.tokens.upperBound - 1].isCapitalized {
                    var named = inner
                    named.name = [inner.description]
                    appositionName = named
                } else {
                    appositionRole = inner.description
                }
                j = k - 1
            } else if tokens[k].isComma, k > start, k + 1 < j, !tokens[k + 1].isCapitalized {
                // A parenthetical: ", speaking on condition of anonymity,", ", who declined to be named,".
                j = k - 1
            } else {
                return nil
            }
        }
        if j > start, tokens[j].lower == ")", let open = (max(start, j - 8)..<j).last(where: { tokens[$0].lower == "(" }), open > start {
            j = open - 1
        }
        // Collect the noun phrase backwards.
        var k = j
        var sawHead = false
        var modifiers = 0
        while k >= start, j - k < 9 {
            let t = tokens[k]
            if isHeadNoun(t) { sawHead = true }
            let isModifier = sawHead && !isHeadNoun(t) && t.kind == .word && !t.isCapitalized && modifiers < 3
                && !cueWord(t) && !auxiliaries.contains(t.lower) && !adverbs.contains(t.lower)
                && !FunctionWords.contains(t.lower) && t.depth == 0
            let joinsProperName = ["of", "for", "and"].contains(t.lower) && k > start && k < j
                && tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized
            guard isNounPhraseWord(t) || (t.lower == "of" && k > start && isNounPhraseWord(tokens[k - 1])) || isModifier
                    || isAmpersandInName(k, limit: j + 1) || joinsProperName else { break }
            if isModifier { modifiers += 1 }
            if Titles.pronouns[tokens[k].lower] != nil { if k == j { k -= 1 }; break }
            if Titles.notNames.contains(tokens[k].lower), tokens[k].isCapitalized, !["the", "a", "an"].contains(tokens[k].lower) { break }
            if ["the", "a", "an", "his", "her", "their", "its"].contains(tokens[k].lower) { k -= 1; break }
            k -= 1
        }
        var first = k + 1
        guard first <= j else {
            let outer = determinerSubject(endingAt: j, start: start)
            // "The buyer, Halcyon Ridge Partners, said": the name in apposition speaks.
            if var name = appositionName, let outer {
                if outer.mention.kind == .organisation || outer.mention.kind == .group || name.kind == .organisation {
                    name.kind = .organisation
                    name.description = name.name.joined(separator: " ").possessiveStripped
                    name.isDefinite = false
                } else {
                    name.role = name.role ?? outer.mention.description
                }
                name.tokens = outer.mention.tokens.lowerBound..<name.tokens.upperBound
                name.text = mentions.text(name.tokens)
                return Subject(mention: name, isCoordinated: false)
            }
            return outer
        }
        // Post-modifier: "a former US official involved in relations with Russia over Syria said".
        if first > start, MentionParser.postModifierStarts.contains(tokens[first - 1].lower) || tokens[first - 1].lower.hasSuffix("ed") {
            var d = first - 1
            while d >= start, first - d < 14, !["a", "an", "the"].contains(tokens[d].lower), !tokens[d].isTerminal,
                  !tokens[d].isComma, tokens[d].kind != .quote, cues.match(tokens, at: d) == nil { d -= 1 }
            if d >= start, tokens[d].isComma, d + 1 < first, isHeadNoun(tokens[d + 1]) || tokens[d + 1].isCapitalized && d + 2 < first && isHeadNoun(tokens[d + 2]) {
                // "…, researchers in Britain and Denmark have found.": the subject opens the clause after a comma.
                first = d + 1
            } else if d >= start, ["a", "an", "the"].contains(tokens[d].lower), d == start || tokens[d - 1].isComma || d <= start + 1 {
                first = d
            } else if d < start, first - start <= 8, (start..<first).allSatisfy({ tokens[$0].depth == 0 && !tokens[$0].isTerminal }),
                      isHeadNoun(tokens[min(first - 1, start + 1)]) || tokens[start].isCapitalized && isHeadNoun(tokens[start + 1]) {
                // "African ministers meeting in Nairobi on Monday called for …": the subject opens the sentence.
                first = start
            } else if tokens[first - 1].lower == "of", first - 1 > start, tokens[first - 2].isCapitalized {
                // "Professor Jane Roe of the Centre for Sleep Research said": back to the name before "of".
                var n = first - 2
                while n > start, tokens[n - 1].isCapitalized, tokens[n - 1].depth == 0, first - n < 8 { n -= 1 }
                if n == start || tokens[n - 1].isComma || FunctionWords.contains(tokens[n - 1].lower) { first = n }
            }
        }
        if var name = appositionName {
            let outer = mentions.parse(first..<(j + 1))
            // "The company, Voltaris Energy, said": an institution named in apposition.
            if let outer, outer.kind == .organisation || outer.kind == .group {
                name.kind = .organisation
                name.description = name.name.joined(separator: " ").possessiveStripped
                name.isDefinite = false
                name.tokens = first..<name.tokens.upperBound
                name.text = mentions.text(name.tokens)
                return Subject(mention: name, isCoordinated: false)
            }
            name.role = name.role ?? outer?.description
            name.tokens = first..<name.tokens.upperBound
            name.text = mentions.text(name.tokens)
            return Subject(mention: name, isCoordinated: false)
        }
        guard var mention = speakerMention(first..<(j + 1)) else { return nil }
        if let appositionRole, mention.role == nil { mention.role = appositionRole }
        // "which the US said …", "who Hale said …": the claim is a relative clause.
        let isRelative = first > start && ["which", "who", "whom", "that"].contains(tokens[first - 1].lower)
        return Subject(mention: mention, isCoordinated: false, isRelative: isRelative)
    }

    /// A subject opening its clause with a determiner: "The utility said", "the yard said",
    /// "A person familiar with the board's discussions said". Used when the words before the
    /// cue are not in the speaker lexicons: a short determiner-led phrase at the start of the
    /// sentence or after a comma is taken as an institution or a description.
    /// `subjectBefore` for a look-back of coordination or a relative clause, computed once per
    /// cue, start and depth: it depends only on the tokens, and nested look-backs of a long
    /// coordinated sentence ask the same questions again and again.
    func rememberedSubject(before cue: Int, start: Int, sentence: Int, allowTrailingComma: Bool = false, depth: Int) -> Subject? {
        let key = SubjectMemo.Key(cue: cue, start: start, allowTrailingComma: allowTrailingComma, depth: depth)
        if let known = subjects.answer(key) { return known }
        let subject = subjectBefore(cue, start: start, sentence: sentence, allowTrailingComma: allowTrailingComma, depth: depth)
        subjects.remember(key, subject)
        return subject
    }

    func determinerSubject(endingAt j: Int, start: Int) -> Subject? {
        var d = j
        while d >= start, j - d < 10 {
            let t = tokens[d]
            if t.depth > 0 || t.isTerminal || t.kind == .quote || cues.match(tokens, at: d) != nil { return nil }
            if ["the", "a", "an", "its", "their"].contains(t.lower), d == start || tokens[d - 1].isComma {
                break
            }
            if t.isComma { return nil }
            d -= 1
        }
        guard d >= start, d < j, j - d <= 9 else { return nil }
        // Head: the word after the determiner (and its modifiers) up to a post-modifier.
        var headEnd = d + 1
        while headEnd <= j, tokens[headEnd].kind == .word, !MentionParser.postModifierStarts.contains(tokens[headEnd].lower),
              !ClauseShape.isVerbish(tokens[headEnd]) { headEnd += 1 }
        guard headEnd > d + 1, headEnd - d <= 4 else { return nil }
        let head = tokens[headEnd - 1]
        guard head.kind == .word, !head.isCapitalized || isHeadNoun(head), !FunctionWords.contains(head.lower) else { return nil }
        let isPlural = head.lower.hasSuffix("s") && !head.lower.hasSuffix("ss")
        let description = mentions.text((d + 1)..<headEnd).possessiveStripped
        let whole = mentions.text(d..<(j + 1))
        let isPerson = Titles.personRoles.contains(String(head.stem)) || ["person", "man", "woman"].contains(head.lower)
        let kind: Mention.Kind = isPerson ? .role : (isPlural ? .group : .organisation)
        let keep = headEnd <= j && isPerson ? mentions.text((d + 1)..<(j + 1)) : description
        return Subject(mention: Mention(kind: kind, tokens: d..<(j + 1), text: whole, name: [], role: isPerson ? keep : nil,
                                        description: keep, head: String(head.stem),
                                        isDefinite: ["the", "its", "their"].contains(tokens[d].lower), isPossessiveLed: false),
                       isCoordinated: false)
    }

    /// The subject noun phrase of a clause: after an introductory phrase and a conjunction.
    func clauseSubject(in range: Range<Int>) -> Mention? {
        var s = range.lowerBound
        guard s < range.upperBound else { return nil }
        // Sentence adverbs and conjunctions.
        while s < range.upperBound, ["but", "and", "yet", "so", "still", "however", "meanwhile", "also", "then"].contains(tokens[s].lower) { s += 1 }
        // An introductory phrase ending with a comma within the first words.
        let probeEnd = min(range.upperBound, s + 18)
        if isIntroductory(s, range: range),
           let comma = (s..<probeEnd).first(where: { tokens[$0].isComma && tokens[$0].depth == 0 }) {
            s = comma + 1
            // An apposition inside the introduction: "A day after X, a source of fury in Moscow, Trump …".
            if s < range.upperBound, ["a", "an", "the"].contains(tokens[s].lower),
               let next = (s..<min(range.upperBound, s + 8)).first(where: { tokens[$0].isComma }) {
                s = next + 1
            }
        }
        if s < range.upperBound, ["he", "she"].contains(tokens[s].lower) { return mentions.parse(s..<(s + 1)) }
        guard s < range.upperBound, !(tokens[s].isCapitalized && Titles.notNames.contains(tokens[s].lower)
            && !["the", "a", "an", "its", "his", "her", "their", "our", "my"].contains(tokens[s].lower)) else { return nil }
        let end = nounPhraseEnd(from: s, limit: range.upperBound, allowApposition: true)
        guard end > s else { return nil }
        return speakerMention(s..<end)
    }

    static let introStarters: WordSet = [
        "in", "on", "at", "after", "before", "when", "while", "as", "asked", "speaking", "quoted", "prior", "despite",
        "following", "during", "earlier", "later", "meanwhile", "however", "elsewhere", "separately", "currently",
        "since", "with", "without", "under", "for", "by", "from", "until", "amid", "if", "although", "though",
        "once", "instead", "still", "yet", "also", "now", "today", "yesterday", "last", "this", "unlike", "like",
        "to", "of", "writing", "interviewed", "addressing", "responding", "describing", "understandably", "unusually",
        "even", "overall", "ultimately", "separately", "similarly", "likewise", "moreover", "furthermore",
    ]

    /// Whether the clause opens with an introductory phrase that ends at a comma.
    func isIntroductory(_ s: Int, range: Range<Int>) -> Bool {
        let first = tokens[s].lower
        if Self.introStarters.contains(first) || TimeExpression.parse(tokens, at: s, limit: range.upperBound) != nil { return true }
        // "A day after …", "One week before …"
        if ["a", "an", "one", "two", "three"].contains(first), s + 2 < range.upperBound,
           ["day", "week", "month", "year", "hour", "days", "weeks"].contains(tokens[s + 1].lower),
           ["after", "before", "later", "earlier"].contains(tokens[s + 2].lower) { return true }
        return false
    }

    func subjectMention(in sentence: Int) -> String? {
        clauseSubject(in: sentences[sentence].tokens)?.text
    }

    // MARK: - Resolution of mentions

    mutating func resolve(_ mention: Mention, sentence: Int, currentSubject: Int?) -> (speaker: Speaker, entity: Int?)? {
        let at = mention.tokens.lowerBound
        let paragraph = sentences[sentence].paragraph
        switch mention.kind {
        case .pronoun:
            if let entity = tracker.person(pronoun: mention.head, sentence: sentence, paragraph: paragraph,
                                           currentSubject: currentSubject, at: at) {
                if mention.head == "he" || mention.head == "she" { tracker.learnGender(entity, isMale: mention.head == "he") }
                return (tracker.speaker(entity, mention: mention.text), entity)
            }
            return (Speaker(name: mention.text, mention: mention.text, type: .unknown), nil)
        case .name:
            let words = mention.name.map(\.possessiveStripped)
            let honorific = Titles.honorificGender[tokens[mention.tokens.lowerBound].lower]
            if words.count >= 2, names.isGivenName(words[0]) || mention.role != nil {
                let entity = tracker.registerPerson(name: words, role: mention.role, at: at)
                tracker.noteMention(entity, at: at)
                if let honorific { tracker.learnGender(entity, isMale: honorific) }
                return (tracker.speaker(entity, mention: mention.text), entity)
            }
            if words.count == 1, let entity = tracker.person(surname: words[0], at: at, isMale: honorific) {
                tracker.noteMention(entity, at: at)
                if let honorific { tracker.learnGender(entity, isMale: honorific) }
                return (tracker.speaker(entity, mention: mention.text), entity)
            }
            // A given name alone ("Kelsey said") for the one person who has it.
            if words.count == 1, names.isGivenName(words[0]), let entity = tracker.person(givenName: words[0], at: at) {
                tracker.noteMention(entity, at: at)
                return (tracker.speaker(entity, mention: mention.text), entity)
            }
            // A surname whose full name the page prints once, with a given name the lexicon lacks.
            if words.count == 1, let full = nameCandidates[words[0].lowercased()], full.count == 1, let name = full.first,
               !isOrganisationName(words, definite: mention.isDefinite) {
                let entity = tracker.registerPerson(name: name.split(separator: " ").map(String.init), role: mention.role, at: at)
                tracker.noteMention(entity, at: at)
                if let honorific { tracker.learnGender(entity, isMale: honorific) }
                return (tracker.speaker(entity, mention: mention.text), entity)
            }
            let joined = words.joined(separator: " ")
            if isOrganisationName(words, definite: mention.isDefinite) {
                return (Speaker(name: joined, role: nil, mention: mention.text, type: .organisation), nil)
            }
            // A lone capitalised word is a person only with a title or honorific ("Mr. Putin");
            // otherwise it speaks as written but is no antecedent for "he" or "she".
            guard words.count >= 2 || mention.role != nil || mention.text != joined else {
                return (Speaker(name: joined, role: nil, mention: mention.text, type: .person), nil)
            }
            let entity = tracker.registerPerson(name: words, role: mention.role, at: at)
            return (tracker.speaker(entity, mention: mention.text), entity)
        case .group:
            return (Speaker(name: mention.description, mention: mention.text, type: .group), nil)
        case .organisation:
            if mention.head == "statement", mention.isDefinite, let last = tracker.lastStatementSpeaker {
                var speaker = last
                speaker.mention = mention.text
                return (speaker, nil)
            }
            return (Speaker(name: mention.description, mention: mention.text, type: .organisation), nil)
        case .role:
            if mention.isDefinite, let entity = tracker.person(role: mention.description, head: mention.head, at: at) {
                return (tracker.speaker(entity, mention: mention.text), entity)
            }
            let possessor = mention.isPossessiveLed ? word(tokens[mention.tokens.lowerBound]).possessiveStripped : nil
            if mention.isDefinite, possessor == nil || gazetteer.place(named: possessor!) != nil,
               let recent = recentSubject(sentence: sentence), tracker.entities[recent].type == .person {
                tracker.bindRole(mention.description, to: recent)
                return (tracker.speaker(recent, mention: mention.text), recent)
            }
            let entity = tracker.registerAnonymous(description: mention.description, head: mention.head, at: at)
            return (tracker.speaker(entity, mention: mention.text), entity)
        }
    }

    func recentSubject(sentence: Int) -> Int? {
        tracker.latestSubject(sentence: sentence, paragraph: sentences[sentence].paragraph)
    }

    func isOrganisationName(_ words: [String], definite: Bool) -> Bool {
        if definite { return true }
        let joined = words.joined(separator: " ")
        if NewsAgencies.agency(joined) != nil { return true }
        if gazetteer.place(named: joined) != nil { return true }
        if words.count == 1, Titles.organisationNouns.contains(words[0].lowercased()) { return true }
        if joined.count >= 2, joined == joined.uppercased() { return true }    // NATO, FSB
        return false
    }

    // MARK: - Clause shapes

    static let subordinatorList = ["after", "as", "when", "before", "while", "because", "following", "amid", "during",
                                   "ahead", "despite", "since", "until", "in", "on", "at", "with", "without", "to", "for", "if", "though", "although", "but", "and"]
    // Built once, not per article: a builder holds the shared tables.
    let subordinators = ClaimBuilder.subordinatorWords
    static let subordinatorWords = WordSet(ClaimBuilder.subordinatorList)
    let adverbs = ClaimBuilder.adverbWords
    static let adverbWords: WordSet = ["also", "later", "earlier", "previously", "repeatedly", "again", "separately", "reportedly",
                                "recently", "then", "further", "once", "first", "subsequently", "initially", "flatly",
                                "publicly", "privately", "openly", "bluntly", "quickly", "simply", "just", "only", "even",
                                "often", "frequently", "already", "still", "now", "today", "yesterday", "tonight", "repeated",
                                "angrily", "firmly", "clearly", "explicitly", "categorically", "emphatically", "insistently"]
    let auxiliaries = ClaimBuilder.auxiliaryWords
    static let auxiliaryWords: WordSet = ["has", "had", "have", "was", "were", "is", "are", "will", "would", "could", "did", "does",
                                    "do", "may", "might", "can", "should", "must", "has also", "been", "not", "never"]

    /// `in a statement`, `in an interview`, `at a news conference` among the adjuncts: part of the cue.
    func mediumPhrase(in range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound
        while k < range.upperBound {
            if tokens[k].lower == "in" || tokens[k].lower == "at" || tokens[k].lower == "on", k + 2 < range.upperBound + 1 {
                var e = k + 1
                while e < range.upperBound, e - k <= 4, !Self.mediumNouns.contains(tokens[e].lower),
                      tokens[e].kind == .word, tokens[e].depth == 0, !tokens[e].isCapitalized || e > k + 1,
                      ["a", "an", "the", "its", "his", "her", "their", "our"].contains(tokens[e].lower) || !FunctionWords.contains(tokens[e].lower),
                      tokens[e].lower != "that" { e += 1 }
                if e < range.upperBound, Self.mediumNouns.contains(tokens[e].lower) {
                    return k..<(e + 1)
                }
            }
            k += 1
        }
        return nil
    }

    static let mediumNouns: WordSet = [
        "statement", "interview", "conference", "briefing", "speech", "letter", "post", "video", "message", "broadcast",
        "filing", "report", "memo", "email", "e-mail", "tweet", "note", "blog", "podcast", "communique", "survey",
        "release", "announcement", "address", "op-ed", "column", "editorial", "testimony", "hearing", "call",
    ]

    /// Skips adjuncts after a cue: time and place phrases, `in a statement`, `, however,`.
    func skipAdjuncts(from p: Int, limit: Int) -> Int {
        var k = p
        var guardCount = 0
        while k < limit, guardCount < 6 {
            guardCount += 1
            let t = tokens[k]
            if adverbs.contains(t.lower) { k += 1; continue }
            if let time = TimeExpression.parse(tokens, at: k, limit: limit) { k = time.tokens.upperBound; continue }
            if t.isComma, k + 2 < limit, ["however", "too", "though"].contains(tokens[k + 1].lower), tokens[k + 2].isComma { k += 3; continue }
            // "in a statement", "in its annual survey published on Tuesday", "in an email".
            if ["in", "on", "at"].contains(t.lower), let medium = mediumPhrase(in: k..<min(limit, k + 6)), medium.lowerBound == k {
                k = medium.upperBound
                if k < limit, ["published", "issued", "released", "posted", "broadcast", "aired", "sent", "circulated",
                               "filed", "delivered", "given", "made"].contains(tokens[k].lower) { k += 1 }
                continue
            }
            // "after the meeting that …", "during a visit to Paris that …": a phrase, then "that".
            if ["after", "before", "during", "following", "via", "by", "from", "over", "ahead", "when", "while"].contains(t.lower) {
                var f = k + 1
                while f < limit, f - k < 10, tokens[f].depth == 0, !tokens[f].isComma, !tokens[f].isTerminal,
                      tokens[f].lower != "that", tokens[f].kind == .word || tokens[f].kind == .number { f += 1 }
                if f < limit, f > k + 1, tokens[f].lower == "that" { k = f; continue }
            }
            if t.lower == "in" || t.lower == "at" || t.lower == "on" || t.lower == "to" {
                // "in Moscow", "at a NATO summit in Brussels", "in a statement", "on Twitter", "to reporters"
                var e = k + 1
                while e < limit, e - k < 8, tokens[e].depth == 0, !tokens[e].isComma, !tokens[e].isTerminal,
                      tokens[e].lower != "that", tokens[e].kind != .quote, isAdjunctWord(tokens[e]) { e += 1 }
                if e > k + 1, e >= limit || tokens[e].lower == "that" || tokens[e].isComma || tokens[e].isTerminal
                    || tokens[e].kind == .quote || subordinators.contains(tokens[e].lower) || TimeExpression.parse(tokens, at: e, limit: limit) != nil {
                    k = e
                    continue
                }
                // A longer phrase ending at "that": "at a regular briefing in Beijing on Friday that".
                var f = k + 1
                while f < limit, f - k < 12, tokens[f].depth == 0, !tokens[f].isComma, !tokens[f].isTerminal,
                      tokens[f].lower != "that", tokens[f].kind == .word || tokens[f].kind == .number { f += 1 }
                if f < limit, f > k + 1, tokens[f].lower == "that" { k = f; continue }
            }
            break
        }
        return k
    }

    func isAdjunctWord(_ t: Token) -> Bool {
        t.kind == .word && (t.isCapitalized || ["a", "an", "the", "statement", "interview", "news", "press", "conference",
            "briefing", "summit", "meeting", "speech", "address", "rally", "hearing", "session", "event", "forum",
            "reporters", "journalists", "television", "radio", "broadcast", "post", "letter", "video", "message",
            "remarks", "comments", "headquarters", "capital", "city", "sidelines", "of", "his", "her", "their", "its",
            "joint", "televised", "written", "separate", "brief", "late", "annual", "emergency", "weekly", "daily"].contains(t.lower)
            || t.isPossessive)
    }

    /// The tokens `range` are adjuncts only (allowed between a cue and a quotation).
    func adjunctsCover(_ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        if let match = cues.match(tokens, at: k - 1), match.entry.frame == .addressee {
            k = nounPhraseEnd(from: k, limit: range.upperBound)
        }
        k = skipAdjuncts(from: k, limit: range.upperBound)
        return k >= range.upperBound
    }

    /// Where a clause of content ends: at the sentence end, or before `, though …`, `; `,
    /// a spaced dash, `and` + another cue, or a participle cue.
    ///
    /// Only the first token's tests differ with `p` (those that look back need `k > p`); from the
    /// next token on, the answer is the first token where a test fires, whatever `p` was. That
    /// answer is remembered, so the many cues of one long sentence do not each scan to its end.
    func clauseEnd(from p: Int, limit: Int) -> Int {
        guard p < limit else { return limit }
        if let end = clauseBreak(at: p, clauseStart: p, limit: limit) { return end }
        let next = p + 1
        if let known = clauseEnds.answer(from: next, limit: limit) { return known }
        var k = next
        while k < limit {
            if let end = clauseBreak(at: k, clauseStart: p, limit: limit) {
                clauseEnds.remember(from: next, through: k, limit: limit, end: end)
                return end
            }
            k += 1
        }
        clauseEnds.remember(from: next, through: limit, limit: limit, end: limit)
        return limit
    }

    /// The clause end that token `k` makes for a clause starting at `p`, if it makes one.
    func clauseBreak(at k: Int, clauseStart p: Int, limit: Int) -> Int? {
        let t = tokens[k]
        if t.depth == 0 {
            if t.lower == ";" { return k }
            // `admitted his side "deserved nothing" after …`: the reporter's context follows the quote.
            if k > p, tokens[k - 1].quoteRole == .closing, tokens[k - 1].depth == 0,
               ["after", "before", "as", "when", "while", "because", "since", "despite", "amid", "following", "until"].contains(t.lower) { return k }
            // `"weak and late," while X said …`: a comma inside the closing mark.
            if t.quoteRole == .closing, k > p, tokens[k - 1].isComma, k + 1 < limit,
               ["while", "whereas", "as", "although", "though", "and", "but"].contains(tokens[k + 1].lower),
               startsNewAttribution(k + 2, limit: limit) { return k + 1 }
            if t.kind == .dash, t.spaceBefore, k + 1 < limit, tokens[k + 1].spaceBefore { return k }
            if t.isComma, k + 1 < limit {
                let next = tokens[k + 1].lower
                if ["though", "although", "whereas", "but"].contains(next) { return k }
                if next == "as", k + 2 < limit, !["well", "much", "many", "long", "soon", "far", "part", "a", "an"].contains(tokens[k + 2].lower) { return k }
                if next == "even", k + 2 < limit, tokens[k + 2].lower == "though" { return k }
                if isParticipleCue(k + 1) || next == "according" { return k }
                if ["while", "whereas", "as", "although", "though", "with"].contains(next), startsNewAttribution(k + 2, limit: limit) { return k }
            }
            if (t.lower == "and" || t.lower == "but"), k > p, k + 1 < limit, startsNewAttribution(k + 1, limit: limit) {
                return k > p && tokens[k - 1].isComma ? k - 1 : k
            }
            if t.isComma, k + 1 < limit, ["who", "which", "whom"].contains(tokens[k + 1].lower),
               startsNewAttribution(k + 2, limit: limit) { return k }
            if t.lower == "(", k + 1 < limit, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized { return k }
            if k > p, isParticipleCue(k), !tokens[k].isCapitalized, !(tokens[k - 1].lower == "the"),
               !["be", "been", "being", "was", "were", "is", "are", "am", "'s", "'re"].contains(tokens[k - 1].lower) { return k }
            if (t.lower == "before" || t.lower == "after"), k + 1 < limit, isParticipleCue(k + 1) { return k }
        }
        return nil
    }

    /// A finite cue at `k`, or a short noun phrase and then one (`and President X called for`,
    /// `and on Russian interference in the election, he said`).
    func startsNewAttribution(_ k: Int, limit: Int) -> Bool {
        var j = k
        while j < limit, j - k < 14 {
            let t = tokens[j]
            if t.isTerminal || t.lower == ";" || t.kind == .quote && t.depth == 0 && t.quoteRole == .opening && j == k { return false }
            if t.depth == 0, let m = cues.match(tokens, at: j), !m.entry.isParticiple, !m.entry.isBase || j > k, !m.isAccordingTo {
                // What stands between must be a noun phrase, possibly after an introductory phrase and a comma.
                let np = (k..<j)
                if np.isEmpty { return true }
                let lastComma = np.last(where: { tokens[$0].isComma })
                let subject = (lastComma.map { $0 + 1 } ?? k)..<j
                return !subject.isEmpty && subject.allSatisfy { isNounPhraseWord(tokens[$0]) || adverbs.contains(tokens[$0].lower) || auxiliaries.contains(tokens[$0].lower) }
            }
            j += 1
        }
        return false
    }

    func isParticipleCue(_ k: Int) -> Bool {
        guard k < tokens.count, let m = cues.match(tokens, at: k) else { return false }
        return m.entry.isParticiple && !m.entry.needsThat || ["saying", "adding", "telling", "warning", "insisting", "noting", "stressing", "arguing", "claiming", "suggesting", "concluding"].contains(tokens[k].lower)
    }

    /// Removes terminal punctuation and commas at the end of a content range.
    func trimmedContent(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while hi > lo, tokens[hi - 1].depth == 0 && (tokens[hi - 1].isTerminal || tokens[hi - 1].isComma || tokens[hi - 1].lower == ":" || tokens[hi - 1].kind == .dash) { hi -= 1 }
        while lo < hi, tokens[lo].isComma { lo += 1 }
        return lo..<hi
    }

    func looksLikeClause(_ content: Range<Int>) -> Bool {
        content.count >= 3 || containsQuotation(content)
    }

    /// A quotation of the speaker's words inside `content`; a scare quote after "so-called",
    /// "dubbed" or "known as" does not count, nor a one- or two-word quote after a verb that
    /// only takes it with "that" (`noted the rise of "zombie companies"`).
    func containsQuotation(_ content: Range<Int>) -> Bool {
        // Only the depth-0 opening marks inside `content` can answer yes.
        let lo = openingMarks.firstIndex(notBelow: { $0 < content.lowerBound })
        return openingMarks[lo...].prefix(while: { $0 < content.upperBound }).contains { k in
            // A name in quotation marks ("call him 'Gus'") is a nickname, not speech.
            if let q = quotationAt[k], let close = quotations[q].close, close - k <= 4,
               ((k + 1)..<close).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind == .punctuation }) { return false }
            if k > 0, ["so-called", "dubbed", "nicknamed", "titled", "entitled", "named"].contains(tokens[k - 1].lower) { return false }
            if k > 1, tokens[k - 1].lower == "as", ["known", "described"].contains(tokens[k - 2].lower) { return false }
            return true
        }
    }

    func startsWithQuotation(_ content: Range<Int>) -> Bool {
        content.first.map { tokens[$0].quoteRole == .opening } ?? false
    }

    func containsQuoteOnly(_ content: Range<Int>) -> Bool {
        guard let first = content.first, tokens[first].quoteRole == .opening, let q = quotationAt[first] else { return false }
        return (quotations[q].close ?? quotations[q].lastToken) >= content.upperBound - 2
    }

    func isPluralOrAux(before k: Int) -> Bool {
        guard k > 0 else { return false }
        let t = tokens[k - 1]
        return auxiliaries.contains(t.lower) || Titles.groupNouns.contains(t.lower) || t.lower == "they" || t.lower == "we"
            || t.lower == "i" || t.lower == "you" || t.lower.hasSuffix("s") || adverbs.contains(t.lower) || t.lower == "to"
    }

    func trailingIsPunctuation(from a: Int, to last: Int) -> Bool {
        a > last || (a...last).allSatisfy { tokens[$0].kind == .punctuation || tokens[$0].kind == .quote }
    }

    func isOnlyPunctuation(from a: Int, to b: Int) -> Bool {
        a >= b || isOnlyPunctuation(a..<b)
    }

    func isOnlyPunctuation(_ range: Range<Int>) -> Bool {
        range.allSatisfy { tokens[$0].kind == .punctuation || tokens[$0].kind == .dash }
    }

    /// The quotation is the whole of what precedes it, or only a lead-in such as `As X said,`.
    func isWholeQuote(_ quotation: QuoteScanner.Quotation, in before: Range<Int>, allowLead: Bool) -> Bool {
        if isOnlyPunctuation(before) { return true }
        return false
    }

    func quoteRunsToEnd(_ quotation: QuoteScanner.Quotation, sentenceEnd: Int) -> Bool {
        let after = (quotation.close ?? quotation.lastToken) + 1
        return isOnlyPunctuation(from: after, to: sentenceEnd)
    }

    /// Indices of the quotations whose opening mark lies in `range`. Quotations are listed in
    /// the order they open, so bisection finds the first and the rest follow it.
    func quotations(openingIn range: Range<Int>) -> Range<Int> {
        let lo = quotations.firstIndex(notBelow: { $0.open < range.lowerBound })
        var end = lo
        while end < quotations.count, quotations[end].open < range.upperBound { end += 1 }
        return lo..<end
    }

    /// Tokens run in paragraph order, so the first of a paragraph is found by bisection.
    func firstToken(ofParagraph paragraph: Int) -> Int? {
        let lo = tokens.firstIndex(notBelow: { $0.paragraph < paragraph })
        return lo < tokens.count && tokens[lo].paragraph == paragraph ? lo : nil
    }

    func tokenIndex(atOrAfter byte: Int, from i: Int) -> Int {
        var k = i
        while k < tokens.count, tokens[k].start < byte { k += 1 }
        return k
    }

    func timeExpressionEnding(at j: Int, start: Int) -> Int? {
        for length in stride(from: 4, through: 1, by: -1) where j - length + 1 >= start {
            let s = j - length + 1
            if let time = TimeExpression.parse(tokens, at: s, limit: j + 1), time.tokens.upperBound == j + 1 { return s }
        }
        return nil
    }

    func word(_ t: Token) -> String { String(decoding: bytes[t.start..<t.end], as: UTF8.self) }
}

extension String {
    /// `Russia's` → `Russia`; `Assad’s` → `Assad`.
    var possessiveStripped: String {
        if hasSuffix("'s") || hasSuffix("\u{2019}s") { return String(dropLast(2)) }
        return self
    }
}
