import Foundation

/// Turns a `DecodingError` into a message a person can act on: line, column and what is wrong.
///
/// Foundation reports syntax errors with a byte index and schema errors with a coding path;
/// neither names a line. This finds the line of the offending array element or field in the
/// file's bytes so that `Claims/a.json: line 12, column 5: claim 2: field 'kind': …` points
/// at the spot to fix.
enum JSONErrorDescription {
    static func describe(_ error: DecodingError, in data: Data) -> String {
        let bytes = [UInt8](data)
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return syntax(context, bytes: bytes)
            }
            return located(context.codingPath, bytes: bytes, message: context.debugDescription)
        case .keyNotFound(let key, let context):
            return located(context.codingPath, bytes: bytes, message: "missing field '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return located(context.codingPath, bytes: bytes, message: "expected \(typeName(type)): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return located(context.codingPath, bytes: bytes, message: "expected \(typeName(type)), found null")
        @unknown default:
            return "\(error)"
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Bool.Type: "true or false"
        case is Double.Type: "a number"
        default: "\(type)".contains("Array") ? "an array" : "an object"
        }
    }

    /// Syntax error: Foundation's message carries a line/column or an index; report line and column.
    static func syntax(_ context: DecodingError.Context, bytes: [UInt8]) -> String {
        if bytes.allSatisfy({ ByteClass.isSpace($0) }) { return "line 1, column 1: file is empty, expected a JSON array" }
        var detail = context.debugDescription
        if let underlying = context.underlyingError as NSError? {
            if let index = underlying.userInfo["NSJSONSerializationErrorIndex"] as? Int {
                let (line, column) = position(of: min(index, bytes.count), in: bytes)
                return "line \(line), column \(column): invalid JSON (\(underlying.userInfo[NSDebugDescriptionErrorKey] as? String ?? detail))"
            }
            if let text = underlying.userInfo[NSDebugDescriptionErrorKey] as? String { detail = text }
        }
        if detail.contains("line") { return "invalid JSON: \(detail)" }
        // Unknown position: a truncated file ends early, so point at its end.
        let (line, column) = position(of: bytes.count, in: bytes)
        return "line \(line), column \(column): invalid JSON (\(detail))"
    }

    /// Schema error: walk the coding path through the bytes to the offending element.
    static func located(_ path: [any CodingKey], bytes: [UInt8], message: String) -> String {
        var offset = 0
        var words: [String] = []
        for key in path {
            if let index = key.intValue {
                words.append(words.isEmpty ? "claim \(index + 1)" : "item \(index + 1)")
                if let found = JSONLocator.element(index, inArrayAt: offset, bytes: bytes) { offset = found }
            } else {
                words.append("field '\(key.stringValue)'")
                if let found = JSONLocator.value(forKey: key.stringValue, inObjectAt: offset, bytes: bytes) { offset = found }
            }
        }
        let (line, column) = position(of: offset, in: bytes)
        let whereText = words.isEmpty ? "" : words.joined(separator: ": ") + ": "
        return "line \(line), column \(column): \(whereText)\(message)"
    }

    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes.prefix(offset) {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}

/// A minimal JSON walker that finds where values start, to put line numbers on errors.
enum JSONLocator {
    /// Offset of the first non-space byte at or after `i`.
    static func skipSpace(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < bytes.count, ByteClass.isSpace(bytes[j]) { j += 1 }
        return j
    }

    /// Offset just past the value starting at `i` (string, number, literal, array or object).
    static func skipValue(_ bytes: [UInt8], _ i: Int) -> Int {
        var j = skipSpace(bytes, i)
        guard j < bytes.count else { return j }
        switch bytes[j] {
        case UInt8(ascii: "\""):
            j += 1
            while j < bytes.count, bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
            return min(j + 1, bytes.count)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            var depth = 0
            var inString = false
            while j < bytes.count {
                let b = bytes[j]
                if inString {
                    if b == UInt8(ascii: "\\") { j += 1 } else if b == UInt8(ascii: "\"") { inString = false }
                } else if b == UInt8(ascii: "\"") {
                    inString = true
                } else if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
                    depth += 1
                } else if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                    depth -= 1
                    if depth == 0 { return j + 1 }
                }
                j += 1
            }
            return j
        default:
            while j < bytes.count, !ByteClass.isSpace(bytes[j]), bytes[j] != UInt8(ascii: ","),
                  bytes[j] != UInt8(ascii: "]"), bytes[j] != UInt8(ascii: "}") { j += 1 }
            return j
        }
    }

    static func element(_ index: Int, inArrayAt start: Int, bytes: [UInt8]) -> Int? {
        var j = skipSpace(bytes, start)
        guard j < bytes.count, bytes[j] == UInt8(ascii: "[") else { return nil }
        j += 1
        for _ in 0..<index {
            j = skipValue(bytes, j)
            j = skipSpace(bytes, j)
            guard j < bytes.count, bytes[j] == UInt8(ascii: ",") else { return nil }
            j += 1
        }
        return skipSpace(bytes, j)
    }

    static func value(forKey key: String, inObjectAt start: Int, bytes: [UInt8]) -> Int? {
        var j = skipSpace(bytes, start)
        guard j < bytes.count, bytes[j] == UInt8(ascii: "{") else { return nil }
        j += 1
        let wanted = Array(("\"" + key + "\"").utf8)
        while j < bytes.count {
            j = skipSpace(bytes, j)
            guard j < bytes.count, bytes[j] == UInt8(ascii: "\"") else { return nil }
            let keyStart = j
            j = skipValue(bytes, j)
            let matched = Array(bytes[keyStart..<j]) == wanted
            j = skipSpace(bytes, j)
            guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { return nil }
            j = skipSpace(bytes, j + 1)
            if matched { return keyStart }
            j = skipValue(bytes, j)
            j = skipSpace(bytes, j)
            guard j < bytes.count, bytes[j] == UInt8(ascii: ",") else { return nil }
            j += 1
        }
        return nil
    }
}
