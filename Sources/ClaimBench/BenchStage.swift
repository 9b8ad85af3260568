/// One thing the benchmark measures, with the size of its input.
///
/// A stage is named on the command line of a child process as `name:size` (`extract:2000`),
/// so that each runs in a fresh process and its peak memory is its own.
enum BenchStage: Hashable, Sendable {
    /// Parsing the embedded lexicons (reporting verbs, given names, gazetteer).
    case lexicon
    /// Reading and cleaning this many article files from disk.
    case load(articles: Int)
    /// Extracting the claims of this many cleaned articles.
    case extract(articles: Int)
    /// Cross-source analysis (speakers, statement groups, origins, contradictions) of this many claims.
    case analyze(claims: Int)
    /// `claims check` of a ledger of this many claims against a corpus of this many articles.
    case check(claims: Int, articles: Int)
    /// Cleaning and extraction of each pathological article at two sizes, in tenths of its
    /// base size (`pathological:10:100` is 1x and 10x), for the growth of each.
    case pathological(small: Int, large: Int)

    var name: String {
        switch self {
        case .lexicon: "lexicon"
        case .load: "load"
        case .extract: "extract"
        case .analyze: "analyze"
        case .check: "check"
        case .pathological: "pathological"
        }
    }

    var spec: String {
        switch self {
        case .lexicon: name
        case .load(let n), .extract(let n), .analyze(let n): "\(name):\(n)"
        case .check(let claims, let articles): "\(name):\(claims):\(articles)"
        case .pathological(let small, let large): "\(name):\(small):\(large)"
        }
    }

    init?(spec: String) {
        let parts = spec.split(separator: ":").map(String.init)
        let numbers = parts.dropFirst().compactMap { Int($0) }
        guard numbers.count == parts.count - 1, numbers.allSatisfy({ $0 > 0 }) else { return nil }
        switch (parts.first, numbers.count) {
        case ("lexicon", 0): self = .lexicon
        case ("load", 1): self = .load(articles: numbers[0])
        case ("extract", 1): self = .extract(articles: numbers[0])
        case ("analyze", 1): self = .analyze(claims: numbers[0])
        case ("check", 2): self = .check(claims: numbers[0], articles: numbers[1])
        case ("pathological", 2) where numbers[0] < numbers[1]: self = .pathological(small: numbers[0], large: numbers[1])
        default: return nil
        }
    }
}
