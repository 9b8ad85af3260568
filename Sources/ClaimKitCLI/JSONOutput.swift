import Foundation

/// Stable JSON for tools: sorted keys, no escaped slashes, ISO dates as strings.
package enum JSONOutput {
    package static func pretty<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// One line, for JSON Lines.
    package static func line<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

func getenvString(_ name: String) -> String? {
    ProcessInfo.processInfo.environment[name]
}
