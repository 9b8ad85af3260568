import ClaimKit
import Foundation
import Testing

@Suite("Claims ledger store")
struct StoreTests {
    @Test("Write then read gives the same claims, and leaves no temporary file")
    func writeRead() throws {
        let folder = try TemporaryDirectory()
        let store = ClaimStore(directory: folder.url.appending(path: "Claims"))
        try store.write([ModelTests.sample], for: "a")
        #expect(try store.claims(for: "a") == [ModelTests.sample])
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
        #expect(names.filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(try store.articleIDs() == ["a"])
    }

    @Test("A missing file is an empty ledger")
    func missing() throws {
        let folder = try TemporaryDirectory()
        #expect(try ClaimStore(directory: folder.url).claims(for: "a").isEmpty)
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        var name: String
        var json: String
        var message: String
        var testDescription: String { name }
    }

    static let malformed: [Malformed] = [
        Malformed(name: "empty file", json: "", message: "line 1, column 1: file is empty"),
        Malformed(name: "truncated", json: "[\n  {\n    \"kind\" : \"direct\",\n", message: "invalid JSON"),
        Malformed(name: "unknown field", json: "[\n  {\n    \"kind\" : \"direct\", \"txt\" : \"x\"\n  }\n]\n",
                  message: "line 3, column 24: claim 1: field 'txt': unknown field 'txt'"),
        Malformed(name: "missing field", json: "[\n  {\n    \"kind\" : \"direct\", \"cue\" : \"said\"\n  }\n]\n",
                  message: "line 2, column 3: claim 1: missing field 'text'"),
        Malformed(name: "wrong type", json: "[\n  {\n    \"kind\" : 3\n  }\n]\n",
                  message: "line 3, column 5: claim 1: field 'kind': expected a string"),
        Malformed(name: "not an array", json: "{}", message: "expected an array"),
    ]

    @Test("A malformed file names the line and what is wrong", arguments: malformed)
    func malformedFile(_ c: Malformed) throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("a.json", c.json)
        let store = ClaimStore(directory: folder.url)
        let error = #expect(throws: StoreError.self) { try store.claims(for: "a") }
        let text = error?.description ?? ""
        #expect(text.hasPrefix(file.path + ": "), "\(text)")
        #expect(text.contains(c.message), "\(text)")
        // Nothing was overwritten.
        #expect(try String(contentsOf: file, encoding: .utf8) == c.json)
    }

    @Test("update() sees what another writer wrote")
    func update() throws {
        let folder = try TemporaryDirectory()
        let store = ClaimStore(directory: folder.url)
        try store.write([ModelTests.sample], for: "a")
        var other = ModelTests.sample
        other.source?.start = 30
        other.source?.end = 40
        other.id = "a@30-40"
        try store.update(articleID: "a") { $0.append(other) }
        #expect(try store.claims(for: "a").count == 2)
    }

    @Test("The repository's ledger files all read", .tags(.corpus))
    func repositoryLedger() throws {
        let store = ClaimStore(directory: CorpusFile.root.appending(path: "Claims"))
        let claims = try store.allClaims()
        #expect(!claims.isEmpty)
    }
}
