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
