/// The last clause end `ClaimBuilder.clauseEnd` found: every token from `from` through
/// `through` (with the same sentence limit) has its first clause break at `through`, giving `end`.
///
/// A sentence of thousands of cues ("… and said … and said …") asks for the clause after each;
/// without the memo each scan runs to the sentence end, quadratic in the sentence. A class so
/// that the builder's non-mutating look-ups can fill it.
final class ClauseEndMemo {
    private var from = 0
    private var through = -1
    private var limit = -1
    private var end = 0

    func answer(from k: Int, limit: Int) -> Int? {
        limit == self.limit && k >= from && k <= through ? end : nil
    }

    func remember(from: Int, through: Int, limit: Int, end: Int) {
        self.from = from
        self.through = through
        self.limit = limit
        self.end = end
    }
}
