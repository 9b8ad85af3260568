import Foundation

/// The claims ledger: `Claims/<article-id>.json` per article, `Claims/unsourced.json` for
/// claims recorded without an article of the corpus.
///
/// Files are JSON arrays, pretty-printed with sorted keys and claims in span order, so that a
/// change shows as a small diff. Every write goes to a temporary file that is then renamed over
/// the old one, under an exclusive lock on `Claims/.lock`, so a crash leaves the previous file
/// whole and two writers never lose each other's claims.
public struct ClaimStore: Sendable {
    public let directory: URL

    /// The ledger file of claims with no article in the corpus.
    public static let unsourcedName = "unsourced"

    public init(directory: URL) {
        self.directory = directory
    }

    public func url(for articleID: String?) -> URL {
        directory.appending(path: (articleID ?? ClaimStore.unsourcedName) + ".json")
    }

    /// The claims recorded for an article (`nil`: the unsourced ones); empty when there is no file.
    public func claims(for articleID: String?) throws -> [Claim] {
        if let articleID { try Corpus.validate(id: articleID) }
        return try read(url(for: articleID))
    }

    /// The ids of the articles that have a ledger file, sorted.
    public func articleIDs() throws -> [String] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw StoreError.unreadable(path: directory.path, reason: Article.reason(error))
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(5)) }
            .filter { $0 != ClaimStore.unsourcedName }
            .sorted()
    }

    /// Every claim in the ledger, article files first, in span order.
    public func allClaims() throws -> [Claim] {
        var claims: [Claim] = []
        for id in try articleIDs() { claims += try read(url(for: id)) }
        claims += try read(url(for: nil))
        return claims
    }

    /// Reads one ledger file. A missing file is an empty ledger; a malformed one is an error
    /// that names the line and column.
    public func read(_ file: URL) throws -> [Claim] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw StoreError.unreadable(path: file.path, reason: Article.reason(error))
        }
        return try ClaimStore.decode(data, path: file.path)
    }

    /// Decodes ledger JSON, reporting errors with line and column.
    public static func decode(_ data: Data, path: String) throws -> [Claim] {
        do {
            return try JSONDecoder().decode([Claim].self, from: data)
        } catch let error as DecodingError {
            throw StoreError.malformed(path: path, detail: JSONErrorDescription.describe(error, in: data))
        } catch {
            throw StoreError.malformed(path: path, detail: "\(error)")
        }
    }

    /// Encodes claims the way ledger files store them: sorted keys, span order, final newline.
    public static func encode(_ claims: [Claim]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(claims.sorted(by: Claim.spanOrder))
        data.append(0x0A)
        return data
    }

    /// Replaces the claims of one article's file (`nil`: the unsourced file), atomically.
    public func write(_ claims: [Claim], for articleID: String?) throws {
        try withLock { try writeUnlocked(claims, to: url(for: articleID)) }
    }

    /// Reads a file, lets `change` edit its claims, and writes the result, all under the lock,
    /// so concurrent writers each see the other's claims.
    @discardableResult
    public func update<T>(articleID: String?, _ change: (inout [Claim]) throws -> T) throws -> T {
        try withLock {
            let file = url(for: articleID)
            var claims = try read(file)
            let result = try change(&claims)
            try writeUnlocked(claims, to: file)
            return result
        }
    }

    func writeUnlocked(_ claims: [Claim], to file: URL) throws {
        let data = try ClaimStore.encode(claims)
        do {
            try AtomicFile.write(data, to: file)
        } catch .noFolder(_, let folder) {
            throw StoreError.unwritable(path: file.path, reason: "there is no folder \(folder)")
        } catch .unwritable(_, let reason) {
            throw StoreError.unwritable(path: file.path, reason: reason)
        }
    }

    /// Runs `body` holding an exclusive `flock` on `Claims/.lock`.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.unwritable(path: directory.path, reason: Article.reason(error))
        }
        let lockPath = directory.appending(path: ".lock").path
        let fd = open(lockPath, O_CREAT | O_RDWR, 0o644)
        guard fd >= 0 else { throw StoreError.unwritable(path: lockPath, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw StoreError.unwritable(path: lockPath, reason: String(cString: strerror(errno))) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
