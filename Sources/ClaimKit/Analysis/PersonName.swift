import Foundation

/// A person's name split into what identity across articles compares: given names and surname.
///
/// Speaker names should come without titles, but mentions as written do not (`Sen. Jane
/// Doe`, `Foreign Minister John Smith`), so leading titles, role words and nationality words are
/// dropped, as are generational suffixes. Keys are lower case without diacritics; a surname's
/// particles (`van der`, `al-`) are kept for display and left out of its key, so `Assad`-style
/// bare surnames find their `al-` form.
struct PersonName: Hashable, Sendable {
    /// Given names and initials as written (`John`, `J`), first to last.
    var given: [String]
    /// The same, folded (`john`, `j`).
    var givenKeys: [String]
    /// The surname's key: lower case, folded, without particles.
    var surnameKey: String
    /// The name without titles, as written (`John Smith`).
    var display: String

    /// Parses `name`; `nil` when nothing in it looks like a name (`he`, `the minister`).
    init?(_ name: String, role: String? = nil, places: (any PlaceLexicon)? = nil) {
        var tokens = name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\n" || $0 == "\t" })
            .map(PersonName.trimmed)
            .filter { !$0.isEmpty }
        guard !tokens.isEmpty else { return nil }
        if tokens.count == 1, PersonTitles.pronouns.contains(tokens[0].lowercased()) { return nil }
        let roleWords = Set((role ?? "").split(separator: " ").map { PersonName.bare($0) })
        // Titles, role words, nationality words and lower-case words before the name.
        while tokens.count > 1 {
            let word = tokens[0]
            let key = PersonName.bare(word)
            let isLower = word.first.map { $0.isLowercase } ?? false
            let isParticle = PersonTitles.particles.contains(key) || key.hasPrefix("al-")
            // A nationality word opens a name only before at least two more (`French Jean Dupont`).
            if PersonTitles.titles.contains(key) || roleWords.contains(key) || (isLower && !isParticle)
                || (tokens.count > 2 && places?.country(forDemonym: word) != nil) {
                tokens.removeFirst()
            } else {
                break
            }
        }
        while tokens.count > 1, PersonTitles.suffixes.contains(PersonName.bare(tokens[tokens.count - 1])) {
            tokens.removeLast()
        }
        guard let last = tokens.last, last.first.map({ $0.isLetter }) == true else { return nil }
        if tokens.count == 1, PersonTitles.titles.contains(PersonName.bare(last)) || last.first?.isLowercase == true {
            return nil
        }
        var surnameKey = PersonName.fold(last)
        for prefix in ["al-", "el-", "al ", "el "] where surnameKey.hasPrefix(prefix) && surnameKey.count > prefix.count + 1 {
            surnameKey.removeFirst(prefix.count)
        }
        self.surnameKey = surnameKey
        let before = tokens.dropLast()
        self.given = before.filter { !PersonTitles.particles.contains(PersonName.bare($0)) && !$0.hasPrefix("\"") }
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        self.givenKeys = given.map(PersonName.fold)
        self.display = tokens.joined(separator: " ")
    }

    /// Whether only a surname is given.
    var isBare: Bool { given.isEmpty }

    /// Whether two full names can be the same person: the same surname, compatible first given
    /// names (equal, an initial of the other, or variants such as `Jim` and `James`), and no
    /// clash between middle initials when both give one.
    func isCompatible(with other: PersonName, names: any GivenNameMatching) -> Bool {
        guard surnameKey == other.surnameKey else { return false }
        return form.isCompatible(with: other.form, names: names)
    }

    /// What identity compares of the given names: the first, folded, and the first middle one.
    var form: GivenForm {
        GivenForm(first: givenKeys.first ?? "", firstWritten: given.first ?? "", middle: givenKeys.dropFirst().first ?? "",
                  middleWritten: given.dropFirst().first ?? "")
    }

    /// The given names of a full name as identity compares them.
    struct GivenForm: Hashable, Sendable {
        var first: String
        var firstWritten: String
        var middle: String
        var middleWritten: String

        /// Compatible first given names (equal, an initial of the other, or variants such as
        /// `Jim` and `James`), and no clash between middle names when both give one.
        func isCompatible(with other: GivenForm, names: any GivenNameMatching) -> Bool {
            guard !first.isEmpty, !other.first.isEmpty else { return true }
            guard PersonName.givenNamesMatch(first, firstWritten, other.first, other.firstWritten, names: names) else { return false }
            if !middle.isEmpty, !other.middle.isEmpty {
                if middle.first != other.middle.first { return false }
                if middle.count > 1, other.middle.count > 1,
                   !PersonName.givenNamesMatch(middle, middleWritten, other.middle, other.middleWritten, names: names) { return false }
            }
            return true
        }
    }

    static func givenNamesMatch(_ x: String, _ a: String, _ y: String, _ b: String, names: any GivenNameMatching) -> Bool {
        if x == y { return true }
        if x.count == 1 || y.count == 1 { return x.first == y.first }
        return names.areCompatible(a, b)
    }

    static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    static let edgePunctuation: Set<Character> = [",", ";", ":", "(", ")", "\"", "“", "”", "‘", "’"]

    /// A word without the punctuation around it.
    static func trimmed(_ word: Substring) -> String {
        var w = word
        while let first = w.first, edgePunctuation.contains(first) { w.removeFirst() }
        while let last = w.last, edgePunctuation.contains(last) { w.removeLast() }
        return String(w)
    }

    /// Lower case, no final stop, straight apostrophes.
    static func bare<S: StringProtocol>(_ word: S) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = word.utf8.map { ByteClass.isUpper($0) ? $0 | 0x20 : $0 }
            while bytes.last == UInt8(ascii: ".") || bytes.last == UInt8(ascii: ",") { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var w = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        while w.hasSuffix(".") || w.hasSuffix(",") { w.removeLast() }
        return w
    }

    /// Lower case without diacritics or stops: the form keys compare.
    static func fold<S: StringProtocol>(_ word: S) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(word.utf8.count)
            for b in word.utf8 where b != UInt8(ascii: ".") { bytes.append(ByteClass.isUpper(b) ? b | 0x20 : b) }
            return String(decoding: bytes, as: UTF8.self)
        }
        return bare(word).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "\u{2019}", with: "'")
    }
}
