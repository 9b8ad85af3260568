/// The people and institutions an article mentions, and who each later mention refers to.
///
/// A salience list in reading order. A surname alone resolves to the full name with that
/// surname (the article's latest before the mention, else its first after); `he`/`she` to the
/// subject of the current or a recent sentence of that gender; `the president` to the latest
/// person given that role. When nothing fits, the mention stays as written: no guess.
struct EntityTracker {
    struct Entity: Sendable {
        var name: String
        var surname: String
        var given: String?
        var role: String? { didSet { roleWords = Entity.roleWords(role: role, name: name, type: type) } }
        let type: Speaker.Kind
        var isMale: Bool?
        /// Token index of the first mention.
        var first: Int
        /// Token index of the latest mention seen in reading order.
        var last: Int
        /// The lower-case words of the role, or of an anonymous speaker's description: what a
        /// definite description is matched against. Kept with the role, not split at each match.
        private(set) var roleWords: Set<String>?

        init(name: String, surname: String, given: String?, role: String?, type: Speaker.Kind, isMale: Bool?,
             first: Int, last: Int) {
            self.name = name
            self.surname = surname
            self.given = given
            self.role = role
            self.type = type
            self.isMale = isMale
            self.first = first
            self.last = last
            roleWords = Entity.roleWords(role: role, name: name, type: type)
        }

        static func roleWords(role: String?, name: String, type: Speaker.Kind) -> Set<String>? {
            guard let text = role?.lowercased() ?? (type == .anonymous ? name.lowercased() : nil) else { return nil }
            return Set(TextKey.words(text))
        }
    }

    private(set) var entities: [Entity] = []
    /// Entity index by lower-case surname, in order of first mention.
    private var bySurname: [String: [Int]] = [:]
    /// Subjects of recent sentences, most recent last: (entity, sentence index, paragraph).
    private var subjects: [(entity: Int, sentence: Int, paragraph: Int)] = []
    /// Every resolved mention of a person, in reading order: (token, entity).
    private var mentionLog: [(token: Int, entity: Int)] = []
    /// The institution that last spoke "in a statement", for `the statement said`.
    var lastStatementSpeaker: Speaker?

    let names: GivenNames

    init(names: GivenNames) {
        self.names = names
    }

    // MARK: - Registration

    /// Registers a person by full name, or adds a role to one already known.
    @discardableResult
    mutating func registerPerson(name words: [String], role: String?, at token: Int) -> Int {
        let surname = words.last ?? ""
        let key = surname.lowercased()
        let given = words.count >= 2 ? words[0] : nil
        // "Rubio Cárdenas" after "Andrés Felipe Rubio Cárdenas": the surnames of a known name.
        if words.count >= 2, !names.isGivenName(words[0]), let candidates = bySurname[key],
           let index = candidates.last(where: { entities[$0].type == .person && entities[$0].name.hasSuffix(" " + words.joined(separator: " ")) }) {
            return index
        }
        if let candidates = bySurname[key] {
            for index in candidates.reversed() {
                let entity = entities[index]
                if given == nil || entity.given == nil || names.areCompatible(given!, entity.given!) {
                    if entity.given == nil, words.count >= 2 {
                        entities[index].name = words.joined(separator: " ")
                        entities[index].given = given
                        entities[index].isMale = gender(given)
                    }
                    if entities[index].role == nil, let role { entities[index].role = role }
                    entities[index].first = min(entities[index].first, token)
                    return index
                }
            }
        }
        entities.append(Entity(name: words.joined(separator: " "), surname: surname, given: given, role: role,
                               type: .person, isMale: gender(given), first: token, last: token))
        bySurname[key, default: []].append(entities.count - 1)
        // Compound surnames ("Juan Esteban Ortiz Villamizar" is "Ortiz" too): index every part
        // after the given names that is not itself a given name.
        if words.count >= 3 {
            for part in words.dropFirst().dropLast() where !names.isGivenName(part) {
                bySurname[part.lowercased(), default: []].append(entities.count - 1)
            }
        }
        return entities.count - 1
    }

    /// The person called by given name alone ("Kelsey"), when one known person has it.
    func person(givenName: String, at token: Int) -> Int? {
        let key = givenName.lowercased()
        let matches = entities.indices.suffix(512).filter { entities[$0].type == .person && entities[$0].given?.lowercased() == key }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Registers an anonymous speaker by description (`former US official`).
    mutating func registerAnonymous(description: String, head: String, at token: Int) -> Int {
        if let index = entities.lastIndex(where: { $0.type == .anonymous && $0.name == description }) { return index }
        entities.append(Entity(name: description, surname: head, given: nil, role: nil, type: .anonymous,
                               isMale: nil, first: token, last: token))
        return entities.count - 1
    }

    /// Records that the person `entity` is mentioned at `token` (for pronouns that look back).
    mutating func noteMention(_ entity: Int, at token: Int) {
        guard entities[entity].type == .person || entities[entity].type == .anonymous else { return }
        if let last = mentionLog.last, last.token >= token {
            // The pre-pass and the reading pass both log; keep the log sorted.
            let index = firstMention(after: token)
            if index > 0, mentionLog[index - 1].token == token { return }
            mentionLog.insert((token, entity), at: index)
        } else {
            mentionLog.append((token, entity))
        }
    }

    /// Learns a person's sex from an honorific (`Mr.`, `Ms.`) or a pronoun that refers to them.
    mutating func learnGender(_ entity: Int, isMale: Bool) {
        if entities[entity].isMale == nil { entities[entity].isMale = isMale }
    }

    func gender(_ given: String?) -> Bool? {
        guard let given, let g = names.gender(of: given) else { return nil }
        return g == .male
    }

    // MARK: - Resolution

    /// The person a bare surname refers to: the latest with that surname before `token`, else the first after.
    func person(surname: String, at token: Int, isMale: Bool? = nil) -> Int? {
        guard let candidates = bySurname[surname.lowercased()] else { return nil }
        var full = candidates.filter { entities[$0].type == .person }
        // "Mr. Papadakis" and "Ms. Papadakis": the honorific tells husband from wife.
        if let isMale, full.count > 1 {
            let fitting = full.filter { entities[$0].isMale == nil || entities[$0].isMale == isMale }
            if !fitting.isEmpty { full = fitting }
        }
        let before = full.filter { entities[$0].first <= token }
        return before.max { entities[$0].last < entities[$1].last } ?? full.first
    }

    /// The person a definite description (`the president`, `the new army chief`) refers to.
    func person(role description: String, head: String, at token: Int) -> Int? {
        let words = Set(TextKey.words(description))
        var best: (index: Int, score: Int, last: Int)?
        // The latest few hundred people are candidates: enough for any article, linear on any input.
        for index in entities.indices.suffix(256) where entities[index].first <= token {
            let entity = entities[index]
            guard let roleWords = entity.roleWords, roleWords.contains(head) else { continue }
            let score = roleWords.intersection(words).count
            if best == nil || score > best!.score || (score == best!.score && entity.last > best!.last) {
                best = (index, score, entity.last)
            }
        }
        if let best { return best.index }
        // A lede may describe before it names: "X's defence minister called for …. Defence
        // Minister Jane Doe said …". Take the first person named soon after with that role.
        let later = entities.indices.filter { index in
            let entity = entities[index]
            guard entity.first > token, entity.first - token < 120, entity.type == .person,
                  let roleWords = entity.roleWords else { return false }
            return roleWords.contains(head) && roleWords.intersection(words).count >= 2
        }
        return later.min { entities[$0].first < entities[$1].first }
    }

    /// The person `he` or `she` refers to at `token` in sentence `sentence`.
    func person(pronoun: String, sentence: Int, paragraph: Int, currentSubject: Int?, at token: Int? = nil) -> Int? {
        let wantMale: Bool? = pronoun == "he" ? true : pronoun == "she" ? false : nil
        guard pronoun == "he" || pronoun == "she" else { return nil }
        func fits(_ index: Int) -> Bool {
            let entity = entities[index]
            guard entity.type == .person || entity.type == .anonymous else { return false }
            if let isMale = entity.isMale, let wantMale { return isMale == wantMale }
            return true
        }
        if let currentSubject, fits(currentSubject) { return currentSubject }
        for subject in subjects.reversed() {
            if sentence - subject.sentence > 6 || paragraph - subject.paragraph > 2 { break }
            if fits(subject.entity) { return subject.entity }
        }
        // No subject fits: the latest person of that sex mentioned in the last few sentences.
        if let token, let wantMale { return latestMention(before: token, after: token - 300, matching: wantMale) }
        return nil
    }

    /// The latest person mentioned before `token` (and after `after`) whose sex is `isMale`.
    /// The index of the first logged mention at a token greater than `token` (binary search).
    func firstMention(after token: Int) -> Int {
        mentionLog.firstIndex(notBelow: { $0.token <= token })
    }

    func latestMention(before token: Int, after: Int?, matching isMale: Bool) -> Int? {
        var index = firstMention(after: token - 1)
        while index > 0 {
            index -= 1
            let mention = mentionLog[index]
            if let after, mention.token < after { return nil }
            if entities[mention.entity].isMale == isMale { return mention.entity }
        }
        return nil
    }

    /// The person who was most recently a sentence's subject, within a few sentences.
    func latestSubject(sentence: Int, paragraph: Int) -> Int? {
        for subject in subjects.reversed() {
            if sentence - subject.sentence > 4 || paragraph - subject.paragraph > 2 { return nil }
            if entities[subject.entity].type == .person { return subject.entity }
        }
        return nil
    }

    mutating func noteSubject(_ entity: Int, sentence: Int, paragraph: Int, also: Bool = false) {
        if !also, let last = subjects.last, last.sentence == sentence { return }
        subjects.append((entity, sentence, paragraph))
        if subjects.count > 16 { subjects.removeFirst(subjects.count - 16) }
    }

    mutating func touch(_ entity: Int, at token: Int) {
        entities[entity].last = max(entities[entity].last, token)
    }

    /// Adds a role to a person the article describes by role alone (`The US president's remarks`).
    mutating func bindRole(_ role: String, to entity: Int) {
        if entities[entity].role == nil { entities[entity].role = role }
    }

    func speaker(_ index: Int, mention: String) -> Speaker {
        let entity = entities[index]
        return Speaker(name: entity.name, role: entity.role, mention: mention, type: entity.type)
    }
}
