import ClaimKitCLI
import Foundation

var output = StandardOutput()
var errors = StandardError()
let status = Tool().run(Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors)
exit(status.rawValue)
