/// What the corpus says, article by article: the claims the extractor finds, corrected where
/// reviewers marked it as known to miss or mangle a claim.
///
/// This is the evidence a ledger claim is checked against and what the report analyses. A
/// reviewed claim marked `knownMiss` replaces the extracted claims its span overlaps: reviewers
/// read that passage and the extractor is known to get it wrong. Other ledger claims are not
/// evidence: they are what is being checked.
public struct CorpusReading: Sendable {
    public let articles: [Article]
    /// Every claim of every article, article by article in span order.
    public let claims: [Claim]
    /// For each article (same order as `articles`), its claims' indices in `claims`.
    public let claimsOfArticle: [Range<Int>]
    private let articleIndex: [String: Int]

    /// - Parameters:
    ///   - extracted: For each article, the extractor's claims.
    ///   - ledger: Every ledger claim; those marked `knownMiss` correct extraction.
    public init(articles: [Article], extracted: [[Claim]], ledger: [Claim]) {
        precondition(articles.count == extracted.count, "one list of extracted claims per article")
        var corrections: [String: [Claim]] = [:]
        for claim in ledger where claim.knownMiss != nil && claim.status == .reviewed {
            if let article = claim.article { corrections[article, default: []].append(claim) }
        }
        var claims: [Claim] = []
        var ranges: [Range<Int>] = []
        var index: [String: Int] = [:]
        for (a, article) in articles.enumerated() {
            let fixes = corrections[article.id] ?? []
            let kept = extracted[a].filter { claim in
                guard let span = claim.source else { return true }
                return !fixes.contains { $0.source.flatMap { span.overlapScore(with: $0) } != nil }
            }
            let start = claims.count
            claims += (kept + fixes).sorted(by: Claim.spanOrder)
            ranges.append(start..<claims.count)
            if index[article.id] == nil { index[article.id] = a }
        }
        self.articles = articles
        self.claims = claims
        self.claimsOfArticle = ranges
        self.articleIndex = index
    }

    /// The index in `articles` of the article with this id.
    public func index(of articleID: String) -> Int? { articleIndex[articleID] }

    /// The claims of one article.
    public func claims(ofArticle a: Int) -> ArraySlice<Claim> { claims[claimsOfArticle[a]] }
}
