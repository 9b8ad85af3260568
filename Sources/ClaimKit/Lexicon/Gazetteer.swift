/// Countries, first-level regions and cities by name, and the countries that nationality words
/// name (`Russian` → Russia).
///
/// The data is embedded in the library (`Lexicon/Generated/GazetteerData.swift`, from GeoNames;
/// see `Lexicon/Data/README.md`): every city of 15,000 or more people and every capital, the
/// countries, US states, and the nations, provinces and states of the UK, Canada and Australia.
/// Create one gazetteer and pass it to whatever needs it; loading takes a few milliseconds.
///
/// Names are matched as news text writes them: case-sensitively (`Reading` but not `reading`),
/// with or without diacritics (`Bogota`, `Bogotá`), or wholly in capitals as in datelines
/// (`WASHINGTON`). A name that several places share goes to a country first, then to the most
/// populous city, then to a region: `Georgia` is the country, `Washington` the US capital.
public struct Gazetteer: Sendable {
    /// A place as stored: its name is a range of the embedded text.
    private struct Record {
        var start: Int, end: Int
        var population: Int            // -1 when unknown
        var country: Int               // index in `codes`
        var kind: Place.Kind
        var isCapital: Bool
    }

    private let text = GazetteerData.text
    private let fold: LatinFold
    private let records: [Record]
    private let codes: [String]                    // ISO country codes, in data order
    private let countries: [String: Int32]         // ISO code → record
    private let names: NameTable
    private let demonyms: NameTable

    /// The most words in any name or nationality word (`South Georgia and the South Sandwich
    /// Islands`), so a scanner knows how many words to try at each position.
    public let maxWords: Int

    /// Loads the embedded data.
    public init() {
        let fold = LatinFold()
        var records: [Record] = []
        records.reserveCapacity(36_000)
        var names = NameTable(text: text, capacity: 36_000)
        var codes: [String] = [], countries: [String: Int32] = [:], capitals: [Range<Int>] = []

        var kind = Place.Kind.country, country = 0, capital = 0..<0
        LexiconText.forEachLine(in: text) { bytes, line in
            if bytes[line.lowerBound] == LexiconText.at {              // `@country`, `@region CC`, `@city CC`
                var header = LexiconText.Fields(bytes, line.lowerBound + 1..<line.upperBound, separator: LexiconText.space)
                kind = header.next().flatMap { Place.Kind(rawValue: LexiconText.string(bytes, $0)) } ?? .city
                if let code = header.next(), let index = countries[LexiconText.string(bytes, code)] {
                    country = records[Int(index)].country
                    capital = capitals[country]
                }
                return
            }
            var fields = LexiconText.Fields(bytes, line)
            let id = Int32(records.count)
            let name: Range<Int>
            switch kind {
            case .country:                                              // code, name, capital, population, aliases
                guard let code = fields.next(), let field = fields.next(),
                      let capitalField = fields.next(), let population = fields.next() else { return }
                let index = codes.count
                codes.append(LexiconText.string(bytes, code))
                countries[codes[index]] = id
                capitals.append(capitalField)
                name = field
                records.append(Record(start: name.lowerBound, end: name.upperBound,
                                      population: LexiconText.integer(bytes, population) ?? -1, country: index,
                                      kind: .country, isCapital: false))
            case .region:                                               // name, aliases
                guard let field = fields.next() else { return }
                name = field
                records.append(Record(start: name.lowerBound, end: name.upperBound, population: -1,
                                      country: country, kind: .region, isCapital: false))
            case .city:                                                 // name, population, aliases
                guard let field = fields.next(), let population = fields.next() else { return }
                name = field
                records.append(Record(start: name.lowerBound, end: name.upperBound,
                                      population: LexiconText.integer(bytes, population) ?? -1, country: country,
                                      kind: .city, isCapital: LexiconText.equal(bytes, name, bytes, capital)))
            }
            names.insert(bytes, name, value: id, fold: fold)
            if let aliases = fields.next() {
                var list = LexiconText.Fields(bytes, aliases, separator: LexiconText.bar)
                while let alias = list.next() { names.insert(bytes, alias, value: id, fold: fold) }
            }
        }

        var demonyms = NameTable(text: DemonymData.text, capacity: 500)
        LexiconText.forEachLine(in: DemonymData.text) { bytes, line in     // country, forms
            var fields = LexiconText.Fields(bytes, line)
            guard let name = fields.next(), let forms = fields.next() else { return }
            var country: Int32?
            names.forEachValue(of: LexiconText.string(bytes, name), fold: fold) { id in
                if records[Int(id)].kind == .country { country = id }
            }
            guard let country else { return }
            var list = LexiconText.Fields(bytes, forms, separator: LexiconText.bar)
            while let form = list.next() { demonyms.insert(bytes, form, value: country, fold: fold) }
        }

        self.fold = fold
        self.records = records
        self.codes = codes
        self.countries = countries
        self.names = names
        self.demonyms = demonyms
        self.maxWords = max(names.maxWords, demonyms.maxWords)
    }

    /// The place a name denotes, or `nil` if the gazetteer has no such name.
    ///
    /// - Parameter name: A name as written, `New York`, `Kiev`, `Bogota` or `MOSCOW`; aliases
    ///   such as `Britain` or `U.S.` are names too.
    /// - Returns: The preferred place of that name, under its gazetteer name.
    public func place<S: StringProtocol>(named name: S) -> Place? {
        let records = self.records         // not `self`, which the closure would copy at each call
        var best: Int32?
        names.forEachValue(of: name, fold: fold) { id in
            if best.map({ Self.precedes(records[Int(id)], records[Int($0)]) }) ?? true { best = id }
        }
        if best == nil, let alias = Self.countryAliases[String(name)] { return place(named: alias) }
        return best.map(place)
    }

    /// Everyday English names of countries that GeoNames does not list under them.
    static let countryAliases: [String: String] = [
        "America": "United States", "the United States": "United States", "USA": "United States",
        "U.S.A.": "United States", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
        "UK": "United Kingdom", "U.K.": "United Kingdom", "Holland": "Netherlands", "Burma": "Myanmar",
        "Ivory Coast": "Ivory Coast", "Czechia": "Czech Republic", "Turkiye": "Turkey", "Türkiye": "Turkey",
        "South Korea": "South Korea", "North Korea": "North Korea", "Russia": "Russia",
    ]

    /// The country a nationality word names: `Russian` and `Russians` give `Russia`, `US` and
    /// `American` give `United States`, `British` gives `United Kingdom`.
    ///
    /// Matched like place names (exact, diacritics optional, or in capitals). Ambiguous words such
    /// as `Korean` or `Congolese` have no country.
    public func country<S: StringProtocol>(forDemonym word: S) -> String? {
        var country: Int32?
        demonyms.forEachValue(of: word, fold: fold) { country = country ?? $0 }
        return country.map { place($0).name }
    }

    /// The country with an ISO 3166-1 alpha-2 code (`RU`), as `Place.countryCode` gives it.
    public func country(code: String) -> Place? {
        countries[code].map(place)
    }

    /// Countries first, then cities, then regions; within a kind, the larger population.
    private static func precedes(_ x: Record, _ y: Record) -> Bool {
        if x.kind != y.kind { return rank(x.kind) < rank(y.kind) }
        return x.population > y.population
    }

    private static func rank(_ kind: Place.Kind) -> Int {
        switch kind {
        case .country: 0
        case .city: 1
        case .region: 2
        }
    }

    private func place(_ id: Int32) -> Place {
        let record = records[Int(id)]
        var text = self.text
        let name = text.withUTF8 { LexiconText.string($0, record.start..<record.end) }
        return Place(name: name, kind: record.kind, countryCode: codes[record.country],
                     population: record.population < 0 ? nil : record.population, isCapital: record.isCapital)
    }
}
