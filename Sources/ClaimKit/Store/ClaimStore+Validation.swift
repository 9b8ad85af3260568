/// Checks of a ledger file against the article it belongs to.
///
/// JSON decoding checks each claim alone (fields, types, `start <= end`); whether the offsets fit
/// the article can only be told with the article at hand. A span past the end of the file would
/// otherwise trap when the claim's text is cut out, and a span whose words are not the file's
/// (the article was edited after review) would compare the wrong text, so both are reported
/// here, naming the claim, before the claims are used with their article.
extension ClaimStore {
    /// Reads an article's ledger file and checks every claim against the article.
    ///
    /// - Throws: `StoreError.malformed` for bad JSON, `StoreError.invalidClaim` for a claim that
    ///   does not fit the article.
    public func claims(for article: Article) throws -> [Claim] {
        let claims = try claims(for: article.id)
        try ClaimStore.validate(claims, against: article, path: url(for: article.id).path)
        return claims
    }

    /// Checks that each claim cites `article`, that its span lies inside the article's bytes,
    /// and (unless recorded as `unverified`) that `exact` is the text of that span.
    ///
    /// - Parameter path: The ledger file the claims came from, for the message.
    /// - Throws: `StoreError.invalidClaim` for the first claim that does not fit, numbered from 1
    ///   in file order: `Claims/x.json: claim 3: span 100-9999 is past the end of Corpus/x.txt (2515 bytes)`.
    public static func validate(_ claims: [Claim], against article: Article, path: String) throws {
        let size = article.bytes.count
        for (index, claim) in claims.enumerated() {
            func invalid(_ reason: String) -> StoreError { .invalidClaim(path: path, claim: index + 1, reason: reason) }
            guard let source = claim.source else {
                throw invalid("no article span; claims without an article belong in \(unsourcedName).json")
            }
            guard source.article == article.id else {
                throw invalid("cites article '\(source.article)', not '\(article.id)'")
            }
            guard source.start >= 0, source.start <= source.end else {
                throw invalid("span \(source.start)-\(source.end) is not a range of byte offsets")
            }
            guard source.end <= size else {
                throw invalid("span \(source.start)-\(source.end) is past the end of \(article.path) (\(size) bytes)")
            }
            if claim.status != .unverified, article.string(source.start..<source.end) != source.exact {
                throw invalid("span \(source.start)-\(source.end) of \(article.path) is not the claim's exact text (was the article edited?)")
            }
        }
    }
}
