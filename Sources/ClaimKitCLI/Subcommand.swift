/// The commands of `claims`, with the options each accepts and its help text.
package enum Subcommand: String, CaseIterable, Sendable {
    case corpus

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
        }
    }

    package var usage: String {
        switch self {
        case .corpus: "claims corpus [--format <format>] [--show <id>] [<path-or-id> ...]"
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
        }
    }

    /// Whether the command takes positional arguments.
    package var takesArguments: Bool {
        switch self {
        case .corpus: true
        }
    }
}
