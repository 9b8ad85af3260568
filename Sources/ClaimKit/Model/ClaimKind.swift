/// How an article renders a statement.
public enum ClaimKind: String, Hashable, Codable, Sendable, CaseIterable {
    /// Every word of the claim is inside quotation marks.
    case direct
    /// Reported speech that carries a quoted fragment (`said Russia must first "prove itself"`).
    case mixed
    /// Reported speech without quotation marks (`said the US was not ready`).
    case indirect
}
