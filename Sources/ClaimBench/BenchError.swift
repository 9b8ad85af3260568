/// An error that stops the benchmark.
enum BenchError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyCorpus(path: String)
    case childFailed(stage: String, status: Int32)
    case badChildOutput(stage: String, reason: String)
    case noResult(stage: String)
    case checkFailed(reason: String)

    var description: String {
        switch self {
        case .emptyCorpus(let path): "\(path): no articles to make benchmark inputs from"
        case .childFailed(let stage, let status): "stage \(stage): child process exited with status \(status)"
        case .badChildOutput(let stage, let reason): "stage \(stage): unreadable result from child process: \(reason)"
        case .noResult(let stage): "stage \(stage): no run finished"
        case .checkFailed(let reason): "stage check: claims check failed: \(reason)"
        }
    }
}
