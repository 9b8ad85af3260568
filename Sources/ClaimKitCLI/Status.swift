/// How a run of `claims` ended; the raw value is the process exit code.
public enum Status: Int32, Sendable {
    /// Everything asked for was done, and any check passed.
    case success = 0
    /// The run worked, and what it checked has problems (a contradiction, an unsupported claim, a regression).
    case failure = 1
    /// A bad command line or bad input: nothing was done.
    case usage = 2
}
