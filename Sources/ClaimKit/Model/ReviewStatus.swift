/// Where a claim in the ledger stands with its human reviewers.
public enum ReviewStatus: String, Hashable, Codable, Sendable, CaseIterable {
    /// Machine output nobody has read yet.
    case extracted
    /// A person read the sentence in the article and confirmed the claim.
    case reviewed
    /// Recorded by hand, but its words were not found in the cited article.
    case unverified
}
