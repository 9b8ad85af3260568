/// Nested subject look-backs already answered in this article (`ClaimBuilder.rememberedSubject`).
///
/// A subject look-back depends only on the tokens, so its answer never goes stale. A class so
/// that the builder's non-mutating look-ups can fill it.
final class SubjectMemo {
    struct Key: Hashable {
        var cue: Int
        var start: Int
        var allowTrailingComma: Bool
        var depth: Int
    }

    /// `.some(nil)` records a look-back that found no subject.
    private var answers: [Key: ClaimBuilder.Subject?] = [:]

    func answer(_ key: Key) -> ClaimBuilder.Subject?? {
        answers[key]
    }

    func remember(_ key: Key, _ subject: ClaimBuilder.Subject?) {
        answers[key] = .some(subject)
    }
}
