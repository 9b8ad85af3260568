/// Whether two given names can name the same person: `Jim` and `James`, `Joe` and `Joseph`.
///
/// The analysis asks through this protocol so tests can pass a small table; the tool passes
/// the lexicon's `GivenNames`.
public protocol GivenNameMatching: Sendable {
    func areCompatible(_ a: String, _ b: String) -> Bool
}

/// The country a nationality word names (`French` → `France`), so that `the French foreign
/// ministry` and `France's foreign ministry` are one speaker.
public protocol DemonymResolving: Sendable {
    func country(forDemonym word: String) -> String?
}

extension GivenNames: GivenNameMatching {}
extension Gazetteer: DemonymResolving {}
