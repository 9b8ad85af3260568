import ClaimKit
import Foundation
import Testing

/// A synthetic claim set with realistic overlap: statements reported several times, with
/// truncations, restyled quotes and planted contradictions. Deterministic (fixed seed).
struct SyntheticClaims {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func make(count: Int, seed: UInt64 = 42) -> [Claim] {
        var rng = Generator(state: seed)
        let syllables = ["ka", "lo", "mi", "ren", "dar", "vo", "sti", "pe", "na", "gul", "tor", "bei", "sa", "qui", "fen"]
        func word() -> String {
            (0..<Int.random(in: 1...3, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
        }
        let vocabulary = (0..<6_000).map { _ in word() } + ["the", "of", "and", "to", "in", "a", "is", "will", "not", "we"]
        let people = max(10, count / 25)
        let givens = (0..<400).map { _ in word().capitalized }
        let surnames = (0..<max(50, people / 2)).map { _ in word().capitalized }
        var claims: [Claim] = []
        claims.reserveCapacity(count)
        var article = 0
        while claims.count < count {
            let speaker = Speaker(name: "\(givens.randomElement(using: &rng)!) \(surnames.randomElement(using: &rng)!)",
                                  mention: "x", type: .person)
            let length = Int.random(in: 8...40, using: &rng)
            let words = (0..<length).map { _ in vocabulary.randomElement(using: &rng)! }
            let reports = Int.random(in: 1...5, using: &rng)
            for r in 0..<reports where claims.count < count {
                var version = words
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: version = Array(version.prefix(max(4, length * 2 / 3)))
                case 1: version.insert("not", at: length / 2)
                case 2: version[0] = version[0].uppercased()
                default: break
                }
                article += 1
                let text = version.joined(separator: " ")
                let id = "a\(article)"
                claims.append(Claim(source: SourceSpan(article: id, start: 0, end: text.utf8.count, exact: text, prefix: "", suffix: ""),
                                    kind: r % 3 == 0 ? .indirect : .direct, text: text, cue: "said", speaker: speaker))
            }
        }
        return claims
    }
}

/// Opt-in: `CLAIMTRACK_SCALE=100000 swift test -c release --filter AnalysisScaleTests`.
@Suite("Analysis scale", .enabled(if: ProcessInfo.processInfo.environment["CLAIMTRACK_SCALE"] != nil))
struct AnalysisScaleTests {
    @Test func scale() {
        let count = Int(ProcessInfo.processInfo.environment["CLAIMTRACK_SCALE"] ?? "") ?? 10_000
        func cpu() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let claims = SyntheticClaims.make(count: count)
        let analyzer = CrossSourceAnalyzer(givenNames: GivenNames(), places: Gazetteer())
        let (start, wall) = (cpu(), Date())
        let report = analyzer.analyze(claims, articles: [])
        print("claims \(count): analysis \(String(format: "%.2f", cpu() - start)) s CPU "
              + "(\(String(format: "%.2f", Date().timeIntervalSince(wall))) s wall), "
              + "groups \(report.groups.count), findings \(report.findings.count)")
        #expect(report.groups.count < count)
    }
}
