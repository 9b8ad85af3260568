import ClaimKit
import ClaimKitCLI
import Foundation
import Testing

/// A project folder with `Corpus/` and `Claims/`, removed when the value goes away.
final class Project: Sendable {
    let root: URL

    /// Articles by id, and for each the quoted words its ledger holds, with their speaker.
    init(_ articles: [(id: String, text: String, claims: [(speaker: String, words: String)])]) throws {
        root = FileManager.default.temporaryDirectory.appending(path: "claimtrack-analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appending(path: "Corpus"), withIntermediateDirectories: true)
        let store = ClaimStore(directory: root.appending(path: "Claims"))
        for article in articles {
            let bytes = Array(article.text.utf8)
            try Data(bytes).write(to: root.appending(path: "Corpus/\(article.id).txt"))
            let claims = article.claims.map { claim -> Claim in
                let needle = Array(claim.words.utf8)
                let start = (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }!
                return Claim(source: SourceSpan(article: article.id, bytes: bytes, start: start, end: start + needle.count),
                             kind: .direct, text: claim.words, cue: "said",
                             speaker: Speaker(name: claim.speaker, mention: claim.speaker, type: .person), status: .reviewed)
            }
            try store.write(claims, for: article.id)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func run(_ arguments: [String]) -> Run { Run(arguments + ["--root", root.path]) }
}

@Suite("claims corroborate and claims conflicts")
struct AnalysisCommandTests {
    @Test("Help for both commands", arguments: ["corroborate", "conflicts"])
    func help(_ command: String) {
        let run = Run(["help", command])
        #expect(run.status == .success)
        #expect(run.output.contains("USAGE: claims \(command)"))
        #expect(run.output.contains("--from <source>"))
    }

    @Test("corroborate lists statements, most independent origins first", .tags(.corpus))
    func corroborateTable() throws {
        let run = Run(["corroborate", "--from", "ledger"])
        #expect(run.status == .success)
        #expect(run.errors.isEmpty)
        let lines = run.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ORIGINS  REPORTS  SPEAKER") == true)
        #expect(lines[1].hasPrefix("      2        3  James Mattis"))
        #expect(lines[1].contains("2017-02-16  AFP, WSJ"))
        #expect(lines[1].contains("We are not in a position"))
        #expect(lines.count == 82)
        #expect(lines.allSatisfy { $0.count <= 120 })
    }

    @Test("corroborate --min-origins keeps the statements with that many origins", .tags(.corpus))
    func minimumOrigins() {
        let run = Run(["corroborate", "--from=ledger", "--min-origins", "2"])
        #expect(run.status == .success)
        #expect(run.output.split(separator: "\n").count == 2)
    }

    @Test("corroborate --format json: groups with speaker, text, reports, origins, dates, places", .tags(.corpus))
    func corroborateJSON() throws {
        let run = Run(["corroborate", "--from", "ledger", "--format", "json", "000_049134086145d676", "002_3830873d4cd38af4"])
        #expect(run.status == .success)
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        let first = try #require(groups.first)
        #expect(first["speaker"] as? String == "James Mattis")
        #expect(first["reports"] as? [String] == ["000_049134086145d676", "002_3830873d4cd38af4"])
        let origins = try #require(first["origins"] as? [[String: Any]])
        #expect(origins.map { $0["name"] as? String } == ["AFP", "WSJ"])
        #expect(origins.map { $0["basis"] as? String } == ["agency", "attribution"])
        #expect(first["earliest"] as? String == "2017-02-16")
        #expect(first["places"] as? [String] == ["Brussels"])
        #expect(Set(first.keys) == ["speaker", "text", "claims", "versions", "reports", "origins", "earliest", "firstReported", "places"])
        // Unknown values are null, never missing.
        #expect(groups.allSatisfy { $0.keys.contains("earliest") })
        // Stable: sorted keys.
        #expect(run.output.contains("\"claims\" : [\n      \"000_049134086145d676@1284-1440\""))
    }

    @Test("corroborate --format jsonl: one group per line", .tags(.corpus))
    func corroborateJSONL() throws {
        let run = Run(["corroborate", "--from", "ledger", "--format", "jsonl"])
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 81)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any]) }
    }

    @Test("corroborate with extracted claims (the default) finds the same two origins", .tags(.corpus))
    func extracted() {
        let run = Run(["corroborate"])
        #expect(run.status == .success)
        #expect(run.output.split(separator: "\n").dropFirst().first?.contains("AFP, WSJ") == true)
    }

    @Test("conflicts on the corpus: no contradiction, two disputes, exit 0", .tags(.corpus))
    func conflictsCorpus() {
        let run = Run(["conflicts", "--from", "ledger"])
        #expect(run.status == .success)
        #expect(run.output.hasPrefix("DISPUTES\n  disputed: James Mattis and Sergei Shoigu disagree"))
        #expect(run.output.contains("    000_049134086145d676@1112-1182  James Mattis"))
        #expect(run.output.hasSuffix("0 contradictions, 2 disputes\n"))
    }

    static let misquoted = [
        (id: "a", text: "PARIS (AFP) - The minister spoke on Monday.\n\n\"We are ready to lift the sanctions once the prisoners are released,\" Ana Torres said.\n",
         claims: [(speaker: "Ana Torres", words: "We are ready to lift the sanctions once the prisoners are released")]),
        (id: "b", text: "LONDON - The minister spoke on Monday.\n\n“We are not ready to lift the sanctions once the prisoners are released,” Ana Torres told the BBC.\n",
         claims: [(speaker: "Ana Torres", words: "We are not ready to lift the sanctions once the prisoners are released")]),
    ]

    @Test("conflicts exits 1 on a contradiction and shows both claims")
    func contradiction() throws {
        let project = try Project(Self.misquoted)
        let run = project.run(["conflicts", "--from", "ledger"])
        #expect(run.status == .failure)
        #expect(run.output.hasPrefix("CONTRADICTIONS\n  misquote: negation differs: “are ready” / “are not ready”\n"))
        #expect(run.output.contains("    a@"))
        #expect(run.output.contains("    b@"))
        #expect(run.output.hasSuffix("1 contradiction, 0 disputes\n"))
    }

    @Test("conflicts --format json gives each finding with both claims in the ledger's form")
    func contradictionJSON() throws {
        let project = try Project(Self.misquoted)
        let run = project.run(["conflicts", "--from", "ledger", "--format", "json"])
        #expect(run.status == .failure)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        let finding = try #require(findings.first)
        #expect(finding["type"] as? String == "misquote")
        #expect(finding["contradiction"] as? Bool == true)
        let first = try #require(finding["first"] as? [String: Any]), second = try #require(finding["second"] as? [String: Any])
        #expect(first["words"] as? String == "are ready")
        #expect(second["words"] as? String == "are not ready")
        let claim = try #require(first["claim"] as? [String: Any])
        #expect(claim["article"] as? String == "a")
        #expect(claim["start"] is Int && claim["exact"] is String)
        #expect(first["speaker"] as? String == "Ana Torres")
    }

    @Test("conflicts exits 0 when speakers only dispute each other")
    func disputeOnly() throws {
        let project = try Project([
            (id: "a", text: "\"The ceasefire is holding across the whole of the country,\" Ana Torres said on Monday.\n",
             claims: [(speaker: "Ana Torres", words: "The ceasefire is holding across the whole of the country")]),
            (id: "b", text: "\"The ceasefire is not holding across the whole of the country,\" Lena Berg said on Monday.\n",
             claims: [(speaker: "Lena Berg", words: "The ceasefire is not holding across the whole of the country")]),
        ])
        let run = project.run(["conflicts", "--from", "ledger"])
        #expect(run.status == .success)
        #expect(run.output.hasPrefix("DISPUTES\n  disputed: Ana Torres and Lena Berg disagree"))
    }

    @Test("Usage and input errors exit 2", arguments: [
        (["conflicts", "--from", "memory"], "Error: Unknown claim source 'memory' (use extracted or ledger)"),
        (["corroborate", "--min-origins", "two"], "Error: Option '--min-origins' needs a whole number, not 'two'"),
        (["corroborate", "--from"], "Error: Missing value for option '--from'"),
        (["conflicts", "--since", "2017"], "Error: Unknown option '--since'"),
        (["conflicts", "no_such_article"], "Error: "),
        (["corroborate", "../escape"], "Error: "),
    ])
    func usageErrors(_ arguments: [String], _ message: String) {
        let run = Run(arguments)
        #expect(run.status == .usage)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix(message))
    }
}
