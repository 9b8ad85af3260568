/// The gender a given name usually marks, as pronouns (`he`, `she`) refer to it.
public enum Gender: String, Hashable, Codable, Sendable, CaseIterable {
    case male, female
}
