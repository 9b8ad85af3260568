import ClaimKit
import Foundation
import Testing

/// Held-out articles written apart from the extractor (by outlet style: AP, Reuters, AFP, the
/// Guardian, the BBC, a New York Times feature, a local paper, a markets story), with the claims a
/// reader annotated. They measure how the extractor does on text it was not tuned on; the floors
/// below guard against regressions, and `swift test --filter EvaluationTests` prints the scores.
@Suite("Held-out evaluation")
struct EvaluationTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        static let folder = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Evaluation")
        static let all = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }.map(Sample.init)
        var url: URL
        var testDescription: String { url.deletingPathExtension().lastPathComponent }

        func score(with extractor: Extractor) throws -> ExtractionScore {
            let article = try Article(contentsOf: url)
            let annotations = url.deletingPathExtension().appendingPathExtension("claims.json")
            let expected = try JSONDecoder().decode([ExtractionScore.Annotated].self, from: Data(contentsOf: annotations))
            return ExtractionScore(expected: expected, actual: extractor.claims(in: article))
        }
    }

    @Test("The held-out set scores above its floors")
    func overall() throws {
        #expect(Sample.all.count >= 8)
        let extractor = Extractor()
        var total = ExtractionScore()
        for sample in Sample.all {
            let score = try sample.score(with: extractor)
            print("evaluation \(sample.testDescription): \(score)")
            if ProcessInfo.processInfo.environment["CLAIMTRACK_EVAL_DETAIL"] != nil {
                for (e, a) in score.wrongSpeakers { print("  speaker: expected \(e), got \(a)") }
                for m in score.missed { print("  missed: [\(m.kind)] \(m.speaker): \(m.text.prefix(100))") }
                for c in score.spurious { print("  spurious: [\(c.kind)] \(c.speaker.name): \(c.text.prefix(100))") }
            }
            total = total + score
        }
        print("evaluation total: \(total)")
        // Floors a little below the scores reached (see README, "How extraction works").
        #expect(total.recall >= 0.92, "\(total)")
        #expect(total.precision >= 0.95, "\(total)")
        #expect(total.speakerAccuracy >= 0.90, "\(total)")
        #expect(total.dateAccuracy >= 0.95 && total.placeAccuracy >= 0.95, "\(total)")
    }
}
