import Foundation

/// Help and version text. Goes to standard output with exit 0.
package enum Help {
    package static let version = "claims 0.1.0"

    package static var overview: String {
        let width = Subcommand.allCases.map(\.rawValue.count).max() ?? 0
        let commands = Subcommand.allCases.map { command in
            "  " + command.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary
        }.joined(separator: "\n")
        return """
        OVERVIEW: claimtrack: who said what, when and where, how many independent reports back it,
        and where the reports disagree.

        USAGE: claims <subcommand> [options] [<path-or-id> ...]

        OPTIONS:
          --root <dir>      Project folder holding Corpus/ and Claims/ (default: current folder).
          --version         Show the version.
          -h, --help        Show help.

        SUBCOMMANDS:
        \(commands)

          See 'claims help <subcommand>' for detailed help.

        """ + "\n"
    }

    package static func text(for command: Subcommand) -> String {
        let options = command.options + Subcommand.common
        let labels = options.map { option in option.value.map { "\(option.name) <\($0)>" } ?? option.name }
        let width = labels.map(\.count).max() ?? 0
        let lines = zip(labels, options).map { label, option in
            "  " + label.padding(toLength: width + 2, withPad: " ", startingAt: 0) + option.help
        }.joined(separator: "\n")
        return """
        OVERVIEW: \(command.summary)

        \(command.discussion)

        USAGE: \(command.usage)

        OPTIONS:
        \(lines)

        """ + "\n"
    }

    /// The short form printed after a usage error.
    package static func usageLine(for command: Subcommand?) -> String {
        guard let command else {
            return "Usage: claims <subcommand> [options]\n  See 'claims --help' for more information.\n"
        }
        return "Usage: \(command.usage)\n  See 'claims \(command.rawValue) --help' for more information.\n"
    }
}
