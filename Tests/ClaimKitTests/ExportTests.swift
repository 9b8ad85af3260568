import ClaimKit
import Foundation
import Testing

@Suite("Exports", .tags(.corpus))
struct ExportTests {
    static let store = ClaimStore(directory: CorpusFile.root.appending(path: "Claims"))

    @Test("W3C position selectors count code points and select exactly the claim", arguments: CorpusFile.all)
    func w3cPositions(_ file: CorpusFile) throws {
        let article = try file.article()
        let scalars = Array(article.text.unicodeScalars)
        for claim in try Self.store.claims(for: file.id) {
            let annotation = try #require(W3CAnnotation(claim: claim, article: article, source: "urn:x"))
            let data = try JSONEncoder().encode(annotation)
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(json["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
            let target = try #require(json["target"] as? [String: Any])
            let selectors = try #require(target["selector"] as? [[String: Any]])
            let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
            let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
            let start = try #require(position["start"] as? Int), end = try #require(position["end"] as? Int)
            let selected = String(String.UnicodeScalarView(scalars[start..<end]))
            #expect(selected == quote["exact"] as? String, "\(claim.id)")
            #expect(selected == claim.source?.exact)
        }
    }

    @Test("Code points differ from bytes where the text is not ASCII")
    func codePoints() throws {
        let text = "Caf\u{E9} owner Ren\u{E9}e Blanc said: \u{201C}We\u{2019}re open.\u{201D}\n"
        let article = try Article(id: "t", text: text)
        let claim = try #require(Extractor().claims(in: article).first)
        let annotation = try #require(W3CAnnotation(claim: claim, article: article, source: "urn:x"))
        let position = try #require(annotation.target.selector.last)
        #expect(position.start == 30)
        #expect(claim.source?.start == 34)
    }

    @Test("CSV rows parse back field for field (RFC 4180)")
    func csvRoundTrip() throws {
        var claim = ModelTests.sample
        claim.text = "He said \"no\", then left,\nquietly"
        claim.note = "a, b"
        let rows = Self.parseCSV(ClaimTable.header + ClaimTable.line(claim))
        #expect(rows.count == 2)
        #expect(rows[0] == ClaimTable.columns)
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["text"] == claim.text)
        #expect(row["note"] == "a, b")
        #expect(row["speaker"] == "John Smith")
        #expect(row["date"] == "2020-01-06")
    }

    /// A strict RFC 4180 reader, for the round trip.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var inQuotes = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else { field.append(c) }
            } else if c == "\"" { inQuotes = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        return rows
    }
}

@Suite("ClaimReview export")
struct ClaimReviewTests {
    /// The review of each verdict case of `CheckTests`, parsed back from its JSON.
    static func reviews(sidecar: ArticleSidecar? = nil) throws -> [(verdict: Verdict, json: [String: Any])] {
        var articles = try LedgerArticles.articles()
        if let sidecar { articles[0] = try Article(id: "am", bytes: articles[0].bytes, sidecar: sidecar) }
        let claims = try CheckTests.cases.map { c in
            try CheckTests.claim(c.text, speaker: c.speaker, article: c.article, date: c.date, place: c.place)
        }
        let reading = CorpusReading(articles: articles, extracted: articles.map(Extractor().claims), ledger: claims)
        let verdicts = LedgerChecker(reading: reading).verdicts(for: claims, crossSource: CheckTests.unassessed)
        return try verdicts.map { verdict in
            let data = try JSONEncoder().encode(ClaimReview(verdict: verdict, reading: reading))
            return (verdict, try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
        }
    }

    @Test("Every review parses, with every required field, its rating from its verdict")
    func roundTrip() throws {
        let reviews = try Self.reviews()
        #expect(Set(reviews.map(\.verdict.kind)) == Set(CheckTests.cases.map(\.kind)))
        for (verdict, json) in reviews {
            let claim = verdict.claim
            #expect(json["@context"] as? String == "https://schema.org")
            #expect(json["@type"] as? String == "ClaimReview")
            #expect(json["claimReviewed"] as? String == claim.text)
            #expect((json["author"] as? [String: Any])?["name"] as? String == "claimtrack")
            let item = try #require(json["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            let author = try #require(item["author"] as? [String: Any])
            #expect(author["name"] as? String == claim.speaker.name)
            #expect(author["@type"] as? String == "Person")
            let rating = try #require(json["reviewRating"] as? [String: Any])
            #expect(rating["@type"] as? String == "Rating")
            #expect(rating["alternateName"] as? String == verdict.kind.rawValue)
            #expect(rating["ratingValue"] as? Int == ClaimReview.ratingValue(for: verdict.kind))
            #expect(rating["bestRating"] as? Int == 5)
            #expect(rating["worstRating"] as? Int == 1)
            let appearances = item["appearance"] as? [[String: Any]] ?? []
            if let cited = claim.citedArticle {
                #expect(appearances.first?["identifier"] as? String == cited)
                #expect(appearances.first?["url"] as? String == "urn:claimtrack:article:" + cited)
                #expect(item["datePublished"] as? String == (claim.when.date ?? CalendarDate(iso: cited == "am" ? "2021-03-05" : "2021-03-06"))?.description)
            }
            if !appearances.isEmpty {
                let first = try #require(item["firstAppearance"] as? [String: Any])
                #expect(first["@type"] as? String == "CreativeWork")
            }
            // A sourced claim appears in its article; an unsourced one where the check found it.
            #expect(appearances.isEmpty == (claim.citedArticle == nil && verdict.reports.isEmpty))
        }
    }

    @Test("The scale: backed by many origins highest, right words on the wrong day in the middle, nothing found lowest")
    func scale() {
        let value = ClaimReview.ratingValue(for:)
        #expect(value(.corroborated) == ClaimReview.bestRating)
        #expect(value(.notFound) == ClaimReview.worstRating)
        #expect(value(.verified) > value(.dateMismatch))
        #expect(value(.dateMismatch) == value(.placeMismatch))
        for wrong in [Verdict.Kind.misquoted, .misattributed, .contradicted] {
            #expect(value(.placeMismatch) > value(wrong))
            #expect(value(wrong) > value(.notFound))
        }
    }

    @Test("Appearances: the sidecar's URL, the earliest report as the first appearance, an organisation as Organization")
    func appearances() throws {
        let reviews = try Self.reviews(sidecar: ArticleSidecar(outlet: "Example Daily", url: "https://example.com/a"))
        let unsourced = try #require(reviews.first { $0.verdict.claim.citedArticle == nil && $0.verdict.kind == .verified })
        let item = try #require(unsourced.json["itemReviewed"] as? [String: Any])
        let works = try #require(item["appearance"] as? [[String: Any]])
        #expect(works.compactMap { $0["identifier"] as? String } == ["br"])
        #expect(item["datePublished"] as? String == "2021-03-06")
        let sourced = try #require(reviews.first { $0.verdict.claim.citedArticle == "am" && $0.verdict.kind == .verified })
        let first = try #require((sourced.json["itemReviewed"] as? [String: Any])?["firstAppearance"] as? [String: Any])
        #expect(first["url"] as? String == "https://example.com/a")
        #expect(first["datePublished"] as? String == "2021-03-05")
        #expect((first["publisher"] as? [String: Any])?["name"] as? String == "AFP")

        let article = try Article(id: "org", text: "date 2021-03-05\n\nThe ministry said in a statement that the reform would go ahead.\n")
        let claim = try #require(Extractor().claims(in: article).first)
        let reading = CorpusReading(articles: [article], extracted: [[claim]], ledger: [claim])
        let verdict = try #require(LedgerChecker(reading: reading).verdicts(for: [claim], crossSource: CheckTests.unassessed).first)
        let review = ClaimReview(verdict: verdict, reading: reading)
        #expect(review.itemReviewed.author.type == "Organization")
        #expect(review.itemReviewed.author.jobTitle == nil)
    }
}
