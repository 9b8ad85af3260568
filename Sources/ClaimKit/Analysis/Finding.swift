/// Something two reports disagree on, typed, with both claims as evidence and a one-line reason.
public struct Finding: Hashable, Sendable {
    /// What kind of disagreement it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// One statement quoted with words that change its meaning: a negation added or
        /// dropped, a different figure, a different name.
        case misquote
        /// The same words given to different speakers.
        case misattribution
        /// The same statement said on different days.
        case dateConflict = "date-conflict"
        /// The same statement said in different places.
        case placeConflict = "place-conflict"
        /// Reports of one speaker giving figures for the same thing that cannot both be right.
        case numericConflict = "numeric-conflict"
        /// Reports that one speaker said a thing and its negation.
        case polarity
        /// Different speakers saying opposite things: a dispute between them, not an error in
        /// the reports.
        case disputed

        /// Whether reports contradict each other (every kind but `disputed`).
        public var isContradiction: Bool { self != .disputed }
    }

    /// One side of a finding: a claim (an index into the analysed claims) and the words of it
    /// at issue, as the report writes them.
    public struct Evidence: Hashable, Sendable {
        /// The claim, as an index into `CrossSourceReport.claims`.
        public var claim: Int
        /// The words at issue (`are not ready`, `more than 80`, a date or place expression).
        public var words: String

        public init(claim: Int, words: String) {
            self.claim = claim
            self.words = words
        }
    }

    public var kind: Kind
    /// One line for people: what differs, with both sides' words (`negation differs: “are not
    /// ready” / “are ready”`).
    public var reason: String
    /// The two claims, the earlier (in input order) first.
    public var first: Evidence
    public var second: Evidence

    public init(kind: Kind, reason: String, first: Evidence, second: Evidence) {
        self.kind = kind
        self.reason = reason
        self.first = first
        self.second = second
    }

    /// Whether reports contradict each other (every kind but `disputed`).
    public var isContradiction: Bool { kind.isContradiction }
}
