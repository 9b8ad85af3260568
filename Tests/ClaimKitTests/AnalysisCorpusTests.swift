import ClaimKit
import Foundation
import Testing

/// The cross-source analysis of the reviewed ledger (`Claims/`) over the corpus, pinned.
@Suite("Cross-source analysis of the corpus", .tags(.corpus))
struct AnalysisCorpusTests {
    static let ledger: (claims: [Claim], articles: [Article]) = {
        let store = ClaimStore(directory: CorpusFile.root.appending(path: "Claims"))
        let claims = ((try? store.allClaims()) ?? []).sorted(by: Claim.spanOrder)
        let articles = CorpusFile.all.compactMap { try? $0.article() }
        return (claims, articles)
    }()

    static let report = CrossSourceAnalyzer(givenNames: GivenNames(), places: Gazetteer())
        .analyze(ledger.claims, articles: ledger.articles)

    static func id(_ index: Int) -> String { report.claims[index].id }

    static func entity(of id: String) -> Int? {
        report.claims.firstIndex { $0.id == id }.map { report.speakerOfClaim[$0] }
    }

    @Test("The ledger and corpus load")
    func loads() {
        #expect(Self.ledger.claims.count == 96)
        #expect(Self.ledger.articles.count == 5)
    }

    @Test("The quote 'We are not in a position…' has three reports from two independent origins")
    func mattisQuote() throws {
        let group = try #require(Self.report.groups.first)
        #expect(group.speakerName == "James Mattis")
        #expect(group.text == "We are not in a position right now to collaborate on a military level, but our political "
                + "leaders will engage and try to find common ground or a way forward")
        #expect(group.claims.map(Self.id) == ["000_049134086145d676@1284-1440", "001_781311e2ae5815fa@292-448",
                                              "002_3830873d4cd38af4@580-649"])
        #expect(group.reports == ["000_049134086145d676", "001_781311e2ae5815fa", "002_3830873d4cd38af4"])
        #expect(group.origins.map(\.origin) == [Origin(name: "AFP", basis: .agency), Origin(name: "WSJ", basis: .attribution)])
        #expect(group.origins.map(\.reports) == [["000_049134086145d676", "001_781311e2ae5815fa"], ["002_3830873d4cd38af4"]])
        #expect(group.versions == 2)
        #expect(group.earliest == CalendarDate(iso: "2017-02-16"))
        #expect(group.places == ["Brussels"])
    }

    @Test("Twelve more statements are carried by the AFP story and its copy, one origin each")
    func afpCopies() {
        let shared = Self.report.groups.filter { $0.reports.count > 1 }
        #expect(shared.count == 13)
        for group in shared.dropFirst() {
            #expect(group.reports == ["000_049134086145d676", "001_781311e2ae5815fa"], "\(group.text)")
            #expect(group.origins.map(\.origin) == [Origin(name: "AFP", basis: .agency)], "\(group.text)")
        }
        #expect(Set(shared.dropFirst().map(\.speakerName)) == ["James Mattis", "Sergei Shoigu", "Vladimir Putin",
                                                                "Donald Trump", "US intelligence agencies"])
        #expect(Self.report.groups.count == 81)
    }

    @Test("One speaker across articles: nicknames, bare surnames, organisations")
    func speakers() {
        #expect(Self.entity(of: "000_049134086145d676@1284-1440") == Self.entity(of: "002_3830873d4cd38af4@580-649"))  // James ~ Jim Mattis
        #expect(Self.entity(of: "000_049134086145d676@1671-1772") == Self.entity(of: "002_3830873d4cd38af4@1177-1309")) // Putin
        #expect(Self.entity(of: "000_049134086145d676@1562-1630") == Self.entity(of: "002_3830873d4cd38af4@964-1056"))  // Shoigu
        #expect(Self.entity(of: "000_049134086145d676@4562-4700") == Self.entity(of: "000_049134086145d676@4703-4844"))
        #expect(Self.entity(of: "000_049134086145d676@1284-1440") != Self.entity(of: "000_049134086145d676@1562-1630"))
    }

    @Test("Attribution chains name the origin of single statements")
    func chains() {
        func origin(_ id: String) -> Origin? {
            Self.report.claims.firstIndex { $0.id == id }.flatMap { Self.report.originOfClaim[$0] }
        }
        #expect(origin("002_3830873d4cd38af4@670-849") == Origin(name: "WSJ", basis: .attribution))   // Quoted by the WSJ
        #expect(origin("002_3830873d4cd38af4@964-1056") == Origin(name: "002_3830873d4cd38af4", basis: .article))
        #expect(origin("004_d5e9c8767be263e8@1258-1306") == Origin(name: "WSJ", basis: .attribution)) // telling the WSJ
        #expect(origin("003_ecb2d4459bfc059e@1055-1340") == Origin(name: "Reuters", basis: .agency))
        #expect(origin("003_ecb2d4459bfc059e@2274-2442") == Origin(name: "Reuters", basis: .attribution)) // Reuters has reported
        #expect(origin("004_d5e9c8767be263e8@554-599") == Origin(name: "004_d5e9c8767be263e8", basis: .article))
    }

    @Test("The AFP page and its copy are one origin; the other pages are their own")
    func articleOrigins() {
        let (origins, cluster) = OriginResolver().origins(of: Self.ledger.articles)
        #expect(cluster[0] == cluster[1])
        #expect(Set(cluster).count == 4)
        #expect(origins.map(\.name) == ["AFP", "AFP", "002_3830873d4cd38af4", "Reuters", "004_d5e9c8767be263e8"])
    }

    @Test("No contradictions; two disputes with the Pentagon chief's 'not yet ready to cooperate'")
    func findings() {
        #expect(Self.report.contradictions.isEmpty, "\(Self.report.contradictions.map(\.reason))")
        let disputes = Self.report.disputes.map { [Self.id($0.first.claim), Self.id($0.second.claim)] }
        #expect(disputes == [["000_049134086145d676@1112-1182", "000_049134086145d676@1562-1630"],
                             ["000_049134086145d676@1112-1182", "000_049134086145d676@1970-2065"]])
        #expect(Self.report.disputes.first?.reason
                == "James Mattis and Sergei Shoigu disagree: “not yet ready to cooperate” / “was potentially \"ready to restore”")
    }
}
