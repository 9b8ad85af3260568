/// An error that occurs while writing a file the user named (the HTML report) or the ledger.
public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder the file should go in does not exist.
    case noFolder(path: String, folder: String)
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .noFolder(let path, let folder): "\(path): can't write: there is no folder \(folder)"
        case .unwritable(let path, let reason): "\(path): can't write: \(reason)"
        }
    }
}
