/// A mistake on the command line; printed with the usage and exit code 2.
package struct UsageError: Error, Equatable, Sendable {
    package var message: String
    package var subcommand: Subcommand?

    package init(_ message: String, subcommand: Subcommand? = nil) {
        self.message = message
        self.subcommand = subcommand
    }
}
