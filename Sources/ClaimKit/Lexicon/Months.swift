/// Month names as news styles write them: `February`, `Feb`, `Feb.`, `Sept.`.
enum Months {
    private static let names: [String: Int] = {
        var table: [String: Int] = [:]
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        for (i, name) in full.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The month number for a name or abbreviation (case-insensitive, trailing `.` allowed).
    static func number<S: StringProtocol>(_ word: S) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return names[w]
    }
}
