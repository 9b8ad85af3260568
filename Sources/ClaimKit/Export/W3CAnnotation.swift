/// A claim as a W3C Web Annotation (JSON-LD), for annotation tools such as Hypothesis.
///
/// The target carries both selectors the standard defines for text: a `TextQuoteSelector`
/// (exact, prefix, suffix) that survives edits to the page, and a `TextPositionSelector` whose
/// `start` and `end` count Unicode code points, as the standard does (not UTF-8 bytes). The
/// speaker is an `identifying` body, the kind a `tagging` body, the claim text a `describing` one.
public struct W3CAnnotation: Encodable, Sendable {
    public struct Body: Encodable, Sendable {
        public var type = "TextualBody"
        public var purpose: String
        public var value: String
    }

    public struct Selector: Encodable, Sendable {
        public var type: String
        public var exact: String? = nil
        public var prefix: String? = nil
        public var suffix: String? = nil
        public var start: Int? = nil
        public var end: Int? = nil

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encodeIfPresent(exact, forKey: .exact)
            try c.encodeIfPresent(prefix, forKey: .prefix)
            try c.encodeIfPresent(suffix, forKey: .suffix)
            try c.encodeIfPresent(start, forKey: .start)
            try c.encodeIfPresent(end, forKey: .end)
        }

        enum CodingKeys: String, CodingKey { case type, exact, prefix, suffix, start, end }
    }

    public struct Target: Encodable, Sendable {
        public var source: String
        public var selector: [Selector]
    }

    public var context = "http://www.w3.org/ns/anno.jsonld"
    public var id: String
    public var type = "Annotation"
    public var motivation = "describing"
    public var created: String?
    public var body: [Body]
    public var target: Target

    enum CodingKeys: String, CodingKey {
        case context = "@context", id, type, motivation, created, body, target
    }

    /// The annotation of a sourced claim; `nil` for an unsourced one (it has no target).
    ///
    /// - Parameters:
    ///   - claim: The claim.
    ///   - article: The article the claim's span points into, to count code points.
    ///   - source: The IRI of the annotated document (the article's URL when known).
    public init?(claim: Claim, article: Article, source: String) {
        guard let span = claim.source, span.end <= article.bytes.count else { return nil }
        id = "urn:claimtrack:claim:" + claim.id
        created = nil
        var bodies = [Body(purpose: "describing", value: claim.text),
                      Body(purpose: "identifying", value: claim.speaker.name),
                      Body(purpose: "tagging", value: claim.kind.rawValue)]
        if let role = claim.speaker.role { bodies.append(Body(purpose: "describing", value: "role: " + role)) }
        if let date = claim.when.date { bodies.append(Body(purpose: "describing", value: "date: \(date)")) }
        if let place = claim.where.place { bodies.append(Body(purpose: "describing", value: "place: " + place)) }
        body = bodies
        let start = W3CAnnotation.codePoints(article.bytes, upTo: span.start)
        let end = start + W3CAnnotation.codePoints(article.bytes, from: span.start, upTo: span.end)
        target = Target(source: source, selector: [
            Selector(type: "TextQuoteSelector", exact: span.exact, prefix: span.prefix, suffix: span.suffix),
            Selector(type: "TextPositionSelector", start: start, end: end),
        ])
    }

    /// How many Unicode code points the UTF-8 bytes `from..<upTo` decode to (an invalid byte
    /// decodes to one replacement character, as a browser would show it).
    static func codePoints(_ bytes: [UInt8], from: Int = 0, upTo: Int) -> Int {
        var count = 0
        var iterator = bytes[from..<upTo].makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue, .error: count += 1
            case .emptyInput: return count
            }
        }
    }
}
