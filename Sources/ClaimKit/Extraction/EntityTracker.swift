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
        var role: String?
        var type: Speaker.Kind
        var isMale: Bool?
        /// Token index of the first mention.
        var first: Int
        /// Token index of the latest mention seen in reading order.
        var last: Int
        /// The words of the role (an anonymous speaker's description), lower case, found once:
        /// resolving `the minister` compares them with every earlier speaker's.
        var roleWords: Set<String>? = nil

        /// Sets `roleWords` from the role, or an anonymous speaker's description.
        mutating func updateRoleWords() {
            let text = role ?? (type == .anonymous ? name : nil)
            roleWords = text.map { Set(TextKey.words($0.lowercased())) }
        }
    }

    private(set) var entities: [Entity] = []
    /// Entity index by lower-case surname, in order of first mention.
    private var bySurname: [String: [Int]] = [:]
    /// Subjects of recent sentences, most recent last: (entity, sentence index, paragraph).
    private var subjects: [(entity: Int, sentence: Int, paragraph: Int)] = []
    /// Anonymous speakers by description.
    private var anonymousByName: [String: Int] = [:]
    /// Entities by each word of their role words, in entity order: the candidates for `the minister`.
    private var byRoleWord: [String: [Int]] = [:]
    /// How many candidates on each side of a mention `person(role:)` weighs when a role word has
    /// more: an article names a few people per role, and a page of thousands sharing one would
    /// make every `the minister` a scan of all of them.
    static let roleCandidates = 256
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
        if let candidates = bySurname[key] {
            for index in candidates.reversed() {
                let entity = entities[index]
                if given == nil || entity.given == nil || names.areCompatible(given!, entity.given!) {
                    if entity.given == nil, words.count >= 2 {
                        entities[index].name = words.joined(separator: " ")
                        entities[index].given = given
                        entities[index].isMale = gender(given)
                    }
                    if entities[index].role == nil, let role {
                        entities[index].role = role
                        entities[index].updateRoleWords()
                        indexRoleWords(index)
                    }
                    entities[index].first = min(entities[index].first, token)
                    return index
                }
            }
        }
        entities.append(Entity(name: words.joined(separator: " "), surname: surname, given: given, role: role,
                               type: .person, isMale: gender(given), first: token, last: token))
        entities[entities.count - 1].updateRoleWords()
        indexRoleWords(entities.count - 1)
        bySurname[key, default: []].append(entities.count - 1)
        return entities.count - 1
    }

    /// Registers an anonymous speaker by description (`former US official`).
    mutating func registerAnonymous(description: String, head: String, at token: Int) -> Int {
        if let index = anonymousByName[description] { return index }
        entities.append(Entity(name: description, surname: head, given: nil, role: nil, type: .anonymous,
                               isMale: nil, first: token, last: token))
        entities[entities.count - 1].updateRoleWords()
        indexRoleWords(entities.count - 1)
        anonymousByName[description] = entities.count - 1
        return entities.count - 1
    }

    /// Records entity `index`'s role words in `byRoleWord` (once: they are set once).
    private mutating func indexRoleWords(_ index: Int) {
        guard let words = entities[index].roleWords else { return }
        for word in words {
            var list = byRoleWord[word, default: []]
            // Usually the newest entity; a role given later to an older one goes in its place.
            let position = list.firstIndex(from: list.startIndex) { $0 > index }
            list.insert(index, at: position)
            byRoleWord[word] = list
        }
    }

    func gender(_ given: String?) -> Bool? {
        guard let given, let g = names.gender(of: given) else { return nil }
        return g == .male
    }

    // MARK: - Resolution

    /// The person a bare surname refers to: the latest with that surname before `token`, else the first after.
    func person(surname: String, at token: Int) -> Int? {
        guard let candidates = bySurname[surname.lowercased()] else { return nil }
        let full = candidates.filter { entities[$0].type == .person }
        let before = full.filter { entities[$0].first <= token }
        return before.max { entities[$0].last < entities[$1].last } ?? full.first
    }

    /// The person a definite description (`the president`, `the new army chief`) refers to.
    func person(role description: String, head: String, at token: Int) -> Int? {
        let words = Set(TextKey.words(description))
        // Only entities whose role words hold the head can match: look at those, in entity order.
        var candidates = ArraySlice(byRoleWord[head] ?? [])
        if candidates.count > Self.roleCandidates {
            // A page naming hundreds of people with one role word: weigh those first mentioned
            // nearest before and after `token` (entities are numbered in reading order).
            let boundary = candidates.firstIndex(from: candidates.startIndex) { entities[$0].first > token }
            candidates = candidates[max(candidates.startIndex, boundary - Self.roleCandidates)..<min(candidates.endIndex, boundary + Self.roleCandidates)]
        }
        var best: (index: Int, score: Int, last: Int)?
        for index in candidates where entities[index].first <= token {
            let entity = entities[index]
            guard let roleWords = entity.roleWords else { continue }
            let score = roleWords.intersection(words).count
            if best == nil || score > best!.score || (score == best!.score && entity.last > best!.last) {
                best = (index, score, entity.last)
            }
        }
        if let best { return best.index }
        // A lede may describe before it names: "X's defence minister called for …. Defence
        // Minister Jane Doe said …". Take the first person named soon after with that role.
        let later = candidates.filter { index in
            let entity = entities[index]
            return entity.first > token && entity.first - token < 120 && entity.type == .person
        }
        return later.min { entities[$0].first < entities[$1].first }
    }

    /// The person `he` or `she` refers to at `token` in sentence `sentence`.
    func person(pronoun: String, sentence: Int, paragraph: Int, currentSubject: Int?) -> Int? {
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
        return nil
    }

    mutating func noteSubject(_ entity: Int, sentence: Int, paragraph: Int) {
        if let last = subjects.last, last.sentence == sentence { return }
        subjects.append((entity, sentence, paragraph))
        if subjects.count > 16 { subjects.removeFirst(subjects.count - 16) }
    }

    mutating func touch(_ entity: Int, at token: Int) {
        entities[entity].last = max(entities[entity].last, token)
    }

    /// Adds a role to a person the article describes by role alone (`The US president's remarks`).
    mutating func bindRole(_ role: String, to entity: Int) {
        if entities[entity].role == nil {
            entities[entity].role = role
            entities[entity].updateRoleWords()
            indexRoleWords(entity)
        }
    }

    func speaker(_ index: Int, mention: String) -> Speaker {
        let entity = entities[index]
        return Speaker(name: entity.name, role: entity.role, mention: mention, type: entity.type)
    }
}
