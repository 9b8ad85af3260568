/// When a statement was made, as far as the article says.
public struct ClaimTime: Hashable, Codable, Sendable {
    /// How much of `date` the text actually pins down.
    public enum Precision: String, Hashable, Codable, Sendable { case day, week, month }

    /// The day (or first day of the week or month) the statement was made; `nil` when unknown.
    public var date: CalendarDate?
    /// The words the date came from (`Thursday`, `earlier`), kept even when `date` is `nil`.
    public var expression: String?
    public var precision: Precision?

    public init(date: CalendarDate? = nil, expression: String? = nil, precision: Precision? = nil) {
        self.date = date
        self.expression = expression
        self.precision = date == nil ? nil : (precision ?? .day)
    }

    /// No date and no expression.
    public static let unknown = ClaimTime()

    enum CodingKeys: String, CodingKey, CaseIterable { case date, expression, precision }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
        expression = try c.decodeIfPresent(String.self, forKey: .expression)
        precision = try c.decodeIfPresent(Precision.self, forKey: .precision)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(expression, forKey: .expression)
        try c.encode(precision, forKey: .precision)
    }
}
