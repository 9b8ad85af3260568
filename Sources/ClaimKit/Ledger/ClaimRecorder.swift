/// Turns what a person records into a ledger claim: validated, and anchored in its article.
///
/// The words are looked for in the cited article through normalised copies (quote style, dashes,
/// white space and case do not matter; then edge punctuation; then punctuation anywhere), and
/// the span found gets true UTF-8 byte offsets with its `exact`, `prefix` and `suffix`. Words the
/// article does not hold are recorded as `unverified`, with a warning, or refused when `strict`.
/// A pure function of the draft and the article: the store does the writing.
public struct ClaimRecorder: Sendable {
    /// One claim made ready for the ledger, and what the person should know about it.
    public struct Recording: Hashable, Sendable {
        public var claim: Claim
        public var warnings: [String]
    }

    public var strict: Bool
    let speakers: SpeakerMatch

    public init(strict: Bool = false, speakers: SpeakerMatch = SpeakerMatch()) {
        self.strict = strict
        self.speakers = speakers
    }

    /// Validates `draft` and anchors it in `article` (the article `draft.article` names; `nil`
    /// for an unsourced claim).
    public func record(_ draft: ClaimDraft, in article: Article?) throws(RecordError) -> Recording {
        precondition(article?.id == draft.article, "record(_:in:) needs the draft's own article")
        let text = ClaimText.folded(draft.text)
        guard !text.isEmpty else { throw .emptyText }
        let name = ClaimText.folded(draft.speaker)
        guard !name.isEmpty else { throw .emptySpeaker }
        guard (draft.start == nil) == (draft.end == nil) else { throw .halfSpan }
        var warnings: [String] = []

        var source: SourceSpan?
        if let article {
            if let start = draft.start, let end = draft.end {
                guard start >= 0, start <= end, end <= article.bytes.count else {
                    throw .spanOutOfRange(start: start, end: end, size: article.bytes.count)
                }
                let held = article.string(start..<end)
                let matches = draft.exact.map { $0 == held } ?? (TextKey.comparable(held) == TextKey.comparable(text))
                guard matches else { throw .spanMismatch(start: start, end: end, article: article.id) }
                source = SourceSpan(article: article.id, bytes: article.bytes, start: start, end: end)
            } else if let range = ClaimLocator.occurrences(of: text, in: article).first {
                source = SourceSpan(article: article.id, bytes: article.bytes, start: range.lowerBound, end: range.upperBound)
            } else if strict {
                throw .notInArticle(article: article.id)
            } else {
                warnings.append("text not found in article \(article.id): recorded as unverified")
            }
        }

        let bytes = article?.bytes ?? []
        let kind = draft.kind ?? source.map { Self.kind(of: $0, in: bytes) } ?? Self.kind(of: text)
        var speaker = speakers.speaker(named: name)
        speaker.role = draft.role
        speaker.mention = draft.mention ?? name
        if let type = draft.speakerType { speaker.type = type }
        var place = draft.where
        if let written = place.place {
            if let known = speakers.places.place(named: written) {
                place.place = known.name
            } else {
                warnings.append("place '\(written)' is not in the gazetteer: kept as written")
            }
        }
        // Found words are never `unverified`, whatever the draft says; words not found always are.
        let status: ReviewStatus = source == nil && article != nil ? .unverified
            : draft.status.flatMap { $0 == .unverified ? nil : $0 } ?? .reviewed
        let claimText = source.map { span in
            let range = span.start..<span.end
            return ClaimText.text(bytes, range, kind: kind, cuts: ClaimText.continuationMarks(bytes, range))
        } ?? text
        let claim = Claim(source: source, kind: kind, text: claimText, cue: draft.cue ?? "", speaker: speaker,
                          when: draft.when, where: place, status: status, note: draft.note, knownMiss: draft.knownMiss,
                          unanchoredArticle: source == nil ? article?.id : nil)
        return Recording(claim: claim, warnings: warnings)
    }

    /// The claim of `ledger` that `claim` repeats: the same id, or the same cited article, the
    /// same words and a compatible speaker. Throws when the same span gives the words to
    /// someone else.
    public func existing(_ claim: Claim, in ledger: [Claim]) throws(RecordError) -> Claim? {
        if let same = ledger.first(where: { $0.id == claim.id }) {
            guard speakers.areCompatible(same.speaker, claim.speaker) else {
                throw .conflicts(id: same.id, speaker: same.speaker.name)
            }
            return same
        }
        let words = TextKey.words(claim.text)
        return ledger.first {
            $0.citedArticle == claim.citedArticle && TextKey.hasWords($0.text, words)
                && speakers.areCompatible($0.speaker, claim.speaker)
        }
    }

    /// A span inside quotation marks is `direct`; one holding marks, `mixed`; else `indirect`.
    static func kind(of span: SourceSpan, in bytes: [UInt8]) -> ClaimKind {
        var before = span.start
        while before > 0 {
            let start = ByteClass.scalarStart(before: before, in: bytes)
            guard ByteClass.spaceLength(bytes, start) > 0 else { break }
            before = start
        }
        var after = span.end
        while after < bytes.count, ByteClass.spaceLength(bytes, after) > 0 || [0x2C, 0x2E, 0x3F, 0x21].contains(bytes[after]) {
            after += max(1, ByteClass.spaceLength(bytes, after))
        }
        let opens = before > 0 && QuoteMarks.mark(bytes, ByteClass.scalarStart(before: before, in: bytes)) != nil
        let closes = after < bytes.count && QuoteMarks.mark(bytes, after) != nil
        if opens && closes { return .direct }
        let inside = Array(bytes[span.start..<span.end])
        return inside.indices.contains { QuoteMarks.mark(inside, $0)?.family == .double } ? .mixed : .indirect
    }

    /// Without an article: words in double quotation marks make `mixed`, else `direct`.
    static func kind(of text: String) -> ClaimKind {
        let bytes = Array(text.utf8)
        return bytes.indices.contains { QuoteMarks.mark(bytes, $0)?.family == .double } ? .mixed : .direct
    }
}
