/// Articles built to defeat a naive extractor, at any size: unbalanced quotation marks, one
/// huge paragraph without punctuation, deep nesting, long capitalised runs, a cue word repeated
/// thousands of times, chains of coordinated or participle cues, and many short quoted
/// paragraphs. Extraction must take time in proportion to their length (issue: hardening).
///
/// Shared by the benchmark's `pathological` stage and `Tests/Fuzz/scaling.sh`, which compiles
/// this file with ClaimKit's sources; so it uses nothing but the standard library.
struct PathologicalText: Sendable {
    var name: String
    /// The article for a size in tenths of the base (10 is the base size, 100 ten times it).
    var text: @Sendable (_ tenths: Int) -> String

    /// `unit` repeated `count × tenths / 10` times (at least once).
    static func repeated(_ unit: String, _ count: Int, _ tenths: Int) -> String {
        String(repeating: unit, count: max(1, count * tenths / 10))
    }

    static let lede = "date 2017-02-16 Pathological input\n\nBrussels (AFP) Feb 16, 2017 - The minister said on Thursday that talks would go on.\n\n"

    /// Base sizes run from 18 KB to 170 KB.
    static let cases: [PathologicalText] = [
        PathologicalText(name: "unbalanced double quotes") { lede + "He said \"" + repeated("word \" ", 10_000, $0) + "end.\n" },
        PathologicalText(name: "unbalanced single quotes") { lede + "She said " + repeated("'a b ", 10_000, $0) + "end.\n" },
        PathologicalText(name: "quote-apostrophe mix") { lede + repeated("‘Russia’s ’90s rock ’n’ roll, ", 4_000, $0) + "end.\n" },
        PathologicalText(name: "one paragraph, no punctuation") { lede + repeated("the minister told officials about ", 5_000, $0) + "\n" },
        PathologicalText(name: "nested parentheses and commas") { lede + repeated("(a, ", 10_000, $0) + repeated(")", 10_000, $0) + ".\n" },
        PathologicalText(name: "capitalised run") { lede + repeated("John Smith Brown Jones ", 5_000, $0) + "said.\n" },
        PathologicalText(name: "cue word repeated") { lede + repeated("said ", 20_000, $0) + ".\n" },
        PathologicalText(name: "many sentences, one paragraph") { lede + repeated("Smith said the plan works. ", 2_000, $0) + "\n" },
        PathologicalText(name: "many quoted paragraphs") { lede + repeated("\"We are ready,\" John Smith said on Monday.\n\n\"Not yet.\n\n", 1_000, $0) },
        PathologicalText(name: "many claims in one paragraph") { lede + repeated("\"Yes,\" he said, \"no.\" ", 2_000, $0) + "\n" },
        PathologicalText(name: "coordinated cues") { lede + "The minister " + repeated("and said ", 2_000, $0) + "it.\n" },
        PathologicalText(name: "relative pronouns") { lede + "The minister" + repeated(", who", 5_000, $0) + " said it would rain.\n" },
        PathologicalText(name: "participles after quotes") { lede + "The minister said \"a\"" + repeated(", adding \"b\"", 3_000, $0) + ".\n" },
        PathologicalText(name: "cue needing that, repeated") { lede + repeated("the minister noted the plan ", 4_000, $0) + ".\n" },
        PathologicalText(name: "many people, roles, officials") { tenths in
            lede + (0..<max(1, 1_000 * tenths / 10)).map { "Minister John Q\($0)x said it was fine. The minister said so. A senior official said no. " }.joined() + "\n"
        },
    ]
}
