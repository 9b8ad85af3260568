/// Parsing of written dates: `Feb 16, 2017`, `16 February 2017`, `March 3`, `4 April`.
enum DateWords {
    /// A month and day written either way round (`March 3`, `Sept. 15`, `4 April`).
    static func monthDay(_ text: String) -> (month: Int, day: Int)? {
        let parts = text.split(separator: " ")
        guard parts.count == 2 else { return nil }
        if let m = Months.number(parts[0]), let d = Int(parts[1]), (1...31).contains(d) { return (m, d) }
        if let d = Int(parts[0]), (1...31).contains(d), let m = Months.number(parts[1]) { return (m, d) }
        return nil
    }

    /// A full date with a year at the start of `text`, and how many scalars it covers.
    static func fullDate(atStartOf text: String) -> (CalendarDate, Int)? {
        let scalars = Array(text.unicodeScalars.prefix(40))
        var tokens: [(String, Int)] = []   // token, scalar end
        var i = 0
        while i < scalars.count, tokens.count < 3 {
            while i < scalars.count, scalars[i] == " " || scalars[i] == "," || scalars[i] == "\u{A0}" { i += 1 }
            var token = ""
            while i < scalars.count, scalars[i].properties.isAlphabetic || scalars[i].properties.numericType != nil || scalars[i] == "." {
                token.unicodeScalars.append(scalars[i]); i += 1
            }
            if token.isEmpty { break }
            tokens.append((token, i))
        }
        guard tokens.count == 3 else { return nil }
        let a = tokens[0].0, b = tokens[1].0, c = tokens[2].0
        if let m = Months.number(a), let d = Int(b), let y = Int(c), y > 1000,
           let date = CalendarDate(year: y, month: m, day: d) { return (date, tokens[2].1) }
        if let d = Int(a), let m = Months.number(b), let y = Int(c), y > 1000,
           let date = CalendarDate(year: y, month: m, day: d) { return (date, tokens[2].1) }
        return nil
    }
}
