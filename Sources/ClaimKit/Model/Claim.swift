/// A statement that an article attributes to a speaker.
///
/// The JSON form is flat (`article`, `start`, `end`, `exact`, `prefix`, `suffix` at the top level)
/// so that tools reading `claims extract --format jsonl` need no knowledge of the nesting; every
/// field is always written, `null` when unknown, so the schema is stable. Unknown fields are
/// rejected when reading, so a typo in a hand-edited ledger file is reported, not dropped.
public struct Claim: Hashable, Sendable {
    /// Stable identity: `<article>@<start>-<end>` for a sourced claim, so re-running the extractor
    /// gives the same id; `<article>@<hash>` of speaker and text for an unverified claim (its
    /// article does not hold its words); `unsourced@<hash>` otherwise.
    public var id: String
    /// Where the article says it; `nil` for a claim recorded without an article of the corpus, or
    /// one whose words its article does not hold (`unanchoredArticle`).
    public var source: SourceSpan?
    /// The article named when the claim was recorded, when its words were not found there: the
    /// claim cites the article but has no span in it (status `unverified`). `nil` otherwise.
    public var unanchoredArticle: String?
    public var kind: ClaimKind
    /// The quoted words without their marks, or the reported clause; white space folded.
    public var text: String
    /// The reporting verb or phrase as written (`said`, `told reporters`, `according to`).
    public var cue: String
    public var speaker: Speaker
    public var when: ClaimTime
    public var `where`: ClaimPlace
    public var status: ReviewStatus
    public var note: String?
    /// Why the extractor is known to miss this true claim; the fixture suite reports it as a known issue.
    public var knownMiss: String?

    public init(source: SourceSpan?, kind: ClaimKind, text: String, cue: String, speaker: Speaker,
                when: ClaimTime = .unknown, where place: ClaimPlace = .unknown,
                status: ReviewStatus = .extracted, note: String? = nil, knownMiss: String? = nil,
                unanchoredArticle: String? = nil) {
        self.source = source
        self.unanchoredArticle = source == nil ? unanchoredArticle : nil
        self.kind = kind
        self.text = text
        self.cue = cue
        self.speaker = speaker
        self.when = when
        self.where = place
        self.status = status
        self.note = note
        self.knownMiss = knownMiss
        self.id = Claim.identifier(source: source, article: self.unanchoredArticle, speaker: speaker.name, text: text)
    }

    /// The article whose text holds the claim; `nil` when it has no span.
    public var article: String? { source?.article }

    /// The article the claim cites, whether or not its words were found there.
    public var citedArticle: String? { source?.article ?? unanchoredArticle }

    /// The id a claim with this source (or, without one, this cited article, speaker and text) gets.
    public static func identifier(source: SourceSpan?, article: String? = nil, speaker: String, text: String) -> String {
        if let source { return "\(source.article)@\(source.start)-\(source.end)" }
        // FNV-1a: stable across runs and platforms, unlike `Hasher`.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (speaker + "\u{1F}" + text).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return (article ?? "unsourced") + "@" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Orders claims by article, then by position, so files and output diff cleanly.
    public static func spanOrder(_ a: Claim, _ b: Claim) -> Bool {
        switch (a.source, b.source) {
        case let (x?, y?):
            if x.article != y.article { return x.article < y.article }
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end < y.end }
            return a.id < b.id
        case (nil, _?): return false
        case (_?, nil): return true
        case (nil, nil): return (a.speaker.name, a.text) < (b.speaker.name, b.text)
        }
    }
}

extension Claim: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, article, start, end, exact, prefix, suffix
        case kind, text, cue, speaker, when, `where`, status, note, knownMiss
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let article = try c.decodeIfPresent(String.self, forKey: .article)
        unanchoredArticle = nil
        if let article, c.contains(.start), c.contains(.end), try c.decodeNil(forKey: .start) && c.decodeNil(forKey: .end) {
            // Cited, but the words were not found there: no span.
            source = nil
            unanchoredArticle = article
        } else if let article {
            let start = try c.decode(Int.self, forKey: .start)
            let end = try c.decode(Int.self, forKey: .end)
            guard start >= 0, start <= end else {
                throw DecodingError.dataCorruptedError(forKey: .end, in: c,
                    debugDescription: "span \(start)-\(end) is not a range of byte offsets")
            }
            source = SourceSpan(article: article, start: start, end: end,
                                exact: try c.decode(String.self, forKey: .exact),
                                prefix: try c.decodeIfPresent(String.self, forKey: .prefix) ?? "",
                                suffix: try c.decodeIfPresent(String.self, forKey: .suffix) ?? "")
        } else {
            source = nil
        }
        kind = try c.decode(ClaimKind.self, forKey: .kind)
        text = try c.decode(String.self, forKey: .text)
        cue = try c.decodeIfPresent(String.self, forKey: .cue) ?? ""
        speaker = try c.decode(Speaker.self, forKey: .speaker)
        when = try c.decodeIfPresent(ClaimTime.self, forKey: .when) ?? .unknown
        self.where = try c.decodeIfPresent(ClaimPlace.self, forKey: .where) ?? .unknown
        status = try c.decodeIfPresent(ReviewStatus.self, forKey: .status) ?? .extracted
        note = try c.decodeIfPresent(String.self, forKey: .note)
        knownMiss = try c.decodeIfPresent(String.self, forKey: .knownMiss)
        id = try c.decodeIfPresent(String.self, forKey: .id)
            ?? Claim.identifier(source: source, article: unanchoredArticle, speaker: speaker.name, text: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(citedArticle, forKey: .article)
        try c.encode(source?.start, forKey: .start)
        try c.encode(source?.end, forKey: .end)
        try c.encode(source?.exact, forKey: .exact)
        try c.encode(source?.prefix, forKey: .prefix)
        try c.encode(source?.suffix, forKey: .suffix)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(cue, forKey: .cue)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(when, forKey: .when)
        try c.encode(self.where, forKey: .where)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(knownMiss, forKey: .knownMiss)
    }
}
