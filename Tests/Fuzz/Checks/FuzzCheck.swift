import ClaimKit
import ClaimKitCLI
import Foundation

/// One input through the code path of a fuzz target, with the properties that must hold.
///
/// Shared by the libFuzzer harnesses (which crash on a violated property, so the fuzzer keeps
/// the input) and by the regression suite (which feeds every file of `Tests/Fuzz/regressions/`
/// through the same checks). Each function returns what went wrong; empty means the input passed.
/// A crash or a trap inside the library is a failure by itself.
enum FuzzCheck {
    /// The fuzz targets, named as `run.sh` and the folders of `corpus/` and `regressions/` name them.
    enum Target: String, CaseIterable, Sendable {
        case article, ledger, arguments
    }

    static func run(_ target: Target, _ bytes: [UInt8], extractor: Extractor) -> [String] {
        switch target {
        case .article: article(bytes, extractor: extractor)
        case .ledger: ledger(bytes)
        case .arguments: arguments(bytes)
        }
    }

    /// Arbitrary bytes as an article: load, clean, extract. Refusing the bytes with a
    /// `CorpusError` is fine; whatever loads must give spans true to the bytes and claims that
    /// survive the ledger's JSON round trip.
    static func article(_ bytes: [UInt8], extractor: Extractor) -> [String] {
        let id = "fuzz"
        let article: Article
        do { article = try Article(id: id, bytes: bytes) } catch {
            return error is CorpusError ? [] : ["Article threw a non-corpus error: \(error)"]
        }
        var problems: [String] = []
        var previousEnd = 0
        for paragraph in article.paragraphs {
            if paragraph.range.lowerBound < previousEnd || paragraph.range.upperBound > bytes.count || paragraph.range.isEmpty {
                problems.append("paragraph \(paragraph.range) out of order or out of bounds (\(bytes.count) bytes)")
            }
            previousEnd = paragraph.range.upperBound
        }
        for line in article.dropped where line.range.upperBound > bytes.count || line.range.lowerBound < 0 {
            problems.append("dropped line \(line.range) out of bounds (\(bytes.count) bytes)")
        }
        _ = article.wordCount
        let claims = extractor.claims(in: article)
        for claim in claims {
            guard let source = claim.source else { problems.append("claim \(claim.id) has no source"); continue }
            guard source.article == id, 0 <= source.start, source.start < source.end, source.end <= bytes.count else {
                problems.append("claim \(claim.id): span \(source.start)-\(source.end) outside 0-\(bytes.count)")
                continue
            }
            if source.exact != String(decoding: bytes[source.start..<source.end], as: UTF8.self) {
                problems.append("claim \(claim.id): exact is not the text of its span")
            }
            if claim.id != "\(id)@\(source.start)-\(source.end)" { problems.append("claim \(claim.id): id does not name its span") }
        }
        if claims != claims.sorted(by: Claim.spanOrder) { problems.append("claims are not in span order") }
        do {
            let decoded = try ClaimStore.decode(try ClaimStore.encode(claims), path: "fuzz.json")
            if decoded != claims { problems.append("claims change in a ledger round trip") }
            do { try ClaimStore.validate(decoded, against: article, path: "fuzz.json") } catch {
                problems.append("extracted claims fail ledger validation: \(error)")
            }
        } catch {
            problems.append("extracted claims do not survive a ledger round trip: \(error)")
        }
        return problems
    }

    /// Arbitrary bytes as a ledger file: decoding either fails with a `StoreError` whose message
    /// can be built, or gives claims that encode and decode to themselves and can be checked
    /// against an article.
    static func ledger(_ bytes: [UInt8]) -> [String] {
        let claims: [Claim]
        do { claims = try ClaimStore.decode(Data(bytes), path: "fuzz.json") } catch let error as StoreError {
            return error.description.hasPrefix("fuzz.json: ") ? [] : ["message does not name the file: \(error)"]
        } catch {
            return ["decode threw a non-store error: \(error)"]
        }
        var problems: [String] = []
        do {
            let again = try ClaimStore.decode(try ClaimStore.encode(claims), path: "fuzz.json")
            if again != claims.sorted(by: Claim.spanOrder) { problems.append("claims change in a ledger round trip") }
        } catch {
            problems.append("decoded claims do not survive a ledger round trip: \(error)")
        }
        // Validation against an article must report, never trap, whatever the offsets say.
        if let article = try? Article(id: "fuzz", text: "The minister said on Monday that \"talks will go on\" next week.\n") {
            do { try ClaimStore.validate(claims, against: article, path: "fuzz.json") } catch let error as StoreError {
                if !error.description.hasPrefix("fuzz.json: claim ") { problems.append("validation message does not name the claim: \(error)") }
            } catch {
                problems.append("validation threw a non-store error: \(error)")
            }
        }
        return problems
    }

    /// Arbitrary bytes as a command line: NUL separates the arguments. Parsing either gives an
    /// invocation whose help and format can be read, or a usage error with a message.
    static func arguments(_ bytes: [UInt8]) -> [String] {
        let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let invocation: Invocation
        do { invocation = try Invocation.parse(arguments) } catch {
            let usage = Help.usageLine(for: error.subcommand)
            return error.message.isEmpty || !usage.hasPrefix("Usage: ") ? ["empty usage error for \(arguments)"] : []
        }
        var problems: [String] = []
        switch invocation.action {
        case .version:
            if !arguments.contains("--version") { problems.append("version without --version: \(arguments)") }
        case .help(let command):
            if (command.map(Help.text(for:)) ?? Help.overview).isEmpty { problems.append("empty help") }
        case .run(let command):
            if (try? invocation.format) == nil { problems.append("accepted a bad --format: \(arguments)") }
            if !command.takesArguments, !invocation.arguments.isEmpty { problems.append("arguments for \(command): \(arguments)") }
            for name in invocation.values.keys where !(Subcommand.common + command.options).contains(where: { $0.name == name }) {
                problems.append("unknown option \(name) accepted: \(arguments)")
            }
        }
        return problems
    }
}
