import Foundation

/// Finds an article's body in a scraped web page.
///
/// One pass over the lines. A line is judged by its shape (word count, closing punctuation) and
/// by generic lexicons of page furniture (`Boilerplate`): navigation above the story, a byline,
/// datelines, photo captions, and the teasers, comment and paywall prompts below it, after which
/// nothing is article text. A paragraph whose words repeat an earlier one (the same story printed
/// again with other quotation marks, a caption printed twice) is dropped as a repeat.
struct ArticleCleaner {
    struct Result {
        var paragraphs: [Paragraph] = []
        var dropped: [DroppedLine] = []
        var datelines: [Dateline] = []
        var metadata = ArticleMetadata()
    }

    let bytes: [UInt8]

    /// A candidate paragraph: one line, or hard-wrapped lines joined.
    struct Block {
        var range: Range<Int>
        var firstLineOfGroup: Bool   // starts after a blank line
    }

    func clean() -> Result {
        var result = Result()
        var blocks = lines()
        // `date YYYY-MM-DD headline…` header line.
        if let first = blocks.first, let header = headerLine(first.range) {
            result.metadata.published = .init(header.date, from: .header)
            if let headline = header.headline { result.metadata.headline = .init(headline, from: .header) }
            result.dropped.append(DroppedLine(range: first.range, reason: .header))
            blocks.removeFirst()
        }
        let parser = DatelineParser(bytes: bytes)
        var inBody = false
        var seenKeys: Set<String> = []
        var headlineKey = result.metadata.headline.map { TextKey.alphanumeric($0.value) }
        var currentDateline: Int?
        var cutReason: DroppedLine.Reason?
        var lastBlockWasKeptShort: Int?   // index into paragraphs of a short kept line, for "Written By"

        for block in blocks {
            let range = block.range
            let line = string(range)
            let lower = Self.folded(line)
            let words = Self.wordCount(range, bytes)
            if let reason = cutReason {
                // Past the end of the article: name each block by the furniture it opens.
                let lineReason = Self.tailReason(lower, words: words) ?? reason
                if lineReason != .email, lineReason != .advert { cutReason = lineReason }
                result.dropped.append(DroppedLine(range: range, reason: lineReason))
                continue
            }

            // Tail markers end the article.
            if words <= 8 {
                var reason: DroppedLine.Reason?
                if Boilerplate.matches(lower, Boilerplate.paywallOpeners) { reason = .paywall }
                else if inBody, Boilerplate.matches(lower, Boilerplate.commentOpeners) { reason = .comments }
                else if inBody, Boilerplate.matches(lower, Boilerplate.teaserOpeners) { reason = .teaser }
                else if inBody, Boilerplate.matches(lower, Boilerplate.authorBlurbOpeners) {
                    reason = .authorBlurb
                    if let index = lastBlockWasKeptShort, !block.firstLineOfGroup {
                        let credit = result.paragraphs.remove(at: index)
                        let creditText = string(credit.range)
                        if let agency = NewsAgencies.agency(creditText.trimmingSpaces), result.metadata.agency == nil {
                            result.metadata.agency = .init(agency, from: .credit)
                        }
                        result.dropped.append(DroppedLine(range: credit.range, reason: .authorBlurb))
                    }
                }
                if let reason {
                    cutReason = reason
                    result.dropped.append(DroppedLine(range: range, reason: reason))
                    continue
                }
            }
            lastBlockWasKeptShort = nil

            // Datelines.
            let year = result.metadata.published?.value.year
            if let match = parser.parse(range, fallbackYear: year) {
                let place = match.place.map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }
                let dateline = Dateline(place: place, agency: match.agency, date: match.date,
                                        start: range.lowerBound, end: match.end)
                result.datelines.append(dateline)
                currentDateline = result.datelines.count - 1
                if result.metadata.published == nil, let date = match.date {
                    result.metadata.published = .init(date, from: .dateline)
                }
                if result.metadata.place == nil, let place { result.metadata.place = .init(place, from: .dateline) }
                if result.metadata.agency == nil, let agency = match.agency {
                    result.metadata.agency = .init(agency, from: .dateline)
                }
                if match.end >= range.upperBound {
                    result.dropped.append(DroppedLine(range: range, reason: .dateline))
                    continue
                }
                inBody = true
                result.paragraphs.append(Paragraph(range: range, dateline: currentDateline))
                seenKeys.insert(TextKey.alphanumeric(line))
                continue
            }

            if Self.isEmail(lower) { result.dropped.append(DroppedLine(range: range, reason: .email)); continue }
            if Self.isSeparator(line) { result.dropped.append(DroppedLine(range: range, reason: .separator)); continue }
            if words <= 3, Boilerplate.matches(lower, Boilerplate.adverts) {
                result.dropped.append(DroppedLine(range: range, reason: .advert)); continue
            }
            if words <= 40, Boilerplate.captionMarkers.contains(where: { lower.containsLiteral($0) }) {
                result.dropped.append(DroppedLine(range: range, reason: .caption)); continue
            }
            let key = TextKey.alphanumeric(line)
            if let headlineKey, key == headlineKey {
                result.dropped.append(DroppedLine(range: range, reason: .headline)); continue
            }
            if key.count >= 12, seenKeys.contains(key) {
                result.dropped.append(DroppedLine(range: range, reason: .repeated)); continue
            }

            let closes = Self.endsSentence(range, bytes)
            if !inBody, words <= 8, Boilerplate.matches(lower, Boilerplate.navigation) {
                result.dropped.append(DroppedLine(range: range, reason: .navigation)); continue
            }
            if !inBody {
                let opensWithQuote = QuoteMarks.isQuote(bytes, range.lowerBound)
                if words >= 5 && closes || words >= 25 || opensWithQuote && words >= 4 && closes {
                    inBody = true
                } else if lower.hasPrefix("by "), words <= 6 {
                    result.dropped.append(DroppedLine(range: range, reason: .byline)); continue
                } else if result.metadata.headline == nil, words >= 3, !closes || words >= 5,
                          !Boilerplate.matches(lower, Boilerplate.navigation) {
                    result.metadata.headline = .init(line.trimmingSpaces, from: .titleLine)
                    headlineKey = key
                    result.dropped.append(DroppedLine(range: range, reason: .headline)); continue
                } else {
                    result.dropped.append(DroppedLine(range: range, reason: .navigation)); continue
                }
            } else if words <= 3, !closes, let agency = NewsAgencies.agency(line.trimmingSpaces) {
                // A credit line ("AFP") inside the story.
                if result.metadata.agency == nil { result.metadata.agency = .init(agency, from: .credit) }
                result.paragraphs.append(Paragraph(range: range, dateline: currentDateline, isHeading: true))
                lastBlockWasKeptShort = result.paragraphs.count - 1
                continue
            }
            seenKeys.insert(key)
            let isHeading = inBody && !closes && words <= 12 && !Self.endsWithQuote(range, bytes)
            result.paragraphs.append(Paragraph(range: range, dateline: currentDateline, isHeading: isHeading))
            if isHeading, words <= 4 { lastBlockWasKeptShort = result.paragraphs.count - 1 }
        }
        return result
    }

    // MARK: - Lines

    /// Lines with white space trimmed, hard-wrapped lines joined into one block.
    func lines() -> [Block] {
        var blocks: [Block] = []
        var lineStart = 0
        var afterBlank = true
        var i = 0
        let n = bytes.count
        // Skip a UTF-8 byte order mark.
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { lineStart = 3; i = 3 }
        func flush(_ end: Int) {
            var a = lineStart, b = end
            while a < b { let len = ByteClass.spaceLength(bytes, a); if len == 0 { break }; a += len }
            while b > a {
                let s = ByteClass.scalarStart(before: b, in: bytes, notBefore: a)
                if ByteClass.spaceLength(bytes, s) > 0 { b = s } else { break }
            }
            if a == b { afterBlank = true; return }
            if !afterBlank, let last = blocks.last, shouldJoin(last.range, a..<b) {
                blocks[blocks.count - 1].range = last.range.lowerBound..<b
            } else {
                blocks.append(Block(range: a..<b, firstLineOfGroup: afterBlank))
            }
            afterBlank = false
        }
        while i < n {
            if bytes[i] == 0x0A { flush(i); lineStart = i + 1 }
            i += 1
        }
        flush(n)
        return blocks
    }

    /// Hard-wrapped text: the line does not end a sentence and the next one continues it in lower case.
    func shouldJoin(_ previous: Range<Int>, _ next: Range<Int>) -> Bool {
        guard previous.count >= 40, !Self.endsSentence(previous, bytes), !Self.endsWithQuote(previous, bytes) else { return false }
        let first = bytes[next.lowerBound]
        return ByteClass.isLower(first) || ByteClass.isDigit(first)
    }

    func headerLine(_ range: Range<Int>) -> (date: CalendarDate, headline: String?)? {
        let line = string(range)
        guard line.hasPrefix("date ") else { return nil }
        let rest = line.dropFirst(5).trimmingCharacters()
        guard rest.count >= 10, let date = CalendarDate(iso: String(rest.prefix(10))) else { return nil }
        let headline = rest.dropFirst(10).trimmingCharacters()
        return (date, headline.isEmpty ? nil : headline)
    }

    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    // MARK: - Shapes

    static func wordCount(_ range: Range<Int>, _ bytes: [UInt8]) -> Int {
        var count = 0, inWord = false
        for i in range {
            let w = ByteClass.isWordByte(bytes[i])
            if w && !inWord { count += 1 }
            inWord = w
        }
        return count
    }

    /// Ends with `.`, `!`, `?` or `:`, possibly followed by closing quotes or brackets.
    static func endsSentence(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        var j = range.upperBound
        while j > range.lowerBound {
            let s = ByteClass.scalarStart(before: j, in: bytes, notBefore: range.lowerBound)
            let b = bytes[s]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ":") { return true }
            if QuoteMarks.isQuote(bytes, s) || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { j = s; continue }
            if b == 0xE2, s + 2 < bytes.count, bytes[s + 1] == 0x80, bytes[s + 2] == 0xA6 { return true }   // …
            return false
        }
        return false
    }

    static func endsWithQuote(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        guard !range.isEmpty else { return false }
        let s = ByteClass.scalarStart(before: range.upperBound, in: bytes, notBefore: range.lowerBound)
        return QuoteMarks.isQuote(bytes, s) && bytes[s] != UInt8(ascii: "'") && !(bytes[s] == 0xE2 && bytes[s + 2] == 0x99)
    }

    static func folded(_ line: String) -> String {
        var lower = line.lowercasedUTF8().trimmingSpaces
        while let last = lower.last, ":.…!".contains(last) { lower.removeLast() }
        return lower.replacingApostrophes
    }

    static func tailReason(_ lower: String, words: Int) -> DroppedLine.Reason? {
        guard words <= 8 else { return nil }
        if Boilerplate.matches(lower, Boilerplate.paywallOpeners) { return .paywall }
        if Boilerplate.matches(lower, Boilerplate.commentOpeners) { return .comments }
        if Boilerplate.matches(lower, Boilerplate.teaserOpeners) { return .teaser }
        if Boilerplate.matches(lower, Boilerplate.authorBlurbOpeners) { return .authorBlurb }
        if isEmail(lower) { return .email }
        if Boilerplate.matches(lower, Boilerplate.adverts) { return .advert }
        return nil
    }

    static func isEmail(_ lower: String) -> Bool {
        guard !lower.containsLiteral(" "), let at = lower.firstIndex(of: "@") else { return false }
        return lower[lower.index(after: at)...].containsLiteral(".") && at != lower.startIndex
    }

    static func isSeparator(_ line: String) -> Bool {
        !line.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String { String(self).trimmingSpaces }
}
