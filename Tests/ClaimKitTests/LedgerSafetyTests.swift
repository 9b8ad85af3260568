import ClaimKit
import Foundation
import Synchronization
import Testing

/// The ledger never loses a claim: concurrent writers each see the others' claims, and a writer
/// killed midway leaves the previous file whole. Writers are threads and separate processes
/// (`Tests/StoreWorker`), since the lock is an `flock` that must hold across both.
///
/// The same guarantees for `claims record` processes belong with that command's tests.
@Suite("Ledger safety")
struct LedgerSafetyTests {
    /// The StoreWorker executable, built by `swift test` next to the test bundle.
    static let worker = URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "StoreWorker")

    static func claim(_ index: Int) -> Claim {
        Claim(source: SourceSpan(article: "a", start: index, end: index + 1, exact: "x", prefix: "", suffix: ""),
              kind: .direct, text: "x", cue: "said", speaker: Speaker(name: "Worker", mention: "Worker", type: .person))
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = worker
        process.arguments = arguments
        try process.run()
        return process
    }

    /// Every claim `0..<count` exactly once, in span order, and no temporary file left behind.
    static func expectEveryClaimOnce(_ store: ClaimStore, count: Int) throws {
        let claims = try store.claims(for: "a")
        #expect(claims.count == count)
        #expect(claims.compactMap(\.source?.start) == Array(0..<count))
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty, "\(names)")
    }

    @Test("Threads updating one file at once: every claim exactly once")
    func threads() throws {
        let folder = try TemporaryDirectory()
        let store = ClaimStore(directory: folder.url)
        let (writers, each) = (8, 25)
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: writers) { worker in
            for i in 0..<each {
                do { try store.update(articleID: "a") { $0.append(Self.claim(worker * each + i)) } } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        try Self.expectEveryClaimOnce(store, count: writers * each)
    }

    @Test("Processes updating one file at once: every claim exactly once")
    func processes() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.worker.path), "StoreWorker not built at \(Self.worker.path)")
        let folder = try TemporaryDirectory()
        let (writers, each) = (8, 25)
        let processes = try (0..<writers).map { try Self.start(["append", folder.url.path, "a", String($0), String(each)]) }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        try Self.expectEveryClaimOnce(ClaimStore(directory: folder.url), count: writers * each)
    }

    @Test("A writer killed midway leaves the previous file whole", arguments: 0..<3)
    func killedWriter(_ attempt: Int) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.worker.path), "StoreWorker not built at \(Self.worker.path)")
        let folder = try TemporaryDirectory()
        let store = ClaimStore(directory: folder.url)
        let count = 2_000   // half a megabyte: each write takes long enough to be caught in the middle
        let before = (0..<count).map(Self.claim)
        try store.write(before, for: "a")
        let process = try Self.start(["rewrite", folder.url.path, "a", String(count)])
        // Wait until a write is under way (its temporary file exists), let it run a little, then kill it.
        var caught = false
        for _ in 0..<20_000 where !caught {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
            caught = names.contains { $0.hasSuffix(".tmp") }
            if !caught { usleep(500) }
        }
        usleep(UInt32(attempt) * 2_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(caught, "no write was seen under way")
        #expect(process.terminationReason == .uncaughtSignal)
        // The ledger reads whole: the claims from before, or a complete later round.
        let after = try store.claims(for: "a")
        #expect(after.count == count)
        #expect(Set(after.map(\.text)).count == 1)
        #expect(after.compactMap(\.source?.start) == Array(0..<count))
        // A killed writer's temporary file is hidden from the ledger.
        #expect(try store.articleIDs() == ["a"])
    }
}
