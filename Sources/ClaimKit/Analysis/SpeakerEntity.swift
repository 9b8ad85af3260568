/// One speaker as the analysis knows it across articles: a person, an organisation, or an
/// unidentified speaker kept to the article that mentions it.
public struct SpeakerEntity: Hashable, Sendable {
    /// The name shown for it: a person's most used full name, an organisation's most used wording.
    public var name: String
    /// The kind of its claims' speakers (`unknown` for a pronoun that stayed unresolved).
    public var kind: Speaker.Kind
    /// The names it goes by in the claims, as written, sorted.
    public var names: [String]
    /// The roles articles give it, sorted.
    public var roles: [String]
    /// A named person or organisation. Pronouns, anonymous sources, and a bare surname that
    /// could be more than one person are not: they join no one across articles, and no report
    /// is said to misattribute their words.
    public var isIdentified: Bool

    public init(name: String, kind: Speaker.Kind, names: [String], roles: [String], isIdentified: Bool) {
        self.name = name
        self.kind = kind
        self.names = names
        self.roles = roles
        self.isIdentified = isIdentified
    }
}
