import ClaimKit
import Foundation

/// A tiny given-name table for identity tests, standing in for the lexicon where a test must
/// not depend on its contents.
struct TestNames: GivenNameMatching {
    static let classes: [[String]] = [["james", "jim", "jimmy", "jamie"], ["joseph", "joe", "joey"],
                                      ["william", "bill", "will", "billy"], ["robert", "bob", "rob", "bobby"],
                                      ["elizabeth", "liz", "beth"]]
    func areCompatible(_ a: String, _ b: String) -> Bool {
        let x = a.lowercased(), y = b.lowercased()
        return x == y || TestNames.classes.contains { $0.contains(x) && $0.contains(y) }
    }
}

/// A tiny demonym and place table for tests.
struct TestPlaces: PlaceLexicon {
    static let table = ["French": "France", "German": "Germany", "British": "United Kingdom", "Russian": "Russia",
                        "American": "United States", "U.S.": "United States", "US": "United States"]
    func country(forDemonym word: String) -> String? { TestPlaces.table[word] }

    static let places = ["Geneva": Place(name: "Geneva", kind: .city, countryCode: "CH"),
                         "Switzerland": Place(name: "Switzerland", kind: .country, countryCode: "CH"),
                         "Vienna": Place(name: "Vienna", kind: .city, countryCode: "AT"),
                         "Zürich": Place(name: "Zürich", kind: .city, countryCode: "CH")]
    func place(named name: String) -> Place? { TestPlaces.places[name] }
}

/// Builds claims and articles for analysis tests.
enum Make {
    /// A claim of `speaker` with `text`, in article `article` at a made-up span.
    static func claim(_ article: String?, _ speaker: String, _ text: String, kind: ClaimKind = .direct,
                      type: Speaker.Kind = .person, role: String? = nil, date: String? = nil,
                      precision: ClaimTime.Precision? = nil, place: String? = nil, at start: Int = 0) -> Claim {
        let source = article.map { SourceSpan(article: $0, start: start, end: start + text.utf8.count, exact: text, prefix: "", suffix: "") }
        return Claim(source: source, kind: kind, text: text, cue: "said",
                     speaker: Speaker(name: speaker, role: role, mention: speaker, type: type),
                     when: ClaimTime(date: date.flatMap(CalendarDate.init(iso:)), expression: date, precision: precision),
                     where: ClaimPlace(place: place, expression: place.map { "in \($0)" }))
    }

    /// The claim of `article` whose words are `text` (found in the article's bytes).
    static func claim(in article: Article, _ speaker: String, _ text: String, kind: ClaimKind = .direct,
                      type: Speaker.Kind = .person) -> Claim {
        let bytes = article.bytes, needle = Array(text.utf8)
        guard let start = (0...(bytes.count - needle.count)).first(where: { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }) else {
            preconditionFailure("'\(text)' is not in \(article.id)")
        }
        let source = SourceSpan(article: article.id, bytes: bytes, start: start, end: start + needle.count)
        return Claim(source: source, kind: kind, text: text, cue: "said",
                     speaker: Speaker(name: speaker, mention: speaker, type: type))
    }

    static func article(_ id: String, _ text: String) -> Article {
        do { return try Article(id: id, text: text) } catch { preconditionFailure("\(error)") }
    }

    /// The analysis of `claims` with the test tables.
    static func analysis(_ claims: [Claim], articles: [Article] = []) -> CrossSourceReport {
        CrossSourceAnalyzer(givenNames: TestNames(), places: TestPlaces()).analyze(claims, articles: articles)
    }
}

extension CrossSourceReport {
    /// The findings of one kind.
    func findings(_ kind: Finding.Kind) -> [Finding] { findings.filter { $0.kind == kind } }

    /// The group holding claim `index`.
    func group(of index: Int) -> StatementGroup? { groups.first { $0.claims.contains(index) } }
}
