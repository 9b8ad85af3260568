/// A checked ledger claim as a schema.org `ClaimReview` (JSON-LD), the form fact-checking tools,
/// claim databases and search engines read.
///
/// The review is claimtrack's check of the claim against the corpus: `claimReviewed` is the
/// claim's text; `itemReviewed` is the `Claim`, with its speaker as `author` (a `Person`, or an
/// `Organization` for an organisation or a group), the articles that report it as `appearance`
/// (each a `CreativeWork` with the article's URL, or a URN when the sidecar gives none), the
/// earliest of them as `firstAppearance`, and the day the statement was made (else the cited
/// article's publication day) as `datePublished`. `reviewRating` maps the verdict onto a 1–5
/// scale (`ClaimReview.ratingValue(for:)`), the verdict itself as `alternateName` and its
/// evidence as `ratingExplanation`. The review's author is the organisation `claimtrack`.
/// Unknown values are left out, as JSON-LD expects.
public struct ClaimReview: Encodable, Sendable {
    /// Who made a statement, or wrote a review: a `Person` or an `Organization`.
    public struct Agent: Encodable, Sendable, Equatable {
        public var type: String
        public var name: String
        public var jobTitle: String?

        enum CodingKeys: String, CodingKey { case type = "@type", name, jobTitle }
    }

    /// An article where the claim appears.
    public struct Work: Encodable, Sendable, Equatable {
        public var type = "CreativeWork"
        public var url: String
        public var identifier: String
        public var headline: String?
        public var datePublished: CalendarDate?
        public var publisher: Agent?

        enum CodingKeys: String, CodingKey { case type = "@type", url, identifier, headline, datePublished, publisher }
    }

    /// The statement reviewed.
    public struct Statement: Encodable, Sendable {
        public var type = "Claim"
        public var id: String
        public var author: Agent
        public var appearance: [Work]
        public var firstAppearance: Work?
        public var datePublished: CalendarDate?

        enum CodingKeys: String, CodingKey { case type = "@type", id = "@id", author, appearance, firstAppearance, datePublished }
    }

    /// The verdict on the 1–5 scale.
    public struct Rating: Encodable, Sendable {
        public var type = "Rating"
        public var ratingValue: Int
        public var bestRating = ClaimReview.bestRating
        public var worstRating = ClaimReview.worstRating
        /// The verdict (`verified`, `misquoted`, …).
        public var alternateName: String
        public var ratingExplanation: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type", ratingValue, bestRating, worstRating, alternateName, ratingExplanation
        }
    }

    public var context = "https://schema.org"
    public var type = "ClaimReview"
    public var id: String
    public var claimReviewed: String
    public var itemReviewed: Statement
    public var author = Agent(type: "Organization", name: "claimtrack", jobTitle: nil)
    public var reviewRating: Rating

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type", id = "@id", claimReviewed, itemReviewed, author, reviewRating
    }

    public static let bestRating = 5
    public static let worstRating = 1

    /// Where each verdict sits on the scale: backed by more than one independent origin 5, by
    /// its article 4; the right words on another day or at another place 3; words changed, given
    /// to someone else, or contradicted by another report 2; nothing in the corpus supports it 1.
    public static func ratingValue(for verdict: Verdict.Kind) -> Int {
        switch verdict {
        case .corroborated: 5
        case .verified: 4
        case .dateMismatch, .placeMismatch: 3
        case .misquoted, .misattributed, .contradicted: 2
        case .notFound: 1
        }
    }

    /// The review of one verdict.
    ///
    /// - Parameters:
    ///   - verdict: The check's verdict on a ledger claim.
    ///   - reading: The corpus the claim was checked against, for the articles it appears in.
    public init(verdict: Verdict, reading: CorpusReading) {
        let claim = verdict.claim
        id = "urn:claimtrack:review:" + claim.id
        claimReviewed = claim.text
        var ids: [String] = []
        for id in [claim.citedArticle].compactMap({ $0 }) + verdict.reports.compactMap(\.article) where !ids.contains(id) {
            ids.append(id)
        }
        let works = ids.map { id in
            guard let a = reading.index(of: id) else { return Work(url: Article.iri(forID: id), identifier: id) }
            let article = reading.articles[a]
            let source = article.metadata.agency?.value ?? article.metadata.outlet?.value
            return Work(url: article.sourceIRI, identifier: id, headline: article.metadata.headline?.value,
                        datePublished: article.metadata.published?.value,
                        publisher: source.map { Agent(type: "Organization", name: $0, jobTitle: nil) })
        }
        let earliest = works.compactMap { work in work.datePublished.map { (work, $0) } }.min { $0.1 < $1.1 }?.0
        let speaker = claim.speaker
        let isOrganisation = speaker.type == .organisation || speaker.type == .group
        itemReviewed = Statement(
            id: "urn:claimtrack:claim:" + claim.id,
            author: Agent(type: isOrganisation ? "Organization" : "Person", name: speaker.name,
                          jobTitle: isOrganisation ? nil : speaker.role),
            appearance: works,
            firstAppearance: earliest ?? works.first,
            datePublished: claim.when.date ?? works.first?.datePublished)
        reviewRating = Rating(ratingValue: ClaimReview.ratingValue(for: verdict.kind), alternateName: verdict.kind.rawValue,
                              ratingExplanation: verdict.evidence.isEmpty ? nil : verdict.evidence.joined(separator: "; "))
    }
}
