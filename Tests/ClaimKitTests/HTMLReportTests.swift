import ClaimKit
import Foundation
import Testing

/// Pages built from articles written for the test, and from the repository's corpus.
enum TestPage {
    /// An article whose text tries to break out of the page: markup, ampersands, quotes, a
    /// control character, characters of two, three and four bytes, and a quote over two paragraphs.
    static let hostile = """
        date 2021-03-05

        PARIS (AFP) - Jane Doe said the <script>alert(1)</script> & "quotes" tag was harmless, \u{7}and the Caf\u{E9} stayed open.

        "Menus \u{2013} and wine \u{1F377} \u{2013} are back," Doe said. "We will not stop

        "until every table is full," she added on Thursday.

        """

    /// The claims of `hostile`, made by hand: a span with markup, one crossing it, one nested
    /// in it, one with multi-byte characters, one running over two paragraphs.
    static func hostileClaims(_ article: Article) -> [Claim] {
        func span(_ from: String, _ to: String, kind: ClaimKind = .indirect, speaker: String = "Jane Doe",
                  type: Speaker.Kind = .person) -> Claim {
            let bytes = article.bytes
            let start = bytes.firstRange(of: Array(from.utf8))?.lowerBound ?? 0
            let end = bytes[start...].firstRange(of: Array(to.utf8))?.upperBound ?? start
            return Claim(source: SourceSpan(article: article.id, bytes: bytes, start: start, end: end), kind: kind,
                         text: article.string(start..<end), cue: "said",
                         speaker: Speaker(name: speaker, role: "the <b>\"finance\"</b> minister", mention: "Doe", type: type),
                         when: ClaimTime(date: CalendarDate(iso: "2021-03-04"), expression: "on Thursday"),
                         where: ClaimPlace(place: "Paris", expression: "in Paris & <i>Lyon</i>"))
        }
        return [
            span("the <script>", "harmless"),
            span("& \"quotes\"", "Caf\u{E9} stayed", speaker: "Café & Co <Ltd>", type: .organisation),
            span("alert(1)", "</script>", speaker: "Pierre Martin"),
            span("Menus", "back,", kind: .direct),
            span("We will not stop", "is full", kind: .direct),
        ]
    }

    static func hostileArticle(sidecar: ArticleSidecar? = nil) throws -> Article {
        try Article(id: "x<&>\"y", bytes: Array(hostile.utf8), sidecar: sidecar)
    }

    /// A page of articles, with extracted claims unless `claims` gives them, analysed with the
    /// test's name tables.
    static func render(_ articles: [Article], claims: [[Claim]]? = nil, ledger: [Claim] = [],
                       analyzer: CrossSourceAnalyzer = CrossSourceAnalyzer(givenNames: TestNames(), places: TestPlaces()))
        -> (HTMLReport, String) {
        let extracted = claims ?? articles.map(Extractor().claims)
        let reading = CorpusReading(articles: articles, extracted: extracted, ledger: ledger)
        let verdicts = LedgerChecker(reading: reading).verdicts(for: ledger, crossSource: AnalysisEvidence(analyzer: analyzer, reading: reading))
        let diffs = articles.indices.map { a in
            ExtractionDiff(article: articles[a].id, expected: ledger.filter { $0.article == articles[a].id }, actual: extracted[a])
        }
        let report = HTMLReport(reading: reading, analysis: analyzer.analyze(reading.claims, articles: articles),
                                verdicts: verdicts, differences: diffs, generator: "claims test")
        return (report, report.render())
    }

    /// The page of this repository's corpus and ledger, as `claims report --html` makes it.
    static func corpus() throws -> (HTMLReport, String) {
        render(try CorpusFile.all.map { try $0.article() },
               ledger: try ClaimStore(directory: CorpusFile.root.appending(path: "Claims")).allClaims(),
               analyzer: CrossSourceAnalyzer(givenNames: GivenNames(), places: Gazetteer()))
    }

    /// What the highlights of `claim` must hold: its span's text inside the body's paragraphs,
    /// as a page can show it (a control character HTML forbids is a replacement character).
    static func expectedHighlight(_ claim: Claim, in article: Article) -> String {
        guard let span = claim.source else { return "" }
        let text = article.paragraphs.compactMap { paragraph in
            let start = max(span.start, paragraph.range.lowerBound), end = min(span.end, paragraph.range.upperBound)
            return start < end ? article.string(start..<end) : nil
        }.joined()
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 && !["\t", "\n", "\u{0C}"].contains(scalar) ? "\u{FFFD}" : scalar
        }))
    }
}

@Suite("HTML report")
struct HTMLReportTests {
    @Test("Escaping: markup, ampersands and quotes become text", arguments: [
        ("<script>alert(1)</script> & \"quotes\"", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"),
        ("it's 5 > 4 &amp; done", "it&#39;s 5 &gt; 4 &amp;amp; done"),
        ("bell\u{7} and \u{1B}[0m and \u{85}", "bell\u{FFFD} and \u{FFFD}[0m and \u{FFFD}"),
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("Caf\u{E9} \u{1F377}\ttab", "Caf\u{E9} \u{1F377}\ttab"),
    ])
    func escaping(_ raw: String, _ escaped: String) {
        #expect(HTMLText.escape(raw) == escaped)
        #expect(HTMLText.attribute(raw + "\nline") == escaped.replacingOccurrences(of: "\n", with: "&#10;") + "&#10;line")
    }

    @Test("An article holding <script>, & and quotes shows them as text, never as markup")
    func hostileArticle() throws {
        let article = try TestPage.hostileArticle(sidecar: ArticleSidecar(url: "javascript:alert(2)", headline: "<img src=x onerror=alert(3)>"))
        let (_, html) = TestPage.render([article], claims: [TestPage.hostileClaims(article)])
        let page = HTMLChecker(html)
        #expect(page.problems == [])
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>") && !html.contains("<i>") && !html.contains("<Ltd>"))
        #expect(html.contains("the &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; tag"))
        #expect(page.text.contains("the <script>alert(1)</script> & \"quotes\" tag was harmless, \u{FFFD}and the Caf\u{E9}"))
        #expect(page.text.contains("<img src=x onerror=alert(3)>"))
        // The sidecar's URL is shown, never followed: no link leaves the page.
        #expect(page.text.contains("javascript:alert(2)"))
        #expect(page.elements("a").allSatisfy { $0["href"]?.hasPrefix("#") == true })
        #expect(page.elements("script").isEmpty)
        #expect(page.elements("link").isEmpty)
        // Tooltips carry the speaker's role and the place's words as text.
        let tip = try #require(page.elements("mark").first?["data-tip"])
        #expect(tip.contains("role: the <b>\"finance\"</b> minister"))
        #expect(tip.contains("place: Paris (“in Paris & <i>Lyon</i>”)"))
        #expect(tip.contains("date: 2021-03-04 (“on Thursday”)"))
        #expect(tip.contains("kind: indirect · cue: said"))
        #expect(page.elements("mark").first?["title"] == tip)
    }

    @Test("Highlights hold exactly each claim's text: nested, crossing, multi-byte, over two paragraphs")
    func hostileHighlights() throws {
        let article = try TestPage.hostileArticle()
        let claims = TestPage.hostileClaims(article)
        let page = HTMLChecker(TestPage.render([article], claims: [claims]).1)
        #expect(page.problems == [])
        let highlighted = page.highlightedText
        #expect(highlighted.count == claims.count)
        for claim in claims {
            #expect(highlighted[claim.id] == TestPage.expectedHighlight(claim, in: article), "\(claim.id)")
        }
        // The quote over two paragraphs is highlighted in both, and only the first mark is focusable.
        let last = try #require(claims.last)
        let marks = page.elements("mark").filter { $0["data-claim"] == last.id }
        #expect(marks.count == 2)
        #expect(marks.map { $0["tabindex"] } == ["0", nil])
        #expect(marks.map { $0["id"] } == ["claim-" + last.id, nil])
        // The crossing claim is closed and reopened, not left overlapping.
        #expect(page.elements("mark").filter { $0["data-claim"] == claims[1].id }.count == 2)
    }

    @Test("The same speaker has one colour; speakers of one article differ")
    func palette() throws {
        let one = try Article(id: "one", text: LedgerArticles.american)
        let two = try Article(id: "two", text: LedgerArticles.british)
        let (report, html) = TestPage.render([one, two])
        let marks = HTMLChecker(html).elements("mark")
        func entity(_ mark: [String: String]) -> String {
            let name = mark["data-speaker"] ?? ""
            return report.analysis.speakers.first { $0.names.contains(name) }?.name ?? name
        }
        var colours: [String: Set<String>] = [:]
        for mark in marks {
            let colour = try #require(mark["class"]?.split(separator: " ").first { $0.hasPrefix("s") }.map(String.init))
            colours[entity(mark), default: []].insert(colour)
        }
        #expect(colours.count >= 3)
        #expect(colours.values.allSatisfy { $0.count == 1 }, "\(colours)")
        let speakersOfOne = Set(marks.filter { $0["data-claim"]?.hasPrefix("one@") == true }.map(entity))
        #expect(speakersOfOne.count >= 2)
        #expect(Set(speakersOfOne.compactMap { colours[$0]?.first }).count == speakersOfOne.count)
    }

    @Test("Dropped lines are folded where they were; headings kept; the overview counts")
    func structure() throws {
        let text = "date 2021-03-05\n\nHome | World | Sport | Search\n\nThe reform goes ahead\n\n"
            + LedgerArticles.american.split(separator: "\n\n").dropFirst().joined(separator: "\n\n")
            + "\nYou may also like\n\nOther news of the day\n"
        let article = try Article(id: "page", text: text)
        let (_, html) = TestPage.render([article])
        let page = HTMLChecker(html)
        #expect(page.problems == [])
        #expect(page.elements("details").count >= 2)
        #expect(html.contains("<summary>"))
        #expect(page.text.contains("Home | World | Sport"))
        #expect(html.contains("<section id=\"overview\">"))
        for section in ["sources", "findings", "ledger", "extraction", "articles"] {
            #expect(html.contains("<section id=\"\(section)\">"))
        }
        #expect(html.contains("@media print"))
    }

    @Test("A contradiction shows both passages side by side, the changed words marked")
    func contradiction() throws {
        let a = try Article(id: "a", text: "date 2021-03-05\n\nPARIS (AFP) - \"We will not delay the reform by a single day,\" Jane Doe told reporters on Thursday.\n")
        let b = try Article(id: "b", text: "date 2021-03-05\n\nLONDON (Reuters) - \"We will delay the reform by a single day,\" Jane Doe told reporters on Thursday.\n")
        let (report, html) = TestPage.render([a, b])
        try #require(report.analysis.contradictions.count == 1)
        let page = HTMLChecker(html)
        #expect(page.problems == [])
        #expect(html.contains("<div class=\"sides\">"))
        #expect(html.contains("We will <mark class=\"diff\">not</mark> delay the reform by a single day"))
        #expect(html.contains("We will delay the reform by a single day</blockquote>"))
    }

    @Test("Differing words come from the analysis's alignment: quote marks, case and spelling are not differences")
    func differingWords() {
        let words = DifferingWords("“We won’t send 300 more troops,” she said", "we will send 3,000 more Troops she said")
        let a = Array("“We won’t send 300 more troops,” she said".utf8), b = Array("we will send 3,000 more Troops she said".utf8)
        #expect(words.first.map { String(decoding: a[$0], as: UTF8.self) } == ["won’t", "300"])
        #expect(words.second.map { String(decoding: b[$0], as: UTF8.self) } == ["3,000"])
        #expect(DifferingWords("the colour of the sky", "The color of the sky.").first.isEmpty)
    }

    @Test("Layout: nesting and crossing spans give well-formed marks; edges never split a character")
    func layout() {
        let bytes = Array("ab\u{E9}cd\u{1F377}ef".utf8)   // a b é(2) c d 🍷(4) e f
        let end = bytes.count
        let nested: [HighlightLayout.Piece] = [.open(span: 0), .text(0..<2), .open(span: 1),
                                               .text(2..<4), .close(span: 1), .text(4..<end), .close(span: 0)]
        #expect(HighlightLayout(bytes: bytes, range: 0..<end, spans: [0..<end, 2..<4]).pieces == nested)
        // Crossing spans: the second is closed with the first and reopened. Its edges inside é
        // and 🍷 move out to the whole characters (3 → 2, 8 → 10).
        let crossing: [HighlightLayout.Piece] = [.open(span: 0), .text(0..<2), .open(span: 1),
                                                 .text(2..<5), .close(span: 1), .close(span: 0), .open(span: 1),
                                                 .text(5..<10), .close(span: 1), .text(10..<end)]
        #expect(HighlightLayout(bytes: bytes, range: 0..<end, spans: [0..<5, 3..<8]).pieces == crossing)
        // A span outside the range is left out.
        let inside: [HighlightLayout.Piece] = [.text(0..<2), .open(span: 0), .text(2..<10), .close(span: 0), .text(10..<end)]
        #expect(HighlightLayout(bytes: bytes, range: 0..<end, spans: [3..<7, 40..<50]).pieces == inside)
    }

    @Test("The corpus page is well formed and each claim's highlights hold its text", .tags(.corpus))
    func corpusPage() throws {
        let (report, html) = try TestPage.corpus()
        let page = HTMLChecker(html)
        #expect(page.problems == [])
        let highlighted = page.highlightedText
        var checked = 0
        for (a, article) in report.reading.articles.enumerated() {
            for claim in report.reading.claims(ofArticle: a) where claim.source != nil {
                #expect(highlighted[claim.id] == TestPage.expectedHighlight(claim, in: article), "\(claim.id)")
                checked += 1
            }
        }
        #expect(checked == report.reading.claims.count)
        #expect(highlighted.count == checked)
        // Every link stays in the page and lands on an element of it.
        let ids = Set(page.events.compactMap { if case .open(_, let attributes) = $0 { attributes["id"] } else { nil } })
        for link in page.elements("a") {
            let target = try #require(link["href"]).dropFirst()
            #expect(ids.contains(String(target)), "#\(target)")
        }
    }
}
