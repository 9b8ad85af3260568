import ClaimKit
import Testing

/// A name and the place the gazetteer should find for it.
struct PlaceCase: Sendable, CustomTestStringConvertible {
    var query: String
    var name: String
    var kind: Place.Kind
    var countryCode: String
    var testDescription: String { query }

    static let all = [
        PlaceCase(query: "Brussels", name: "Brussels", kind: .city, countryCode: "BE"),
        PlaceCase(query: "Moscow", name: "Moscow", kind: .city, countryCode: "RU"),
        PlaceCase(query: "MOSCOW", name: "Moscow", kind: .city, countryCode: "RU"),
        PlaceCase(query: "Baku", name: "Baku", kind: .city, countryCode: "AZ"),
        PlaceCase(query: "Washington", name: "Washington", kind: .city, countryCode: "US"),
        PlaceCase(query: "WASHINGTON", name: "Washington", kind: .city, countryCode: "US"),
        PlaceCase(query: "New York", name: "New York City", kind: .city, countryCode: "US"),
        PlaceCase(query: "Buenos Aires", name: "Buenos Aires", kind: .city, countryCode: "AR"),
        PlaceCase(query: "Kiev", name: "Kyiv", kind: .city, countryCode: "UA"),
        PlaceCase(query: "Bogota", name: "Bogotá", kind: .city, countryCode: "CO"),
        PlaceCase(query: "BOGOTÁ", name: "Bogotá", kind: .city, countryCode: "CO"),
        PlaceCase(query: "St. Petersburg", name: "Saint Petersburg", kind: .city, countryCode: "RU"),
        PlaceCase(query: "Azerbaijan", name: "Azerbaijan", kind: .country, countryCode: "AZ"),
        PlaceCase(query: "Russia", name: "Russia", kind: .country, countryCode: "RU"),
        PlaceCase(query: "United Kingdom", name: "United Kingdom", kind: .country, countryCode: "GB"),
        PlaceCase(query: "Britain", name: "United Kingdom", kind: .country, countryCode: "GB"),
        PlaceCase(query: "U.S.", name: "United States", kind: .country, countryCode: "US"),
        PlaceCase(query: "Georgia", name: "Georgia", kind: .country, countryCode: "GE"),
        PlaceCase(query: "Scotland", name: "Scotland", kind: .region, countryCode: "GB"),
        PlaceCase(query: "California", name: "California", kind: .region, countryCode: "US"),
    ]
}

@Suite("Lexicons")
struct LexiconTests {
    static let gazetteer = Gazetteer()
    static let givenNames = GivenNames()

    @Test("Place names resolve", arguments: PlaceCase.all)
    func placeResolves(_ example: PlaceCase) throws {
        let place = try #require(Self.gazetteer.place(named: example.query))
        #expect(place.name == example.name)
        #expect(place.kind == example.kind)
        #expect(place.countryCode == example.countryCode)
    }

    @Test("Names and words that are not places", arguments: ["Mattis", "The", "Said", "moscow", "Moscow City", ""])
    func notAPlace(_ word: String) {
        #expect(Self.gazetteer.place(named: word) == nil)
    }

    @Test("A shared name goes to the country, then to the largest city")
    func precedence() throws {
        let moscow = try #require(Self.gazetteer.place(named: "Moscow"))
        #expect(moscow.isCapital)
        #expect((moscow.population ?? 0) > 10_000_000)
        let washington = try #require(Self.gazetteer.place(named: "Washington"))
        #expect(washington.isCapital)
        let luxembourg = try #require(Self.gazetteer.place(named: "Luxembourg"))
        #expect(luxembourg.kind == .country)
        #expect(Self.gazetteer.place(named: "Brussels")?.isCapital == true)
        #expect(Self.gazetteer.place(named: "Baku")?.population != nil)
    }

    @Test func countryByCode() {
        #expect(Self.gazetteer.country(code: "RU")?.name == "Russia")
        #expect(Self.gazetteer.country(code: "GB")?.name == "United Kingdom")
        #expect(Self.gazetteer.country(code: "ZZ") == nil)
    }

    @Test func maxWordsCoversLongestName() {
        #expect(Self.gazetteer.maxWords >= 7)
        #expect(Self.gazetteer.place(named: "South Georgia and the South Sandwich Islands")?.kind == .country)
    }

    @Test("Nationality words name countries", arguments: zip(
        ["Russian", "Russians", "RUSSIAN", "US", "U.S.", "USA", "American", "UK", "British", "Azerbaijani",
         "South Korean", "Dutch"],
        ["Russia", "Russia", "Russia", "United States", "United States", "United States", "United States",
         "United Kingdom", "United Kingdom", "Azerbaijan", "South Korea", "Netherlands"]))
    func demonym(_ word: String, _ country: String) {
        #expect(Self.gazetteer.country(forDemonym: word) == country)
    }

    @Test("Words that name no one country", arguments: ["Korean", "russian", "Mattis", "Moscow"])
    func notADemonym(_ word: String) {
        #expect(Self.gazetteer.country(forDemonym: word) == nil)
    }

    @Test("Forms of one given name", arguments: [
        ("Jim", "James"), ("Joe", "Joseph"), ("Bill", "William"), ("Jimmy", "Jim"), ("Mike", "Michael"),
        ("J.", "James"), ("J", "John"), ("JAMES", "james"), ("José", "Jose"),
    ])
    func compatible(_ a: String, _ b: String) {
        #expect(Self.givenNames.areCompatible(a, b))
        #expect(Self.givenNames.areCompatible(b, a))
    }

    @Test("Different given names", arguments: [
        ("Jim", "John"), ("Albert", "Alfred"), ("J.", "Mary"), ("Joe", "William"), ("", "James"),
    ])
    func incompatible(_ a: String, _ b: String) {
        #expect(!Self.givenNames.areCompatible(a, b))
        #expect(!Self.givenNames.areCompatible(b, a))
    }

    @Test("Gender of given names", arguments: zip(
        ["James", "Mary", "JAMES", "Jim", "Jordan", "Leslie", "Mattis", "Qwxz"],
        [Gender.male, .female, .male, .male, nil, nil, nil, nil]))
    func gender(_ name: String, _ expected: Gender?) {
        #expect(Self.givenNames.gender(of: name) == expected)
    }

    @Test func givenNameWords() {
        #expect(Self.givenNames.isGivenName("Mary"))
        #expect(Self.givenNames.isGivenName("Jordan"))
        #expect(!Self.givenNames.isGivenName("The"))
        #expect(!Self.givenNames.isGivenName("Said"))
        #expect(!Self.givenNames.isGivenName("General"))
    }

    @Test("Fresh lexicons agree with each other (speed is the benchmark's job, not a test's)")
    func loadsConsistently() {
        #expect(Gazetteer().place(named: "Brussels")?.name == Self.gazetteer.place(named: "Brussels")?.name)
        #expect(GivenNames().isGivenName("James") == Self.givenNames.isGivenName("James"))
    }
}
