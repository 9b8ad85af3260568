import ClaimKit
import Foundation
import Testing

/// Cross-source evidence fixed by the test, to see how verdicts use what the analysis reports.
struct FixedCrossSource: CrossSourceEvidence {
    var origins: [CrossSourceAssessment.OriginReports]
    var contradiction: CrossSourceAssessment.Contradiction?

    func assess(_ queries: [CrossSourceQuery]) -> [CrossSourceAssessment] {
        queries.map { _ in CrossSourceAssessment(origins: origins, contradictions: contradiction.map { [$0] } ?? []) }
    }
}

@Suite("Checking the ledger")
struct CheckTests {
    static let extractor = Extractor()
    static let unassessed = UnassessedCrossSource(reason: "test")

    static func checker(ledger: [Claim] = []) throws -> LedgerChecker {
        let articles = try LedgerArticles.articles()
        return LedgerChecker(reading: CorpusReading(articles: articles, extracted: articles.map(extractor.claims), ledger: ledger))
    }

    static func claim(_ text: String, speaker: String = "Jane Doe", article: String? = "am",
                      date: String? = nil, place: String? = nil) throws -> Claim {
        var draft = ClaimDraft(speaker: speaker, text: text, article: article)
        if let date { draft.when = ClaimTime(date: CalendarDate(iso: date)) }
        if let place { draft.where = ClaimPlace(place: place) }
        let articles = try LedgerArticles.articles()
        return try ClaimRecorder().record(draft, in: articles.first { $0.id == article }).claim
    }

    static func verdict(_ claim: Claim, crossSource: any CrossSourceEvidence = unassessed) throws -> Verdict {
        try #require(try checker(ledger: [claim]).verdicts(for: [claim], crossSource: crossSource).first)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var speaker = "Jane Doe"
        var article: String? = "am"
        var date: String?
        var place: String?
        var kind: Verdict.Kind
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "verified: words, speaker, day and place", text: "We will not delay the reform by a single day",
             date: "2021-03-04", place: "Paris", kind: .verified),
        Case(name: "verified: a surname and no day", text: "“We will not delay the reform by a single day”", speaker: "Doe",
             kind: .verified),
        Case(name: "verified: a place the article does not give", text: "the reform would go ahead as planned",
             place: "Paris", kind: .verified),
        Case(name: "verified: unsourced, found in the corpus", text: "the reform would cost jobs", speaker: "Pierre Martin",
             article: nil, kind: .verified),
        Case(name: "misquoted: a word changed", text: "We will never delay the reform by a single day", kind: .misquoted),
        Case(name: "misquoted: unsourced", text: "we will delay the reform by one single day", article: nil, kind: .misquoted),
        Case(name: "misattributed: the words are another speaker's", text: "The country cannot wait", speaker: "John Smith",
             kind: .misattributed),
        Case(name: "misattributed: unsourced", text: "the plan was reckless and unfair", speaker: "Jane Doe", article: nil,
             kind: .misattributed),
        Case(name: "date mismatch", text: "the reform would go ahead as planned", date: "2021-03-03", kind: .dateMismatch),
        Case(name: "place mismatch", text: "We will not delay the reform by a single day", place: "Marseille", kind: .placeMismatch),
        Case(name: "place mismatch, British copy", text: "We will not delay the reform by a single day", article: "br",
             place: "Paris", kind: .placeMismatch),
        Case(name: "not found: unsourced", text: "taxes will rise next year for everyone", article: nil, kind: .notFound),
        Case(name: "not found: too short to search", text: "reckless", speaker: "John Smith", article: nil, kind: .notFound),
        Case(name: "not found: nothing close in the cited article", text: "taxes will rise next year for everyone", kind: .notFound),
    ]

    @Test("Each verdict, on articles written for the test", arguments: cases)
    func verdicts(_ c: Case) throws {
        let verdict = try Self.verdict(try Self.claim(c.text, speaker: c.speaker, article: c.article, date: c.date, place: c.place))
        #expect(verdict.kind == c.kind, "\(verdict.notes)")
        #expect(verdict.kind.isSupported == verdict.problems.isEmpty)
        #expect(verdict.crossSource.unassessed == "test")
    }

    @Test("Evidence: the diff of a misquote, the other speaker, the article's date and place")
    func evidence() throws {
        let misquote = try Self.verdict(try Self.claim("We will never delay the reform by a single day"))
        #expect(misquote.diff?.inline == "we will [-not-] {+never+} delay the reform by a single day")
        #expect(misquote.passage?.words == "We will not delay the reform by a single day")
        let misattribution = try Self.verdict(try Self.claim("The country cannot wait", speaker: "John Smith"))
        #expect(misattribution.report?.speaker.name == "Jane Doe")
        let date = try Self.verdict(try Self.claim("the reform would go ahead as planned", date: "2021-03-03"))
        #expect(date.report?.when.date == CalendarDate(iso: "2021-03-04"))
        #expect(date.report?.when.expression == "on Thursday")
        let place = try Self.verdict(try Self.claim("We will not delay the reform by a single day", place: "Marseille"))
        #expect(place.report?.where.place == "Paris")
        let found = try Self.verdict(try Self.claim("the reform would go ahead as planned", place: "Paris"))
        #expect(found.notes.contains("the article gives no place for this statement"))
        #expect(found.reports.map(\.article) == ["am", "br"])
        #expect(found.notes.contains("also reported in br"))
    }

    @Test("A country agrees with a city in it")
    func countryAndCity() throws {
        #expect(try Self.verdict(try Self.claim("We will not delay the reform by a single day", place: "France")).kind == .verified)
    }

    @Test("Corroboration and contradiction come from the cross-source evidence, never from the check alone")
    func crossSource() throws {
        let claim = try Self.claim("We will not delay the reform by a single day")
        #expect(try Self.verdict(claim).kind == .verified)
        let two = [CrossSourceAssessment.OriginReports(name: "AFP", basis: "agency", reports: ["am"]),
                   .init(name: "Reuters", basis: "agency", reports: ["br"])]
        let corroborated = try Self.verdict(claim, crossSource: FixedCrossSource(origins: two))
        #expect(corroborated.kind == .corroborated)
        #expect(corroborated.crossSource.origins?.count == 2)
        #expect(try Self.verdict(claim, crossSource: FixedCrossSource(origins: Array(two.prefix(1)))).kind == .verified)
        let report = try Self.claim("We will never delay the reform by a single day")
        let against = CrossSourceAssessment.Contradiction(kind: "polarity", reason: "negation dropped", report: report, words: "never")
        let contradicted = try Self.verdict(claim, crossSource: FixedCrossSource(origins: two, contradiction: against))
        #expect(contradicted.kind == .contradicted)
        #expect(contradicted.problems == [.contradicted])
        // A claim with its own problem keeps it first.
        let misquote = try Self.verdict(report, crossSource: FixedCrossSource(origins: two, contradiction: against))
        #expect(misquote.problems == [.misquoted, .contradicted])
    }

    @Test("The queries carry the reports the check matched")
    func queries() throws {
        struct Recorder: CrossSourceEvidence {
            func assess(_ queries: [CrossSourceQuery]) -> [CrossSourceAssessment] {
                queries.map { .unassessed($0.reports.compactMap(\.article).joined(separator: ",")) }
            }
        }
        let claim = try Self.claim("We will not delay the reform by a single day")
        #expect(try Self.verdict(claim, crossSource: Recorder()).crossSource.unassessed == "am,br")
    }

    @Test("A known miss is judged by its review: the extractor's reading of that passage does not count")
    func knownMiss() throws {
        // The extractor does not read a nominal cue ("calls by X for …") as reporting.
        let text = "The minister repeated earlier calls by Jane Doe for a pause in the reform.\n"
        let article = try Article(id: "km", text: text)
        let start = Array(text.utf8).firstRange(of: Array("a pause".utf8))!.lowerBound
        var claim = Claim(source: SourceSpan(article: "km", bytes: article.bytes, start: start, end: start + "a pause in the reform".utf8.count),
                          kind: .indirect, text: "a pause in the reform", cue: "calls by",
                          speaker: Speaker(name: "Jane Doe", mention: "Jane Doe", type: .person), status: .reviewed)
        func verdict(_ claim: Claim) throws -> Verdict {
            let reading = CorpusReading(articles: [article], extracted: [Self.extractor.claims(in: article)], ledger: [claim])
            return try #require(LedgerChecker(reading: reading).verdicts(for: [claim], crossSource: Self.unassessed).first)
        }
        #expect(try verdict(claim).kind == .notFound)
        claim.knownMiss = "a nominal cue is not recognised as reporting"
        let judged = try verdict(claim)
        #expect(judged.kind == .verified)
        #expect(judged.basis == .review)
        // The review vouches for the passage, not for other speakers or words.
        var other = claim
        other.speaker = Speaker(name: "John Smith", mention: "John Smith", type: .person)
        other.knownMiss = nil
        other.id = "km@other"
        let reading = CorpusReading(articles: [article], extracted: [Self.extractor.claims(in: article)], ledger: [claim, other])
        #expect(LedgerChecker(reading: reading).verdicts(for: [other], crossSource: Self.unassessed).first?.kind == .misattributed)
    }
}

@Suite("Checking the repository's ledger", .tags(.corpus))
struct CorpusCheckTests {
    static let verdicts: [Verdict] = {
        let extractor = Extractor()
        let articles = CorpusFile.all.compactMap { try? $0.article() }
        let ledger = (try? ClaimStore(directory: CorpusFile.root.appending(path: "Claims")).allClaims()) ?? []
        let reading = CorpusReading(articles: articles, extracted: articles.map(extractor.claims), ledger: ledger)
        return LedgerChecker(reading: reading).verdicts(for: ledger, crossSource: UnassessedCrossSource(reason: "test"))
    }()

    @Test("Every reviewed claim is verified against its own article; known misses by their review")
    func fixtures() {
        #expect(Self.verdicts.count > 90)
        for verdict in Self.verdicts {
            #expect(verdict.kind == .verified, "\(verdict.claim.id): \(verdict.kind) \(verdict.notes)")
            #expect(verdict.passage?.article == verdict.claim.article)
            #expect(verdict.basis == (verdict.claim.knownMiss == nil ? .extraction : .review), "\(verdict.claim.id)")
        }
        #expect(Self.verdicts.contains { $0.basis == .review })
    }

    @Test("With the analysis: the quote AFP and the WSJ both carry is corroborated; nothing is contradicted")
    func corroborated() throws {
        let ledger = try ClaimStore(directory: CorpusFile.root.appending(path: "Claims")).allClaims()
        let articles = CorpusFile.all.compactMap { try? $0.article() }
        let verdicts = AnalysisVerdictTests.verdicts(ledger, articles: articles)
        let unsupported = verdicts.filter { !$0.kind.isSupported }.map(\.claim.id)
        #expect(unsupported.isEmpty, "\(unsupported)")
        let quote = try #require(verdicts.first { $0.claim.id == "000_049134086145d676@1284-1440" })
        #expect(quote.kind == .corroborated)
        #expect(quote.crossSource.origins?.map(\.name) == ["AFP", "WSJ"])
    }

    @Test("A fixture changed by hand gets the verdict of its change")
    func altered() throws {
        let ledger = try ClaimStore(directory: CorpusFile.root.appending(path: "Claims")).claims(for: "000_049134086145d676")
        let original = try #require(ledger.first { $0.text.hasPrefix("We are not in a position right now") })
        let articles = CorpusFile.all.compactMap { try? $0.article() }
        let extractor = Extractor()
        let reading = CorpusReading(articles: articles, extracted: articles.map(extractor.claims), ledger: ledger)
        let checker = LedgerChecker(reading: reading)
        var wrongDay = original
        wrongDay.when = ClaimTime(date: CalendarDate(iso: "2017-02-14"))
        var wrongSpeaker = original
        wrongSpeaker.speaker = Speaker(name: "Sergei Shoigu", mention: "Shoigu", type: .person)
        var unsourced = original
        unsourced.source = nil
        unsourced.text = "We are not in a position right now to collaborate on a military level"
        unsourced.speaker = Speaker(name: "Jim Mattis", mention: "Jim Mattis", type: .person)
        var wrongPlace = original
        wrongPlace.where = ClaimPlace(place: "Moscow")
        var wrongWords = original
        wrongWords.source = nil
        wrongWords.unanchoredArticle = original.article
        wrongWords.text = "We are now in a position to collaborate on a military level"
        var invented = unsourced
        invented.text = "Russia will be invited to rejoin the alliance next spring"
        let verdicts = checker.verdicts(for: [wrongDay, wrongSpeaker, unsourced, wrongPlace, wrongWords, invented],
                                        crossSource: UnassessedCrossSource(reason: "test"))
        #expect(verdicts.map(\.kind) == [.dateMismatch, .misattributed, .verified, .placeMismatch, .misquoted, .notFound])
        #expect(Set(verdicts[2].reports.compactMap(\.article)).count == 3)
        #expect(verdicts[4].diff?.inline.contains("[-not-] {+now+}") == true)
    }

    @Test("A figure changed in a report of the corpus: the analysis finds the contradiction")
    func contradictedOnCorpus() throws {
        let ledger = try ClaimStore(directory: CorpusFile.root.appending(path: "Claims")).allClaims()
        let report = try #require(ledger.first { $0.text.contains("killed more than 80 people") })
        var claim = report
        claim.source = nil
        claim.text = report.text.replacingOccurrences(of: "more than 80", with: "70")
        let articles = CorpusFile.all.compactMap { try? $0.article() }
        let verdict = try #require(AnalysisVerdictTests.verdicts(ledger + [claim], articles: articles).last)
        #expect(verdict.claim.text == claim.text)
        #expect(verdict.problems.contains(.contradicted), "\(verdict.kind) \(verdict.notes)")
        #expect(verdict.crossSource.contradictions?.first?.report.id == report.id)
        #expect(verdict.diff?.inline.contains("[-more than 80-] {+70+}") == true)
    }
}

@Suite("Corroboration and contradiction from the analysis")
struct AnalysisVerdictTests {
    /// A third report, from another agency, that gives the minister the opposite words.
    static let contrary = """
        date 2021-03-07

        BERLIN (DPA) - The finance minister, Jane Doe, told parliament on Thursday that the reform would not go ahead as planned.

        """

    static func verdicts(_ ledger: [Claim], articles: [Article]) -> [Verdict] {
        let extractor = Extractor()
        let reading = CorpusReading(articles: articles, extracted: articles.map(extractor.claims), ledger: ledger)
        let analyzer = CrossSourceAnalyzer(givenNames: GivenNames(), places: Gazetteer())
        return LedgerChecker(reading: reading).verdicts(for: ledger, crossSource: AnalysisEvidence(analyzer: analyzer, reading: reading))
    }

    @Test("Two agencies carry the words: corroborated, with both origins")
    func corroborated() throws {
        let claim = try CheckTests.claim("We will not delay the reform by a single day")
        let verdict = try #require(Self.verdicts([claim], articles: try LedgerArticles.articles()).first)
        #expect(verdict.kind == .corroborated)
        #expect(verdict.crossSource.origins?.map(\.reports) == [["am"], ["br"]])
    }

    @Test("One agency only: verified, one origin")
    func oneOrigin() throws {
        let claim = try CheckTests.claim("The country cannot wait")
        let verdict = try #require(Self.verdicts([claim], articles: try LedgerArticles.articles()).first)
        #expect(verdict.kind == .verified)
        #expect(verdict.crossSource.origins?.count == 1)
    }

    @Test("A report that says the opposite: contradicted, and the report is shown")
    func contradicted() throws {
        let articles = try LedgerArticles.articles() + [try Article(id: "de", text: Self.contrary)]
        let claim = try CheckTests.claim("the reform would go ahead as planned")
        let verdict = try #require(Self.verdicts([claim], articles: articles).first)
        #expect(verdict.kind == .contradicted)
        let contradiction = try #require(verdict.crossSource.contradictions?.first)
        #expect(contradiction.report.article == "de")
        #expect(contradiction.words.contains("not"))
        // Its own article's report does not count against it, nor does the supporting copy.
        #expect(verdict.crossSource.contradictions?.allSatisfy { $0.report.article == "de" } == true)
    }
}
