import ClaimKit
import Foundation
import Testing

extension Tag {
    /// Tests that read `Corpus/` or `Claims/`.
    @Tag static var corpus: Self
}

/// An article of the repository's `Corpus/`, named by its id in test output.
struct CorpusFile: Sendable, CustomTestStringConvertible {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..").standardized
    static let all = ((try? FileManager.default.contentsOfDirectory(at: root.appending(path: "Corpus"),
        includingPropertiesForKeys: nil)) ?? []).filter { $0.pathExtension == "txt" }
        .sorted { $0.path < $1.path }.map(CorpusFile.init)

    var url: URL
    var id: String { url.deletingPathExtension().lastPathComponent }
    var testDescription: String { id }

    static func named(_ prefix: String) -> CorpusFile {
        guard let file = all.first(where: { $0.id.hasPrefix(prefix) }) else {
            preconditionFailure("no corpus article \(prefix)")
        }
        return file
    }

    func article() throws -> Article { try Article(contentsOf: url) }
}

/// A scratch folder removed when the value goes away.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "claimtrack-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ contents: String) throws -> URL {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = url.appending(path: name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }
}
