import ClaimKit
import Foundation
import Testing

/// The built `claims` executable, run as separate processes: locks and atomic renames are only
/// tested for real between processes.
enum ClaimsExecutable {
    /// Next to the test bundle in `.build/<configuration>/`, where `swift test` builds it.
    static func url() -> URL? {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL { candidates.append(bundle.deletingLastPathComponent()) }
        candidates.append(URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent())
        candidates.append(Run.root.appending(path: ".build/debug"))
        return candidates.map { $0.appending(path: "claims") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "the claims executable is not built next to the tests: run swift build first" }
    }

    static func start(_ arguments: [String], in directory: URL) throws -> Process {
        let process = Process()
        guard let url = url() else { throw NotBuilt() }
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

@Suite("Ledger writes between processes", .serialized)
struct LedgerConcurrencyTests {
    @Test("Twenty claims record processes at once: every claim is in the ledger exactly once")
    func concurrentRecords() throws {
        let project = try TestProject()
        let sentences = (1...20).map { "the reform will need \($0) more weeks of debate in parliament" }
        func wave() throws -> [Int32] {
            var processes: [Process] = []
            for (n, sentence) in sentences.enumerated() {
                // Half into one article's file, half into the unsourced file, all at once.
                let source = n % 2 == 0 ? ["--source", "a"] : []
                processes.append(try ClaimsExecutable.start(["record", "--speaker", "Jane Doe", "--text", sentence] + source, in: project.url))
            }
            for process in processes { process.waitUntilExit() }
            return processes.map(\.terminationStatus)
        }
        #expect(try wave() == Array(repeating: 0, count: 20))
        let recorded = try project.claims("a") + project.claims(nil)
        #expect(recorded.count == 20)
        #expect(Set(recorded.map(\.text)) == Set(sentences))
        // The same twenty again, at once: nothing is added.
        #expect(try wave() == Array(repeating: 0, count: 20))
        #expect(try (project.claims("a") + project.claims(nil)).count == 20)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.url.appending(path: "Claims").path)
        #expect(leftovers.filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test("A record killed while writing leaves the previous ledger whole, and the next one works")
    func killedWrite() throws {
        let project = try TestProject()
        let store = ClaimStore(directory: project.url.appending(path: "Claims"))
        // A large ledger, so that writing it takes a while.
        let filler = String(repeating: "and the debate went on late into the night ", count: 120)
        let claims = (0..<1_500).map { n in
            Claim(source: nil, kind: .direct, text: "\(n) \(filler)", cue: "said",
                  speaker: Speaker(name: "Jane Doe", mention: "Jane Doe", type: .person), status: .reviewed)
        }
        try store.write(claims, for: nil)
        let file = store.url(for: nil)
        let claimsDirectory = store.directory.path
        var count = claims.count
        for attempt in 0..<4 {
            let before = try Data(contentsOf: file)
            let process = try ClaimsExecutable.start(["record", "--speaker", "Jane Doe", "--text", "attempt \(attempt) of the debate"],
                                                     in: project.url)
            // Kill it the moment its temporary file appears: mid-write, before the rename.
            var killedMidWrite = false
            while process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: claimsDirectory)) ?? []
                if names.contains(where: { $0.hasPrefix(".unsourced.json.\(process.processIdentifier).") }) {
                    kill(process.processIdentifier, SIGKILL)
                    killedMidWrite = true
                    break
                }
            }
            process.waitUntilExit()
            // Whatever the moment of the kill, the file is a whole ledger: the old one or the new one.
            let after = try Data(contentsOf: file)
            let ledger = try ClaimStore.decode(after, path: file.path)
            if killedMidWrite && process.terminationReason == .uncaughtSignal {
                #expect(after == before, "a write killed before its rename changed the ledger")
            } else {
                #expect(after == before || ledger.count == count + 1)
            }
            count = ledger.count
        }
        // Stale temporary files (and the lock the killed process held) do not get in the way.
        try Data("[\n  {\n    \"kind\" : \"dir".utf8).write(to: store.directory.appending(path: ".unsourced.json.99999.1.tmp"))
        #expect(try store.articleIDs().isEmpty)
        let last = try ClaimsExecutable.start(["record", "--speaker", "Jane Doe", "--text", "the last word on the debate"], in: project.url)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        let final = try store.claims(for: nil)
        #expect(final.contains { $0.text == "the last word on the debate" })
        #expect(final.count == count + 1)
    }
}
