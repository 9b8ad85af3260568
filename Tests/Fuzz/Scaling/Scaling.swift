import Foundation

/// Processor time to load and extract pathological articles at 1x, 2x, 4x and 8x their base size.
///
/// The cases (`PathologicalText`, shared with the benchmark's `pathological` stage) are built
/// to defeat a naive scanner. Linear code takes about twice as long at each step (the last
/// column, `x`, stays near 2); a quadratic scan shows as 4 and more. Built and run by
/// `Tests/Fuzz/scaling.sh`; compiled together with ClaimKit's sources, so it uses the library
/// as one module but calls only its public API.
@main
struct Scaling {
    static func main() throws {
        let filter = CommandLine.arguments.dropFirst().first
        let extractor = Extractor()
        if filter == "50MB" { return try fiftyMegabytes(extractor) }
        if filter == "5MB" { return try fiveMegabyteLine(extractor) }
        print("case                            scale      bytes    load ms  extract ms  claims    x")
        for c in PathologicalText.cases where filter == nil || c.name.contains(filter!) {
            var previous: Double?
            for scale in [1, 2, 4, 8] {
                if let previous, previous > 20_000 {
                    print(c.name.padding(toLength: 30, withPad: " ", startingAt: 0), String(format: "%5dx", scale), "skipped: the last size took over 20 s")
                    continue
                }
                let bytes = Array(c.text(10 * scale).utf8)
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
        var text = PathologicalText.lede
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
