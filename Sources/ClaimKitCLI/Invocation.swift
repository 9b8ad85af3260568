/// A parsed command line: which command, its options, and its arguments.
///
/// One loop over the arguments: `-h`/`--help` anywhere asks for help; `--version`; options as
/// `--name value` or `--name=value`; `--` ends options; any other `-x` is unknown.
package struct Invocation: Equatable, Sendable {
    package enum Action: Equatable, Sendable {
        case help(Subcommand?)
        case version
        case run(Subcommand)
    }

    package var action: Action
    package var values: [String: [String]] = [:]
    package var arguments: [String] = []

    package init(action: Action, values: [String: [String]] = [:], arguments: [String] = []) {
        self.action = action
        self.values = values
        self.arguments = arguments
    }

    /// The last value given for an option.
    package func value(_ name: String) -> String? { values[name]?.last }
    package func flag(_ name: String) -> Bool { values[name] != nil }

    package var format: OutputFormat {
        get throws(UsageError) {
            guard let raw = value("--format") else { return .table }
            guard let format = OutputFormat(rawValue: raw) else {
                throw UsageError("Unknown format '\(raw)' (use table, json or jsonl)", subcommand: subcommand)
            }
            return format
        }
    }

    package var subcommand: Subcommand? {
        if case .run(let command) = action { return command }
        if case .help(let command) = action { return command }
        return nil
    }

    package static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        if arguments.isEmpty { return Invocation(action: .help(nil)) }
        if arguments.contains(where: { $0 == "--version" }) && !arguments.contains("--") { return Invocation(action: .version) }
        var rest = arguments[...]
        // Global options before the command (only --root is meaningful there); the last one given wins.
        // A loop, not a recursion: a command line of thousands of them must not exhaust the stack.
        var root: String?
        while let option = rest.first, option == "--root" || option.hasPrefix("--root=") {
            rest.removeFirst()
            if option == "--root" {
                guard let value = rest.popFirst() else { throw UsageError("Missing value for option '--root'") }
                root = value
            } else {
                root = String(option.dropFirst("--root=".count))
            }
        }
        guard let root else { return try parse(command: rest) }
        var parsed = try parse(command: rest)
        if parsed.values["--root"] == nil { parsed.values["--root"] = [root] }
        return parsed
    }

    /// Parses what follows the global options: help, or a command with its options and arguments.
    static func parse(command arguments: ArraySlice<String>) throws(UsageError) -> Invocation {
        if arguments.isEmpty { return Invocation(action: .help(nil)) }
        var rest = arguments
        let first = rest.removeFirst()
        if first == "-h" || first == "--help" {
            if let next = rest.first, let command = Subcommand(rawValue: next) { return Invocation(action: .help(command)) }
            return Invocation(action: .help(nil))
        }
        if first == "help" {
            guard let name = rest.first else { return Invocation(action: .help(nil)) }
            guard let command = Subcommand(rawValue: name) else { throw UsageError("Unknown command '\(name)'") }
            return Invocation(action: .help(command))
        }
        if first.hasPrefix("-") { throw UsageError("Unknown option '\(first)'") }
        guard let command = Subcommand(rawValue: first) else { throw UsageError("Unknown command '\(first)'") }
        var invocation = Invocation(action: .run(command))
        let known = Subcommand.common + command.options
        var optionsEnded = false
        while let argument = rest.popFirst() {
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                guard command.takesArguments else {
                    throw UsageError("Unexpected argument '\(argument)'", subcommand: command)
                }
                invocation.arguments.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            if argument == "-h" || argument == "--help" { return Invocation(action: .help(command)) }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = known.first(where: { $0.name == name }) else {
                throw UsageError("Unknown option '\(name)'", subcommand: command)
            }
            if option.value == nil {
                if inlineValue != nil { throw UsageError("Option '\(name)' takes no value", subcommand: command) }
                invocation.values[name, default: []].append("")
            } else {
                guard let value = inlineValue ?? rest.popFirst() else {
                    throw UsageError("Missing value for option '\(name)'", subcommand: command)
                }
                invocation.values[name, default: []].append(value)
            }
        }
        _ = try invocation.format
        return invocation
    }
}
