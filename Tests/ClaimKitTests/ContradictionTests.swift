import ClaimKit
import Testing

/// Sentence pairs written for the test, in American and British style.
@Suite("Contradictions and disputes")
struct ContradictionTests {
    /// A pair of reports and the findings expected of them.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var a: Claim
        var b: Claim
        var expected: [Finding.Kind]
        var testDescription: String { name }
    }

    static func quote(_ article: String, _ text: String, by speaker: String = "Ana Torres", kind: ClaimKind = .direct,
                      date: String? = nil, precision: ClaimTime.Precision? = nil, place: String? = nil,
                      type: Speaker.Kind = .person) -> Claim {
        Make.claim(article, speaker, text, kind: kind, type: type, date: date, precision: precision, place: place)
    }

    static let cases: [Case] = [
        // Misquote: negation, figure, name changed between two direct quotes.
        Case(name: "misquote: negation dropped",
             a: quote("a", "We are not ready to lift the sanctions once the prisoners are released"),
             b: quote("b", "We are ready to lift the sanctions once the prisoners are released"), expected: [.misquote]),
        Case(name: "misquote: 'no intention' became 'every intention' (British)",
             a: quote("a", "The government has no intention of raising VAT this year"),
             b: quote("b", "The government has every intention of raising VAT this year"), expected: [.misquote]),
        Case(name: "misquote: contraction negation dropped",
             a: quote("a", "We won't negotiate while the shelling goes on"),
             b: quote("b", "We will negotiate while the shelling goes on"), expected: [.misquote]),
        Case(name: "misquote: a different figure",
             a: quote("a", "We will send 300 more troops to the border by the end of the month"),
             b: quote("b", "We will send 3,000 more troops to the border by the end of the month"), expected: [.misquote]),
        Case(name: "misquote: a different number word",
             a: quote("a", "Forty people were rescued from the rubble overnight, the firemen worked without a break"),
             b: quote("b", "Fourteen people were rescued from the rubble overnight, the firemen worked without a break"), expected: [.misquote]),
        Case(name: "misquote: a different name",
             a: quote("a", "Our quarrel is with the regime in Tehran and its proxies in the region"),
             b: quote("b", "Our quarrel is with the regime in Damascus and its proxies in the region"), expected: [.misquote]),
        // Not misquotes.
        Case(name: "near miss: truncation",
             a: quote("a", "We will send 300 more troops to the border by the end of the month"),
             b: quote("b", "We will send 300 more troops to the border"), expected: []),
        Case(name: "near miss: words added at the start",
             a: quote("a", "Frankly, we are ready to lift the sanctions"),
             b: quote("b", "we are ready to lift the sanctions"), expected: []),
        Case(name: "near miss: punctuation and dashes",
             a: quote("a", "We are ready – but only if they stop the shelling."),
             b: quote("b", "We are ready, but only if they stop the shelling"), expected: []),
        Case(name: "near miss: British and American spelling",
             a: quote("a", "We will defend the organisation’s programme and its centres"),
             b: quote("b", "We will defend the organization's program and its centers"), expected: []),
        Case(name: "near miss: a figure written in words",
             a: quote("a", "The storm destroyed eighty homes along the coast last night"),
             b: quote("b", "The storm destroyed 80 homes along the coast last night"), expected: []),
        Case(name: "near miss: a contraction written out",
             a: quote("a", "This isn't the moment to change course on the budget"),
             b: quote("b", "This is not the moment to change course on the budget"), expected: []),
        Case(name: "near miss: a word swapped that changes no negation, figure or name",
             a: quote("a", "We are very pleased with the outcome of the talks in the capital"),
             b: quote("b", "We are extremely pleased with the outcome of the talks in the capital"), expected: []),
        Case(name: "near miss: a transliterated name",
             a: quote("a", "I spoke to Sergey this morning and we agreed on the next steps"),
             b: quote("b", "I spoke to Sergei this morning and we agreed on the next steps"), expected: []),
        Case(name: "near miss: a nationality for its country",
             a: quote("a", "We will not accept the French proposal on fishing rights"),
             b: quote("b", "We will not accept France's proposal on fishing rights"), expected: []),

        // Misattribution: the same quoted words under two identified speakers.
        Case(name: "misattribution",
             a: quote("a", "We will not let this attack go unanswered, whatever it takes", by: "Ana Torres"),
             b: quote("b", "We will not let this attack go unanswered, whatever it takes", by: "Lena Berg"), expected: [.misattribution]),
        Case(name: "misattribution: one report truncates",
             a: quote("a", "We will not let this attack go unanswered, whatever it takes", by: "Ana Torres"),
             b: quote("b", "We will not let this attack go unanswered", by: "Lena Berg"), expected: [.misattribution]),
        Case(name: "near miss: an unresolved pronoun",
             a: quote("a", "We will not let this attack go unanswered, whatever it takes", by: "Ana Torres"),
             b: quote("b", "We will not let this attack go unanswered, whatever it takes", by: "he"), expected: []),
        Case(name: "near miss: an anonymous source",
             a: quote("a", "We will not let this attack go unanswered, whatever it takes", by: "Ana Torres"),
             b: quote("b", "We will not let this attack go unanswered, whatever it takes", by: "senior official", type: .anonymous), expected: []),
        Case(name: "near miss: a stock phrase",
             a: quote("a", "Thank you very much", by: "Ana Torres"), b: quote("b", "Thank you very much", by: "Lena Berg"), expected: []),
        Case(name: "near miss: two speakers reported saying the same thing",
             a: quote("a", "the ceasefire was holding across the whole of the country", by: "Ana Torres", kind: .indirect),
             b: quote("b", "the ceasefire was holding across the whole of the country", by: "Lena Berg", kind: .indirect), expected: []),

        // Date and place conflicts.
        Case(name: "date conflict",
             a: quote("a", "The budget will be balanced within two years", date: "2024-03-05"),
             b: quote("b", "The budget will be balanced within two years", date: "2024-03-07"), expected: [.dateConflict]),
        Case(name: "date conflict despite a truncation",
             a: quote("a", "The budget will be balanced within two years, and taxes will fall", date: "2024-03-05"),
             b: quote("b", "The budget will be balanced within two years", date: "2024-03-07"), expected: [.dateConflict]),
        Case(name: "near miss: one report gives no date",
             a: quote("a", "The budget will be balanced within two years", date: "2024-03-05"),
             b: quote("b", "The budget will be balanced within two years"), expected: []),
        Case(name: "near miss: a week that holds the day",
             a: quote("a", "The budget will be balanced within two years", date: "2024-03-04", precision: .week),
             b: quote("b", "The budget will be balanced within two years", date: "2024-03-07"), expected: []),
        Case(name: "place conflict",
             a: quote("a", "The budget will be balanced within two years", place: "Geneva"),
             b: quote("b", "The budget will be balanced within two years", place: "Vienna"), expected: [.placeConflict]),
        Case(name: "near miss: a city and its country",
             a: quote("a", "The budget will be balanced within two years", place: "Geneva"),
             b: quote("b", "The budget will be balanced within two years", place: "Switzerland"), expected: []),
        Case(name: "place conflict: two cities of one country",
             a: quote("a", "The budget will be balanced within two years", place: "Geneva"),
             b: quote("b", "The budget will be balanced within two years", place: "Zürich"), expected: [.placeConflict]),
        Case(name: "near miss: the same place written differently",
             a: quote("a", "The budget will be balanced within two years", place: "Zürich"),
             b: quote("b", "The budget will be balanced within two years", place: "zurich"), expected: []),

        // Numeric conflicts and polarity in reported speech.
        Case(name: "numeric conflict",
             a: quote("a", "the explosion killed more than 80 people at the market on Sunday", kind: .indirect),
             b: quote("b", "the explosion killed 70 people at the market on Sunday", kind: .indirect), expected: [.numericConflict]),
        Case(name: "numeric conflict (British, per cent)",
             a: quote("a", "unemployment had fallen to 4 per cent in the last quarter", kind: .indirect),
             b: quote("b", "unemployment had fallen to 6 per cent in the last quarter", kind: .indirect), expected: [.numericConflict]),
        Case(name: "near miss: 'more than 80' and 85",
             a: quote("a", "the explosion killed more than 80 people at the market on Sunday", kind: .indirect),
             b: quote("b", "the explosion killed 85 people at the market on Sunday", kind: .indirect), expected: []),
        Case(name: "near miss: 1.5 million and 1,520,000",
             a: quote("a", "about 1.5 million people had fled the fighting since January", kind: .indirect),
             b: quote("b", "1,520,000 people had fled the fighting since January", kind: .indirect), expected: []),
        Case(name: "polarity",
             a: quote("a", "the government would raise fuel duty in the spring budget", kind: .indirect),
             b: quote("b", "the government would not raise fuel duty in the spring budget", kind: .indirect), expected: [.polarity]),
        Case(name: "polarity: opposite quotes on different days",
             a: quote("a", "We will talk to the rebels before the elections", date: "2024-05-02"),
             b: quote("b", "We will never talk to the rebels before the elections", date: "2024-06-11"), expected: [.polarity]),
        Case(name: "near miss: 'not only'",
             a: quote("a", "the plan would help farmers and the towns around them", kind: .indirect),
             b: quote("b", "the plan would not only help farmers but also the towns around them", kind: .indirect), expected: []),

        // Disputes: different speakers, opposite statements.
        Case(name: "disputed across reports",
             a: quote("a", "the ceasefire was holding across the whole of the country", by: "Ana Torres", kind: .indirect),
             b: quote("b", "the ceasefire was not holding across the whole of the country", by: "Lena Berg", kind: .indirect),
             expected: [.disputed]),
        Case(name: "disputed figures",
             a: quote("a", "the flood had displaced 2,000 families in the valley", by: "Ana Torres", kind: .indirect),
             b: quote("b", "the flood had displaced 200 families in the valley", by: "Lena Berg", kind: .indirect),
             expected: [.disputed]),
        Case(name: "disputed within one article",
             a: quote("a", "London was ready to restore cooperation with the new government", by: "Ana Torres", kind: .indirect),
             b: Make.claim("a", "Lena Berg", "Britain is not yet ready to cooperate with the new government", kind: .indirect, at: 200),
             expected: [.disputed]),
        Case(name: "near miss: two speakers, two topics, one negation",
             a: quote("a", "the economy grew faster than expected in the spring", by: "Ana Torres", kind: .indirect),
             b: Make.claim("a", "Lena Berg", "the new stadium will not be finished before the summer", kind: .indirect, at: 200),
             expected: []),
    ]

    @Test("Each finding type, and the near misses that must not be flagged", arguments: cases)
    func finding(_ c: Case) throws {
        let report = Make.analysis([c.a, c.b])
        #expect(report.findings.map(\.kind) == c.expected, "\(report.findings.map(\.reason))")
        for finding in report.findings {
            #expect(Set([finding.first.claim, finding.second.claim]) == [0, 1])
            #expect(!finding.reason.isEmpty && !finding.reason.contains("\n"))
            #expect(!finding.first.words.isEmpty && !finding.second.words.isEmpty)
        }
    }

    @Test("Disputes are not contradictions")
    func disputesApart() throws {
        let c = Self.cases.first { $0.name == "disputed across reports" }!
        let report = Make.analysis([c.a, c.b])
        #expect(report.contradictions.isEmpty)
        #expect(report.disputes.count == 1)
    }

    @Test("A misquote's evidence quotes the words that changed, as written")
    func evidence() throws {
        let report = Make.analysis([
            Self.quote("a", "We are not ready to lift the sanctions once the prisoners are released"),
            Self.quote("b", "We are ready to lift the sanctions once the prisoners are released"),
        ])
        let finding = try #require(report.findings.first)
        #expect(finding.first.claim == 0 && finding.second.claim == 1)
        #expect(finding.first.words == "are not ready")
        #expect(finding.second.words == "are ready")
        #expect(finding.reason == "negation differs: “are not ready” / “are ready”")
    }

    @Test("A figure's evidence keeps its qualifier")
    func figureEvidence() throws {
        let report = Make.analysis([
            Self.quote("a", "the explosion killed more than 80 people at the market on Sunday", kind: .indirect),
            Self.quote("b", "the explosion killed 70 people at the market on Sunday", kind: .indirect),
        ])
        let finding = try #require(report.findings.first)
        #expect(finding.reason == "figures differ: “more than 80” / “70”")
    }

    @Test("Many copies of one misquote give one finding per pair of wordings")
    func copies() {
        var claims: [Claim] = []
        for i in 0..<5 { claims.append(Self.quote("a\(i)", "We are not ready to lift the sanctions once the prisoners are released")) }
        for i in 0..<3 { claims.append(Self.quote("b\(i)", "We are ready to lift the sanctions once the prisoners are released")) }
        let report = Make.analysis(claims)
        #expect(report.findings.map(\.kind) == [.misquote])
        #expect(report.groups.count == 1)
    }
}
