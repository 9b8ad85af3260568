import ClaimKit
import ClaimKitCLI
import Foundation
import Testing

/// A scratch project folder (`Corpus/`, `Claims/`) removed when the value goes away.
final class ScratchProject: Sendable {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appending(path: "claimtrack-cli-\(UUID().uuidString)")
        for folder in ["Corpus", "Claims"] {
            try FileManager.default.createDirectory(at: root.appending(path: folder), withIntermediateDirectories: true)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes a file under the project; returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = root.appending(path: name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func run(_ arguments: [String]) -> Run { Run(arguments, in: root) }
}

/// The bad-input matrix through the `claims` command line: each bad file gives one exact
/// message on stderr and exit code 2, and never a crash; text that is odd but valid gives exit 0.
@Suite("Bad input on the command line")
struct BadInputTests {
    /// For ledger files: its claim spans 34-50, "talks will go on".
    static let article = "The minister said on Monday that \"talks will go on\" next week.\n"
    /// For extraction: one direct claim, "Talks will go on".
    static let quote = "\"Talks will go on,\" the minister said on Monday.\n"

    struct BadArticle: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var message: String   // after "Error: <path>: "
        var testDescription: String { name }
    }

    static let badArticles: [BadArticle] = [
        BadArticle(name: "empty", bytes: [], message: "article is empty"),
        BadArticle(name: "white space only", bytes: Array(" \n\t\r\n\u{A0}\n".utf8), message: "article is empty"),
        BadArticle(name: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], message: "looks like a binary file, not article text"),
        BadArticle(name: "UTF-16 with a BOM", bytes: [0xFF, 0xFE] + Array(article.data(using: .utf16LittleEndian)!),
                   message: "is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"),
    ]

    @Test("A bad article file: one message, exit 2", arguments: badArticles, ["extract", "corpus"])
    func badArticle(_ c: BadArticle, _ command: String) throws {
        let project = try ScratchProject()
        let path = try project.write("Corpus/bad.txt", c.bytes)
        for arguments in [[command, path], [command, "bad"]] {
            let run = project.run(arguments)
            #expect(run.status == .usage)
            #expect(run.errors == "Error: \(path): \(c.message)\n")
        }
    }

    @Test("Invalid UTF-8 is decoded with replacement and reported")
    func invalidUTF8() throws {
        let project = try ScratchProject()
        let bytes = Array("\"The plan holds,\" the minister said on Monday.\n\nA ".utf8) + [0xC3, 0x28, 0xFF] + Array(" broken paragraph, officials said.\n".utf8)
        let path = try project.write("Corpus/u.txt", bytes)
        let corpus = project.run(["corpus", "--format", "json", "u"])
        #expect(corpus.status == .success)
        #expect(corpus.output.contains("\"invalidUTF8\" : 2"))
        let extract = project.run(["extract", "--format", "jsonl", path])
        #expect(extract.status == .success && extract.errors.isEmpty)
        let claims = try extract.output.split(separator: "\n").map { try JSONDecoder().decode(Claim.self, from: Data($0.utf8)) }
        #expect(claims.map(\.text) == ["The plan holds", "A \u{FFFD}(\u{FFFD} broken paragraph"])
        let last = try #require(claims.last?.source)
        #expect(Array(bytes[last.start..<last.end]) == Array("A ".utf8) + [0xC3, 0x28, 0xFF] + Array(" broken paragraph".utf8))
    }

    @Test("A UTF-8 byte order mark and CRLF line ends work, with offsets true to the bytes")
    func bomAndCRLF() throws {
        let project = try ScratchProject()
        let bytes = [0xEF, 0xBB, 0xBF] + Array((Self.article + Self.quote).replacingOccurrences(of: "\n", with: "\r\n\r\n").utf8)
        try project.write("Corpus/b.txt", bytes)
        let run = project.run(["extract", "--format", "jsonl", "b"])
        #expect(run.status == .success && run.errors.isEmpty)
        let claims = try run.output.split(separator: "\n").map { try JSONDecoder().decode(Claim.self, from: Data($0.utf8)) }
        #expect(claims.map(\.text) == ["\"talks will go on\" next week", "Talks will go on"])
        for claim in claims {
            let source = try #require(claim.source)
            #expect(Array(bytes[source.start..<source.end]) == Array(source.exact.utf8))
        }
        #expect(claims.first?.source?.start == 3 + 33)
    }

    @Test("10,000 unbalanced quotation marks: exit 0, the claims around them kept")
    func unbalancedQuotes() throws {
        let project = try ScratchProject()
        let noise = String(repeating: "word \" word \u{201C} it\u{2019}s ' ", count: 2_500)
        try project.write("Corpus/q.txt", Self.quote + "\n" + noise + "\n\n" + Self.quote)
        let run = project.run(["extract", "--format", "jsonl", "q"])
        #expect(run.status == .success && run.errors.isEmpty)
        let texts = try run.output.split(separator: "\n").map { try JSONDecoder().decode(Claim.self, from: Data($0.utf8)).text }
        #expect(texts.first == "Talks will go on" && texts.last == "Talks will go on")
    }

    @Test("A directory named like an article file")
    func directory() throws {
        let project = try ScratchProject()
        try FileManager.default.createDirectory(at: project.root.appending(path: "Corpus/d.txt"), withIntermediateDirectories: true)
        let path = project.root.appending(path: "Corpus/d.txt").path
        let run = project.run(["extract", project.root.appending(path: "Corpus").path])
        #expect(run.status == .usage)
        #expect(run.errors == "Error: \(path): is a directory, expected an article file\n")
    }

    @Test("A symbolic link loop")
    func symlinkLoop() throws {
        let project = try ScratchProject()
        let a = project.root.appending(path: "Corpus/a.txt").path, b = project.root.appending(path: "Corpus/b.txt").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        for arguments in [["extract", a], ["extract", "a"], ["corpus", "--show", "a"]] {
            let run = project.run(arguments)
            #expect(run.status == .usage)
            #expect(run.errors == "Error: \(a): can't read file: Too many levels of symbolic links\n", "\(arguments)")
        }
    }

    @Test("A file without read permission", .disabled(if: geteuid() == 0, "root reads files whatever their mode"))
    func unreadable() throws {
        let project = try ScratchProject()
        let path = try project.write("Corpus/p.txt", Self.article)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let run = project.run(["extract", "p"])
        #expect(run.status == .usage)
        #expect(run.errors == "Error: \(path): can't read file: Permission denied\n")
    }

    @Test("An id with '/' or '..' is refused", arguments: ["../x", "a/../b", "..", ".x", "..x"])
    func escapingID(_ id: String) throws {
        let project = try ScratchProject()
        let run = project.run(["test", id])
        #expect(run.status == .usage)
        #expect(run.errors == "Error: '\(id)': not an article id (an id is a file stem: no '/', no '..', no leading '.')\n")
    }

    @Test("A command line of 100,000 global options parses, the last --root winning")
    func manyGlobalOptions() throws {
        let arguments = (0..<100_000).flatMap { ["--root", "/r\($0)"] } + ["--root=/last", "corpus", "--format", "json"]
        let invocation = try Invocation.parse(arguments)
        #expect(invocation.action == .run(.corpus))
        #expect(invocation.value("--root") == "/last")
        #expect(try Invocation.parse(["--root", "/a", "corpus", "--root", "/b"]).value("--root") == "/b")
        #expect(throws: UsageError("Missing value for option '--root'")) { try Invocation.parse(["--root", "/a", "--root"]) }
    }

    struct BadLedger: Sendable, CustomTestStringConvertible {
        var name: String
        var json: String
        var message: String   // after "Error: <Claims/x.json>: "
        var testDescription: String { name }
    }

    static let claimFields = #""article" : "x", "start" : 34, "end" : 50, "exact" : "talks will go on", "kind" : "direct", "text" : "talks will go on", "cue" : "said", "speaker" : { "name" : "minister", "mention" : "The minister", "type" : "anonymous" }"#

    static let badLedgers: [BadLedger] = [
        BadLedger(name: "empty", json: "", message: "line 1, column 1: file is empty, expected a JSON array"),
        BadLedger(name: "truncated mid-JSON", json: "[\n  { " + claimFields.prefix(60),
                  message: "line 2, column 65: invalid JSON (The given data was not valid JSON.)"),
        BadLedger(name: "unknown field", json: "[\n  { \(claimFields), \"speakr\" : 1 }\n]\n",
                  message: "line 2, column 229: claim 1: field 'speakr': unknown field 'speakr'"),
        BadLedger(name: "missing field", json: "[\n  { \(claimFields.replacingOccurrences(of: #""text" : "talks will go on", "#, with: "")) }\n]\n",
                  message: "line 2, column 3: claim 1: missing field 'text'"),
        BadLedger(name: "wrong type", json: "[\n  { \(claimFields.replacingOccurrences(of: #""start" : 34"#, with: #""start" : "34""#)) }\n]\n",
                  message: "line 2, column 22: claim 1: field 'start': expected an integer: Expected to decode Int but found a string instead."),
        BadLedger(name: "offset past the end", json: "[\n  { \(claimFields) },\n  { \(claimFields.replacingOccurrences(of: #""end" : 50"#, with: #""end" : 9999"#)) }\n]\n",
                  message: "claim 2: span 34-9999 is past the end of CORPUS (63 bytes)"),
    ]

    @Test("A bad ledger file: one message, exit 2", arguments: badLedgers)
    func badLedger(_ c: BadLedger) throws {
        let project = try ScratchProject()
        let article = try project.write("Corpus/x.txt", Self.article)
        let ledger = try project.write("Claims/x.json", c.json)
        let run = project.run(["test", "x"])
        #expect(run.status == .usage)
        #expect(run.errors == "Error: \(ledger): \(c.message.replacingOccurrences(of: "CORPUS", with: article))\n")
        #expect(try String(contentsOfFile: ledger, encoding: .utf8) == c.json, "the ledger file was changed")
    }

    @Test("A ledger written from extraction passes validation and the test")
    func goodLedger() throws {
        let project = try ScratchProject()
        try project.write("Corpus/x.txt", Self.article + "\n" + Self.quote)
        let extract = project.run(["extract", "--format", "json", "x"])
        #expect(extract.status == .success)
        try project.write("Claims/x.json", extract.output)
        let run = project.run(["test", "x"])
        #expect(run.errors.isEmpty)
        #expect(run.output.hasSuffix("1 articles: 2 of 2 reviewed claims found, 0 differences, 0 known misses\n"))
        #expect(run.status == .success)
    }
}
