import ClaimKit
import ClaimKitCLI
import Foundation
import Testing

/// A project folder with `Corpus/` holding articles written for the test, removed afterwards.
final class TestProject: Sendable {
    let url: URL

    static let article = """
        date 2021-03-05

        PARIS (AFP) - Finance Minister Jane Doe said on Thursday that the reform would go ahead as planned.

        "We will not delay the reform by a single day," Doe told reporters in Paris. "The country cannot wait."

        Opposition leader John Smith said the plan was "reckless and unfair".

        """

    init(articles: [String: String] = ["a": TestProject.article]) throws {
        url = FileManager.default.temporaryDirectory.appending(path: "claimtrack-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appending(path: "Corpus"), withIntermediateDirectories: true)
        for (id, text) in articles { try Data(text.utf8).write(to: url.appending(path: "Corpus/\(id).txt")) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func run(_ arguments: [String]) -> Run { Run(arguments, in: url) }

    /// The bytes of a ledger file, `nil` when there is none.
    func ledger(_ name: String) -> Data? { try? Data(contentsOf: url.appending(path: "Claims/\(name).json")) }

    func claims(_ name: String?) throws -> [Claim] {
        try ClaimStore(directory: url.appending(path: "Claims")).claims(for: name)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appending(path: name)
        try Data(text.utf8).write(to: file)
        return file
    }
}

@Suite("claims record")
struct RecordCommandTests {
    static let words = "We will not delay the reform by a single day"

    @Test("A claim is anchored in its article and written to Claims/<id>.json")
    func records() throws {
        let project = try TestProject()
        let run = project.run(["record", "--speaker", "Jane Doe", "--text", "we will not delay the reform by a single day.",
                               "--source", "a", "--date", "2021-03-04", "--place", "Paris", "--cue", "told reporters"])
        #expect(run.status == .success, "\(run.errors)")
        #expect(run.output.hasPrefix("recorded a@"))
        #expect(run.errors.isEmpty)
        let claim = try #require(try project.claims("a").first)
        #expect(claim.source?.exact == Self.words)
        #expect(claim.text == Self.words)
        #expect(claim.kind == .direct)
        #expect(claim.status == .reviewed)
        #expect(claim.when.date == CalendarDate(iso: "2021-03-04"))
        #expect(claim.cue == "told reporters")
    }

    @Test("Recording the same claim twice says so and adds nothing")
    func duplicate() throws {
        let project = try TestProject()
        #expect(project.run(["record", "--speaker", "Jane Doe", "--text", Self.words, "--source", "a"]).status == .success)
        let before = project.ledger("a")
        let again = project.run(["record", "--speaker", "Doe", "--text", "“" + Self.words + "”", "--source", "a", "--place", "Lyon"])
        #expect(again.status == .success)
        #expect(again.output.hasPrefix("already recorded: a@"))
        #expect(again.output.contains("the ledger has place none, not Lyon"))
        #expect(project.ledger("a") == before)
    }

    @Test("Unsourced claims go to Claims/unsourced.json")
    func unsourced() throws {
        let project = try TestProject()
        let run = project.run(["record", "--speaker", "Jane Doe", "--text", "the reform will go ahead"])
        #expect(run.status == .success)
        #expect(try project.claims(nil).map(\.text) == ["the reform will go ahead"])
        #expect(project.ledger(ClaimStore.unsourcedName) != nil)
    }

    @Test("Words not in the article are recorded as unverified, with a warning")
    func unverified() throws {
        let project = try TestProject()
        let run = project.run(["record", "--speaker", "Jane Doe", "--text", "We will never delay the reform", "--source", "a"])
        #expect(run.status == .success)
        #expect(run.errors == "Warning: claims record: text not found in article a: recorded as unverified\n")
        #expect(try project.claims("a").map(\.status) == [.unverified])
    }

    @Test("Bad input: exit 2, a clear message, and the ledger untouched", arguments: [
        (["--text", "x", "--speaker", "Jane Doe", "--source", "nope"], "nope: no article with this id"),
        (["--text", "x", "--speaker", "Jane Doe", "--date", "2021-02-30"], "--date: '2021-02-30' is not a real day"),
        (["--text", " ", "--speaker", "Jane Doe", "--source", "a"], "claims record: text is empty"),
        (["--text", "We will never delay", "--speaker", "Jane Doe", "--source", "a", "--strict"], "text not found in article a (--strict)"),
        (["--text", "We will not delay the reform", "--speaker", "John Smith", "--source", "a"], "the ledger already has a@"),
        (["--text", "x", "--speaker", "Jane Doe", "--kind", "quoted"], "Unknown kind 'quoted'"),
        (["--text", "x"], "Give --speaker and --text, or --from FILE"),
        (["--text", "x", "--speaker", "Jane Doe", "--source", "../a"], "not an article id"),
    ])
    func badInput(_ arguments: [String], _ message: String) throws {
        let project = try TestProject()
        #expect(project.run(["record", "--speaker", "Jane Doe", "--text", "We will not delay the reform", "--source", "a"]).status == .success)
        let before = project.ledger("a")
        let run = project.run(["record"] + arguments)
        #expect(run.status == .usage)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("Error: "))
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(project.ledger("a") == before)
        #expect(project.ledger(ClaimStore.unsourcedName) == nil)
    }

    @Test("--from records every line, or none when one is bad, naming the line")
    func fromFile() throws {
        let project = try TestProject()
        let good = [
            #"{"speaker": {"name": "Jane Doe", "type": "person"}, "text": "the reform would go ahead as planned", "article": "a", "kind": "indirect"}"#,
            #"{"speaker": "John Smith", "text": "the plan was \"reckless and unfair\"", "article": "a"}"#,
            #"{"speaker": "Jane Doe", "text": "the reform will go ahead", "note": "heard on the radio"}"#,
        ]
        for (bad, message) in [
            (#"{"speaker": "Jane Doe", "text": "x", "when": {"date": "2021-13-01"}}"#, "claims.jsonl: line 5, column"),
            (#"{"speaker": "Jane Doe", "text": "x", "article": "missing"}"#, "claims.jsonl: line 5: missing: no article"),
            (#"{"speaker": "Jane Doe", "text": "x""#, "claims.jsonl: line 5, column"),
            (#"{"speaker": "Jane Doe", "text": "", "article": "a"}"#, "claims.jsonl: line 5: text is empty"),
        ] {
            try project.write("claims.jsonl", good.joined(separator: "\n") + "\n\n" + bad + "\n")
            let run = project.run(["record", "--from", "claims.jsonl"])
            #expect(run.status == .usage)
            #expect(run.errors.contains(message), "\(run.errors)")
            #expect(project.ledger("a") == nil && project.ledger(ClaimStore.unsourcedName) == nil)
        }
        try project.write("claims.jsonl", good.joined(separator: "\n") + "\n")
        let run = project.run(["record", "--from", "claims.jsonl"])
        #expect(run.status == .success, "\(run.errors)")
        #expect(run.output.split(separator: "\n").count == 3)
        #expect(try project.claims("a").map(\.kind) == [.indirect, .mixed])
        #expect(try project.claims(nil).first?.note == "heard on the radio")
        // Claims as `claims extract` prints them record as they are, spans and all.
        let extracted = project.run(["extract", "--format", "jsonl", "a"])
        try project.write("extracted.jsonl", extracted.output)
        let again = project.run(["record", "--from", "extracted.jsonl"])
        #expect(again.status == .success, "\(again.errors)")
        #expect(again.output.contains("already recorded"))
        #expect(Set(try project.claims("a").map(\.id)).count == 4)
        #expect(project.run(["record", "--from", "claims.jsonl", "--speaker", "X"]).status == .usage)
    }
}

@Suite("claims check and claims report")
struct CheckCommandTests {
    @Test("check: verdicts with evidence; exit 0 only when every claim is supported")
    func check() throws {
        let project = try TestProject()
        #expect(project.run(["record", "--speaker", "Jane Doe", "--text", "We will not delay the reform by a single day",
                             "--source", "a", "--date", "2021-03-04"]).status == .success)
        let good = project.run(["check"])
        #expect(good.status == .success)
        #expect(good.output.hasPrefix("verified "))
        #expect(good.output.contains("1 claim: 1 verified"))
        #expect(project.run(["record", "--speaker", "John Smith", "--text", "The country cannot wait", "--source", "a"]).status == .success)
        #expect(project.run(["record", "--speaker", "Jane Doe", "--text", "We will never delay the reform by a single day"]).status == .success)
        let bad = project.run(["check"])
        #expect(bad.status == .failure)
        #expect(bad.output.contains("the article gives these words to Jane Doe (“Doe”), not John Smith"))
        #expect(bad.output.contains("diff: we will [-not-] {+never+} delay the reform by a single day"))
        #expect(bad.output.contains("3 claims: 1 verified, 1 misquoted, 1 misattributed"))
        let json = project.run(["check", "--format", "json"])
        let verdicts = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(verdicts.compactMap { $0["verdict"] as? String }.sorted() == ["misattributed", "misquoted", "verified"])
        #expect(project.run(["check", "a"]).status == .failure)
        #expect(project.run(["check", "unsourced", "--format", "jsonl"]).output.split(separator: "\n").count == 1)
        #expect(project.run(["check", "nope"]).status == .usage)
    }

    @Test("check on the repository: every reviewed claim verified", .tags(.corpus))
    func corpus() {
        let run = Run(["check"])
        #expect(run.status == .success, "\(run.output.split(separator: "\n").filter { !$0.hasPrefix("verified") && !$0.hasPrefix(" ") })")
        #expect(run.output.contains(" verified, ") && run.output.contains(" corroborated\n"))
        #expect(run.errors.isEmpty)
    }

    @Test("report: every section, from the corpus and the ledger", .tags(.corpus))
    func report() throws {
        let run = Run(["report"])
        #expect(run.status == .success)
        #expect(run.errors.isEmpty)
        for heading in ["CLAIMS BY ARTICLE", "STATEMENTS WITH THE MOST INDEPENDENT ORIGINS", "CONTRADICTIONS AND DISPUTES",
                        "LEDGER VERDICTS", "EXTRACTION AGAINST THE REVIEWED CLAIMS"] {
            #expect(run.output.contains("\n\(heading)\n"), "\(heading)")
        }
        #expect(run.output.contains("000_049134086145d676  2017-02-16  AFP"))
        #expect(run.output.contains("James Mattis  2017-02-16  AFP, WSJ  We are not in a position"))
        #expect(run.output.contains("\n  DISPUTES\n"))
        #expect(run.output.contains("known misses"))
        let json = Run(["report", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((report["articles"] as? [Any])?.count == CorpusFileCount.value)
        #expect((report["extraction"] as? [Any])?.isEmpty == false)
        #expect((report["statements"] as? [[String: Any]])?.first?["speaker"] as? String == "James Mattis")
        #expect((report["findings"] as? [Any]) != nil)
        #expect(Run(["report", "--format", "jsonl"]).status == .usage)
    }

    @Test("Progress goes to stderr only when the tool is told it is a terminal")
    func progress() throws {
        let project = try TestProject()
        var output = "", errors = ""
        let status = Tool(workingDirectory: project.url, showsProgress: true).run(["report"], output: &output, errors: &errors)
        #expect(status == .success)
        #expect(errors.contains("reading articles 1/1"))
        #expect(!output.contains("reading articles"))
        #expect(project.run(["report"]).errors.isEmpty)
    }

    @Test("Help for the new commands", arguments: ["record", "check", "report"])
    func help(_ command: String) {
        let run = Run(["help", command])
        #expect(run.status == .success)
        #expect(run.output.contains("USAGE: claims \(command)"))
    }
}

/// The number of articles in the repository's `Corpus/`.
enum CorpusFileCount {
    static let value = ((try? FileManager.default.contentsOfDirectory(atPath: Run.root.appending(path: "Corpus").path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.count
}
