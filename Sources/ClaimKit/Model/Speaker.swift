/// Who made a statement, as resolved within one article.
public struct Speaker: Hashable, Codable, Sendable {
    /// What kind of speaker this is; analysis matches people by name parts and the rest by words.
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        case person, organisation, group, anonymous, unknown
    }

    /// A person's full name without titles (`Jane Doe`), an organisation as written without
    /// determiner (`Pentagon`), an anonymous speaker's description, or an unresolvable pronoun.
    public var name: String
    /// The role the article gives the speaker (`defence minister`), or `nil`.
    public var role: String?
    /// The words that name the speaker at this claim (`Doe`, `she`, `the minister`).
    public var mention: String
    public var type: Kind

    public init(name: String, role: String? = nil, mention: String, type: Kind) {
        self.name = name
        self.role = role
        self.mention = mention
        self.type = type
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, role, mention, type }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        mention = try c.decode(String.self, forKey: .mention)
        type = try c.decode(Kind.self, forKey: .type)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(role, forKey: .role)
        try c.encode(mention, forKey: .mention)
        try c.encode(type, forKey: .type)
    }
}
