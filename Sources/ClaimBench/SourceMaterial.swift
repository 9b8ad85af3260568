import ClaimKit

/// The real news text the generators recombine: the body paragraphs of the corpus articles,
/// the page furniture above and below each story, and where in each paragraph a person's
/// name, a city, a number or a year stands, so that copies can vary them.
///
/// Everything is found at run time from `Corpus/` (people from the given-name lexicon and the
/// extractor's speakers, cities from the gazetteer), so no article's names live in the source.
struct SourceMaterial: Sendable {
    /// A stretch of a paragraph: text to copy as is, or a word to vary.
    enum Piece: Sendable {
        case text(Range<Int>)
        /// A person's given name; the index identifies the original name, for consistent replacement.
        case given(Int)
        case surname(Int)
        case city(Int)
        /// A figure with this many digits.
        case number(digits: Int)
        /// A year, as an offset from the article's own publication year.
        case year(offset: Int)
    }

    struct Paragraph: Sendable {
        var bytes: [UInt8]
        var pieces: [Piece]
        var isHeading: Bool
    }

    /// One corpus article, cut into parts.
    struct Source: Sendable {
        var paragraphs: [Paragraph]
        /// Lines of page furniture above the story (navigation, byline), headline and date left out.
        var head: [[UInt8]]
        /// Lines of page furniture below it (teasers, comment and paywall prompts).
        var tail: [[UInt8]]
    }

    var sources: [Source]
    /// The gender of each original given name (by the index in `Piece.given`), when the lexicon knows it.
    var givenGenders: [Gender?]
    var surnameCount: Int
    var cityCount: Int

    /// Every body paragraph, for phrase statistics.
    var allParagraphs: [Paragraph] { sources.flatMap(\.paragraphs) }

    init(articles: [Article], extractor: Extractor, names: GivenNames, gazetteer: Gazetteer) {
        var given: [String: Int] = [:], surnames: [String: Int] = [:], cities: [String: Int] = [:]
        var givenGenders: [Gender?] = []
        func intern(_ word: String, _ table: inout [String: Int]) -> Int {
            if let index = table[word] { return index }
            table[word] = table.count
            return table.count - 1
        }

        var sources: [Source] = []
        for article in articles {
            // People: the extractor's person speakers, and any given name followed by a capitalised word.
            var people: [(given: String, surname: String)] = []
            for claim in extractor.claims(in: article) where claim.speaker.type == .person {
                let parts = claim.speaker.name.split(separator: " ").map(String.init)
                if parts.count >= 2, let first = parts.first, let last = parts.last { people.append((first, last)) }
            }
            let bodies = article.paragraphs.map { paragraph -> [UInt8] in
                var range = paragraph.range
                if let d = paragraph.dateline, article.datelines[d].start == range.lowerBound {
                    range = min(article.datelines[d].end, range.upperBound)..<range.upperBound
                }
                return Array(article.bytes[range])
            }
            for body in bodies {
                let words = Self.words(body)
                for (a, b) in zip(words, words.dropFirst()) where b.lowerBound == a.upperBound + 1 {
                    let first = Self.string(body, a), second = Self.string(body, b)
                    guard Self.isCapitalized(first), Self.isCapitalized(second), names.isGivenName(first),
                          gazetteer.place(named: first) == nil, gazetteer.place(named: second) == nil,
                          gazetteer.country(forDemonym: second) == nil else { continue }
                    people.append((first, second))
                }
            }
            for person in people {
                if given[person.given] == nil {
                    _ = intern(person.given, &given)
                    givenGenders.append(names.gender(of: person.given))
                }
                _ = intern(person.surname, &surnames)
            }

            let year = article.metadata.published?.value.year
            var paragraphs: [Paragraph] = []
            for (paragraph, body) in zip(article.paragraphs, bodies) where !body.isEmpty {
                var pieces: [Piece] = []
                var copied = 0
                func vary(_ range: Range<Int>, _ piece: Piece) {
                    if copied < range.lowerBound { pieces.append(.text(copied..<range.lowerBound)) }
                    pieces.append(piece)
                    copied = range.upperBound
                }
                for word in Self.words(body) {
                    let text = Self.string(body, word)
                    if let index = given[text] { vary(word, .given(index)); continue }
                    if let index = surnames[text] { vary(word, .surname(index)); continue }
                    if body[word.lowerBound].isDigit {
                        if word.count == 4, let value = Int(text), (1900...2099).contains(value) {
                            if let year { vary(word, .year(offset: value - year)) }   // else: left as written
                        } else {
                            vary(word, .number(digits: word.count))
                        }
                        continue
                    }
                    if Self.isCapitalized(text), let place = gazetteer.place(named: text), place.kind == .city,
                       !names.isGivenName(text) {
                        vary(word, .city(intern(text, &cities)))
                    }
                }
                if copied < body.count { pieces.append(.text(copied..<body.count)) }
                paragraphs.append(Paragraph(bytes: body, pieces: pieces, isHeading: paragraph.isHeading))
            }

            let bodyStart = article.paragraphs.first?.range.lowerBound ?? 0
            let bodyEnd = article.paragraphs.last?.range.upperBound ?? 0
            let head = article.dropped.filter { line in
                line.range.upperBound <= bodyStart && ![.header, .headline, .dateline].contains(line.reason)
            }.map { Array(article.bytes[$0.range]) }
            let tail = article.dropped.filter { $0.range.lowerBound >= bodyEnd }.map { Array(article.bytes[$0.range]) }
            sources.append(Source(paragraphs: paragraphs, head: head, tail: tail))
        }
        self.sources = sources.filter { !$0.paragraphs.isEmpty }
        self.givenGenders = givenGenders
        self.surnameCount = surnames.count
        self.cityCount = cities.count
    }

    // MARK: - Words

    /// Byte ranges of the words of `bytes`: runs of ASCII letters and accented Latin letters, or of digits.
    static func words(_ bytes: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            let start = i
            if bytes[i].isDigit {
                while i < bytes.count, bytes[i].isDigit { i += 1 }
                words.append(start..<i)
                continue
            }
            while i < bytes.count {
                let b = bytes[i]
                if b.isASCIILetter { i += 1 }
                else if b >= 0xC3, b <= 0xC5, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 { i += 2 }
                else { break }
            }
            if i > start { words.append(start..<i) } else { i += 1 }
        }
        return words
    }

    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    static func isCapitalized(_ word: String) -> Bool {
        guard let first = word.utf8.first, let last = word.utf8.last else { return false }
        return first.isUpper && last.isLower && word.utf8.count >= 2
    }
}

extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    var isUpper: Bool { self >= 0x41 && self <= 0x5A }
    var isLower: Bool { self >= 0x61 && self <= 0x7A }
}
