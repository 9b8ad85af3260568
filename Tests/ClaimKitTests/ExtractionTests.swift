import ClaimKit
import Foundation
import Testing

/// The extractor on sentences written for the test, American and British style.
@Suite("Extraction mechanisms")
struct ExtractionTests {
    static let extractor = Extractor()

    /// What one claim should look like; `nil` fields are not checked.
    struct Expect: Sendable {
        var speaker: String
        var kind: ClaimKind
        var text: String
        var date: String? = nil
        var place: String? = nil
        var cue: String? = nil
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var article: String
        var claims: [Expect]
        var testDescription: String { name }
    }

    static func extract(_ text: String) throws -> [Claim] {
        extractor.claims(in: try Article(id: "t", text: text))
    }

    static let cases: [Case] = [
        Case(name: "quote, then attribution", article: "\"We will win this election,\" Smith said. He spoke for an hour.\n",
             claims: [Expect(speaker: "Smith", kind: .direct, text: "We will win this election")]),
        Case(name: "inverted attribution with a title",
             article: "Jane Doe was elected in May.\n\n\"It's over,\" said Ms. Doe, speaking to supporters in Ohio.\n",
             claims: [Expect(speaker: "Jane Doe", kind: .direct, text: "It's over", place: "Ohio")]),
        Case(name: "attribution before, with a colon",
             article: "Finance Minister Maria Lopez said: \"The budget is balanced and the deficit is falling.\"\n",
             claims: [Expect(speaker: "Maria Lopez", kind: .direct, text: "The budget is balanced and the deficit is falling.")]),
        Case(name: "a quote split by its attribution",
             article: "\u{201C}The plan,\u{201D} she said, \u{201C}is sound and it will pass.\u{201D}\n\nMary Brown, the council leader, did not say more.\n",
             claims: [Expect(speaker: "she", kind: .direct, text: "The plan"),
                      Expect(speaker: "she", kind: .direct, text: "is sound and it will pass.")]),
        Case(name: "British single quotes and apostrophes",
             article: "The Prime Minister, David Clarke, told MPs: \u{2018}We aren\u{2019}t going anywhere, and the country\u{2019}s future is bright.\u{2019}\n",
             claims: [Expect(speaker: "David Clarke", kind: .direct, text: "We aren\u{2019}t going anywhere, and the country\u{2019}s future is bright.")]),
        Case(name: "a mixed quote in British style",
             article: "The chancellor, Rachel Green, said the economy was \u{2018}rock solid\u{2019} despite the figures.\n",
             claims: [Expect(speaker: "Rachel Green", kind: .mixed, text: "the economy was \u{2018}rock solid\u{2019}")]),
        Case(name: "apostrophes are not quotes",
             article: "Russia's foreign ministry said the '90s were over and that the countries' ties didn't matter.\n",
             claims: [Expect(speaker: "Russia's foreign ministry", kind: .indirect,
                             text: "the '90s were over and that the countries' ties didn't matter")]),
        Case(name: "a quote over two paragraphs",
             article: "Governor Tom Reed spoke after the vote.\n\n\"This is the first thing I want to say about it.\n\n\"And this is the second thing,\" he added.\n",
             claims: [Expect(speaker: "Tom Reed", kind: .direct,
                             text: "This is the first thing I want to say about it. And this is the second thing")]),
        Case(name: "according to, after the clause",
             article: "Forty people were killed in the blast, according to local officials.\n",
             claims: [Expect(speaker: "local officials", kind: .indirect, text: "Forty people were killed in the blast", cue: "according to")]),
        Case(name: "according to, before the clause",
             article: "According to the health ministry, the outbreak has peaked in the north.\n",
             claims: [Expect(speaker: "health ministry", kind: .indirect, text: "the outbreak has peaked in the north")]),
        Case(name: "a participle takes the main clause's subject",
             article: "Senator Paul Adams criticised the bill on Monday, saying it would cost far too much.\n",
             claims: [Expect(speaker: "Paul Adams", kind: .indirect, text: "it would cost far too much", cue: "saying")]),
        Case(name: "a pronoun resolves to the latest person",
             article: "Mayor John Smith arrived late to the meeting.\n\nHe said the city budget was balanced for the first time in years.\n",
             claims: [Expect(speaker: "John Smith", kind: .indirect, text: "the city budget was balanced for the first time in years")]),
        Case(name: "a pronoun with no person stays the pronoun",
             article: "\"We will not back down,\" he said.\n",
             claims: [Expect(speaker: "he", kind: .direct, text: "We will not back down")]),
        Case(name: "a weekday resolves against the header date",
             article: "date 2020-03-05 Talks\n\nThe minister, Ana Ruiz, said on Tuesday that the talks would resume next month.\n",
             claims: [Expect(speaker: "Ana Ruiz", kind: .indirect, text: "the talks would resume next month", date: "2020-03-03")]),
        Case(name: "yesterday, British style",
             article: "date 2021-06-10 Strike\n\nUnion leaders said yesterday that the strike would go ahead.\n",
             claims: [Expect(speaker: "Union leaders", kind: .indirect, text: "the strike would go ahead", date: "2021-06-09")]),
        Case(name: "no governing date: the weekday gives no day",
             article: "The minister, Ana Ruiz, said on Tuesday that the talks would resume.\n",
             claims: [Expect(speaker: "Ana Ruiz", kind: .indirect, text: "the talks would resume", date: nil)]),
        Case(name: "a place next to the cue",
             article: "Secretary of State Linda Hart told reporters in Paris that the deal was done.\n",
             claims: [Expect(speaker: "Linda Hart", kind: .indirect, text: "the deal was done", place: "Paris")]),
        Case(name: "a statement in the dateline city",
             article: "PARIS (AFP) - The interior ministry said in a statement that the protests would be allowed.\n",
             claims: [Expect(speaker: "interior ministry", kind: .indirect, text: "the protests would be allowed", place: "Paris",
                             cue: "said in a statement")]),
        Case(name: "an anonymous official keeps the description",
             article: "A senior official, speaking on condition of anonymity, said the talks had stalled.\n",
             claims: [Expect(speaker: "senior official", kind: .indirect, text: "the talks had stalled")]),
        Case(name: "a group speaks",
             article: "Officials said the bridge would reopen next week after repairs.\n",
             claims: [Expect(speaker: "Officials", kind: .indirect, text: "the bridge would reopen next week after repairs")]),
        Case(name: "the clause before the attribution",
             article: "The economy will grow by 2 percent this year, central bank governor Luis Mora said on Friday.\n",
             claims: [Expect(speaker: "Luis Mora", kind: .indirect, text: "The economy will grow by 2 percent this year")]),
        Case(name: "a quote continued in its own paragraph",
             article: "\"The talks went well,\" said Anna Berg, the negotiator.\n\n\"We expect a deal within weeks.\"\n",
             claims: [Expect(speaker: "Anna Berg", kind: .direct, text: "The talks went well"),
                      Expect(speaker: "Anna Berg", kind: .direct, text: "We expect a deal within weeks.")]),
        Case(name: "quoted as saying",
             article: "date 2023-05-12 Storm\n\nLONDON (Reuters) - Britain's environment minister was quoted as saying on Thursday that flood defences had \"worked as designed\".\n",
             claims: [Expect(speaker: "Britain's environment minister", kind: .mixed, text: "flood defences had \"worked as designed\"", date: "2023-05-11")]),
        Case(name: "a spokesman for an organisation",
             article: "\"We're ready for the next one,\" a spokesman for the Environment Agency said.\n",
             claims: [Expect(speaker: "spokesman for the Environment Agency", kind: .direct, text: "We're ready for the next one")]),
        Case(name: "a medium in the cue",
             article: "The company said in a filing that losses could exceed 200 million pounds.\n",
             claims: [Expect(speaker: "company", kind: .indirect, text: "losses could exceed 200 million pounds", cue: "said in a filing")]),
        Case(name: "a place that describes the speaker is not where she spoke",
             article: "\"This is the worst storm in a century,\" said Maria Costa, who runs a cafe in Brighton.\n",
             claims: [Expect(speaker: "Maria Costa", kind: .direct, text: "This is the worst storm in a century", place: nil)]),
        Case(name: "a date the statement is about is not when it was made",
             article: "date 2023-05-12 Storm\n\nThe Met Office issued a warning for Friday, adding that winds could reach 90 mph.\n",
             claims: [Expect(speaker: "Met Office", kind: .indirect, text: "winds could reach 90 mph", date: nil)]),
        Case(name: "a question asked, then more words",
             article: "\"Why did nobody warn us?\" asked one resident, Peter Shaw. \"We lost everything.\"\n",
             claims: [Expect(speaker: "Peter Shaw", kind: .direct, text: "Why did nobody warn us?"),
                      Expect(speaker: "Peter Shaw", kind: .direct, text: "We lost everything.")]),
        Case(name: "she and he after two people",
             article: "Opposition leader Sarah Jones and Prime Minister Tom Hardy spoke.\n\nJones and Hardy clashed in parliament. She accused him of \"complacency\", while he said her party had cut the budget.\n",
             claims: [Expect(speaker: "Sarah Jones", kind: .mixed, text: "him of \"complacency\""),
                      Expect(speaker: "Tom Hardy", kind: .indirect, text: "her party had cut the budget")]),
        Case(name: "an occupation before a name, and an addressee",
             article: "\"We are at the end of our rope,\" farmer Jean Martin told Reuters by telephone.\n",
             claims: [Expect(speaker: "Jean Martin", kind: .direct, text: "We are at the end of our rope", cue: "told Reuters")]),
        Case(name: "an introductory phrase says where",
             article: "Speaking to reporters in Lyon, Agriculture Minister Marc Fesneau said the government would listen to every demand.\n",
             claims: [Expect(speaker: "Marc Fesneau", kind: .indirect, text: "the government would listen to every demand", place: "Lyon")]),
        Case(name: "He said: closing the paragraph before the quote",
             article: "Paul Durand said he had lost money for three years in a row. He said:\n\n\"Nobody in the capital understands what we go through.\"\n",
             claims: [Expect(speaker: "Paul Durand", kind: .indirect, text: "he had lost money for three years in a row"),
                      Expect(speaker: "Paul Durand", kind: .direct, text: "Nobody in the capital understands what we go through.")]),
        Case(name: "according to a document from an organisation",
             article: "According to a statement from the ministry, 40 roads were blocked by midday.\n",
             claims: [Expect(speaker: "ministry", kind: .indirect, text: "40 roads were blocked by midday")]),
        Case(name: "a relative clause reports",
             article: "The minister, who said last year that taxes would not rise, raised them in April.\n",
             claims: [Expect(speaker: "minister", kind: .indirect, text: "taxes would not rise")]),
        Case(name: "a company named in apposition",
             article: "The company, Voltaris Energy, said in a statement that it had hired 1,200 workers.\n",
             claims: [Expect(speaker: "Voltaris Energy", kind: .indirect, text: "it had hired 1,200 workers")]),
        Case(name: "a multi-paragraph quote with honorifics, New York Times style",
             article: "Mayor Daniel Okafor spoke at the plant.\n\n\"For forty years we watched the jobs leave,\" Mr. Okafor said in an interview. \"People stopped believing.\n\n\"Now my daughter works on the line.\"\n",
             claims: [Expect(speaker: "Daniel Okafor", kind: .direct, text: "For forty years we watched the jobs leave"),
                      Expect(speaker: "Daniel Okafor", kind: .direct, text: "People stopped believing. Now my daughter works on the line.")]),
        Case(name: "a nested quote",
             article: "\"He told me 'no way' and left,\" said Lucy Hall.\n",
             claims: [Expect(speaker: "Lucy Hall", kind: .direct, text: "He told me 'no way' and left")]),
    ]

    @Test("Claims found", arguments: cases)
    func found(_ c: Case) throws {
        let claims = try Self.extract(c.article)
        #expect(claims.count == c.claims.count, "\(claims.map { "\($0.speaker.name): \($0.text)" })")
        for (claim, expected) in zip(claims, c.claims) {
            #expect(claim.speaker.name == expected.speaker)
            #expect(claim.kind == expected.kind)
            #expect(claim.text == expected.text)
            #expect(claim.when.date?.description == expected.date)
            #expect(claim.where.place == expected.place)
            if let cue = expected.cue { #expect(claim.cue == cue) }
        }
    }

    static let notClaims: [Case] = [
        Case(name: "scare quotes", article: "The so-called \"peace plan\" was unveiled on Monday by the new cabinet.\n", claims: []),
        Case(name: "a title of a work", article: "She starred in \"Uncle Vanya\" on Broadway last year to great reviews.\n", claims: []),
        Case(name: "a nickname", article: "Michael \"The Hammer\" Jones won the fight in the third round last night.\n", claims: []),
        Case(name: "a section heading", article: "The deal was signed in the morning by both leaders.\n\n- 'Rock solid' support -\n\nThe deal was then published.\n", claims: []),
        Case(name: "said as an ordinary word", article: "The said property was sold in 2019 for a large sum of money.\n", claims: []),
        Case(name: "a noted fact", article: "The museum is noted for its collection of early maps and globes.\n", claims: []),
        Case(name: "added as arithmetic", article: "The economy added 250,000 jobs in March, beating forecasts for the third month.\n", claims: []),
        Case(name: "claims as a noun", article: "Insurance claims rose sharply after the floods, and several reports described chaos.\n", claims: []),
        Case(name: "announced a product", article: "The company announced a new electric car and stressed the importance of battery safety.\n", claims: []),
        Case(name: "told a story", article: "She told a long story about her childhood in Ohio before the concert began.\n", claims: []),
        Case(name: "so-called", article: "Analysts have noted the rise of so-called \"zombie companies\" in recent years.\n", claims: []),
        Case(name: "warned without words", article: "He warned the driver with a flash of his headlights and drove away.\n", claims: []),
        Case(name: "added an object", article: "Critics praised the book, and the author added a chapter for the paperback edition.\n", claims: []),
    ]

    @Test("Not claims", arguments: notClaims)
    func nothingFound(_ c: Case) throws {
        let claims = try Self.extract(c.article)
        #expect(claims.isEmpty, "\(claims.map { "\($0.speaker.name): \($0.text)" })")
    }

    @Test("Offsets are UTF-8 byte offsets and ids are stable")
    func offsets() throws {
        let text = "Caf\u{E9} owner Ren\u{E9}e Blanc said: \u{201C}We\u{2019}re open.\u{201D}\n"
        let article = try Article(id: "t", text: text)
        let first = Self.extractor.claims(in: article)
        let second = Self.extractor.claims(in: article)
        #expect(first == second)
        let claim = try #require(first.first)
        let source = try #require(claim.source)
        #expect(String(decoding: Array(text.utf8)[source.start..<source.end], as: UTF8.self) == "We\u{2019}re open.")
        #expect(claim.id == "t@\(source.start)-\(source.end)")
    }

    @Test("Claims never come from dropped boilerplate")
    func boilerplate() throws {
        let text = "The mayor, Jo King, said the road would open in May.\n\nYou may also like:\n\n\"Great read,\" said Tim Fox.\n"
        let claims = try Self.extract(text)
        #expect(claims.map(\.speaker.name) == ["Jo King"])
    }
}

/// Time expressions resolved against a governing date.
@Suite("Dates of statements")
struct TimeResolutionTests {
    @Test("Expressions", arguments: [
        ("said Thursday", "2017-02-16"), ("said on Wednesday", "2017-02-15"), ("said yesterday", "2017-02-15"),
        ("said on Feb. 10", "2017-02-10"), ("said on 4 February", "2017-02-04"), ("said on Dec. 30", "2016-12-30"),
        ("said earlier", "null"), ("said last week", "2017-02-06"),
    ])
    func expression(_ phrase: String, _ expected: String) throws {
        let text = "date 2017-02-16 Headline\n\nThe spokesman, Tom Eddy, \(phrase) that the plan had worked well.\n"
        let claim = try #require(try ExtractionTests.extract(text).first)
        #expect((claim.when.date?.description ?? "null") == expected)
    }
}
