import ClaimKit
import Foundation
import Testing

/// Every corpus article's reviewed claims, pinned: a change to the extractor that loses or
/// breaks a claim fails here with the same readable diff as `claims test`.
@Suite("Corpus claims", .tags(.corpus))
struct CorpusExtractionTests {
    static let extractor = Extractor()
    static let store = ClaimStore(directory: CorpusFile.root.appending(path: "Claims"))

    @Test("Each article has reviewed claims") func fixturesExist() throws {
        #expect(!CorpusFile.all.isEmpty)
        for file in CorpusFile.all {
            #expect(try !Self.store.claims(for: file.id).isEmpty, "no Claims/\(file.id).json")
        }
    }

    @Test("Extraction finds the reviewed claims and no others", arguments: CorpusFile.all)
    func pinned(_ file: CorpusFile) throws {
        let article = try file.article()
        let reviewed = try Self.store.claims(for: file.id)
        let diff = ExtractionDiff(article: file.id, expected: reviewed, actual: Self.extractor.claims(in: article))
        let failures = diff.failures
        #expect(failures.isEmpty, "\(ExtractionDiff(article: file.id, entries: failures).render())")
        #expect(diff.fixedKnownMisses.isEmpty, "now found, remove the knownMiss mark: \(diff.fixedKnownMisses.map(\.id))")
        // Known misses show as known issues, never as passes.
        for entry in diff.knownIssues {
            withKnownIssue(Comment(rawValue: entry.expected?.knownMiss ?? "")) {
                Issue.record("\(ExtractionDiff(article: file.id, entries: [entry]).render())")
            }
        }
    }

    @Test("Every reviewed claim quotes its article exactly", arguments: CorpusFile.all)
    func anchors(_ file: CorpusFile) throws {
        let article = try file.article()
        for claim in try Self.store.claims(for: file.id) {
            let source = try #require(claim.source)
            #expect(source.article == file.id)
            #expect(source.end <= article.bytes.count)
            #expect(article.string(source.start..<source.end) == source.exact, "\(claim.id)")
            #expect(claim.id == "\(file.id)@\(source.start)-\(source.end)")
            let anchored = SourceSpan(article: file.id, bytes: article.bytes, start: source.start, end: source.end)
            #expect(anchored.prefix == source.prefix && anchored.suffix == source.suffix, "\(claim.id)")
            #expect(article.paragraphs.contains { $0.range.lowerBound <= source.start && !$0.isHeading }, "\(claim.id) is not in the body")
        }
    }
}
