/// An error that occurs while finding or reading an article.
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unknownArticle(id: String, corpus: String)
    case invalidID(String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case utf16(path: String)
    case notText(path: String)
    case badSidecar(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or directory"
        case .unknownArticle(let id, let corpus): "\(id): no article with this id in \(corpus)"
        case .invalidID(let id): "'\(id)': not an article id (an id is a file stem: no '/', no '..', no leading '.')"
        case .isDirectory(let path): "\(path): is a directory, expected an article file"
        case .unreadable(let path, let reason): "\(path): can't read file: \(reason)"
        case .empty(let path): "\(path): article is empty"
        case .binary(let path): "\(path): looks like a binary file, not article text"
        case .utf16(let path): "\(path): is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"
        case .notText(let path): "\(path): not a .txt article"
        case .badSidecar(let path, let reason): "\(path): \(reason)"
        }
    }
}
