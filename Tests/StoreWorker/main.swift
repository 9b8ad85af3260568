import ClaimKit
import Foundation

// A separate process that writes the ledger, for the ledger safety tests (LedgerSafetyTests):
//
//   StoreWorker append DIR ARTICLE WORKER COUNT
//       COUNT calls of ClaimStore.update, each adding one claim with a span of its own
//       (WORKER * COUNT + i), so every claim of every worker is distinct.
//   StoreWorker rewrite DIR ARTICLE CLAIMS
//       writes a file of CLAIMS claims again and again, until killed.
//
// Exits 0 when done, 2 on a bad command line, 1 when the store throws.

/// Claim `index` of the test article: a distinct one-byte span.
func claim(_ article: String, _ index: Int, text: String = "x") -> Claim {
    Claim(source: SourceSpan(article: article, start: index, end: index + 1, exact: text, prefix: "", suffix: ""),
          kind: .direct, text: text, cue: "said", speaker: Speaker(name: "Worker", mention: "Worker", type: .person))
}

let arguments = CommandLine.arguments
guard arguments.count >= 5 else {
    FileHandle.standardError.write(Data("usage: StoreWorker append DIR ARTICLE WORKER COUNT | rewrite DIR ARTICLE CLAIMS\n".utf8))
    exit(2)
}
let store = ClaimStore(directory: URL(filePath: arguments[2]))
let article = arguments[3]
do {
    switch arguments[1] {
    case "append":
        guard arguments.count == 6, let worker = Int(arguments[4]), let count = Int(arguments[5]) else { exit(2) }
        for i in 0..<count {
            try store.update(articleID: article) { $0.append(claim(article, worker * count + i)) }
        }
    case "rewrite":
        guard let count = Int(arguments[4]) else { exit(2) }
        var round = 0
        while true {
            round += 1
            try store.write((0..<count).map { claim(article, $0, text: "round \(round)") }, for: article)
        }
    default:
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("StoreWorker: \(error)\n".utf8))
    exit(1)
}
