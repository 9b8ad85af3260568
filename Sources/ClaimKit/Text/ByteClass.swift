/// Byte-level character classes for the scanners.
///
/// Extraction and cleaning scan UTF-8 bytes, not `Character`s: it is several times faster and
/// keeps every offset true to the file as stored. Multi-byte punctuation (curly quotes, dashes,
/// no-break space) is recognised by its UTF-8 sequence.
enum ByteClass {
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    /// ASCII letters, digits, and every byte of a multi-byte sequence (accented letters are words).
    static func isWordByte(_ b: UInt8) -> Bool { isASCIILetter(b) || isDigit(b) || b >= 0x80 }
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C }

    /// The length of the white-space sequence starting at `i`: ASCII space, tab and newlines,
    /// no-break space (C2 A0), and the Unicode spaces E2 80 80…8A, 2028/2029, 202F, 205F, 3000.
    static func spaceLength(_ bytes: [UInt8], _ i: Int) -> Int {
        let b = bytes[i]
        if isSpace(b) { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < bytes.count {
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80, (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return 3 }
            if b1 == 0x81, b2 == 0x9F { return 3 }
        }
        if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
        if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return 3 }   // stray BOM
        return 0
    }

    /// The length of the dash at `i`: `-`, en dash, em dash, horizontal bar, minus sign.
    static func dashLength(_ bytes: [UInt8], _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0x2D { return 1 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, (0x93...0x95).contains(bytes[i + 2]) { return 3 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 { return 3 }
        return 0
    }

    /// The start of the UTF-8 scalar that ends just before `i`, never before `floor`.
    ///
    /// Steps back over at most three continuation bytes (the most a scalar has): a run of stray
    /// continuation bytes in invalid UTF-8 is one replacement character per byte, and a scan
    /// trimming a range from its end must not wander out of the range into the line before.
    static func scalarStart(before i: Int, in bytes: [UInt8], notBefore floor: Int = 0) -> Int {
        var j = i - 1
        while j > floor, i - j < 4, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }
}
