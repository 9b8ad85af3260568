import ClaimKit
import Foundation

/// The `claims` command-line tool as a value: parse, run, report a status.
///
/// Writes data to `output` and errors to `errors`, so tests run it in-process with strings
/// and the executable streams to stdout and stderr.
public struct Tool: Sendable {
    /// Folder whose `Corpus/` and `Claims/` are used when `--root` is not given.
    public var workingDirectory: URL
    /// Whether long runs report progress on `errors`: the executable sets it when standard error
    /// is a terminal, so pipes and logs get none.
    public var showsProgress: Bool

    public init(workingDirectory: URL = URL(filePath: FileManager.default.currentDirectoryPath), showsProgress: Bool = false) {
        self.workingDirectory = workingDirectory
        self.showsProgress = showsProgress
    }

    public func run<Output: TextOutputStream, Errors: TextOutputStream>(
        _ arguments: [String], output: inout Output, errors: inout Errors
    ) -> Status {
        let invocation: Invocation
        do {
            invocation = try Invocation.parse(arguments)
        } catch {
            errors.write("Error: \(error.message)\n")
            errors.write(Help.usageLine(for: error.subcommand))
            return .usage
        }
        switch invocation.action {
        case .version:
            output.write(Help.version + "\n")
            return .success
        case .help(let command):
            output.write(command.map(Help.text(for:)) ?? Help.overview)
            return .success
        case .run(let command):
            let context = Context(invocation: invocation, root: root(invocation), workingDirectory: workingDirectory,
                                  showsProgress: showsProgress)
            do {
                return try dispatch(command, context, output: &output, errors: &errors)
            } catch let error as UsageError {
                errors.write("Error: \(error.message)\n")
                errors.write(Help.usageLine(for: error.subcommand ?? command))
                return .usage
            } catch {
                errors.write("Error: \(error)\n")
                return .usage
            }
        }
    }

    func root(_ invocation: Invocation) -> URL {
        guard let path = invocation.value("--root") else { return workingDirectory }
        return URL(filePath: path, relativeTo: workingDirectory).standardizedFileURL
    }

    func dispatch<Output: TextOutputStream, Errors: TextOutputStream>(
        _ command: Subcommand, _ context: Context, output: inout Output, errors: inout Errors
    ) throws -> Status {
        switch command {
        case .corpus: try CorpusCommand(context: context).run(output: &output, errors: &errors)
        case .extract: try ExtractCommand(context: context).run(output: &output, errors: &errors)
        case .test: try TestCommand(context: context).run(output: &output, errors: &errors)
        case .export: try ExportCommand(context: context).run(output: &output, errors: &errors)
        case .record: try RecordCommand(context: context).run(output: &output, errors: &errors)
        case .check: try CheckCommand(context: context).run(output: &output, errors: &errors)
        case .report: try ReportCommand(context: context).run(output: &output, errors: &errors)
        case .corroborate: try CorroborateCommand(context: context).run(output: &output, errors: &errors)
        case .conflicts: try ConflictsCommand(context: context).run(output: &output, errors: &errors)
        }
    }
}

/// What every command gets: its parsed invocation and the project's folders.
package struct Context: Sendable {
    package var invocation: Invocation
    package var root: URL
    /// Where relative paths on the command line start (`--from FILE`).
    package var workingDirectory: URL
    package var showsProgress = false
    package var corpus: Corpus { Corpus(directory: root.appending(path: "Corpus")) }
    package var store: ClaimStore { ClaimStore(directory: root.appending(path: "Claims")) }
    package var format: OutputFormat { (try? invocation.format) ?? .table }
}
