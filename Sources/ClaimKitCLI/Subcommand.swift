/// The commands of `claims`, with the options each accepts and its help text.
package enum Subcommand: String, CaseIterable, Sendable {
    case corpus
    case extract
    case test
    case export
    case corroborate
    case conflicts

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
        case .corroborate: "Group the reports of each statement and count their independent origins."
        case .conflicts: "List contradictions between reports, and disputes between speakers."
        }
    }

    package var usage: String {
        switch self {
        case .corpus: "claims corpus [--format <format>] [--show <id>] [<path-or-id> ...]"
        case .extract: "claims extract [--format <format>] [<path-or-id> ...]"
        case .test: "claims test [--update] [--verbose] [<id> ...]"
        case .export: "claims export --as <w3c-annotation|csv> [--from ledger|extracted] [--format json|jsonl] [<path-or-id> ...]"
        case .corroborate: "claims corroborate [--from <source>] [--min-origins <n>] [--format <format>] [<path-or-id> ...]"
        case .conflicts: "claims conflicts [--from <source>] [--format <format>] [<path-or-id> ...]"
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
        case .corroborate:
            """
            Reads the claims of the articles given (default: all of Corpus/), resolves each speaker
            across articles, and groups the claims that report one statement of one speaker: the
            same quote, a truncated or extended one, the same words in another house style, or the
            same reported content. For each group: speaker, the longest wording, the articles
            that report it, its independent origins (copies of one wire story and relays of one
            outlet count once), the earliest day it was said, and where. Most origins first.
            Claims come from the extractor (--from extracted) or from the reviewed ledger in
            Claims/ (--from ledger).
            """
        case .conflicts:
            """
            Lists where reports contradict each other, each with both claims and a one-line
            reason: misquote (a negation, figure or name changed in a quote), misattribution (the
            same words given to different speakers), date and place conflicts, numeric conflicts
            and polarity (one speaker reported saying a thing and its negation). Disputes, where
            different speakers say opposite things, are listed apart. Exits 1 when there is a
            contradiction (disputes alone do not count), so it can guard a pipeline.
            """
        }
    }

    /// Options every command accepts.
    package static let common: [Option] = [
        Option(name: "--root", value: "dir", help: "Project folder holding Corpus/ and Claims/ (default: current folder)."),
        Option(name: "--help", value: nil, help: "Show help for this command."),
    ]

    static let format = Option(name: "--format", value: "format", help: "Output: table (default), json or jsonl.")
    static let from = Option(name: "--from", value: "source", help: "Claims to analyse: extracted (default) or ledger.")

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
        case .corroborate:
            [Subcommand.from, Subcommand.format,
             Option(name: "--min-origins", value: "n", help: "Only statements with at least n independent origins (default 1).")]
        case .conflicts:
            [Subcommand.from, Subcommand.format]
        }
    }

    /// Whether the command takes positional arguments.
    package var takesArguments: Bool {
        switch self {
        case .corpus, .extract, .test, .export, .corroborate, .conflicts: true
        }
    }
}
