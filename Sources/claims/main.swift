import ClaimKitCLI
import Foundation

var output = StandardOutput()
var errors = StandardError()
let tool = Tool(showsProgress: isatty(STDERR_FILENO) == 1)
let status = tool.run(Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors)
exit(status.rawValue)
