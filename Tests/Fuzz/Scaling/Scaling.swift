import Foundation

/// Processor time to load and extract pathological articles at 1x, 2x, 4x and 8x their base size.
///
/// Each case is built to defeat a naive scanner: unbalanced quotation marks, one huge paragraph
/// with no punctuation, deep nesting, long capitalised runs, a cue word repeated, and many
/// short quoted paragraphs. Linear code takes about twice as long at each step (the last
/// column, `x`, stays near 2); a quadratic scan shows as 4 and more. Built and run by
/// `Tests/Fuzz/scaling.sh`; compiled together with ClaimKit's sources, so it uses the library
/// as one module but calls only its public API.
@main
struct Scaling {
    struct Case: Sendable {
        var name: String
        /// The article text for a scale factor (1, 2, 4, 8).
        var text: @Sendable (Int) -> String
    }

    static func repeated(_ unit: String, _ count: Int) -> String { String(repeating: unit, count: count) }

    static let lede = "date 2017-02-16 Pathological input\n\nBrussels (AFP) Feb 16, 2017 - The minister said on Thursday that talks would go on.\n\n"

    static let cases: [Case] = [
        Case(name: "unbalanced double quotes") { lede + "He said \"" + repeated("word \" ", 10_000 * $0) + "end.\n" },
        Case(name: "unbalanced single quotes") { lede + "She said " + repeated("'a b ", 10_000 * $0) + "end.\n" },
        Case(name: "quote-apostrophe mix") { lede + repeated("‘Russia’s ’90s rock ’n’ roll, ", 4_000 * $0) + "end.\n" },
        Case(name: "one paragraph, no punctuation") { lede + repeated("the minister told officials about ", 5_000 * $0) + "\n" },
        Case(name: "nested parentheses and commas") { lede + repeated("(a, ", 10_000 * $0) + repeated(")", 10_000 * $0) + ".\n" },
        Case(name: "capitalised run") { lede + repeated("John Smith Brown Jones ", 5_000 * $0) + "said.\n" },
        Case(name: "cue word repeated") { lede + repeated("said ", 20_000 * $0) + ".\n" },
        Case(name: "many sentences, one paragraph") { lede + repeated("Smith said the plan works. ", 2_000 * $0) + "\n" },
        Case(name: "many quoted paragraphs") { lede + repeated("\"We are ready,\" John Smith said on Monday.\n\n\"Not yet.\n\n", 1_000 * $0) },
        Case(name: "many claims in one paragraph") { lede + repeated("\"Yes,\" he said, \"no.\" ", 2_000 * $0) + "\n" },
        Case(name: "coordinated cues") { lede + "The minister " + repeated("and said ", 2_000 * $0) + "it.\n" },
        Case(name: "relative pronouns") { lede + "The minister" + repeated(", who", 5_000 * $0) + " said it would rain.\n" },
        Case(name: "participles after quotes") { lede + "The minister said \"a\"" + repeated(", adding \"b\"", 3_000 * $0) + ".\n" },
        Case(name: "cue needing that, repeated") { lede + repeated("the minister noted the plan ", 4_000 * $0) + ".\n" },
        Case(name: "many people, roles, officials") {
            lede + (0..<(1_000 * $0)).map { "Minister John Q\($0)x said it was fine. The minister said so. A senior official said no. " }.joined() + "\n"
        },
    ]

    static func main() throws {
        let filter = CommandLine.arguments.dropFirst().first
        let extractor = Extractor()
        if filter == "50MB" { return try fiftyMegabytes(extractor) }
        if filter == "5MB" { return try fiveMegabyteLine(extractor) }
        print("case                            scale      bytes    load ms  extract ms  claims    x")
        for c in cases where filter == nil || c.name.contains(filter!) {
            var previous: Double?
            for scale in [1, 2, 4, 8] {
                if let previous, previous > 20_000 {
                    print(c.name.padding(toLength: 30, withPad: " ", startingAt: 0), String(format: "%5dx", scale), "skipped: the last size took over 20 s")
                    continue
                }
                let bytes = Array(c.text(scale).utf8)
                var load = Duration.seconds(1_000), extract = Duration.seconds(1_000)
                var claims = 0
                for _ in 0..<(scale <= 2 ? 3 : 1) {
                    var article: Article?
                    load = min(load, try cpuTime { article = try Article(id: "scale", bytes: bytes) })
                    extract = min(extract, cpuTime { claims = extractor.claims(in: article!).count })
                }
                let total = milliseconds(load + extract)
                let ratio = previous.map { String(format: "%4.1f", total / $0) } ?? "   -"
                previous = total
                print(c.name.padding(toLength: 30, withPad: " ", startingAt: 0),
                      String(format: "%5dx %10d %10.1f %11.1f %7d  %@", scale, bytes.count,
                             milliseconds(load), milliseconds(extract), claims, ratio))
            }
        }
    }

    /// One 50 MB article of distinct ordinary paragraphs, each with a quotation: the bad-input
    /// matrix's largest article, too slow for the debug unit suite.
    static func fiftyMegabytes(_ extractor: Extractor) throws {
        var text = lede
        var count = 0
        while text.utf8.count < 50_000_000 {
            text += "\"The talks went well, round \(count),\" Jane Doe said on Monday in Brussels, adding that more would follow.\n\n"
            text += "Officials said the plan number \(count) would hold, though nobody knew for how long it would.\n\n"
            count += 1
        }
        try time("50 MB article", Array(text.utf8), extractor)
    }

    /// One line of 5 MB with no punctuation: the bad-input matrix's longest line.
    static func fiveMegabyteLine(_ extractor: Extractor) throws {
        let words = ["alpha", "beta", "gamma", "delta", "minister", "told", "officials", "talks"]
        var text = ""
        var k = 0
        while text.utf8.count < 5_000_000 { text += words[k % words.count] + " "; k += 1 }
        try time("5 MB line", Array(text.utf8), extractor)
    }

    static func time(_ name: String, _ bytes: [UInt8], _ extractor: Extractor) throws {
        var article: Article?
        let load = try cpuTime { article = try Article(id: "big", bytes: bytes) }
        var claims = 0
        let extract = cpuTime { claims = extractor.claims(in: article!).count }
        print(String(format: "%@: %d bytes, %d paragraphs, load %.2f s, extract %.2f s, %d claims", name,
                     bytes.count, article!.paragraphs.count, milliseconds(load) / 1e3, milliseconds(extract) / 1e3, claims))
    }

    /// The processor time `body` takes: unlike wall time, it does not count the time other
    /// processes on a busy machine take from this one.
    static func cpuTime(_ body: () throws -> Void) rethrows -> Duration {
        func now() -> Duration {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
        }
        let start = now()
        try body()
        return now() - start
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
    }
}
