/// How exports name an article, so a W3C annotation and a ClaimReview of one claim point at the
/// same document.
extension Article {
    /// The article's URL when its sidecar gives one, else a URN built from its id.
    public var sourceIRI: String { metadata.url?.value ?? Article.iri(forID: id) }

    /// The URN of an article by id (`urn:claimtrack:article:<id>`), for one not at hand.
    public static func iri(forID id: String) -> String { "urn:claimtrack:article:" + id }
}
