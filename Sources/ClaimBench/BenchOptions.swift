import ClaimKitCLI

/// The command line of `claims-bench`.
struct BenchOptions: Equatable, Sendable {
    var isQuick = false
    var format: OutputFormat = .table
    var root: String?
    var runs: Int?
    var inProcess = false
    /// Set in a child process: run this stage alone and print its result as JSON.
    var stage: BenchStage?
    var isHelp = false

    static let usage = "claims-bench [--quick] [--format <format>] [--root <dir>] [--runs <n>] [--in-process]"

    static let help = """
        OVERVIEW: Measures claimtrack on synthetic news made from Corpus/: lexicon loading, corpus
        loading and cleaning, extraction throughput, cross-source analysis of 10k, 100k and 1M
        claims (growth per tenfold, recall of planted contradictions), `claims check` of 10k
        ledger claims against 100k articles, the growth of extraction on 15 pathological
        articles from 1x to 10x, and the peak memory of each stage; then checks the targets.

        Inputs are generated with a fixed seed, so every run measures the same work: pages that
        recombine the corpus's real paragraphs with people, places, dates and figures varied. Each
        stage runs in a child process of its own (so its peak memory is its own) and is timed
        several times; the table gives the median and the spread (slowest minus fastest, relative
        to the median). Build with -c release: debug figures say little.

        USAGE: \(usage)

        OPTIONS:
          --quick            Small inputs: the whole run takes a few seconds.
          --format <format>  Output: table (default) or json.
          --root <dir>       Project folder holding Corpus/ (default: current folder).
          --runs <n>         Time each stage n times (default: 5).
          --in-process       Run every stage in this process (peak memory then includes earlier stages).
          --stage <spec>     Run one stage and print its result as JSON (what each child process does).
          -h, --help         Show help.

        EXIT STATUS: 0 when every target is met (or --quick), 1 when one is missed, 2 on a usage or input error.

        """

    static func parse(_ arguments: [String]) throws(UsageError) -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            var name = argument
            var inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            func value() throws(UsageError) -> String {
                guard let value = inline ?? rest.popFirst() else { throw UsageError("Missing value for option '\(name)'") }
                return value
            }
            func flag() throws(UsageError) {
                if inline != nil { throw UsageError("Option '\(name)' takes no value") }
            }
            switch name {
            case "-h", "--help": options.isHelp = true
            case "--quick": try flag(); options.isQuick = true
            case "--in-process": try flag(); options.inProcess = true
            case "--format":
                let raw = try value()
                guard let format = OutputFormat(rawValue: raw), format != .jsonl else {
                    throw UsageError("Unknown format '\(raw)' (use table or json)")
                }
                options.format = format
            case "--root": options.root = try value()
            case "--runs":
                let raw = try value()
                guard let runs = Int(raw), runs > 0 else { throw UsageError("Option '--runs' needs a positive number, not '\(raw)'") }
                options.runs = runs
            case "--stage":
                let raw = try value()
                guard let stage = BenchStage(spec: raw) else { throw UsageError("Unknown stage '\(raw)'") }
                options.stage = stage
            default:
                if argument.hasPrefix("-") { throw UsageError("Unknown option '\(name)'") }
                throw UsageError("Unexpected argument '\(argument)'")
            }
        }
        return options
    }
}
