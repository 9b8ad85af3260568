/// A country, first-level region or city that the gazetteer knows.
public struct Place: Hashable, Sendable {
    /// What sort of place this is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case country, region, city
    }

    /// The gazetteer's name for the place, whatever name found it (`Kyiv` for `Kiev` or `KYIV`).
    public var name: String
    public var kind: Kind
    /// The ISO 3166-1 alpha-2 code of the place's country (`RU`); for a country, its own code.
    public var countryCode: String
    /// The number of inhabitants as GeoNames counts them; `nil` for regions.
    public var population: Int?
    /// Whether the place is a city that is its country's capital.
    public var isCapital: Bool

    public init(name: String, kind: Kind, countryCode: String, population: Int? = nil, isCapital: Bool = false) {
        self.name = name
        self.kind = kind
        self.countryCode = countryCode
        self.population = population
        self.isCapital = isCapital
    }
}
