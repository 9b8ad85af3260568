/// A claim as a person records it, before it is checked against its article.
///
/// Only the speaker and the words are required. The JSON form is the one `claims extract
/// --format jsonl` writes, so extracted claims can be recorded as they are; `id`, `prefix` and
/// `suffix` are accepted and recomputed, and `speaker` may also be a plain name. Unknown fields
/// are an error, as in the ledger.
public struct ClaimDraft: Hashable, Sendable {
    /// The cited article's id; `nil` for an unsourced claim.
    public var article: String?
    /// A span the claim says its words are at (both or neither), and the words found there.
    public var start: Int?
    public var end: Int?
    public var exact: String?
    /// `nil`: decided from the article (inside quotation marks → direct).
    public var kind: ClaimKind?
    public var text: String
    public var cue: String?
    public var speaker: String
    public var role: String?
    public var mention: String?
    public var speakerType: Speaker.Kind?
    public var when: ClaimTime
    public var `where`: ClaimPlace
    /// `nil`: `reviewed` when the words are found, `unverified` when not.
    public var status: ReviewStatus?
    public var note: String?
    public var knownMiss: String?

    public init(speaker: String, text: String, article: String? = nil, kind: ClaimKind? = nil, cue: String? = nil,
                when: ClaimTime = .unknown, where place: ClaimPlace = .unknown, note: String? = nil) {
        self.speaker = speaker
        self.text = text
        self.article = article
        self.kind = kind
        self.cue = cue
        self.when = when
        self.where = place
        self.note = note
    }
}

extension ClaimDraft: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, article, start, end, exact, prefix, suffix
        case kind, text, cue, speaker, when, `where`, status, note, knownMiss
    }

    /// The speaker object of the extract format, every field but `name` optional.
    struct SpeakerFields: Decodable {
        enum CodingKeys: String, CodingKey, CaseIterable { case name, role, mention, type }
        var name: String
        var role: String?
        var mention: String?
        var type: Speaker.Kind?

        init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                self.name = name
                return
            }
            try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.stringValue))
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            role = try c.decodeIfPresent(String.self, forKey: .role)
            mention = try c.decodeIfPresent(String.self, forKey: .mention)
            type = try c.decodeIfPresent(Speaker.Kind.self, forKey: .type)
        }
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let speaker = try c.decode(SpeakerFields.self, forKey: .speaker)
        self.init(speaker: speaker.name, text: try c.decode(String.self, forKey: .text),
                  article: try c.decodeIfPresent(String.self, forKey: .article),
                  kind: try c.decodeIfPresent(ClaimKind.self, forKey: .kind),
                  cue: try c.decodeIfPresent(String.self, forKey: .cue),
                  when: try c.decodeIfPresent(ClaimTime.self, forKey: .when) ?? .unknown,
                  where: try c.decodeIfPresent(ClaimPlace.self, forKey: .where) ?? .unknown,
                  note: try c.decodeIfPresent(String.self, forKey: .note))
        role = speaker.role
        mention = speaker.mention
        speakerType = speaker.type
        start = try c.decodeIfPresent(Int.self, forKey: .start)
        end = try c.decodeIfPresent(Int.self, forKey: .end)
        exact = try c.decodeIfPresent(String.self, forKey: .exact)
        status = try c.decodeIfPresent(ReviewStatus.self, forKey: .status)
        knownMiss = try c.decodeIfPresent(String.self, forKey: .knownMiss)
    }
}
