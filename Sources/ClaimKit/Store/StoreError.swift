/// An error that occurs while reading or writing the claims ledger.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not valid ledger JSON; `detail` gives line, column and what is wrong.
    case malformed(path: String, detail: String)
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case invalidClaim(path: String, claim: Int, reason: String)

    public var description: String {
        switch self {
        case .malformed(let path, let detail): "\(path): \(detail)"
        case .unreadable(let path, let reason): "\(path): can't read ledger file: \(reason)"
        case .unwritable(let path, let reason): "\(path): can't write ledger file: \(reason)"
        case .invalidClaim(let path, let claim, let reason): "\(path): claim \(claim): \(reason)"
        }
    }
}
