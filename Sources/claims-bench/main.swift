import ClaimBench
import ClaimKitCLI
import Foundation

// Each stage runs in a child process of this same binary, so its peak memory is its own.
let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    .map { URL(filePath: $0) } ?? URL(filePath: CommandLine.arguments[0]).standardizedFileURL
var output = StandardOutput()
var errors = StandardError()
let tool = BenchTool(executable: executable, showsProgress: isatty(STDERR_FILENO) != 0)
let status = tool.run(Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors)
exit(status.rawValue)
