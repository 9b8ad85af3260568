/// Whether two given names can name the same person: `Jim` and `James`, `Joe` and `Joseph`.
///
/// The analysis asks through this protocol so tests can pass a small table; the tool passes
/// the lexicon's `GivenNames`.
public protocol GivenNameMatching: Sendable {
    func areCompatible(_ a: String, _ b: String) -> Bool
}

/// Places and nationality words: the country a nationality word names (`French` → `France`),
/// so that `the French foreign ministry` and `France's foreign ministry` are one speaker; and the
/// place a name denotes, so that a city and its country are not two places a statement was made.
public protocol PlaceLexicon: Sendable {
    func country(forDemonym word: String) -> String?
    func place(named name: String) -> Place?
}

extension GivenNames: GivenNameMatching {}
extension Gazetteer: PlaceLexicon {}
