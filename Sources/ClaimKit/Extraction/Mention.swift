/// A phrase that names or describes a speaker, split into its parts.
///
/// `Defence chief Jane Doe` → role words `Defence chief`, name `Jane Doe`;
/// `the former official` → determiner `the`, description `former official`, head `official`;
/// `Russia's defence ministry` → an organisation; `he` → a pronoun.
struct Mention: Sendable {
    enum Kind: Sendable { case name, pronoun, role, group, organisation }

    var kind: Kind
    /// Token range of the whole mention as written.
    var tokens: Range<Int>
    /// The mention as written.
    var text: String
    /// Capitalised name words, titles removed (`Jane Doe`); empty for descriptions.
    var name: [String]
    /// Title and role words as written (`Defence chief`, `Russian Defence Minister`).
    var role: String?
    /// The description without determiner or post-modifiers (`former US official`).
    var description: String
    /// The head word in lower case (`official`, `ministry`, `he`).
    var head: String
    var isDefinite: Bool
    var isPossessiveLed: Bool
}

/// Reads a mention out of a token range.
struct MentionParser {
    let tokens: [Token]
    let bytes: [UInt8]
    let names: GivenNames

    static let determiners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "another", "one", "two", "three", "several", "some", "many"]
    static let postModifierStarts: WordSet = [
        "of", "in", "at", "from", "with", "over", "on", "for", "who", "which", "that", "involved", "close",
        "familiar", "based", "speaking", "working", "responsible", "to", "under", "within", "near",
    ]

    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(decoding: bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
    }

    /// Parses the tokens `range` (already cut to the mention) into its parts.
    func parse(_ range: Range<Int>) -> Mention? {
        guard !range.isEmpty else { return nil }
        let written = text(range)
        var lo = range.lowerBound
        let hi = range.upperBound
        let firstLower = tokens[lo].lower
        // Pronoun.
        if range.count == 1, Titles.pronouns[firstLower] != nil {
            return Mention(kind: .pronoun, tokens: range, text: written, name: [], role: nil,
                           description: written, head: firstLower, isDefinite: true, isPossessiveLed: false)
        }
        var isDefinite = false
        var isPossessiveLed = false
        if Self.determiners.contains(firstLower) {
            isDefinite = firstLower == "the" || firstLower == "his" || firstLower == "her" || firstLower == "their" || firstLower == "its"
            lo += 1
        } else if tokens[lo].isPossessive, range.count > 1 {
            isPossessiveLed = true
            isDefinite = true
        }
        guard lo < hi else { return nil }
        // Cut post-modifiers: "former US official involved in relations with …".
        var end = hi
        var k = lo + 1
        while k < hi {
            let t = tokens[k]
            let participle = t.kind == .word && !t.isCapitalized && t.lower.hasSuffix("ing") && t.lower.count > 4
            if (t.kind == .punctuation && t.lower != "&") || participle
                || (t.kind == .word && !t.isCapitalized && Self.postModifierStarts.contains(t.lower)
                    && !(t.lower == "of" && isTitleOf(k, hi)) && !isInsideProperName(k, hi)) {
                end = k
                break
            }
            k += 1
        }
        // Letters after the name ("Rebecca Thornhill KC") are not part of it.
        while end - lo >= 3, Titles.postNominals.contains(tokens[end - 1].lower), tokens[end - 2].isCapitalized,
              word(tokens[end - 1]) == word(tokens[end - 1]).uppercased() || tokens[end - 1].lower.hasSuffix(".") { end -= 1 }
        var core = lo..<end
        // "a spokesman for the Environment Agency": the organisation belongs to the description.
        if end < hi, ["for", "of", "at"].contains(tokens[end].lower), !tokens[end - 1].isCapitalized,
           Titles.personRoles.contains(String(tokens[end - 1].stem)) || Titles.groupNouns.contains(tokens[end - 1].lower) {
            var k = end + 1
            if k < hi, tokens[k].lower == "the" { k += 1 }
            var e = k
            while e < hi, e - k < 7, tokens[e].kind == .word && tokens[e].isCapitalized
                    || (["of", "&", "and", "for"].contains(tokens[e].lower) && e > k && e + 1 < hi && tokens[e + 1].isCapitalized) { e += 1 }
            if e == k, k + 1 < hi, tokens[k].kind == .word, !tokens[k].isCapitalized, !FunctionWords.contains(tokens[k].lower),
               tokens[k + 1].isCapitalized {
                // "the state Department of Transportation"
                e = k + 1
                while e < hi, e - k < 7, tokens[e].kind == .word && tokens[e].isCapitalized
                        || (["of", "&", "and", "for"].contains(tokens[e].lower) && e + 1 < hi && tokens[e + 1].isCapitalized) { e += 1 }
            }
            if e == k {
                // Lower-case: "for the national disaster agency".
                var f = k
                while f < hi, f - k < 4, tokens[f].kind == .word, !tokens[f].isCapitalized, !FunctionWords.contains(tokens[f].lower) {
                    f += 1
                    if Titles.organisationNouns.contains(String(tokens[f - 1].stem)) { e = f; break }
                }
            }
            if e > k { core = lo..<e }
        }
        let description = text(core).possessiveStripped
        let headToken = tokens[end - 1]
        let head = String(headToken.stem)

        // Split a capitalised name off the end: the run after the last title word.
        var nameStart = end
        while nameStart > lo {
            let t = tokens[nameStart - 1]
            guard t.kind == .word, t.isCapitalized, !t.isPossessive || nameStart == end else { break }
            if Titles.notNames.contains(t.lower), nameStart - 1 > lo || t.lower != "the" { break }
            if isTitleWord(t) || Titles.personRoles.contains(t.lower), !names.isGivenName(word(t)) { break }
            // "Northern Railway CPRO Arvind Kulshreshtha": an all-capitals title before the name.
            let w = word(t)
            if w.count >= 2, w == w.uppercased(), nameStart < end, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) { break }
            nameStart -= 1
        }
        // A known given name followed by capitalised words starts the name, whatever follows
        // (`Jo King`, `Mark Bishop`: surnames that are also titles).
        if let given = (lo..<(end - 1)).first(where: { tokens[$0].isCapitalized && names.isGivenName(word(tokens[$0]))
                && !Titles.honorifics.contains(tokens[$0].lower) }),
           (given..<end).allSatisfy({ tokens[$0].isCapitalized }), given != nameStart, end - given >= 2 {
            // Before it: role words the lexicon does not know ("County Recorder", "Co-star", "Guard").
            nameStart = given
        }
        var nameWords = (nameStart..<end).map { word(tokens[$0]) }
        // Honorific-led surnames ("Mr. Putin").
        if nameWords.isEmpty, end - lo >= 2, Titles.honorifics.contains(tokens[end - 2].lower), tokens[end - 1].isCapitalized {
            nameWords = [word(tokens[end - 1])]
            nameStart = end - 1
        }
        var roleStart = lo
        while roleStart < nameStart, Titles.courtesy.contains(tokens[roleStart].lower) { roleStart += 1 }
        let roleText: String? = nameStart > roleStart ? text(roleStart..<nameStart).trimmingSuffixPunctuation : nil

        // "the White House", "the Home Office", "the Home Builders Federation": an institution named
        // by capitalised words without a given name.
        let runHasGivenName = (lo..<end).contains { tokens[$0].isCapitalized && names.isGivenName(word(tokens[$0])) }
        // "The Premier", "the President": a capitalised title is a role, not an institution.
        if headToken.isCapitalized, end - lo <= 3, Titles.personRoles.contains(headToken.lower) || Titles.honorifics.contains(headToken.lower),
           !Titles.organisationNouns.contains(headToken.lower), isDefinite, !runHasGivenName {
            return Mention(kind: .role, tokens: range, text: written, name: [], role: description,
                           description: description, head: headToken.lower, isDefinite: true, isPossessiveLed: isPossessiveLed)
        }
        if headToken.isCapitalized, !runHasGivenName, (lo..<end).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].lower == "of" || tokens[$0].lower == "for" || tokens[$0].lower == "and" }),
           isDefinite || Titles.organisationNouns.contains(head.lowercased()) || (end - lo >= 2 && Titles.honorifics.contains(tokens[lo].lower) && !Titles.courtesy.contains(tokens[lo].lower) && tokens[end - 1].lower == "house") {
            return Mention(kind: isDefinite || Titles.organisationNouns.contains(head.lowercased()) ? .organisation : .name,
                           tokens: range, text: written, name: isDefinite ? [] : (lo..<end).map { word(tokens[$0]) },
                           role: nil, description: description, head: head.lowercased(),
                           isDefinite: isDefinite, isPossessiveLed: isPossessiveLed)
        }
        // "Acme Energy", "Northern Rail Holdings", "Power & Light": a capitalised name ending in an
        // institution word, or joined by an ampersand, which no person's name has.
        let hasAmpersand = (lo..<end).contains { tokens[$0].lower == "&" }
        if headToken.isCapitalized, !runHasGivenName || hasAmpersand, end - lo >= 2,
           Titles.organisationSuffixes.contains(headToken.lower) || hasAmpersand,
           (lo..<end).allSatisfy({ tokens[$0].isCapitalized || ["of", "for", "and", "&"].contains(tokens[$0].lower) }) {
            return Mention(kind: .organisation, tokens: range, text: written, name: [], role: nil,
                           description: description, head: headToken.lower, isDefinite: isDefinite, isPossessiveLed: isPossessiveLed)
        }
        // "opposition MSPs", "Labour MPs": a plural of capitals is a group.
        if headToken.isCapitalized, isPluralAcronym(word(headToken)) {
            return Mention(kind: .group, tokens: range, text: written, name: [], role: nil,
                           description: description, head: headToken.lower, isDefinite: isDefinite, isPossessiveLed: isPossessiveLed)
        }
        // "Analysts", "Officials", "Police" opening a sentence: a group, not a name.
        if end - lo == 1, headToken.isCapitalized, Titles.groupNouns.contains(headToken.lower) {
            return Mention(kind: .group, tokens: range, text: written, name: [], role: nil,
                           description: description, head: headToken.lower, isDefinite: isDefinite, isPossessiveLed: false)
        }
        if !nameWords.isEmpty, headToken.isCapitalized {
            // A name, or a capitalised organisation ("the Pentagon", "Reuters", "Russia").
            return Mention(kind: .name, tokens: range, text: written,
                           name: nameWords, role: roleText, description: description, head: head.lowercased(),
                           isDefinite: isDefinite, isPossessiveLed: isPossessiveLed)
        }
        let lowerHead = head.lowercased()
        if Titles.groupNouns.contains(headToken.lower) {
            return Mention(kind: .group, tokens: range, text: written, name: [], role: nil,
                           description: description, head: lowerHead, isDefinite: isDefinite, isPossessiveLed: isPossessiveLed)
        }
        if Titles.organisationNouns.contains(lowerHead) {
            return Mention(kind: .organisation, tokens: range, text: written, name: [], role: nil,
                           description: description, head: lowerHead, isDefinite: isDefinite, isPossessiveLed: isPossessiveLed)
        }
        let roleBase = lowerHead.split(separator: "-").first.map(String.init) ?? lowerHead
        let roleRest = lowerHead.split(separator: "-").last.map(String.init) ?? lowerHead
        if Titles.personRoles.contains(lowerHead) || headToken.lower.hasSuffix("-year-old")
            || lowerHead.contains("-") && (Titles.personRoles.contains(roleBase) || Titles.personRoles.contains(roleRest)) {
            return Mention(kind: .role, tokens: range, text: written, name: [], role: description,
                           description: description, head: lowerHead, isDefinite: isDefinite, isPossessiveLed: isPossessiveLed)
        }
        return nil
    }

    /// `MPs`, `MSPs`, `CEOs`: capitals and a plural s.
    func isPluralAcronym(_ word: String) -> Bool {
        word.count >= 3 && word.hasSuffix("s") && word.dropLast().allSatisfy { $0.isUppercase }
    }

    /// `Chamber of Commerce`, `Department for Transport`: a small word between capitalised ones.
    func isInsideProperName(_ k: Int, _ hi: Int) -> Bool {
        guard k > 0, k + 1 < hi, ["of", "for", "and", "on"].contains(tokens[k].lower) else { return false }
        return tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized
    }

    /// `Secretary of State`: `of` inside a title.
    func isTitleOf(_ k: Int, _ hi: Int) -> Bool {
        guard k > 0, k + 1 < hi else { return false }
        return tokens[k - 1].isCapitalized && tokens[k + 1].isCapitalized && isTitleWord(tokens[k - 1])
    }

    func isTitleWord(_ t: Token) -> Bool { Titles.honorifics.contains(t.lower) }

    func word(_ t: Token) -> String {
        String(decoding: bytes[t.start..<t.end], as: UTF8.self)
    }
}

extension String {
    var trimmingSuffixPunctuation: String {
        var s = self
        while let last = s.last, last == "," || last == " " { s.removeLast() }
        return s
    }
}
