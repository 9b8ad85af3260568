@testable import ClaimKit
import Testing

/// The look-ups that keep extraction linear on built-up input give what the plain scans give.
/// (How time grows is measured by `Tests/Fuzz/scaling.sh`, not here: no timed tests.)
@Suite("Linear-time look-ups")
struct LinearTimeTests {
    @Test("firstIndex(notBelow:) is the first index where the predicate turns false")
    func bisection() {
        for count in 0..<40 {
            let values = (0..<count).map { $0 / 3 }           // sorted, with repeats
            for key in -1...(count / 3 + 1) {
                let expected = values.firstIndex { $0 >= key } ?? values.endIndex
                #expect(values.firstIndex(notBelow: { $0 < key }) == expected, "\(key) in \(values)")
                let slice = values.dropFirst(count / 2)
                #expect(slice.firstIndex(notBelow: { $0 < key }) == (slice.firstIndex { $0 >= key } ?? slice.endIndex))
            }
        }
    }

    static let sentences = [
        "Smith said the plan, which was approved last year, would work, though critics disagreed and Jones said it would fail.",
        "The minister and said and said and told officials that the talks, as planned, would go on; nobody knew.",
        "\"We are ready,\" she said, adding that the fleet \"would sail\" — weather permitting — before noting the risks.",
        "Officials said the rail line (closed since May) would reopen, while unions, who opposed it, said it would not.",
    ]

    @Test("clauseEnd gives the same end from every start, in any order of asking", arguments: sentences)
    func clauseEnds(_ sentence: String) throws {
        let article = try Article(id: "t", text: "date 2024-05-01 Test\n\n" + sentence + "\n")
        let extractor = Extractor()
        let forward = try #require(extractor.builder(for: article))
        let backward = try #require(extractor.builder(for: article))
        let limit = forward.tokens.count
        let ascending = (0..<limit).map { forward.clauseEnd(from: $0, limit: limit) }
        let descending = (0..<limit).reversed().map { backward.clauseEnd(from: $0, limit: limit) }
        #expect(ascending == Array(descending.reversed()))
        // Each answer is a token at or after its start.
        for (p, end) in ascending.enumerated() { #expect(end >= p && end <= limit) }
    }

    @Test("Remembered subject look-backs equal fresh ones", arguments: sentences)
    func subjects(_ sentence: String) throws {
        let article = try Article(id: "t", text: "date 2024-05-01 Test\n\n" + sentence + "\n")
        let builder = try #require(Extractor().builder(for: article))
        for cue in 1..<builder.tokens.count {
            for depth in 1..<4 {
                let fresh = builder.subjectBefore(cue, start: 0, sentence: 0, depth: depth)
                let first = builder.rememberedSubject(before: cue, start: 0, sentence: 0, depth: depth)
                let again = builder.rememberedSubject(before: cue, start: 0, sentence: 0, depth: depth)
                #expect(fresh?.mention.text == first?.mention.text && first?.mention.text == again?.mention.text)
                #expect(fresh?.isCoordinated == again?.isCoordinated && fresh?.isRelative == again?.isRelative)
            }
        }
    }
}
