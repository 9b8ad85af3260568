/// The commands of `claims`, with the options each accepts and its help text.
package enum Subcommand: String, CaseIterable, Sendable {
    case corpus
    case extract
    case test
    case export

    /// An option a command accepts: a flag, or a name that takes a value.
    package struct Option: Sendable {
        package var name: String
        package var value: String?       // placeholder shown in help; nil for a flag
        package var help: String
        package var repeatable = false
    }

    package var summary: String {
        switch self {
        case .corpus: "List the articles: agency, date, dateline, paragraphs kept and dropped."
        case .extract: "Extract attributed claims: who said what, when and where."
        case .test: "Compare extraction with the reviewed claims in Claims/."
        case .export: "Export claims as W3C Web Annotations or CSV."
        }
    }

    package var usage: String {
        switch self {
        case .corpus: "claims corpus [--format <format>] [--show <id>] [<path-or-id> ...]"
        case .extract: "claims extract [--format <format>] [<path-or-id> ...]"
        case .test: "claims test [--update] [--verbose] [<id> ...]"
        case .export: "claims export --as <w3c-annotation|csv> [--from ledger|extracted] [--format json|jsonl] [<path-or-id> ...]"
        }
    }

    package var discussion: String {
        switch self {
        case .corpus:
            """
            Reads Corpus/ (or the .txt files and folders given) and prints one row per article:
            id, agency or outlet, publication date, dateline place(s), paragraphs kept, lines
            dropped as boilerplate, and words in the body. --show ID prints the cleaned body with
            each dropped line marked, to see what the cleaner did.
            """
        case .extract:
            """
            Reads articles from Corpus/ by id, or any .txt file or folder by path (no argument: the
            whole corpus) and prints their claims: a table for people (article, speaker, kind, date,
            place, text cut to the terminal width), or one JSON object per claim (--format jsonl) or
            one array (--format json) with the fields of the ledger format.
            """
        case .test:
            """
            Extracts each article that has a Claims/<id>.json and compares: a claim the reviewers
            found and extraction missed, one extraction found that they did not, and fields that
            changed (old → new). Exits 1 on any difference not marked as a known miss. --update
            re-pins the articles named (after review) and prints what it changed; it keeps every
            reviewed claim's review fields and never runs without article ids.
            """
        case .export:
            """
            Writes claims for other tools: --as w3c-annotation gives W3C Web Annotations (JSON-LD)
            with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start and
            end in Unicode code points), the speaker and kind as bodies; --as csv gives one row per
            claim (RFC 4180). Claims come from the ledger (default) or from extraction (--from
            extracted), for the articles named or all of them.
            """
        }
    }

    /// Options every command accepts.
    package static let common: [Option] = [
        Option(name: "--root", value: "dir", help: "Project folder holding Corpus/ and Claims/ (default: current folder)."),
        Option(name: "--help", value: nil, help: "Show help for this command."),
    ]

    static let format = Option(name: "--format", value: "format", help: "Output: table (default), json or jsonl.")

    package var options: [Option] {
        switch self {
        case .corpus:
            [Subcommand.format,
             Option(name: "--show", value: "id", help: "Print the cleaned body of one article, dropped lines marked.")]
        case .extract:
            [Subcommand.format]
        case .test:
            [Subcommand.format,
             Option(name: "--update", value: nil, help: "Re-pin the named articles to what extraction finds now."),
             Option(name: "--verbose", value: nil, help: "Also show differences that do not fail (role, cue).")]
        case .export:
            [Option(name: "--as", value: "kind", help: "w3c-annotation or csv."),
             Option(name: "--from", value: "source", help: "ledger (default) or extracted."),
             Subcommand.format]
        }
    }

    /// Whether the command takes positional arguments.
    package var takesArguments: Bool {
        switch self {
        case .corpus, .extract, .test, .export: true
        }
    }
}
