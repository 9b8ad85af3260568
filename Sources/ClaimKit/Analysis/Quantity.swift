/// A figure as a report gives it: the values it allows, from its number and its qualifier.
///
/// `more than 80` allows anything above 80, so it agrees with `85` and not with `70`; `about
/// 80` allows a tenth either side; `1.5 million` allows what rounds to it. Two reports
/// conflict on a figure only when the values they allow do not overlap.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    /// The smallest and largest values the figure allows (`-infinity`, `infinity` when open-ended).
    public var lower: Double
    public var upper: Double
    /// Whether `lower` / `upper` itself is excluded (`more than 80` excludes 80).
    public var isLowerOpen: Bool
    public var isUpperOpen: Bool
    /// The figure as a number (the middle of a vague one), for display.
    public var value: Double
    /// Word positions in the statement, qualifier included.
    var words: Range<Int>

    public init(lower: Double, upper: Double, isLowerOpen: Bool = false, isUpperOpen: Bool = false, value: Double) {
        self.lower = lower
        self.upper = upper
        self.isLowerOpen = isLowerOpen
        self.isUpperOpen = isUpperOpen
        self.value = value
        self.words = 0..<0
    }

    /// Whether some value satisfies both figures.
    public func agrees(with other: Quantity) -> Bool {
        let low = max(lower, other.lower), high = min(upper, other.upper)
        if low < high { return true }
        guard low == high else { return false }
        let lowOpen = (lower == low && isLowerOpen) || (other.lower == low && other.isLowerOpen)
        let highOpen = (upper == high && isUpperOpen) || (other.upper == high && other.isUpperOpen)
        return !lowOpen && !highOpen
    }

    /// The value, or the interval for a qualified figure (`(80, ∞)`).
    public var description: String {
        if lower == upper { return Quantity.format(value) }
        return "\(isLowerOpen ? "(" : "[")\(Quantity.format(lower)), \(Quantity.format(upper))\(isUpperOpen ? ")" : "]")"
    }

    static func format(_ x: Double) -> String {
        if x.isInfinite { return x < 0 ? "-∞" : "∞" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(x)
    }

    /// The figures in `text` (`80`, `eighty-five`, `more than 1.5 million`, `half a dozen`).
    public static func all(in text: String) -> [Quantity] {
        all(in: StatementWords(text).tokens)
    }

    /// The figures in a token sequence, in order, each with the word range it covers.
    static func all(in tokens: [String]) -> [Quantity] {
        var result: [Quantity] = []
        var i = 0
        while i < tokens.count {
            var bound: NumberWords.Bound?
            var start = i
            for (phrase, kind) in NumberWords.qualifiers where phrase.count <= tokens.count - i {
                if Array(tokens[i..<(i + phrase.count)]) == phrase {
                    bound = kind
                    start = i + phrase.count
                    break
                }
            }
            if let (figure, end) = number(in: tokens, at: start) {
                var quantity = figure.bounded(by: bound)
                quantity.words = i..<end
                result.append(quantity)
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    /// The number starting at word `i` and the index after it, with the precision it claims.
    static func number(in tokens: [String], at i: Int) -> (Quantity, Int)? {
        guard i < tokens.count else { return nil }
        let first = tokens[i]
        if let vague = NumberWords.vague[first] {
            return (Quantity(lower: vague.lowerBound, upper: vague.upperBound,
                             value: (vague.lowerBound + vague.upperBound) / 2), i + 1)
        }
        if let byte = first.utf8.first, ByteClass.isDigit(byte) {
            // Digits, then maybe a scale written onto them (`5m`) or after them (`5 million`).
            let digits = first.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
            let plain = digits.replacingOccurrences(of: ",", with: "")
            guard let value = Double(plain) else { return nil }
            var end = i + 1
            var scale = NumberWords.suffixScales[String(first.dropFirst(digits.count))] ?? 1.0
            if scale == 1, end < tokens.count, let s = NumberWords.scales[tokens[end]] {
                scale = s
                end += 1
            }
            end = skipUnit(tokens, end)
            if scale == 1 { return (Quantity(lower: value, upper: value, value: value), end) }
            // `1.5 million` claims a tenth of a million; `2 million` half of one.
            let decimals = plain.split(separator: ".").dropFirst().first?.count ?? 0
            var step = 1.0
            for _ in 0..<decimals { step /= 10 }
            let tolerance = step * scale / 2
            return (Quantity(lower: value * scale - tolerance, upper: value * scale + tolerance, value: value * scale), end)
        }
        // Words: `eighty five`, `one hundred and twenty`, `a dozen`, `half a dozen`, `two million`.
        var total = 0.0, current = 0.0
        var end = i
        var sawNumber = false
        var half = false
        if first == "half", i + 2 < tokens.count, tokens[i + 1] == "a", NumberWords.scales[tokens[i + 2]] != nil {
            half = true
            end = i + 1
        }
        while end < tokens.count {
            let word = tokens[end]
            if let v = NumberWords.values[word] {
                current += v
                sawNumber = true
            } else if word == "a", end + 1 < tokens.count, let s = NumberWords.scales[tokens[end + 1]], s >= 12,
                      !sawNumber || half {
                current = 1
                sawNumber = true
            } else if word == "hundred" || word == "dozen" {
                guard sawNumber || end == i else { break }
                current = max(current, 1) * (word == "hundred" ? 100 : 12)
                sawNumber = true
            } else if let s = NumberWords.scales[word], s >= 1_000, word.utf8.count > 2 {
                guard sawNumber || end == i else { break }
                total += max(current, 1) * s
                current = 0
                sawNumber = true
            } else if word == "and", sawNumber, end + 1 < tokens.count, NumberWords.values[tokens[end + 1]] != nil {
                // `one hundred and twenty`
            } else {
                break
            }
            end += 1
        }
        guard sawNumber else { return nil }
        var value = total + current
        if half { value /= 2 }
        return (Quantity(lower: value, upper: value, value: value), skipUnit(tokens, end))
    }

    static func skipUnit(_ tokens: [String], _ i: Int) -> Int {
        if i < tokens.count, tokens[i] == "percent" || tokens[i] == "pc" { return i + 1 }
        if i + 1 < tokens.count, tokens[i] == "per", tokens[i + 1] == "cent" { return i + 2 }
        return i
    }

    /// This figure as a qualifier bounds it.
    func bounded(by bound: NumberWords.Bound?) -> Quantity {
        guard let bound else { return self }
        let v = value
        switch bound {
        case .above: return Quantity(lower: v, upper: .infinity, isLowerOpen: true, value: v)
        case .atLeast: return Quantity(lower: v, upper: .infinity, value: v)
        case .below: return Quantity(lower: -.infinity, upper: v, isUpperOpen: true, value: v)
        case .atMost: return Quantity(lower: -.infinity, upper: v, value: v)
        case .about: return Quantity(lower: min(lower, v * 0.9), upper: max(upper, v * 1.1), value: v)
        case .nearly: return Quantity(lower: v * 0.85, upper: max(upper, v), value: v)
        }
    }
}
