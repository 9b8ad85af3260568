import ClaimKit

/// A ledger of reviewed claims for the `claims check` stage: claims the extractor finds in a
/// sample of the corpus's articles, some of them changed on purpose so that the check must
/// catch them (the words, the speaker or the day), the rest as found.
struct LedgerFixture: Sendable {
    /// A change made to a ledger claim, that the check should report.
    enum Change: String, Sendable, CaseIterable {
        case words, speaker, date
    }

    /// Ledger claims by article id, each file's claims in span order.
    var claimsByArticle: [(article: String, claims: [Claim])]
    /// The changed claims, by id.
    var changed: [String: Change]
    var count: Int { claimsByArticle.reduce(0) { $0 + $1.claims.count } }

    /// Takes up to four claims from each of `articles` in turn until there are `count`, and
    /// changes about one in ten.
    init(count: Int, articles: some Sequence<Article>, extractor: Extractor, seed: UInt64) {
        var rng = SplitMix64(seed: seed ^ 0x1ED6_E500)
        var byArticle: [(article: String, claims: [Claim])] = []
        var changed: [String: Change] = [:]
        var total = 0
        var speakers: [String] = []
        for article in articles where total < count {
            var kept: [Claim] = []
            for var claim in extractor.claims(in: article).prefix(min(4, count - total)) {
                claim.status = .reviewed
                if claim.speaker.type == .person { speakers.append(claim.speaker.name) }
                if rng.chance(0.1), let change = Self.change(&claim, rng.pick(Change.allCases), speakers: speakers, rng: &rng) {
                    changed[claim.id] = change
                }
                kept.append(claim)
            }
            guard !kept.isEmpty else { continue }
            byArticle.append((article.id, kept))
            total += kept.count
        }
        self.claimsByArticle = byArticle
        self.changed = changed
    }

    /// Makes the change to the claim, if it applies (a date needs a date, a speaker another speaker).
    static func change(_ claim: inout Claim, _ change: Change, speakers: [String], rng: inout SplitMix64) -> Change? {
        switch change {
        case .words:
            claim.text = changedWords(claim.text, &rng)
        case .speaker:
            guard let other = speakers.last(where: { $0.split(separator: " ").last != claim.speaker.name.split(separator: " ").last })
            else { return nil }
            claim.speaker = Speaker(name: other, mention: other, type: .person)
        case .date:
            guard let date = claim.when.date else { return nil }
            claim.when = ClaimTime(date: date.adding(days: -3), expression: claim.when.expression, precision: .day)
        }
        return change
    }

    /// The text with a word dropped from its middle and a negation added: no longer the article's words.
    static func changedWords(_ text: String, _ rng: inout SplitMix64) -> String {
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return text + " not" }
        words.remove(at: rng.int(in: 1...(words.count - 2)))
        words.insert("never", at: words.count / 2)
        return words.joined(separator: " ")
    }
}
