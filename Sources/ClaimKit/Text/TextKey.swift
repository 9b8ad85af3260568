/// Normalised keys for comparing text written in different house styles.
///
/// Curly and straight quotes, dashes, case and white space differ between copies of the same
/// story; these keys keep only what matters for matching.
public enum TextKey {
    /// Lower-case letters and digits only: `"Article 5 -- NATO's"` and `“Article 5 — NATO’s”`
    /// give the same key. Used to find a story printed twice on one page.
    public static func alphanumeric<S: StringProtocol>(_ text: S) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // ASCII without the property tables (the same answer, several times faster: the
            // cleaner keys every line of every article).
            if scalar.isASCII {
                let v = scalar.value
                if v >= 0x41 && v <= 0x5A { scalars.append(Unicode.Scalar(UInt8(v + 0x20))) }
                else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { scalars.append(scalar) }
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { scalars.append(lower) }
            }
        }
        return String(scalars)
    }

    /// Words in lower case with straight apostrophes, split on anything that is not a letter,
    /// digit or in-word apostrophe; numbers keep their inner `.` and `,` (`1.5`, `2,400`).
    public static func words<S: StringProtocol>(_ text: S) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil {
                for lower in p.lowercaseMapping.unicodeScalars { current.append(lower) }
                continue
            }
            let isApostrophe = scalar == "'" || scalar == "\u{2019}"
            let isNumberMark = scalar == "." || scalar == ","
            if !current.isEmpty, i + 1 < scalars.count {
                let next = scalars[i + 1].properties
                if isApostrophe, next.isAlphabetic, scalars[i - 1].properties.isAlphabetic {
                    current.append("'"); continue
                }
                if isNumberMark, next.numericType != nil, scalars[i - 1].properties.numericType != nil {
                    current.append(scalar); continue
                }
            }
            if !current.isEmpty { result.append(String(current)); current = String.UnicodeScalarView() }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// The words joined by single spaces: the comparison key of a claim's text.
    public static func comparable<S: StringProtocol>(_ text: S) -> String {
        words(text).joined(separator: " ")
    }
}
