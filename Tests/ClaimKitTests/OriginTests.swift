import ClaimKit
import Testing

@Suite("Independent origins")
struct OriginTests {
    static let wire = """
    GENEVA (AFP) - The United Nations warned on Tuesday that the harvest in the north would be the worst in a decade, \
    leaving millions of people short of food before the winter.

    "We are facing a catastrophe that the world can still prevent, but only if donors act now," the agency's \
    director Maria Lindqvist told reporters in Geneva.

    Rainfall across the region has been less than half the seasonal average for a third year running, \
    according to figures released by the weather service.

    Aid groups said roads into the worst-hit districts had been cut by flooding in the spring and were only now reopening.

    The appeal for emergency funding is the largest the agency has made for the region since it opened its office there.

    Donor countries are due to meet in Brussels next month to discuss the appeal, diplomats said.
    """

    /// The wire story reprinted by a site that adds an introduction and drops the last two paragraphs.
    static let reprint = """
    World news roundup for our readers in the valley and beyond, updated every morning with the latest reports.

    The United Nations warned on Tuesday that the harvest in the north would be the worst in a decade, \
    leaving millions of people short of food before the winter.

    “We are facing a catastrophe that the world can still prevent, but only if donors act now,” the agency’s \
    director Maria Lindqvist told reporters in Geneva.

    Rainfall across the region has been less than half the seasonal average for a third year running, \
    according to figures released by the weather service.

    Aid groups said roads into the worst-hit districts had been cut by flooding in the spring and were only now reopening.
    """

    /// A different story that relays the quote from another outlet.
    static let relay = """
    Food prices in the capital rose again this week as traders braced for a poor harvest, with bread up by a fifth \
    since the start of the year and queues forming outside bakeries before dawn.

    Speaking to the Evening Courier, UN director Maria Lindqvist said: "We are facing a catastrophe that the world can \
    still prevent." She did not say how much money the agency would ask for.

    Farmers in the south said they had planted less this year because seed and fertiliser cost too much.
    """

    static let quote = "We are facing a catastrophe that the world can still prevent, but only if donors act now"

    @Test("A reprint that adds and cuts paragraphs is one origin with the wire story")
    func reprintIsOneOrigin() {
        let articles = [Make.article("wire", Self.wire), Make.article("reprint", Self.reprint), Make.article("relay", Self.relay)]
        let (origins, cluster) = OriginResolver().origins(of: articles)
        #expect(cluster[0] == cluster[1])
        #expect(cluster[0] != cluster[2])
        #expect(origins[0] == Origin(name: "AFP", basis: .agency))
        #expect(origins[1] == Origin(name: "AFP", basis: .agency))
        #expect(origins[2] == Origin(name: "relay", basis: .article))
    }

    @Test("A statement carried by a wire story, its reprint and a relay has two origins")
    func statementOrigins() throws {
        let wire = Make.article("wire", Self.wire), reprint = Make.article("reprint", Self.reprint)
        let relay = Make.article("relay", Self.relay)
        let claims = [
            Make.claim(in: wire, "Maria Lindqvist", Self.quote),
            Make.claim(in: reprint, "Maria Lindqvist", Self.quote),
            Make.claim(in: relay, "Maria Lindqvist", "We are facing a catastrophe that the world can still prevent."),
        ]
        let report = Make.analysis(claims, articles: [wire, reprint, relay])
        let group = try #require(report.group(of: 0))
        #expect(group.reports == ["relay", "reprint", "wire"])
        #expect(group.origins.map(\.origin) == [Origin(name: "AFP", basis: .agency), Origin(name: "Evening Courier", basis: .attribution)])
        #expect(group.origins.map(\.reports) == [["reprint", "wire"], ["relay"]])
        #expect(report.findings.isEmpty)
    }

    @Test("An article that credits an outlet once does not add its own origin for a second report")
    func creditedOnce() throws {
        let article = Make.article("blog", """
        Quoted by the Evening Courier, Maria Lindqvist said that "the harvest will be the worst in a decade".

        Later in the day the director repeated that the harvest will be the worst in a decade, and asked donors for help.
        """)
        let claims = [Make.claim(in: article, "Maria Lindqvist", "the harvest will be the worst in a decade"),
                      Make.claim(in: article, "Maria Lindqvist", "the harvest will be the worst in a decade, and asked donors for help",
                                 kind: .indirect)]
        let report = Make.analysis(claims, articles: [article])
        let group = try #require(report.group(of: 0))
        #expect(group.claims == [0, 1])
        #expect(group.origins.map(\.origin) == [Origin(name: "Evening Courier", basis: .attribution)])
    }

    @Test("Stories with the same agency credit and dateline are one origin")
    func sameDispatch() {
        let a = Make.article("a", "LIMA (Reuters) - The central bank raised interest rates by half a point on Thursday to curb inflation.\n")
        let b = Make.article("b", "LIMA (Reuters) - Protesters blocked the main highway to the port for a second day on Thursday.\n")
        let c = Make.article("c", "QUITO (Reuters) - The central bank raised interest rates by half a point on Thursday to curb inflation.\n")
        let (_, cluster) = OriginResolver().origins(of: [a, b, c])
        // Without a date the dateline does not join them; with one it does.
        #expect(cluster[0] != cluster[1])
        let dated = [a, b].map { Make.article($0.id, "date 2024-05-02\n" + $0.text) }
        let (_, datedCluster) = OriginResolver().origins(of: dated)
        #expect(datedCluster[0] == datedCluster[1])
    }

    struct Chain: Sendable, CustomTestStringConvertible {
        var sentence: String
        var quote: String
        var outlet: String?
        var testDescription: String { sentence }
    }

    static let chains: [Chain] = [
        Chain(sentence: "Quoted by the WSJ, Smith said that “taxes will not rise this year” and left.", quote: "taxes will not rise this year", outlet: "WSJ"),
        Chain(sentence: "Smith told Reuters that taxes would not rise this year.", quote: "taxes would not rise this year", outlet: "Reuters"),
        Chain(sentence: "Taxes will not rise this year, according to the Wall Street Journal.", quote: "Taxes will not rise this year", outlet: "WSJ"),
        Chain(sentence: "As the WSJ further adds, \"taxes will not rise this year.\"", quote: "taxes will not rise this year.", outlet: "WSJ"),
        Chain(sentence: "\"Taxes will not rise this year,\" Smith told the BBC on Monday.", quote: "Taxes will not rise this year", outlet: "BBC"),
        Chain(sentence: "In an interview with the Financial Times, Smith said taxes would not rise.", quote: "taxes would not rise", outlet: "Financial Times"),
        Chain(sentence: "Smith told the Guardian that taxes would not rise this year.", quote: "taxes would not rise this year", outlet: "Guardian"),
        Chain(sentence: "Taxes will not rise, Smith told Sky News.", quote: "Taxes will not rise", outlet: "Sky News"),
        Chain(sentence: "The Evening Post reported that Smith said taxes would not rise.", quote: "taxes would not rise", outlet: "Evening Post"),
        Chain(sentence: "Smith was quoted by Kommersant as saying that taxes would not rise.", quote: "taxes would not rise", outlet: "Kommersant"),
        Chain(sentence: "Smith told Radio Liberty on Tuesday that taxes would not rise.", quote: "taxes would not rise", outlet: "Radio Liberty"),
        // Near misses: no outlet named.
        Chain(sentence: "\"Taxes will not rise this year,\" Smith told reporters in the capital.", quote: "Taxes will not rise this year", outlet: nil),
        Chain(sentence: "Smith told US NATO allies they will have to pay more.", quote: "they will have to pay more", outlet: nil),
        Chain(sentence: "Flights were cut by half, according to U.S. officials.", quote: "Flights were cut by half", outlet: nil),
        Chain(sentence: "Taxes will not rise, according to John Smith.", quote: "Taxes will not rise", outlet: nil),
        Chain(sentence: "Smith said: \"As the New York Times reported, taxes will not rise.\"", quote: "As the New York Times reported, taxes will not rise.", outlet: nil),
        Chain(sentence: "The Guardian Council said the vote was valid.", quote: "the vote was valid", outlet: nil),
        Chain(sentence: "Smith told Reuters he would run. Jones said taxes would not rise.", quote: "taxes would not rise", outlet: nil),
    ]

    @Test("An attribution chain in the claim's sentence names its origin", arguments: chains)
    func attributionChain(_ c: Chain) {
        let article = Make.article("x", "Intro paragraph about the budget debate in parliament this week.\n\n" + c.sentence + "\n")
        let claim = Make.claim(in: article, "John Smith", c.quote)
        let origin = OriginResolver().origin(of: claim, in: article, articleOrigin: Origin(name: "x", basis: .article))
        if let outlet = c.outlet {
            #expect(origin == Origin(name: outlet, basis: .attribution))
        } else {
            #expect(origin == Origin(name: "x", basis: .article))
        }
    }

    @Test("An outlet that speaks is the origin of what it says")
    func outletSpeaks() {
        let claim = Make.claim("x", "the Wall Street Journal", "the plan had stalled", kind: .indirect, type: .organisation)
        #expect(OriginResolver().origin(of: claim, in: nil, articleOrigin: Origin(name: "x", basis: .article))
                == Origin(name: "WSJ", basis: .attribution))
    }

    @Test("A sidecar's outlet names an article without agency credit")
    func sidecarOutlet() throws {
        let article = try Article(id: "s", bytes: Array("The council approved the new budget on Monday after a long debate.\n".utf8),
                                  sidecar: ArticleSidecar(outlet: "The Washington Post"))
        let (origins, _) = OriginResolver().origins(of: [article])
        #expect(origins == [Origin(name: "Washington Post", basis: .outlet)])
    }
}
