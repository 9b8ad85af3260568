/// Recognises a dateline at the start of a line.
///
/// Forms seen in wire copy: `Brussels (AFP) Feb 16, 2017 -`, `WASHINGTON (Reuters) —`,
/// `LONDON, March 3 (Reuters) -`, `MOSCOW, Russia (AP) —`, `MOSCOW —`. The place must look like
/// a place name (one to five capitalised words), the parenthesis must name a known agency, and
/// a bare place needs capitals and a dash, so ordinary sentences are not mistaken for datelines.
struct DatelineParser {
    struct Match {
        var place: String?
        var agency: String?
        var date: CalendarDate?
        /// Byte offset (absolute) where the dateline ends and the story text starts.
        var end: Int
    }

    let bytes: [UInt8]

    func parse(_ range: Range<Int>, fallbackYear: Int?) -> Match? {
        let limit = min(range.upperBound, range.lowerBound + 160)
        // Both forms need a parenthesis or a dash in the head: most lines have neither.
        guard (range.lowerBound..<limit).contains(where: { bytes[$0] == UInt8(ascii: "(") || ByteClass.dashLength(bytes, $0) > 0 })
        else { return nil }
        let head = String(decoding: bytes[range.lowerBound..<limit], as: UTF8.self)
        let scalars = Array(head.unicodeScalars)
        // Offsets: position in scalars -> byte offset.
        var byteOffsets: [Int] = []
        byteOffsets.reserveCapacity(scalars.count + 1)
        var offset = range.lowerBound
        for s in scalars { byteOffsets.append(offset); offset += UTF8.width(s) }
        byteOffsets.append(offset)

        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        func isDash(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2013}" || s == "\u{2014}" || s == "\u{2015}" }
        func skipSpaces(_ i: Int) -> Int { var j = i; while j < scalars.count, isSpace(scalars[j]) { j += 1 }; return j }

        if let open = scalars.prefix(60).firstIndex(of: "("),
           let close = scalars[open...].prefix(40).firstIndex(of: ")") {
            let inside = String(String.UnicodeScalarView(scalars[(open + 1)..<close])).trimmingSpaces
            guard let agency = NewsAgencies.agency(inside) else { return nil }
            var before = String(String.UnicodeScalarView(scalars[..<open])).trimmingSpaces
            var date: CalendarDate?
            // Reuters style: "LONDON, March 3 (Reuters)".
            if let comma = before.lastIndex(of: ","),
               let monthDay = DateWords.monthDay(String(before[before.index(after: comma)...]).trimmingSpaces) {
                if let year = fallbackYear { date = CalendarDate(year: year, month: monthDay.month, day: monthDay.day) }
                before = String(before[..<comma]).trimmingSpaces
            }
            guard let place = Self.placeName(before) else { return nil }
            var j = skipSpaces(close + 1)
            // "Feb 16, 2017" after the parenthesis.
            let rest = String(String.UnicodeScalarView(scalars[j...]))
            if let (found, length) = DateWords.fullDate(atStartOf: rest) {
                date = found
                j = skipSpaces(j + length)
            }
            if j < scalars.count, isDash(scalars[j]) {
                j += 1
                while j < scalars.count, isDash(scalars[j]) { j += 1 }
                j = skipSpaces(j)
            } else if j < scalars.count, date == nil {
                return nil   // "(AFP)" mid-sentence without a dash: not a dateline
            }
            return Match(place: place, agency: agency, date: date, end: min(byteOffsets[j], range.upperBound))
        }
        // "MOSCOW —": capitals, then a dash.
        var j = 0
        while j < scalars.count, j < 40, !isDash(scalars[j]) { j += 1 }
        guard j < scalars.count, j > 1, isDash(scalars[j]), isSpace(scalars[j - 1]) else { return nil }
        let before = String(String.UnicodeScalarView(scalars[..<j])).trimmingSpaces
        let firstPart = before.split(separator: ",").first.map(String.init) ?? before
        guard firstPart.count >= 3, firstPart.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
              firstPart.unicodeScalars.contains(where: { $0.properties.isUppercase }),
              let place = Self.placeName(before) else { return nil }
        var k = j
        while k < scalars.count, isDash(scalars[k]) { k += 1 }
        k = skipSpaces(k)
        return Match(place: place, agency: nil, date: nil, end: min(byteOffsets[k], range.upperBound))
    }

    /// A place name of one to five capitalised words (`Brussels`, `NEW YORK`, `Moscow, Russia`),
    /// title-cased when shouted; `nil` for anything that does not look like one.
    static func placeName(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard (1...5).contains(words.count) else { return nil }
        var out: [String] = []
        for word in words {
            let w = word.hasSuffix(",") ? String(word.dropLast()) : String(word)
            guard let first = w.unicodeScalars.first else { return nil }
            let lowerJoiners: Set<String> = ["de", "del", "la", "le", "al", "el", "of", "du", "da", "upon", "on"]
            if !first.properties.isUppercase, !lowerJoiners.contains(w) { return nil }
            guard w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0 == "." || $0 == "'" || $0 == "\u{2019}" }) else { return nil }
            out.append(word.hasSuffix(",") ? Self.titleCase(w) + "," : Self.titleCase(w))
        }
        return out.joined(separator: " ")
    }

    static func titleCase(_ word: String) -> String {
        guard word.count > 1, word == word.uppercased() else { return word }
        var result = ""
        var startOfPart = true
        for ch in word {
            result += startOfPart ? String(ch) : ch.lowercased()
            startOfPart = ch == "-" || ch == " " || ch == "."
        }
        return result
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let f = scalars.first, f.properties.isWhitespace { scalars.removeFirst() }
        while let l = scalars.last, l.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
