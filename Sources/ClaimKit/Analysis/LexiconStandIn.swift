// Temporary stand-ins with the API of the lexicon branch's `GivenNames` and `Gazetteer`, so
// this branch builds before that one lands. Deleted when `lexicon` is merged.

/// Stand-in: given names match only when equal.
public struct GivenNames: Sendable {
    public init() {}
    public func areCompatible(_ a: String, _ b: String) -> Bool { a.lowercased() == b.lowercased() }
    public func gender(of name: String) -> String? { nil }
}

/// Stand-in: knows no demonyms.
public struct Gazetteer: Sendable {
    public init() {}
    public func country(forDemonym word: String) -> String? { nil }
}
