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

    /// Writes the file whole or not at all: the bytes go to a temporary file that is flushed to
    /// disk before it is renamed over the old one, so a process killed midway, or a machine that
    /// loses power, leaves either the previous file or the new one, never a part.
    func writeUnlocked(_ claims: [Claim], to file: URL) throws {
        let data = try ClaimStore.encode(claims)
        let temporary = directory.appending(path: ".\(file.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        func failure() -> StoreError {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            return StoreError.unwritable(path: file.path, reason: reason)
        }
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure() }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        guard written, fsync(fd) == 0 else { let error = failure(); close(fd); throw error }
        guard close(fd) == 0, rename(temporary.path, file.path) == 0 else { throw failure() }
        // Make the rename itself durable.
        let directoryFD = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryFD >= 0 { fsync(directoryFD); close(directoryFD) }
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
