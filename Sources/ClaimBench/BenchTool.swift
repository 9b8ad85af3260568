import ClaimKit
import ClaimKitCLI
import Foundation

/// The `claims-bench` executable as a value: parse the command line, run the stages, print
/// the report, return a status.
///
/// With an `executable` (the benchmark's own binary), each stage runs in a child process of its
/// own, `claims-bench --stage <spec>`, which prints its result as JSON; without one, or with
/// `--in-process`, stages run here one after another (how the tests run it).
public struct BenchTool: Sendable {
    /// Folder whose `Corpus/` the inputs are made from when `--root` is not given.
    public var workingDirectory: URL
    /// The benchmark binary, to run stages in child processes; `nil` runs them in-process.
    public var executable: URL?
    /// Whether to report each stage on `errors` as it starts (when that is a terminal).
    public var showsProgress: Bool

    /// The fixed seed every input is generated from.
    static let seed: UInt64 = 0x636C_6169_6D73_2D62

    public init(workingDirectory: URL = URL(filePath: FileManager.default.currentDirectoryPath),
                executable: URL? = nil, showsProgress: Bool = false) {
        self.workingDirectory = workingDirectory
        self.executable = executable
        self.showsProgress = showsProgress
    }

    public func run<Output: TextOutputStream, Errors: TextOutputStream>(
        _ arguments: [String], output: inout Output, errors: inout Errors
    ) -> Status {
        let options: BenchOptions
        do {
            options = try BenchOptions.parse(arguments)
        } catch {
            errors.write("Error: \(error.message)\nUsage: \(BenchOptions.usage)\n  See 'claims-bench --help' for more information.\n")
            return .usage
        }
        if options.isHelp {
            output.write(BenchOptions.help)
            return .success
        }
        let root = options.root.map { URL(filePath: $0, relativeTo: workingDirectory).standardizedFileURL } ?? workingDirectory
        do {
            if let stage = options.stage {
                let result = try benchmark(root: root, runs: options.runs ?? 5, isolated: true).run(stage)
                output.write(try JSONOutput.line(result))
                return .success
            }
            let plan = options.isQuick ? BenchPlan.quick : BenchPlan.full
            var results: [StageResult] = []
            let inProcess = executable == nil || options.inProcess
            let setup = inProcess ? try benchmark(root: root, runs: 1, isolated: false).setup() : nil
            for step in plan.steps {
                let runs = options.runs ?? step.runs
                if showsProgress { errors.write("claims-bench: \(step.stage.spec), \(runs) runs\n") }
                if let executable, !inProcess {
                    results.append(try child(executable, stage: step.stage, runs: runs, root: root))
                } else {
                    results.append(try benchmark(root: root, runs: runs, isolated: false).run(step.stage, setup: setup))
                }
            }
            let report = BenchReport(machine: .current(), quick: plan.isQuick, seed: Self.seed, stages: results,
                                     missing: Self.missing)
            output.write(options.format == .json ? try JSONOutput.pretty(report) : report.table())
            return report.missesTarget ? .failure : .success
        } catch {
            errors.write("Error: \(error)\n")
            return .usage
        }
    }

    /// Stages the issue asks for that this build has no library for yet.
    static let missing: [String] = []

    func benchmark(root: URL, runs: Int, isolated: Bool) -> Benchmark {
        Benchmark(corpus: Corpus(directory: root.appending(path: "Corpus")), seed: Self.seed, runs: runs,
                  scratch: FileManager.default.temporaryDirectory, isolated: isolated)
    }

    /// Runs one stage in a child process and reads its result.
    func child(_ executable: URL, stage: BenchStage, runs: Int, root: URL) throws -> StageResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--stage", stage.spec, "--runs", String(runs), "--root", root.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError.childFailed(stage: stage.spec, status: process.terminationStatus)
        }
        do {
            return try JSONDecoder().decode(StageResult.self, from: data)
        } catch {
            throw BenchError.badChildOutput(stage: stage.spec, reason: "\(error)")
        }
    }
}
