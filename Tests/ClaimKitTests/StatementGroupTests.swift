import ClaimKit
import Testing

@Suite("Statement groups")
struct StatementGroupTests {
    @Test("A truncated quote falls inside its longer version")
    func truncation() throws {
        let report = Make.analysis([
            Make.claim("a", "Ana Torres", "We will not abandon our allies in the region, whatever the cost to our economy"),
            Make.claim("b", "Ana Torres", "We will not abandon our allies in the region"),
        ])
        let group = try #require(report.group(of: 0))
        #expect(group.claims == [0, 1])
        #expect(group.text == "We will not abandon our allies in the region, whatever the cost to our economy")
        #expect(group.reports == ["a", "b"])
        #expect(report.findings.isEmpty)
    }

    @Test("House style does not split a statement", arguments: [
        ("It’s the defence ministry’s decision, and we respect it.", "It's the defense ministry's decision, and we respect it"),
        ("the talks were constructive and will continue next week", "The talks were constructive and will continue next week."),
        ("We aren't going to give in to pressure from anyone", "We are not going to give in to pressure from anyone"),
        ("The U.S. will keep its troops in the country", "The US will keep its troops in the country"),
        ("The organisation’s programme will be analysed", "The organization's program will be analyzed"),
        ("“We want peace,” he said — “not war”", "\"We want peace,\" he said - \"not war\""),
    ])
    func houseStyle(_ a: String, _ b: String) throws {
        let report = Make.analysis([Make.claim("a", "Ana Torres", a), Make.claim("b", "Ana Torres", b)])
        let group = try #require(report.group(of: 0))
        #expect(group.claims == [0, 1])
        #expect(group.versions == 1)
    }

    @Test("Two statements of one speaker that share a phrase stay apart")
    func differentStatements() {
        let report = Make.analysis([
            Make.claim("a", "Ana Torres", "We will not abandon our allies in the region"),
            Make.claim("b", "Ana Torres", "Our allies in the region must pay more for their own defence"),
        ])
        #expect(report.groups.count == 2)
    }

    @Test("The same words from different speakers are different statements")
    func differentSpeakers() {
        let report = Make.analysis([
            Make.claim("a", "Ana Torres", "The talks were constructive and will continue next week"),
            Make.claim("b", "Lena Berg", "The talks were constructive and will continue next week"),
        ])
        #expect(report.groups.count == 2)
    }

    @Test("Reported speech groups with the quote it reports")
    func reported() throws {
        let report = Make.analysis([
            Make.claim("a", "Ana Torres", "the government would cut fuel taxes by the end of the year", kind: .indirect),
            Make.claim("b", "Ana Torres", "We will cut fuel taxes by the end of the year"),
            Make.claim("c", "Ana Torres", "the government would cut fuel taxes by the end of the year", kind: .indirect),
        ])
        let group = try #require(report.group(of: 0))
        #expect(group.claims == [0, 1, 2])
        #expect(group.versions == 2)
    }

    @Test("A group reports its dates, places and origins; most origins come first")
    func summary() throws {
        let report = Make.analysis([
            Make.claim("a", "Lena Berg", "The harvest will be the worst in a decade"),
            Make.claim("a", "Ana Torres", "We will not raise interest rates before the summer", date: "2024-03-07", place: "Madrid", at: 100),
            Make.claim("b", "Ana Torres", "We will not raise interest rates before the summer", date: "2024-03-07", place: "Madrid"),
            Make.claim("c", "Ana Torres", "We will not raise interest rates", place: "Madrid"),
            Make.claim(nil, "Ana Torres", "We will not raise interest rates before the summer"),
        ])
        let first = try #require(report.groups.first)
        #expect(first.speakerName == "Ana Torres")
        #expect(first.claims == [1, 2, 3, 4])
        #expect(first.reports == ["a", "b", "c"])
        #expect(first.origins.map(\.origin.name) == ["a", "b", "c"])
        #expect(first.earliest == CalendarDate(iso: "2024-03-07"))
        #expect(first.places == ["Madrid"])
        #expect(report.groups.last?.claims == [0])
    }

    @Test("Short claims group only when equal")
    func shortClaims() {
        let report = Make.analysis([
            Make.claim("a", "Ana Torres", "better ties", kind: .indirect),
            Make.claim("b", "Ana Torres", "better ties", kind: .indirect),
            Make.claim("c", "Ana Torres", "closer ties", kind: .indirect),
        ])
        #expect(report.group(of: 0)?.claims == [0, 1])
        #expect(report.group(of: 2)?.claims == [2])
    }

    @Test("Nothing in, nothing out; empty and unsourced claims are their own groups")
    func edges() {
        let empty = Make.analysis([])
        #expect(empty.groups.isEmpty && empty.findings.isEmpty && empty.speakers.isEmpty)
        let report = Make.analysis([
            Make.claim("a", "Ana Torres", ""), Make.claim("b", "Ana Torres", ""),
            Make.claim(nil, "Ana Torres", "We will not raise interest rates before the summer"),
            Make.claim(nil, "he", "We will not raise interest rates before the summer"),
        ])
        #expect(report.groups.count == 3)
        #expect(report.group(of: 2)?.reports == [])
        #expect(report.group(of: 2)?.origins.isEmpty == true)
        #expect(report.findings.isEmpty)
    }
}
