/// Normalised keys for comparing text written in different house styles.
///
/// Curly and straight quotes, dashes, case and white space differ between copies of the same
/// story; these keys keep only what matters for matching.
public enum TextKey {
    /// Lower-case letters and digits only: `"Article 5 -- NATO's"` and `“Article 5 — NATO’s”`
    /// give the same key. Used to find a story printed twice on one page.
    public static func alphanumeric<S: StringProtocol>(_ text: S) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // The ASCII letters are the only alphabetic ASCII scalars, the digits the only numeric ones.
                let b = UInt8(scalar.value)
                if ByteClass.isASCIILetter(b) { bytes.append(b | 0x20) } else if ByteClass.isDigit(b) { bytes.append(b) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                bytes += scalar.properties.lowercaseMapping.utf8
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Words in lower case with straight apostrophes, split on anything that is not a letter,
    /// digit or in-word apostrophe; numbers keep their inner `.` and `,` (`1.5`, `2,400`).
    public static func words<S: StringProtocol>(_ text: S) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(Array(text.utf8)) }
        var result: [String] = []
        forEachWord(in: text) { result.append($0); return true }
        return result
    }

    /// Whether `text` has exactly these `words` (as `words(_:)` gives them), stopping at the
    /// first that differs: comparing one text with many costs little when they differ early.
    public static func hasWords<S: StringProtocol>(_ text: S, _ words: [String]) -> Bool {
        var k = 0
        let complete = forEachWord(in: text) { word in
            guard k < words.count, words[k] == word else { return false }
            k += 1
            return true
        }
        return complete && k == words.count
    }

    /// Calls `body` with each word in order until it returns `false`; returns whether it never did.
    @discardableResult
    static func forEachWord<S: StringProtocol>(in text: S, _ body: (String) -> Bool) -> Bool {
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                if ByteClass.isASCIILetter(value) || ByteClass.isDigit(value) {
                    current.append(Unicode.Scalar(ByteClass.isUpper(value) ? value | 0x20 : value))
                    continue
                }
            } else if isLetter(scalar) || isNumber(scalar) {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { current.append(lower) }
                continue
            }
            let isApostrophe = scalar == "'" || scalar == "\u{2019}"
            let isNumberMark = scalar == "." || scalar == ","
            if !current.isEmpty, i + 1 < scalars.count {
                if isApostrophe, isLetter(scalars[i + 1]), isLetter(scalars[i - 1]) {
                    current.append("'"); continue
                }
                if isNumberMark, isNumber(scalars[i + 1]), isNumber(scalars[i - 1]) {
                    current.append(scalar); continue
                }
            }
            if !current.isEmpty {
                guard body(String(current)) else { return false }
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { return body(String(current)) }
        return true
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ByteClass.isASCIILetter(UInt8(scalar.value)) : scalar.properties.isAlphabetic
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ByteClass.isDigit(UInt8(scalar.value)) : scalar.properties.numericType != nil
    }

    /// `words` for ASCII text, on bytes: the letters are the only alphabetic scalars there, the
    /// digits the only numeric ones, and `'` the only apostrophe.
    static func asciiWords(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for (i, b) in bytes.enumerated() {
            if ByteClass.isASCIILetter(b) { current.append(b | 0x20); continue }
            if ByteClass.isDigit(b) { current.append(b); continue }
            if !current.isEmpty, i + 1 < bytes.count {
                let next = bytes[i + 1], previous = bytes[i - 1]
                if b == UInt8(ascii: "'"), ByteClass.isASCIILetter(next), ByteClass.isASCIILetter(previous) {
                    current.append(b); continue
                }
                if b == UInt8(ascii: ".") || b == UInt8(ascii: ","), ByteClass.isDigit(next), ByteClass.isDigit(previous) {
                    current.append(b); continue
                }
            }
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    /// The words joined by single spaces: the comparison key of a claim's text.
    public static func comparable<S: StringProtocol>(_ text: S) -> String {
        words(text).joined(separator: " ")
    }
}
