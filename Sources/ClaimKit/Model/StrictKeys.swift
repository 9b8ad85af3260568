/// Rejects JSON objects that carry keys a type does not know.
///
/// `Codable` silently ignores unknown keys, so a typo in a hand-edited ledger file (`"speakr"`)
/// would drop data without a word. Ledger types call this first in `init(from:)`.
enum StrictKeys {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func check(_ decoder: any Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [key],
                debugDescription: "unknown field '\(key.stringValue)'"))
        }
    }
}
