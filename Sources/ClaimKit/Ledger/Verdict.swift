/// What the corpus says about one claim of the ledger, with the evidence.
public struct Verdict: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The words are in the cited article (anywhere in the corpus, for an unsourced claim), and
        /// it gives them to that speaker, on no other date, at no other place.
        case verified
        /// Verified, and reported by more than one independent origin.
        case corroborated
        /// The closest words in the article differ: see `diff`.
        case misquoted
        /// The article gives the words to someone else: `report.speaker`.
        case misattributed
        case dateMismatch = "date-mismatch"
        case placeMismatch = "place-mismatch"
        /// A report in the corpus contradicts it: `crossSource.contradictions`.
        case contradicted
        /// Nothing in the corpus supports it.
        case notFound = "not-found"

        /// Whether the check passes for this verdict.
        public var isSupported: Bool { self == .verified || self == .corroborated }
    }

    /// Who read the passage the claim was compared with.
    public enum Basis: String, Hashable, Sendable, Codable {
        /// The extractor's claim there.
        case extraction
        /// A reviewed claim marked as a known miss of the extractor: the reviewer's reading.
        case review
    }

    /// Where in the corpus the claim's words are, or the closest words to them.
    public struct Passage: Hashable, Sendable, Codable {
        public var article: String
        public var start: Int
        public var end: Int
        /// The article's text there, white space folded.
        public var words: String
    }

    public var claim: Claim
    public var kind: Kind
    /// Every problem found, most serious first (`kind` is the first); empty when supported.
    public var problems: [Kind]
    public var basis: Basis?
    public var passage: Passage?
    /// The corpus claim at `passage` that the claim was compared with: who the article says
    /// spoke, when and where.
    public var report: Claim?
    /// From the article's words to the claim's, when they differ.
    public var diff: WordDiff?
    /// Every report in the corpus of the same words by a compatible speaker, the compared one first.
    public var reports: [Claim]
    public var crossSource: CrossSourceAssessment
    /// Further facts, one sentence each (`the article gives no day for this statement`).
    public var notes: [String]
}
