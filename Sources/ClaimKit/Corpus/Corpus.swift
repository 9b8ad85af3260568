import Foundation

/// The articles of a project: `Corpus/*.txt`, plus any file or folder named on the command line.
public struct Corpus: Sendable {
    /// The `Corpus/` folder.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The ids of the articles in `Corpus/`, sorted.
    public func articleIDs() throws -> [String] {
        try Corpus.textFiles(in: directory).map { $0.deletingPathExtension().lastPathComponent }
    }

    /// Loads the article with this id from `Corpus/`.
    public func article(id: String) throws -> Article {
        try Corpus.validate(id: id)
        let url = directory.appending(path: id + ".txt")
        try Corpus.checkExists(url, id: id, corpus: directory)
        return try Article(contentsOf: url)
    }

    /// The files that command-line arguments name: an article id in `Corpus/`, a `.txt` file,
    /// or a folder (its `.txt` files). No arguments: every article of the corpus.
    public func files(for arguments: [String]) throws -> [URL] {
        if arguments.isEmpty { return try Corpus.textFiles(in: directory) }
        var files: [URL] = []
        for argument in arguments {
            let url = URL(filePath: argument)
            var isDirectory: ObjCBool = false
            let looksLikePath = argument.contains("/") || argument.hasSuffix(".txt")
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), looksLikePath || isDirectory.boolValue {
                if isDirectory.boolValue {
                    files += try Corpus.textFiles(in: url)
                } else {
                    guard url.pathExtension == "txt" else { throw CorpusError.notText(path: argument) }
                    files.append(url)
                }
            } else if looksLikePath {
                throw Article.missing(argument)
            } else {
                try Corpus.validate(id: argument)
                let file = directory.appending(path: argument + ".txt")
                try Corpus.checkExists(file, id: argument, corpus: directory)
                files.append(file)
            }
        }
        return files
    }

    /// Throws `unknownArticle` when no article has this id, or why its file can't be followed.
    static func checkExists(_ file: URL, id: String, corpus: URL) throws {
        guard !FileManager.default.fileExists(atPath: file.path) else { return }
        let error = Article.missing(file.path)
        throw error == .notFound(path: file.path) ? CorpusError.unknownArticle(id: id, corpus: corpus.path) : error
    }

    /// An id is a file stem: it may not climb out of `Corpus/` or hide a file.
    public static func validate(id: String) throws {
        guard !id.isEmpty, !id.contains("/"), !id.contains("\\"), !id.hasPrefix("."), !id.contains("\0") else {
            throw CorpusError.invalidID(id)
        }
    }

    static func textFiles(in directory: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw CorpusError.notFound(path: directory.path)
        }
        guard isDirectory.boolValue else { return [directory] }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw CorpusError.unreadable(path: directory.path, reason: Article.reason(error))
        }
        return names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
            .map { directory.appending(path: $0) }
    }
}
