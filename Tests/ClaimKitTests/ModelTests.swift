import ClaimKit
import Foundation
import Testing

@Suite("Claim model")
struct ModelTests {
    static let sample = Claim(
        source: SourceSpan(article: "a", bytes: Array("He said \"we are ready\" on Monday.".utf8), start: 9, end: 21),
        kind: .direct, text: "we are ready", cue: "said",
        speaker: Speaker(name: "John Smith", role: "minister", mention: "He", type: .person),
        when: ClaimTime(date: CalendarDate(year: 2020, month: 1, day: 6), expression: "on Monday"),
        where: ClaimPlace(place: "Paris", expression: "in Paris"), status: .reviewed)

    @Test("A claim survives a JSON round trip")
    func roundTrip() throws {
        let data = try ClaimStore.encode([Self.sample])
        let decoded = try ClaimStore.decode(data, path: "t.json")
        #expect(decoded == [Self.sample])
    }

    @Test("The id is derived from article and span")
    func stableID() {
        #expect(Self.sample.id == "a@9-21")
        #expect(Self.sample.source?.exact == "we are ready")
        #expect(Self.sample.source?.prefix == "He said \"")
        #expect(Self.sample.source?.suffix == "\" on Monday.")
    }

    @Test("Unsourced ids are stable hashes of speaker and text")
    func unsourcedID() {
        let a = Claim(source: nil, kind: .indirect, text: "x", cue: "said",
                      speaker: Speaker(name: "A", mention: "A", type: .person))
        let b = Claim(source: nil, kind: .indirect, text: "x", cue: "said",
                      speaker: Speaker(name: "A", mention: "A", type: .person))
        #expect(a.id == b.id)
        #expect(a.id.hasPrefix("unsourced@"))
    }

    @Test("JSON has sorted keys, explicit nulls and ISO dates")
    func encoding() throws {
        var claim = Self.sample
        claim.when = .unknown
        let json = String(decoding: try ClaimStore.encode([claim]), as: UTF8.self)
        #expect(json.contains("\"date\" : null"))
        #expect(json.contains("\"article\" : \"a\""))
        let keys = json.split(separator: "\n").filter { $0.hasPrefix("    \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(!json.contains("knownMiss"))
    }

    @Test("Claims are written in span order")
    func order() throws {
        var later = Self.sample
        later.source?.start = 30
        later.source?.end = 40
        let data = try ClaimStore.encode([later, Self.sample])
        let decoded = try ClaimStore.decode(data, path: "t.json")
        #expect(decoded.map { $0.source?.start } == [9, 30])
    }

    @Test("Calendar arithmetic", arguments: [
        ("2017-02-16", 4, "2017-02-15"), ("2016-03-01", 2, "2016-02-29"), ("2000-01-01", 6, "1999-12-31"),
    ])
    func calendar(_ iso: String, _ weekday: Int, _ dayBefore: String) throws {
        let date = try #require(CalendarDate(iso: iso))
        #expect(date.weekday == weekday)
        #expect(date.adding(days: -1).description == dayBefore)
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }

    @Test("Days that do not exist", arguments: ["2017-02-29", "2017-13-01", "2017-1-01", "20170101", "2017-04-31"])
    func invalidDates(_ iso: String) {
        #expect(CalendarDate(iso: iso) == nil)
    }

    @Test("Text keys ignore quote style, dashes and case")
    func keys() {
        #expect(TextKey.comparable("\u{201C}It\u{2019}s rock solid,\u{201D}") == TextKey.comparable("\"it's rock solid\""))
        #expect(TextKey.words("killed 1,500 people in 2.5 days") == ["killed", "1,500", "people", "in", "2.5", "days"])
        #expect(TextKey.alphanumeric("Article 5 -- NATO's") == TextKey.alphanumeric("Article 5 \u{2014} NATO\u{2019}s"))
    }
}
