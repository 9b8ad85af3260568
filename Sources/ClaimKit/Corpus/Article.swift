import Foundation

/// A news article as stored, with its body found and its metadata detected.
///
/// The bytes are kept exactly as stored: every offset in claimtrack is a UTF-8 byte offset
/// into them. Text is decoded with replacement only for display and matching, so a file with
/// a stray invalid byte still loads and its offsets stay true.
public struct Article: Sendable {
    /// The file stem, shared by `Corpus/<id>.txt` and `Claims/<id>.json`.
    public let id: String
    /// Where it was read from, as given.
    public let path: String
    public let bytes: [UInt8]
    /// The whole file decoded as UTF-8, invalid sequences replaced with U+FFFD.
    public let text: String
    /// How many invalid UTF-8 sequences the file holds (0 for a clean file).
    public let invalidSequences: Int
    /// The body: the article's own paragraphs in reading order, page furniture left out.
    public let paragraphs: [Paragraph]
    /// The lines the cleaner left out, and why.
    public let dropped: [DroppedLine]
    public let datelines: [Dateline]
    public let metadata: ArticleMetadata

    /// Reads and cleans an article file.
    ///
    /// - Throws: `CorpusError` when the file is missing, a directory, empty, binary or UTF-16.
    public init(contentsOf url: URL, id: String? = nil) throws {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Article.missing(path)
        }
        if isDirectory.boolValue { throw CorpusError.isDirectory(path: path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CorpusError.unreadable(path: path, reason: Article.reason(error))
        }
        let stem = id ?? url.deletingPathExtension().lastPathComponent
        let sidecarURL = url.deletingLastPathComponent().appending(path: stem + ".meta.json")
        let sidecar = try ArticleSidecar.load(from: sidecarURL)
        try self.init(id: stem, bytes: [UInt8](data), path: path, sidecar: sidecar)
    }

    /// Cleans an article held in memory (tests, the benchmark, fuzzing).
    public init(id: String, bytes: [UInt8], path: String? = nil, sidecar: ArticleSidecar? = nil) throws {
        let path = path ?? id
        try Article.validate(bytes, path: path)
        self.id = id
        self.path = path
        self.bytes = bytes
        self.text = String(decoding: bytes, as: UTF8.self)
        self.invalidSequences = Article.countInvalidSequences(bytes)
        let cleaned = ArticleCleaner(bytes: bytes).clean()
        self.paragraphs = cleaned.paragraphs
        self.dropped = cleaned.dropped
        self.datelines = cleaned.datelines
        var metadata = cleaned.metadata
        sidecar?.apply(to: &metadata)
        self.metadata = metadata
    }

    /// Convenience for tests: an article from a string.
    public init(id: String, text: String) throws {
        try self.init(id: id, bytes: Array(text.utf8))
    }

    /// The decoded text of a byte range of the file.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The date that governs a paragraph: its dateline's, else the publication date.
    public func governingDate(of paragraph: Paragraph) -> CalendarDate? {
        if let index = paragraph.dateline, let date = datelines[index].date { return date }
        return metadata.published?.value
    }

    /// The place of the dateline that governs a paragraph.
    public func governingPlace(of paragraph: Paragraph) -> String? {
        if let index = paragraph.dateline, let place = datelines[index].place { return place }
        return metadata.place?.value
    }

    /// Number of words in the body.
    public var wordCount: Int {
        var count = 0
        for paragraph in paragraphs {
            var inWord = false
            for i in paragraph.range {
                let isWord = ByteClass.isWordByte(bytes[i])
                if isWord && !inWord { count += 1 }
                inWord = isWord
            }
        }
        return count
    }

    static func validate(_ bytes: [UInt8], path: String) throws {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw CorpusError.utf16(path: path)
        }
        var control = 0
        var nonSpace = false
        for b in bytes.prefix(65_536) {
            if b == 0 { throw CorpusError.binary(path: path) }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { control += 1 }
        }
        if control * 10 > min(bytes.count, 65_536) { throw CorpusError.binary(path: path) }
        var i = 0
        while i < bytes.count {
            let n = ByteClass.spaceLength(bytes, i)
            if n == 0 { nonSpace = true; break }
            i += n
        }
        if !nonSpace { throw CorpusError.empty(path: path) }
    }

    static func countInvalidSequences(_ bytes: [UInt8]) -> Int {
        var count = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: count += 1
            }
        }
        return count
    }

    /// The error for a path that does not lead to a file: not found, or, for a symbolic link
    /// that exists but cannot be followed (a loop, a dangling target), unreadable and why, so
    /// the user is not sent looking for a file that is there.
    static func missing(_ path: String) -> CorpusError {
        var status = stat()
        if lstat(path, &status) == 0, stat(path, &status) != 0 {
            return .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        return .notFound(path: path)
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }
}
