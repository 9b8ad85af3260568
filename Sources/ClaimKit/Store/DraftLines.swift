import Foundation

/// A JSON Lines file of claims to record (`claims record --from FILE`): one object a line, the
/// fields of `claims extract --format jsonl`. Blank lines are skipped.
public struct DraftLines: Sendable {
    /// A claim to record and the line it came from (1-based).
    public struct Line: Hashable, Sendable {
        public var number: Int
        public var draft: ClaimDraft
    }

    public let path: String
    public let lines: [Line]

    /// Reads and decodes the whole file; the first malformed line is an error that names it.
    ///
    /// - Parameter path: How messages name the file (default: its full path).
    public init(contentsOf url: URL, path: String? = nil) throws {
        let path = path ?? url.path
        self.path = path
        guard FileManager.default.fileExists(atPath: url.path) else { throw CorpusError.notFound(path: path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CorpusError.unreadable(path: path, reason: Article.reason(error))
        }
        var lines: [Line] = []
        var number = 0
        for raw in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let line = Data(raw)
            guard line.contains(where: { !ByteClass.isSpace($0) }) else { continue }
            do {
                lines.append(Line(number: number, draft: try JSONDecoder().decode(ClaimDraft.self, from: line)))
            } catch let error as DecodingError {
                var detail = JSONErrorDescription.describe(error, in: line)
                if detail.hasPrefix("line 1, ") { detail.removeFirst("line 1, ".count) }
                throw StoreError.malformed(path: path, detail: "line \(number), \(detail)")
            } catch {
                throw StoreError.malformed(path: path, detail: "line \(number): \(error)")
            }
        }
        guard !lines.isEmpty else { throw StoreError.malformed(path: path, detail: "no claims: the file has no JSON lines") }
        self.lines = lines
    }
}
