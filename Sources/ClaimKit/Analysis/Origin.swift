/// Where a report of a statement comes from, so that copies are not counted as corroboration.
///
/// Reprints of one wire story, and every outlet relaying what one outlet reported, are one
/// origin: three articles that carry the same agency copy back a statement once.
public struct Origin: Hashable, Sendable, Comparable {
    /// How the origin was recognised.
    public enum Basis: String, Hashable, Sendable, Codable, CaseIterable {
        /// The article, or a near-copy of it, credits a news agency (`(AFP)`, a credit line).
        case agency
        /// The claim's sentence names the outlet it came through (`told Reuters`, `quoted by
        /// the Financial Times`, `according to the NYT`), or an outlet is itself the speaker.
        case attribution
        /// The article's sidecar names its outlet.
        case outlet
        /// Nothing names an origin: the article and its near-copies are one, named by the
        /// first article's id.
        case article
    }

    /// The agency or outlet (`AFP`, `WSJ`), or the id of the first article of a copy cluster.
    public var name: String
    /// How the origin was recognised.
    public var basis: Basis

    public init(name: String, basis: Basis) {
        self.name = name
        self.basis = basis
    }

    /// By name, then basis.
    public static func < (a: Origin, b: Origin) -> Bool { (a.name, a.basis.rawValue) < (b.name, b.basis.rawValue) }
}
