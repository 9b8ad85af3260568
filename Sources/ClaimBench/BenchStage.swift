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

    var name: String {
        switch self {
        case .lexicon: "lexicon"
        case .load: "load"
        case .extract: "extract"
        }
    }

    var spec: String {
        switch self {
        case .lexicon: name
        case .load(let n), .extract(let n): "\(name):\(n)"
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
        default: return nil
        }
    }
}
