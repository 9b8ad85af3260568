/// The commands of `claims`, with the options each accepts and its help text.
package enum Subcommand: String, CaseIterable, Sendable {
    case corpus
    case extract
    case test
    case export
    case record
    case check
    case report
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
        case .record: "Add claims to the ledger, anchored in their articles."
        case .check: "Check every claim of the ledger against the corpus."
        case .report: "Summarise Corpus/ and Claims/: claims, sources, disagreements, verdicts."
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
        case .record:
            "claims record --speaker <name> --text <text> [--kind <kind>] [--cue <verb>] [--date <yyyy-mm-dd>] "
                + "[--place <place>] [--source <id>] [--note <text>] [--strict] | claims record --from <file> [--strict]"
        case .check: "claims check [--format <format>] [<id> ...]"
        case .report: "claims report [--format table|json]"
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
        case .record:
            """
            Adds one claim (--speaker and --text) or many (--from a JSON Lines file with the fields of
            'claims extract --format jsonl') to the ledger: Claims/<id>.json for a claim with
            --source, Claims/unsourced.json otherwise. Everything is checked before anything is
            written: the article exists, the date is a real day, the text is not empty. The words
            are anchored in the article (quote style, spaces and case do not matter); words not
            found are recorded as unverified with a warning, or refused with --strict. A claim
            already in the ledger is reported and not added twice. Concurrent runs never lose a
            claim: each write holds a lock on Claims/.lock and replaces the file atomically.
            """
        case .check:
            """
            Gives every claim of the ledger (or of the articles named; 'unsourced' names the
            unsourced claims) a verdict with its evidence: verified, corroborated, misquoted (with a
            word diff), misattributed (naming who the article gives the words to), date-mismatch,
            place-mismatch, contradicted, or not-found. Unsourced claims are searched for in the
            whole corpus. Exits 0 when every claim is verified or corroborated, 1 otherwise.
            """
        case .report:
            """
            Reads Corpus/ and Claims/ and prints one summary: each article's claims; the statements
            with the most independent origins; contradictions and disputes; the ledger's verdicts;
            and where extraction and the reviewed claims differ. Progress goes to standard error
            when it is a terminal.
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
        case .record:
            [Option(name: "--speaker", value: "name", help: "Who made the statement (a full name, or an organisation)."),
             Option(name: "--text", value: "text", help: "What was said, as the article words it."),
             Option(name: "--kind", value: "kind", help: "direct, mixed or indirect (default: from the article's quotation marks)."),
             Option(name: "--cue", value: "verb", help: "The reporting verb (said, told reporters)."),
             Option(name: "--date", value: "yyyy-mm-dd", help: "The day the statement was made."),
             Option(name: "--place", value: "place", help: "Where the statement was made."),
             Option(name: "--source", value: "id", help: "The article that reports it (default: unsourced)."),
             Option(name: "--note", value: "text", help: "Free text kept with the claim."),
             Option(name: "--from", value: "file", help: "Record every claim of a JSON Lines file."),
             Option(name: "--strict", value: nil, help: "Refuse, rather than record as unverified, words not in the article.")]
        case .check:
            [Subcommand.format]
        case .report:
            [Option(name: "--format", value: "format", help: "Output: table (default) or json.")]
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
        case .record: false
        case .check: true
        case .report: false
        }
    }
}
