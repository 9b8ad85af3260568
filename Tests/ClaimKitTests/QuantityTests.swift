import ClaimKit
import Testing

@Suite("Figures")
struct QuantityTests {
    struct Parse: Sendable, CustomTestStringConvertible {
        var text: String
        var lower: Double
        var upper: Double
        var testDescription: String { text }
    }

    static let parses: [Parse] = [
        Parse(text: "80", lower: 80, upper: 80), Parse(text: "eighty", lower: 80, upper: 80),
        Parse(text: "eighty-five", lower: 85, upper: 85), Parse(text: "2,400", lower: 2_400, upper: 2_400),
        Parse(text: "1.5 million", lower: 1_450_000, upper: 1_550_000), Parse(text: "$5m", lower: 4_500_000, upper: 5_500_000),
        Parse(text: "one hundred and twenty", lower: 120, upper: 120), Parse(text: "a dozen", lower: 12, upper: 12),
        Parse(text: "half a dozen", lower: 6, upper: 6), Parse(text: "three thousand", lower: 3_000, upper: 3_000),
        Parse(text: "more than 80", lower: 80, upper: .infinity), Parse(text: "at least 80", lower: 80, upper: .infinity),
        Parse(text: "fewer than 80", lower: -.infinity, upper: 80), Parse(text: "up to 80", lower: -.infinity, upper: 80),
        Parse(text: "about 80", lower: 72, upper: 88), Parse(text: "some 1,000", lower: 900, upper: 1_100),
        Parse(text: "nearly 80", lower: 68, upper: 80), Parse(text: "dozens of", lower: 24, upper: 99),
        Parse(text: "3 per cent", lower: 3, upper: 3), Parse(text: "no more than 50", lower: -.infinity, upper: 50),
    ]

    @Test("Parses numbers, number words, scales and qualifiers", arguments: parses)
    func parse(_ c: Parse) throws {
        let quantity = try #require(Quantity.all(in: c.text).first)
        #expect(abs(quantity.lower - c.lower) < 1e-6 || quantity.lower == c.lower)
        #expect(abs(quantity.upper - c.upper) < 1e-6 || quantity.upper == c.upper)
    }

    @Test("No figure in plain words", arguments: ["the attack killed many people", "some people said", "over the years"])
    func none(_ text: String) {
        #expect(Quantity.all(in: text).isEmpty)
    }

    @Test("Figures agree by value and qualifier", arguments: [
        ("more than 80", "85", true), ("more than 80", "70", false), ("more than 80", "80", false),
        ("at least 80", "80", true), ("about 80", "85", true), ("about 80", "95", false),
        ("80", "eighty", true), ("80", "81", false), ("1.5 million", "1,520,000", true),
        ("1.5 million", "1.7 million", false), ("up to 50", "40", true), ("fewer than 50", "50", false),
        ("dozens", "30", true), ("hundreds", "50", false), ("more than 80", "more than 70", true),
        ("nearly 80", "80", true), ("nearly 80", "85", false),
    ])
    func agreement(_ a: String, _ b: String, _ agrees: Bool) throws {
        let x = try #require(Quantity.all(in: a).first), y = try #require(Quantity.all(in: b).first)
        #expect(x.agrees(with: y) == agrees)
        #expect(y.agrees(with: x) == agrees)
    }
}
