/// Where a statement was made, when the article says so.
public struct ClaimPlace: Hashable, Codable, Sendable {
    /// A city or country as the gazetteer names it; `nil` when the text does not say.
    public var place: String?
    /// The words the place came from (`at a NATO summit in Brussels`).
    public var expression: String?

    public init(place: String? = nil, expression: String? = nil) {
        self.place = place
        self.expression = expression
    }

    public static let unknown = ClaimPlace()

    enum CodingKeys: String, CodingKey, CaseIterable { case place, expression }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        expression = try c.decodeIfPresent(String.self, forKey: .expression)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(place, forKey: .place)
        try c.encode(expression, forKey: .expression)
    }
}
