/// Whether two names can be one speaker, and what kind of speaker a typed name is.
///
/// People record speakers the way they remember them: `Mattis`, `Jim Mattis`, `Defense
/// Secretary Jim Mattis`, `the Pentagon`. Two names are compatible when, titles and determiners
/// left out, case and diacritics ignored, they are the same words; or their last words (the
/// surname, or an institution's head noun) agree and the rest of the shorter is part of the
/// longer or its given name is compatible (`Jim` and `James`, `J.` and `John`). `John Smith`
/// and `Jane Smith` are not one speaker.
public struct SpeakerMatch: Sendable {
    let names: GivenNames
    let fold: LatinFold

    public init(names: GivenNames = GivenNames()) {
        self.names = names
        self.fold = LatinFold()
    }

    /// Whether `a` and `b` can name the same speaker.
    public func areCompatible(_ a: String, _ b: String) -> Bool {
        let x = key(a), y = key(b)
        guard let lastX = x.last, let lastY = y.last else { return false }
        if x == y { return true }
        guard lastX == lastY else { return false }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if short.count == 1 { return true }
        if Self.isContiguous(short, in: long) { return true }
        // Given names: the first word of each, compatible as given names.
        return names.isGivenName(short[0]) && names.isGivenName(long[0]) && names.areCompatible(short[0], long[0])
    }

    /// Whether a name is a pronoun or empty: it says nothing about who spoke.
    public func isUnresolved(_ name: String) -> Bool {
        let words = key(name)
        return words.isEmpty || (words.count == 1 && Titles.pronouns[words[0]] != nil)
    }

    /// A speaker for a name as a person typed it: the name as given, and its kind guessed from
    /// its words (a plural head noun is a group, an institution's noun an organisation, a
    /// capitalised name with a known given name or of two or more words a person).
    public func speaker(named name: String) -> Speaker {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        let head = words.last.map { Self.bare($0) } ?? ""
        let type: Speaker.Kind
        if words.isEmpty || (words.count == 1 && Titles.pronouns[head] != nil) {
            type = .unknown
        } else if Titles.groupNouns.contains(head) {
            type = .group
        } else if Titles.organisationNouns.contains(head) {
            type = .organisation
        } else if words.allSatisfy({ $0.first?.isUppercase ?? false }),
                  words.contains(where: { names.isGivenName($0) }) || words.count >= 2 {
            type = .person
        } else {
            type = .unknown
        }
        return Speaker(name: name, role: nil, mention: name, type: type)
    }

    /// The words that identify a speaker: folded, lower case, without titles, determiners and
    /// a possessive `'s`, dotted abbreviations joined (`U.S.` → `us`).
    func key(_ name: String) -> [String] {
        var words: [String] = []
        for raw in name.split(whereSeparator: { $0.isWhitespace }) {
            let word = Self.bare(fold.folded(raw))
            if !word.isEmpty { words.append(word) }
        }
        // Leading determiners and titles, as long as something is left.
        while words.count > 1, MentionParser.determiners.contains(words[0]) || Titles.honorifics.contains(words[0]) {
            words.removeFirst()
        }
        return words
    }

    /// A word in lower case without edge punctuation, inner periods or a possessive `'s`.
    static func bare<S: StringProtocol>(_ word: S) -> String {
        var text = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        text = String(text.unicodeScalars.filter { $0 != "." }.map(Character.init))
        while let first = text.unicodeScalars.first, !first.properties.isAlphabetic, !first.properties.isWhitespace,
              first.properties.numericType == nil { text.removeFirst() }
        while let last = text.unicodeScalars.last, !last.properties.isAlphabetic, last.properties.numericType == nil {
            text.removeLast()
        }
        if text.hasSuffix("'s") { text.removeLast(2) }
        return text
    }

    static func isContiguous(_ short: [String], in long: [String]) -> Bool {
        guard short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
            return true
        }
        return false
    }
}
