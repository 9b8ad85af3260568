/// Whether two speakers can be one, and what kind of speaker a typed name is.
///
/// People record speakers the way they remember them: `Doe`, `Jim Doe`, `Defense
/// Secretary Jim Doe`, `the ministry`. Two people are compatible as cross-source identity
/// compares them (`PersonName`): the same surname, and compatible given names when both give
/// one (`Jim` and `James`, `J.` and `John`), so `John Smith` and `Jane Smith` are not one
/// speaker. Organisations and groups compare by their name's key (`OrganisationName`), or when
/// one name's words are part of the other's (`the ministry`, `Russia's defence ministry`).
public struct SpeakerMatch: Sendable {
    let names: GivenNames
    let places: Gazetteer

    public init(names: GivenNames = GivenNames(), places: Gazetteer = Gazetteer()) {
        self.names = names
        self.places = places
    }

    /// Whether `a` and `b` can be the same speaker.
    public func areCompatible(_ a: Speaker, _ b: Speaker) -> Bool {
        let people: Set<Speaker.Kind> = [.person, .unknown]
        if people.contains(a.type), people.contains(b.type),
           let x = PersonName(a.name, role: a.role, places: places), let y = PersonName(b.name, role: b.role, places: places) {
            return x.isBare || y.isBare ? x.surnameKey == y.surnameKey : x.isCompatible(with: y, names: names)
        }
        let x = Set(OrganisationName.key(a.name, places: places).split(separator: " "))
        let y = Set(OrganisationName.key(b.name, places: places).split(separator: " "))
        return !x.isEmpty && !y.isEmpty && (x.isSubset(of: y) || y.isSubset(of: x))
    }

    /// Whether a speaker is only a pronoun: it says nothing about who spoke.
    public func isUnresolved(_ speaker: Speaker) -> Bool {
        let name = speaker.name.lowercased()
        return name.isEmpty || Titles.pronouns[name] != nil
    }

    /// A speaker for a name as a person typed it: the name as given, and its kind guessed from
    /// its words (a plural head noun is a group, an institution's noun an organisation, a
    /// capitalised name with a known given name or of two or more words a person).
    public func speaker(named name: String) -> Speaker {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        let head = words.last.map { PersonName.bare($0) } ?? ""
        let type: Speaker.Kind
        if words.isEmpty || (words.count == 1 && Titles.pronouns[head] != nil) {
            type = .unknown
        } else if Titles.groupNouns.contains(head) {
            type = .group
        } else if Titles.organisationNouns.contains(head.hasSuffix("'s") ? String(head.dropLast(2)) : head) {
            type = .organisation
        } else if words.allSatisfy({ $0.first?.isUppercase ?? false }),
                  words.contains(where: { names.isGivenName($0) }) || words.count >= 2 {
            type = .person
        } else {
            type = .unknown
        }
        return Speaker(name: name, role: nil, mention: name, type: type)
    }
}
