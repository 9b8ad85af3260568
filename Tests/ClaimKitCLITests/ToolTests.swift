import ClaimKit
import ClaimKitCLI
import Foundation
import Testing

/// Runs the tool in-process and captures what it prints.
struct Run {
    var status: Status
    var output: String
    var errors: String

    static let root = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..").standardized

    init(_ arguments: [String], in directory: URL = Run.root) {
        var output = "", errors = ""
        status = Tool(workingDirectory: directory).run(arguments, output: &output, errors: &errors)
        self.output = output
        self.errors = errors
    }
}

@Suite("Command line")
struct ToolTests {
    @Test("--help and help COMMAND print usage to stdout", arguments: [["--help"], ["help", "corpus"], ["corpus", "--help"], []])
    func help(_ arguments: [String]) {
        let run = Run(arguments)
        #expect(run.status == .success)
        #expect(run.output.contains("USAGE:"))
        #expect(run.errors.isEmpty)
    }

    @Test("--version") func version() {
        let run = Run(["--version"])
        #expect(run.status == .success)
        #expect(run.output.hasPrefix("claims "))
    }

    @Test("Mistakes give one line, the usage, and exit 2", arguments: [
        (["corpus", "--fromat", "json"], "Error: Unknown option '--fromat'"),
        (["bogus"], "Error: Unknown command 'bogus'"),
        (["corpus", "--format", "xml"], "Error: Unknown format 'xml' (use table, json or jsonl)"),
        (["corpus", "--show"], "Error: Missing value for option '--show'"),
        (["help", "bogus"], "Error: Unknown command 'bogus'"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) {
        let run = Run(arguments)
        #expect(run.status == .usage)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix(message + "\n"))
        #expect(run.errors.contains("Usage: claims"))
    }

    @Test("corpus lists the five articles with dates and datelines", .tags(.corpus))
    func corpus() {
        let run = Run(["corpus"])
        #expect(run.status == .success)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines[1].hasPrefix("000_049134086145d676  AFP      2017-02-16  Brussels, Moscow"))
        #expect(lines[4].contains("Reuters") && lines[4].contains("Washington"))
    }

    @Test("corpus --format json is an array of rows", .tags(.corpus))
    func corpusJSON() throws {
        let run = Run(["corpus", "--format=json", "000_049134086145d676"])
        #expect(run.status == .success)
        let rows = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]]
        #expect(rows?.first?["published"] as? String == "2017-02-16")
    }

    @Test("corpus --show marks dropped lines", .tags(.corpus))
    func show() {
        let run = Run(["corpus", "--show", "003_ecb2d4459bfc059e"])
        #expect(run.status == .success)
        #expect(run.output.contains("✗ [paywall] To Read The Full Story"))
        #expect(run.output.contains("✗ [caption] Secretary of State"))
    }

    @Test("An id that escapes Corpus/ is refused", arguments: ["../x", "a/../../b"])
    func escaping(_ id: String) {
        let run = Run(["corpus", id])
        #expect(run.status == .usage)
        #expect(run.errors.hasPrefix("Error: "))
    }

    @Test("--root points at another project")
    func root() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "claimtrack-root-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "Corpus"), withIntermediateDirectories: true)
        try Data("PARIS (AFP) - The minister said on Monday that the reform would go ahead as planned.\n".utf8)
            .write(to: folder.appending(path: "Corpus/x.txt"))
        let run = Run(["corpus", "--root", folder.path])
        #expect(run.status == .success)
        #expect(run.output.split(separator: "\n").last?.hasPrefix("x ") == true)
        #expect(run.output.contains("Paris"))
    }
}

extension Tag {
    /// Tests that read the repository's `Corpus/` or `Claims/`.
    @Tag static var corpus: Self
}

@Suite("Export command")
struct ExportCommandTests {
    @Test("w3c-annotation is a JSON array; jsonl one annotation per line", .tags(.corpus))
    func w3c() throws {
        let run = Run(["export", "--as", "w3c-annotation", "003_ecb2d4459bfc059e"])
        #expect(run.status == .success)
        let array = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]]
        #expect(array?.count == 10)
        let lines = Run(["export", "--as=w3c-annotation", "--format", "jsonl", "003_ecb2d4459bfc059e"]).output.split(separator: "\n")
        #expect(lines.count == 10)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
    }

    @Test("csv has a header and a row per claim", .tags(.corpus))
    func csv() {
        let run = Run(["export", "--as", "csv", "--from", "extracted", "004_d5e9c8767be263e8"])
        #expect(run.status == .success)
        #expect(run.output.hasPrefix("id,article,start,end,kind,speaker"))
        #expect(run.output.contains("\r\n"))
    }

    @Test("Bad export options", arguments: [
        (["export"], "Error: Missing option '--as' (w3c-annotation or csv)"),
        (["export", "--as", "pdf"], "Error: Unknown export 'pdf' (use w3c-annotation or csv)"),
        (["export", "--as", "csv", "--from", "web"], "Error: Unknown claim source 'web' (use ledger or extracted)"),
    ])
    func bad(_ arguments: [String], _ message: String) {
        let run = Run(arguments)
        #expect(run.status == .usage)
        #expect(run.errors.hasPrefix(message))
    }
}
