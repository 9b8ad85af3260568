import Foundation

/// Claims as CSV for spreadsheets: one row per claim, RFC 4180 quoting and CRLF line ends.
public enum ClaimTable {
    public static let columns = [
        "id", "article", "start", "end", "kind", "speaker", "role", "speaker_type", "mention", "cue",
        "date", "date_expression", "place", "place_expression", "text", "status", "note",
    ]

    /// The header line.
    public static var header: String { row(columns) }

    /// One claim's line.
    public static func line(_ claim: Claim) -> String {
        row([
            claim.id, claim.article ?? "", claim.source.map { String($0.start) } ?? "",
            claim.source.map { String($0.end) } ?? "", claim.kind.rawValue, claim.speaker.name,
            claim.speaker.role ?? "", claim.speaker.type.rawValue, claim.speaker.mention, claim.cue,
            claim.when.date?.description ?? "", claim.when.expression ?? "", claim.where.place ?? "",
            claim.where.expression ?? "", claim.text, claim.status.rawValue, claim.note ?? "",
        ])
    }

    /// Fields joined by commas; a field holding a comma, a quote or a line break is quoted,
    /// its quotes doubled (RFC 4180).
    static func row(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}
