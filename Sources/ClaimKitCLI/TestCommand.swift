import ClaimKit
import Foundation

/// `claims test`: extraction against the reviewed claims of `Claims/`.
struct TestCommand {
    var context: Context

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        let store = context.store
        let update = context.invocation.flag("--update")
        let ids: [String]
        if context.invocation.arguments.isEmpty {
            if update { throw UsageError("--update needs the ids of the articles to re-pin", subcommand: .test) }
            ids = try store.articleIDs()
        } else {
            ids = context.invocation.arguments
        }
        let extractor = Extractor()
        var diffs: [ExtractionDiff] = []
        for id in ids {
            let article = try context.corpus.article(id: id)
            let reviewed = try store.claims(for: id)
            let extracted = extractor.claims(in: article)
            if update {
                let changes = try repin(id: id, reviewed: reviewed, extracted: extracted)
                output.write(changes)
                continue
            }
            let diff = ExtractionDiff(article: id, expected: reviewed, actual: extracted)
            output.write(diff.render(showInformational: context.invocation.flag("--verbose")))
            diffs.append(diff)
        }
        if update { return .success }
        output.write(Self.summary(diffs) + "\n")
        return diffs.contains { !$0.failures.isEmpty } ? .failure : .success
    }

    /// `5 articles: 92 of 96 reviewed claims found, 0 differences, 4 known misses`.
    static func summary(_ diffs: [ExtractionDiff]) -> String {
        let matched = diffs.reduce(0) { $0 + $1.matched }, expected = diffs.reduce(0) { $0 + $1.expectedCount }
        let failures = diffs.reduce(0) { $0 + $1.failures.count }, known = diffs.reduce(0) { $0 + $1.knownIssues.count }
        return "\(diffs.count) articles: \(matched) of \(expected) reviewed claims found, \(failures) differences, \(known) known misses"
    }

    /// Re-pins an article: extracted claims replace the file, except that a reviewed claim the
    /// extractor still gets wrong is kept (marked as a known miss), so review is never lost.
    func repin(id: String, reviewed: [Claim], extracted: [Claim]) throws -> String {
        let diff = ExtractionDiff(article: id, expected: reviewed, actual: extracted)
        var result: [Claim] = []
        var lines: [String] = []
        var keptIDs = Set<String>()
        for entry in diff.entries {
            switch entry {
            case .missing(var claim):
                if claim.knownMiss == nil { claim.knownMiss = "not found by the extractor" }
                result.append(claim); keptIDs.insert(claim.id)
                lines.append("  kept (known miss) \(claim.id)")
            case .changed(var expected, _, let changes) where changes.contains(where: \.isFailing):
                if expected.knownMiss == nil {
                    expected.knownMiss = "extractor differs: " + changes.filter(\.isFailing).map(\.field).joined(separator: ", ")
                }
                result.append(expected); keptIDs.insert(expected.id)
                lines.append("  kept (known miss) \(expected.id)")
            case .unexpected(var claim):
                claim.status = .extracted
                result.append(claim)
                lines.append("  added (to review) \(claim.id)")
            default: break
            }
        }
        for claim in reviewed where !keptIDs.contains(claim.id) && !result.contains(where: { $0.id == claim.id }) {
            result.append(claim)
        }
        try context.store.write(result, for: id)
        return "\(id): \(result.count) claims pinned\n" + lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }
}
