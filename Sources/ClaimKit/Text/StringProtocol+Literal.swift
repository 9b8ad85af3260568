import Foundation

/// Literal searches and replacements on UTF-8 bytes, for the scanners' hot loops.
///
/// Foundation's `contains(_:)` and `replacingOccurrences(of:with:)` on strings go through
/// `NSString` and compare by canonical equivalence, at hundreds of times the cost of comparing
/// bytes. The scanners only look for short ASCII words and the `’` scalar, where a byte match is
/// the match (Foundation would differ only where the match is followed by a combining mark).
extension StringProtocol {
    /// Whether `needle` occurs in the text, byte for byte. An empty needle is never found, as
    /// with Foundation's `contains(_:)`.
    func containsLiteral(_ needle: String) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ UTF8Literal.find(needle, in: $0) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { UTF8Literal.find(needle, in: $0) }
    }

    /// The same as `lowercased()`: each scalar's lower-case mapping. The standard library
    /// appends scalar by scalar whenever the text is not all ASCII (a curly quote is enough);
    /// this writes ASCII bytes directly and maps only the other scalars.
    func lowercasedUTF8() -> String {
        let isASCII = utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? false
        if isASCII { return lowercased() }      // the standard library's ASCII path is fast
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let b = UInt8(scalar.value)
                bytes.append(ByteClass.isUpper(b) ? b | 0x20 : b)
            } else if scalar.properties.changesWhenLowercased {   // else its mapping is itself
                bytes += scalar.properties.lowercaseMapping.utf8
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text with every right single quotation mark `’` turned into a straight `'`.
    var replacingApostrophes: String {
        let text = String(self)
        guard text.containsLiteral("\u{2019}") else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                out.append(UInt8(ascii: "'"))
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

enum UTF8Literal {
    static func find(_ needle: String, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first, pattern.count <= text.count, let base = text.baseAddress,
                  let patternBase = pattern.baseAddress else { return false }
            var i = 0
            let last = text.count - pattern.count
            while i <= last {
                // memchr finds the candidate first bytes, memcmp checks the rest.
                guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return false }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + i, patternBase, pattern.count) == 0 { return true }
                i += 1
            }
            return false
        }
    }
}
