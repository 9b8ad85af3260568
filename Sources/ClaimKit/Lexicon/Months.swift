/// Month names as news styles write them: `February`, `Feb`, `Feb.`, `Sept.`.
enum Months {
    private static let names: WordTable<Int> = {
        var table: [String: Int] = [:]
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        for (i, name) in full.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return WordTable(table.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }()

    /// The first letters of the month names, in lower case (`j`, `f`, `m`, …).
    private static let initials: [UInt8] = Array("jfmasond".utf8)

    /// The month number for a name or abbreviation (case-insensitive, trailing `.` allowed).
    static func number<S: StringProtocol>(_ word: S) -> Int? {
        // Most words are no month: reject them by length and first letter before lower-casing.
        guard (3...10).contains(word.utf8.count), let first = word.utf8.first,
              Self.initials.contains(first | 0x20) else { return nil }
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return names[w]
    }
}
