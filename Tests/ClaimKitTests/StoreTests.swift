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
        Malformed(name: "empty file", json: "", message: "line 1, column 1: file is empty, expected a JSON array"),
        Malformed(name: "only white space", json: " \n\n", message: "line 1, column 1: file is empty, expected a JSON array"),
        Malformed(name: "truncated", json: "[\n  {\n    \"kind\" : \"direct\",\n",
                  message: "line 4, column 1: invalid JSON (The given data was not valid JSON.)"),
        Malformed(name: "truncated inside a string", json: "[\n  {\n    \"kind\" : \"dir",
                  message: "line 3, column 18: invalid JSON (The given data was not valid JSON.)"),
        Malformed(name: "unknown field", json: "[\n  {\n    \"kind\" : \"direct\", \"txt\" : \"x\"\n  }\n]\n",
                  message: "line 3, column 24: claim 1: field 'txt': unknown field 'txt'"),
        Malformed(name: "missing field", json: "[\n  {\n    \"kind\" : \"direct\", \"cue\" : \"said\"\n  }\n]\n",
                  message: "line 2, column 3: claim 1: missing field 'text'"),
        Malformed(name: "wrong type", json: "[\n  {\n    \"kind\" : 3\n  }\n]\n",
                  message: "line 3, column 5: claim 1: field 'kind': expected a string"),
        Malformed(name: "negative offset", json: "[\n  {\n    \"article\" : \"a\", \"start\" : -4, \"end\" : 2, \"exact\" : \"x\", \"kind\" : \"direct\"\n  }\n]\n",
                  message: "line 3, column 36: claim 1: field 'end': span -4-2 is not a range of byte offsets"),
        Malformed(name: "not an array", json: "{}", message: "line 1, column 1: expected an array"),
    ]

    @Test("A malformed file names the line and what is wrong", arguments: malformed)
    func malformedFile(_ c: Malformed) throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("a.json", c.json)
        let store = ClaimStore(directory: folder.url)
        let error = #expect(throws: StoreError.self) { try store.claims(for: "a") }
        let text = error?.description ?? ""
        #expect(text.hasPrefix(file.path + ": " + c.message), "\(text)")
        // Nothing was overwritten.
        #expect(try String(contentsOf: file, encoding: .utf8) == c.json)
    }

    @Test("A ledger path that is a directory or unreadable")
    func unreadableLedger() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.url.appending(path: "a.json"), withIntermediateDirectories: true)
        let error = #expect(throws: StoreError.self) { try ClaimStore(directory: folder.url).claims(for: "a") }
        #expect(error?.description.hasPrefix(folder.url.appending(path: "a.json").path + ": can't read ledger file: ") == true)
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

    // MARK: - Validation against the article

    static let article = try! Article(id: "x", text: "The minister said on Monday that \"talks will go on\" next week.\n")

    /// A valid claim of `article`, with its span changed by `edit`.
    static func claim(_ edit: (inout SourceSpan) -> Void = { _ in }) -> Claim {
        var source = SourceSpan(article: "x", bytes: article.bytes, start: 34, end: 50)
        edit(&source)
        return Claim(source: source, kind: .direct, text: "talks will go on", cue: "said",
                     speaker: Speaker(name: "minister", mention: "The minister", type: .anonymous), status: .reviewed)
    }

    @Test("Claims that fit their article pass validation")
    func validClaims() throws {
        #expect(Self.claim().source?.exact == "talks will go on")
        try ClaimStore.validate([Self.claim(), Self.claim()], against: Self.article, path: "Claims/x.json")
    }

    @Test("Validation names the file, the claim and what does not fit", arguments: [
        (claim { $0.end = 9999 }, "Claims/x.json: claim 2: span 34-9999 is past the end of x (63 bytes)"),
        (claim { $0.start = 100; $0.end = 9999 }, "Claims/x.json: claim 2: span 100-9999 is past the end of x (63 bytes)"),
        (claim { $0.article = "y" }, "Claims/x.json: claim 2: cites article 'y', not 'x'"),
        (claim { $0.start = 30 }, "Claims/x.json: claim 2: span 30-50 of x is not the claim's exact text (was the article edited?)"),
        (claim { $0.start = 40; $0.end = 30 }, "Claims/x.json: claim 2: span 40-30 is not a range of byte offsets"),
        (Claim(source: nil, kind: .indirect, text: "t", cue: "said", speaker: Speaker(name: "A", mention: "A", type: .person)),
         "Claims/x.json: claim 2: no article span; claims without an article belong in unsourced.json"),
    ])
    func invalidClaim(_ claim: Claim, _ message: String) throws {
        let error = #expect(throws: StoreError.self) {
            try ClaimStore.validate([Self.claim(), claim], against: Self.article, path: "Claims/x.json")
        }
        #expect(error?.description == message)
    }

    @Test("An unverified claim may quote words its span does not hold, but not lie outside the article")
    func unverified() throws {
        var claim = Self.claim { $0.exact = "words not in the article" }
        claim.status = .unverified
        try ClaimStore.validate([claim], against: Self.article, path: "Claims/x.json")
        var outside = Self.claim { $0.end = 64 }
        outside.status = .unverified
        #expect(throws: StoreError.invalidClaim(path: "Claims/x.json", claim: 1, reason: "span 34-64 is past the end of x (63 bytes)")) {
            try ClaimStore.validate([outside], against: Self.article, path: "Claims/x.json")
        }
    }

    @Test("claims(for: article) reads and validates")
    func readValidated() throws {
        let folder = try TemporaryDirectory()
        let store = ClaimStore(directory: folder.url)
        try store.write([Self.claim { $0.end = 9999 }], for: "x")
        #expect(throws: StoreError.invalidClaim(path: store.url(for: "x").path, claim: 1,
                                                reason: "span 34-9999 is past the end of x (63 bytes)")) {
            try store.claims(for: Self.article)
        }
        try store.write([Self.claim()], for: "x")
        #expect(try store.claims(for: Self.article) == [Self.claim()])
    }

    @Test("The repository's ledger files all read", .tags(.corpus))
    func repositoryLedger() throws {
        let store = ClaimStore(directory: CorpusFile.root.appending(path: "Claims"))
        let claims = try store.allClaims()
        #expect(!claims.isEmpty)
    }
}
