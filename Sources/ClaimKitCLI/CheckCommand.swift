import ClaimKit
import Foundation

/// `claims check`: a verdict, with evidence, for every claim of the ledger.
struct CheckCommand {
    var context: Context

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        let snapshot = try ProjectSnapshot.load(context, errors: &errors)
        var claims = snapshot.ledger
        let named = context.invocation.arguments
        if !named.isEmpty {
            for id in named where id != ClaimStore.unsourcedName { _ = try context.corpus.files(for: [id]) }
            claims = claims.filter { named.contains($0.citedArticle ?? ClaimStore.unsourcedName) }
        }
        let verdicts = snapshot.verdicts(for: claims, context: context, errors: &errors)
        switch context.format {
        case .json: output.write(try JSONOutput.pretty(verdicts))
        case .jsonl: for verdict in verdicts { output.write(try JSONOutput.line(verdict)) }
        case .table:
            for verdict in verdicts { output.write(VerdictText.render(verdict)) }
            output.write(VerdictText.summary(verdicts) + "\n")
            if let reason = verdicts.lazy.compactMap(\.crossSource.unassessed).first {
                output.write("Corroboration and contradiction not assessed: \(reason).\n")
            }
        }
        return verdicts.allSatisfy(\.kind.isSupported) ? .success : .failure
    }
}
