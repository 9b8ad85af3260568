/// A time expression next to a cue (`on Wednesday`, `yesterday`, `Feb 16`, `last week`).
struct TimeExpression: Sendable {
    enum Value: Sendable {
        case weekday(Int)                  // ISO weekday 1…7
        case daysAgo(Int)                  // today 0, yesterday 1
        case week(ago: Int)                // this week 0, last week 1
        case month(ago: Int)
        case date(month: Int, day: Int, year: Int?)
        case vague                         // earlier, previously, recently
    }

    var value: Value
    /// Token range of the words it came from.
    var tokens: Range<Int>

    /// The time expression starting at token `i`, if any.
    static func parse(_ tokens: [Token], at i: Int, limit: Int) -> TimeExpression? {
        guard i < limit else { return nil }
        // Every expression below opens with one of these words or a capitalised month: most
        // tokens are turned away here, with one lookup.
        guard openers.contains(tokens[i].lower) || tokens[i].isCapitalized && Months.number(tokens[i].lower) != nil
        else { return nil }
        func lower(_ k: Int) -> String { k < limit ? tokens[k].lower : "" }
        var k = i
        // Leading "on", "late on", "early on", "last", "this", "earlier this".
        var lead = 0
        if lower(k) == "late" || lower(k) == "early" { if lower(k + 1) == "on" { lead = 2 } }
        else if lower(k) == "on" { lead = 1 }
        k += lead
        if let weekday = weekdays[lower(k)] {
            // "on Saturday night", "Tuesday morning"
            let part = ["morning", "afternoon", "evening", "night"].contains(lower(k + 1)) ? 1 : 0
            return TimeExpression(value: .weekday(weekday), tokens: i..<(k + 1 + part))
        }
        if lead == 1, let month = Months.number(lower(k)), let day = Int(lower(k + 1)), (1...31).contains(day) {
            let year = Int(lower(k + 2) == "," ? lower(k + 3) : lower(k + 2)).flatMap { $0 > 1900 ? $0 : nil }
            let end = year == nil ? k + 2 : (lower(k + 2) == "," ? k + 4 : k + 3)
            return TimeExpression(value: .date(month: month, day: day, year: year), tokens: i..<end)
        }
        if lead == 1, let day = Int(lower(k)), (1...31).contains(day), let month = Months.number(lower(k + 1)) {
            let year = Int(lower(k + 2)).flatMap { $0 > 1900 ? $0 : nil }
            return TimeExpression(value: .date(month: month, day: day, year: year), tokens: i..<(year == nil ? k + 2 : k + 3))
        }
        guard lead == 0 else { return nil }
        switch lower(i) {
        case "yesterday": return TimeExpression(value: .daysAgo(1), tokens: i..<(i + 1))
        case "today", "tonight": return TimeExpression(value: .daysAgo(0), tokens: i..<(i + 1))
        case "earlier", "previously", "recently", "later":
            if lower(i + 1) == "this", lower(i + 2) == "week" { return TimeExpression(value: .week(ago: 0), tokens: i..<(i + 3)) }
            if lower(i + 1) == "this", lower(i + 2) == "month" { return TimeExpression(value: .month(ago: 0), tokens: i..<(i + 3)) }
            if lower(i + 1) == "on", let weekday = weekdays[lower(i + 2)] {
                return TimeExpression(value: .weekday(weekday), tokens: i..<(i + 3))
            }
            if lower(i + 1) == "in", lower(i + 2) == "the", lower(i + 3) == "day" {
                return TimeExpression(value: .daysAgo(0), tokens: i..<(i + 4))
            }
            return TimeExpression(value: .vague, tokens: i..<(i + 1))
        case "last", "this":
            let ago = lower(i) == "last" ? 1 : 0
            if lower(i + 1) == "week" { return TimeExpression(value: .week(ago: ago), tokens: i..<(i + 2)) }
            if lower(i + 1) == "month" { return TimeExpression(value: .month(ago: ago), tokens: i..<(i + 2)) }
            if lower(i + 1) == "night", ago == 1 { return TimeExpression(value: .daysAgo(1), tokens: i..<(i + 2)) }
            if lower(i + 1) == "year" { return TimeExpression(value: .vague, tokens: i..<(i + 2)) }
            if let weekday = weekdays[lower(i + 1)] { return TimeExpression(value: .weekday(weekday), tokens: i..<(i + 2)) }
            if ["morning", "afternoon", "evening"].contains(lower(i + 1)), ago == 0 {
                return TimeExpression(value: .daysAgo(0), tokens: i..<(i + 2))
            }
            return nil
        default:
            if let month = Months.number(lower(i)), lower(i).count >= 3, let day = Int(lower(i + 1)), (1...31).contains(day),
               tokens[i].isCapitalized {
                let year = Int(lower(i + 2) == "," ? lower(i + 3) : lower(i + 2)).flatMap { $0 > 1900 ? $0 : nil }
                let end = year == nil ? i + 2 : (lower(i + 2) == "," ? i + 4 : i + 3)
                return TimeExpression(value: .date(month: month, day: day, year: year), tokens: i..<end)
            }
            return nil
        }
    }

    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// ISO weekday by name.
    static let weekdays = WordTable(weekdayNames.enumerated().map { ($0.element, $0.offset + 1) })

    /// The words other than month names that a time expression can open with.
    static let openers = WordSet(weekdayNames + [
        "on", "late", "early", "yesterday", "today", "tonight", "earlier", "previously", "recently", "later", "last", "this",
    ])

    /// The date this expression names, resolved against the governing date of its paragraph.
    ///
    /// A weekday is the latest such day on or before the governing date; `yesterday` is one
    /// day before; a month and day without a year take the governing year, or the one before
    /// when that would be after the governing date. Vague expressions give no date.
    func resolve(against governing: CalendarDate?) -> (CalendarDate, ClaimTime.Precision)? {
        switch value {
        case .vague: return nil
        case .date(let month, let day, let year?):
            return CalendarDate(year: year, month: month, day: day).map { ($0, .day) }
        default: break
        }
        guard let governing else { return nil }
        switch value {
        case .weekday(let weekday):
            let back = (governing.weekday - weekday + 7) % 7
            return (governing.adding(days: -back), .day)
        case .daysAgo(let days):
            return (governing.adding(days: -days), .day)
        case .week(let ago):
            let monday = governing.adding(days: -(governing.weekday - 1) - 7 * ago)
            return (monday, .week)
        case .month(let ago):
            var year = governing.year, month = governing.month - ago
            if month < 1 { month += 12; year -= 1 }
            return CalendarDate(year: year, month: month, day: 1).map { ($0, .month) }
        case .date(let month, let day, nil):
            guard var date = CalendarDate(year: governing.year, month: month, day: day) else { return nil }
            if date > governing, let earlier = CalendarDate(year: governing.year - 1, month: month, day: day) { date = earlier }
            return (date, .day)
        default:
            return nil
        }
    }
}
