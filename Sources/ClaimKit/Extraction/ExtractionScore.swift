/// How well extraction matches claims a reader annotated, for articles without byte offsets.
///
/// Claims pair by the words they share (the best pairs first, each claim used once); a pair
/// counts when most of the shorter text's words are in the longer. Then speaker, kind, date and
/// place are compared on the pairs. Used by the held-out evaluation suite to measure precision
/// and recall on articles the extractor was not written against.
public struct ExtractionScore: Sendable, CustomStringConvertible {
    /// A claim as an annotator writes it: no offsets.
    public struct Annotated: Codable, Sendable {
        public var speaker: String
        public var kind: ClaimKind
        public var text: String
        public var date: CalendarDate?
        public var place: String?
        public var cue: String?

        public init(speaker: String, kind: ClaimKind, text: String, date: CalendarDate? = nil, place: String? = nil, cue: String? = nil) {
            self.speaker = speaker
            self.kind = kind
            self.text = text
            self.date = date
            self.place = place
            self.cue = cue
        }
    }

    public var expected = 0
    public var extracted = 0
    public var matched = 0
    public var speakerRight = 0
    public var kindRight = 0
    public var dateRight = 0
    public var placeRight = 0
    public var textExact = 0
    /// Expected claims not found, and extracted claims that match nothing.
    public var missed: [Annotated] = []
    public var spurious: [Claim] = []
    /// Pairs whose speaker differs: (expected, extracted).
    public var wrongSpeakers: [(String, String)] = []

    public init() {}

    public init(expected: [Annotated], actual: [Claim]) {
        self.expected = expected.count
        self.extracted = actual.count
        let expectedWords = expected.map { Set(TextKey.words($0.text)) }
        let actualWords = actual.map { Set(TextKey.words($0.text)) }
        var candidates: [(score: Double, e: Int, a: Int)] = []
        for (e, ew) in expectedWords.enumerated() where !ew.isEmpty {
            for (a, aw) in actualWords.enumerated() where !aw.isEmpty {
                let shared = Double(ew.intersection(aw).count)
                let containment = shared / Double(min(ew.count, aw.count))
                let overlap = shared / Double(max(ew.count, aw.count))
                if containment >= 0.8 && overlap >= 0.3 { candidates.append((containment + overlap, e, a)) }
            }
        }
        candidates.sort { $0.score > $1.score }
        var usedE = Set<Int>(), usedA = Set<Int>()
        for c in candidates where !usedE.contains(c.e) && !usedA.contains(c.a) {
            usedE.insert(c.e); usedA.insert(c.a)
            matched += 1
            let x = expected[c.e], y = actual[c.a]
            if x.speaker.lowercased() == y.speaker.name.lowercased() { speakerRight += 1 } else { wrongSpeakers.append((x.speaker, y.speaker.name)) }
            if x.kind == y.kind { kindRight += 1 }
            if x.date == y.when.date { dateRight += 1 }
            if x.place == y.where.place { placeRight += 1 }
            if TextKey.comparable(x.text) == TextKey.comparable(y.text) { textExact += 1 }
        }
        missed = expected.indices.filter { !usedE.contains($0) }.map { expected[$0] }
        spurious = actual.indices.filter { !usedA.contains($0) }.map { actual[$0] }
    }

    public static func + (a: ExtractionScore, b: ExtractionScore) -> ExtractionScore {
        var s = ExtractionScore()
        s.expected = a.expected + b.expected
        s.extracted = a.extracted + b.extracted
        s.matched = a.matched + b.matched
        s.speakerRight = a.speakerRight + b.speakerRight
        s.kindRight = a.kindRight + b.kindRight
        s.dateRight = a.dateRight + b.dateRight
        s.placeRight = a.placeRight + b.placeRight
        s.textExact = a.textExact + b.textExact
        s.missed = a.missed + b.missed
        s.spurious = a.spurious + b.spurious
        s.wrongSpeakers = a.wrongSpeakers + b.wrongSpeakers
        return s
    }

    public var precision: Double { extracted == 0 ? 1 : Double(matched) / Double(extracted) }
    public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    func rate(_ n: Int) -> Double { matched == 0 ? 1 : Double(n) / Double(matched) }
    public var speakerAccuracy: Double { rate(speakerRight) }
    public var kindAccuracy: Double { rate(kindRight) }
    public var dateAccuracy: Double { rate(dateRight) }
    public var placeAccuracy: Double { rate(placeRight) }
    public var textAccuracy: Double { rate(textExact) }

    public var description: String {
        func pct(_ x: Double) -> String { String(Int((x * 1000).rounded()) / 10) + "." + String(Int((x * 1000).rounded()) % 10) + "%" }
        return "claims \(matched)/\(expected) found, \(extracted) extracted: precision \(pct(precision)), recall \(pct(recall)); "
            + "on found claims: speaker \(pct(speakerAccuracy)), kind \(pct(kindAccuracy)), text \(pct(textAccuracy)), "
            + "date \(pct(dateAccuracy)), place \(pct(placeAccuracy))"
    }
}
