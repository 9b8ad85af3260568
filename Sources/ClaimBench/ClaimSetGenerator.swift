import ClaimKit

/// Makes synthetic claim sets with the overlap of real news: events at which a few people make
/// statements; each event reported by one to five independent origins (a wire agency or an
/// outlet), each quoting most of the statements, in its own words around them; agency stories
/// reprinted by other sites; quotes truncated, re-punctuated, restyled; and, at a known rate,
/// a report whose quote no longer agrees with the others (a negation, a figure, the speaker).
///
/// Statement text is written by a `PhraseChain` over the corpus; the body text around the
/// quotes is the corpus's own paragraphs, varied (`ArticleGenerator.paragraph`). Every claim is
/// a true span of its article.
struct ClaimSetGenerator: Sendable {
    let pages: ArticleGenerator
    let chain: PhraseChain
    let seed: UInt64
    /// The share of statements reported at least twice that get a planted contradiction.
    var plantRate = 0.02

    init(pages: ArticleGenerator, seed: UInt64) {
        self.pages = pages
        self.chain = PhraseChain(paragraphs: pages.material.allParagraphs.filter { !$0.isHeading }.map(\.bytes))
        self.seed = seed
    }

    private struct Person {
        var given: String
        var surname: String
        var name: String { given + " " + surname }
    }

    private struct Statement {
        var id: Int32
        var speaker: Int
        var words: [String]
        /// Index in `words` of the figure, if the statement has one.
        var figure: Int?
        var date: CalendarDate
        var place: String
    }

    /// One claim of a report as the report writes it.
    private struct Quote {
        /// How the report writes it.
        enum Form { case quoteFirst, attributionFirst, reported }

        /// The statement, by its index in the event.
        var statement: Int
        var speaker: Int
        var words: [String]
        var form: Form
        var planted: ClaimSet.Planted.Kind?
    }

    /// A claim set of exactly `count` claims (the last article may carry fewer quotes than it
    /// prints), or of the claims of the first `articleLimit` articles when that comes first.
    func claims(count: Int, articleLimit: Int = .max) throws -> ClaimSet {
        var rng = SplitMix64(seed: seed ^ 0xC1A1_5E75)
        let expected = articleLimit < count / 6 ? articleLimit * 6 : count       // about six claims an article
        let people = (0..<max(40, expected / 30)).map { _ in
            Person(given: rng.pick(pages.givenNames), surname: rng.pick(BenchLexicon.surnames))
        }
        var set = ClaimSet(claims: [], articles: [], statementOfClaim: [], planted: [], statements: 0)
        set.claims.reserveCapacity(expected)
        set.statementOfClaim.reserveCapacity(expected)
        var articleNumber = 0
        var statementCount: Int32 = 0

        func isFull() -> Bool { set.claims.count >= count || set.articles.count >= articleLimit }
        while !isFull() {
            // The event: a day, a city, a few speakers and what each said.
            let date = CalendarDate(dayNumber: rng.int(in: 16_436...20_088))
            let place = rng.pick(pages.cityNames)
            let speakers = (0..<rng.int(in: 2...4)).map { _ in rng.below(people.count) }
            let statements: [Statement] = (0..<rng.int(in: 4...10)).map { _ in
                var words = chain.statement(length: rng.int(in: 10...26), rng: &rng)
                while words.count < 6 { words += chain.statement(length: 8, rng: &rng) }
                var figure: Int?
                let clause = rng.pick(BenchLexicon.figureClauses).split(separator: " ").map(String.init)
                if rng.chance(0.4), let at = clause.firstIndex(of: "#") {
                    figure = words.count + at
                    words += clause.map { $0 == "#" ? String(rng.int(in: 3...900)) : $0 }
                }
                statementCount += 1
                return Statement(id: statementCount - 1, speaker: rng.pick(speakers), words: words, figure: figure,
                                 date: date, place: place)
            }
            set.statements += statements.count

            // Its reports: independent origins, each with the statements it quotes.
            let origins = min(5, 1 + Self.geometric(&rng, 0.5))
            var quotesOf: [[Quote]] = []
            var carriers = [[Int]](repeating: [], count: statements.count)      // reports quoting each statement
            for origin in 0..<origins {
                var quotes: [Quote] = []
                for (s, statement) in statements.enumerated() where origin == 0 || rng.chance(0.75) {
                    carriers[s].append(origin)
                    let form: Quote.Form = rng.chance(0.6) ? (rng.chance(0.67) ? .quoteFirst : .attributionFirst) : .reported
                    quotes.append(Quote(statement: s, speaker: statement.speaker,
                                        words: origin == 0 ? statement.words : Self.restyled(statement.words, &rng),
                                        form: form, planted: nil))
                }
                quotesOf.append(quotes)
            }
            // Planted contradictions: only in the later origins' own stories.
            for (s, statement) in statements.enumerated() {
                let reports = carriers[s]
                guard reports.count >= 2, rng.chance(plantRate) else { continue }
                let origin = rng.pick(reports.dropFirst())
                guard let q = quotesOf[origin].firstIndex(where: { $0.statement == s }) else { continue }
                var quote = quotesOf[origin][q]
                let others = speakers.filter { people[$0].surname != people[statement.speaker].surname }
                // The same words under another name are a misattribution only between quotations.
                let quotedElsewhere = reports.contains { r in
                    r != origin && quotesOf[r].contains { $0.statement == s && $0.form != .reported }
                }
                if let figure = statement.figure, figure < quote.words.count, quote.words[figure] == statement.words[figure],
                   let value = Int(statement.words[figure]), rng.chance(0.5) {
                    quote.words[figure] = String(value * 2 + 13)
                    quote.planted = .figure
                } else if let negated = Self.negated(quote.words) {
                    quote.words = negated
                    quote.planted = .negation
                } else if let other = others.first, quote.form != .reported, quotedElsewhere {
                    quote.speaker = other
                    quote.planted = .speaker
                } else {
                    continue
                }
                quotesOf[origin][q] = quote
            }

            // The articles: each origin's story, and reprints of agency stories.
            for (origin, quotes) in quotesOf.enumerated() where !quotes.isEmpty {
                let isAgency = origin == 0 || rng.chance(0.4)
                let byline = isAgency ? rng.pick(BenchLexicon.agencies) : rng.pick(BenchLexicon.outlets)
                let published = date.adding(days: rng.below(2))
                let copies = isAgency && !quotes.contains(where: { $0.planted != nil }) ? rng.below(4) : 0
                let story = self.story(quotes, people: people, statements: statements, agency: isAgency ? byline : nil,
                                       published: published, rng: &rng)
                for copy in 0...copies {
                    articleNumber += 1
                    let id = "c" + ArticleGenerator.digits(articleNumber)
                    // A reprint keeps the story's paragraphs and may cut the last ones.
                    let kept = copy == 0 ? story.paragraphs.count : max(1, story.paragraphs.count - rng.below(3))
                    let sidecar = isAgency ? nil : ArticleSidecar(outlet: byline)
                    try add(story, kept: kept, id: id, sidecar: sidecar, people: people, to: &set, limit: count)
                    if isFull() { break }
                }
                if isFull() { break }
            }
        }
        return set
    }

    // MARK: - Stories

    /// A story's text as paragraphs, and where each quote's claim lies in them.
    private struct Story {
        struct Span {
            var paragraph: Int
            var range: Range<Int>           // bytes within the paragraph
            var quote: Quote
            var kind: ClaimKind
            var text: String
            var when: String
            var place: String?
            /// The statement's id across the set, and the day it was made.
            var statement: Int32
            var date: CalendarDate
        }
        var header: [UInt8]
        var paragraphs: [[UInt8]]
        var spans: [Span]
        var dateline: Bool
    }

    private func story(_ quotes: [Quote], people: [Person], statements: [Statement], agency: String?,
                       published: CalendarDate, rng: inout SplitMix64) -> Story {
        let curly = rng.chance(0.5)
        let (open, close) = curly ? ("\u{201C}", "\u{201D}") : ("\"", "\"")
        var story = Story(header: Array("date \(published) ".utf8), paragraphs: [], spans: [], dateline: agency != nil)
        story.header += chain.statement(length: rng.int(in: 6...10), rng: &rng).joined(separator: " ").utf8
        story.header += [0x0A, 0x0A]
        for quote in quotes {
            // The reporter's own text around the quotes: news articles run to about 3 kB.
            if rng.chance(0.8) { story.paragraphs.append(pages.paragraph(&rng, year: published.year)) }
            if rng.chance(0.5) { story.paragraphs.append(pages.paragraph(&rng, year: published.year)) }
            let statement = statements[quote.statement]
            let name = people[quote.speaker].name
            let when = "on " + BenchLexicon.weekdays[statement.date.weekday - 1]
            let place = rng.chance(0.5) ? statement.place : nil
            let attribution = "\(name) said \(when)" + (place.map { " in \($0)" } ?? "")
            var words = quote.words
            if curly { words = words.map { String($0.map { $0 == "'" ? "\u{2019}" : $0 }) } }
            let text = words.joined(separator: " ")
            var paragraph = "", range: Range<Int>, kind: ClaimKind, claimText = text
            switch quote.form {
            case .quoteFirst:      // "…," X said on Monday.
                paragraph = open + text + ","
                range = open.utf8.count..<paragraph.utf8.count
                paragraph += close + " " + attribution + "."
                kind = .direct
            case .attributionFirst:         // X said on Monday: "…."
                paragraph = attribution + ": " + open
                let start = paragraph.utf8.count
                paragraph += text + "."
                range = start..<paragraph.utf8.count
                paragraph += close
                kind = .direct
                claimText = text + "."
            case .reported:        // X said on Monday that ….
                paragraph = attribution + " that "
                let start = paragraph.utf8.count
                paragraph += text
                range = start..<paragraph.utf8.count
                paragraph += "."
                kind = .indirect
            }
            story.spans.append(Story.Span(paragraph: story.paragraphs.count, range: range, quote: quote, kind: kind,
                                          text: claimText, when: when, place: place, statement: statement.id,
                                          date: statement.date))
            story.paragraphs.append(Array(paragraph.utf8))
        }
        if let agency {
            let city = statements[quotes[0].statement].place
            let dateline = "\(city.uppercased()) (\(agency)) \(BenchLexicon.shortMonths[published.month - 1]) \(published.day), \(published.year) - "
            story.paragraphs[0] = Array(dateline.utf8) + story.paragraphs[0]
            for s in story.spans.indices where story.spans[s].paragraph == 0 {
                story.spans[s].range = (story.spans[s].range.lowerBound + dateline.utf8.count)..<(story.spans[s].range.upperBound + dateline.utf8.count)
            }
        }
        return story
    }

    /// Writes the first `kept` paragraphs of a story as an article and adds its claims.
    private func add(_ story: Story, kept: Int, id: String, sidecar: ArticleSidecar?, people: [Person],
                     to set: inout ClaimSet, limit: Int) throws {
        var bytes = story.header
        var offsets: [Int] = []
        for paragraph in story.paragraphs.prefix(kept) {
            offsets.append(bytes.count)
            bytes += paragraph
            bytes += [0x0A, 0x0A]
        }
        let article = try Article(id: id, bytes: bytes, sidecar: sidecar)
        set.articles.append(article)
        for span in story.spans where span.paragraph < kept && set.claims.count < limit {
            let start = offsets[span.paragraph] + span.range.lowerBound, end = offsets[span.paragraph] + span.range.upperBound
            let claim = Claim(source: SourceSpan(article: id, bytes: bytes, start: start, end: end), kind: span.kind,
                              text: span.text, cue: "said",
                              speaker: Speaker(name: people[span.quote.speaker].name, mention: people[span.quote.speaker].name, type: .person),
                              when: ClaimTime(date: span.date, expression: span.when, precision: .day),
                              where: ClaimPlace(place: span.place, expression: span.place.map { "in " + $0 }))
            if let kind = span.quote.planted { set.planted.append(.init(claim: set.claims.count, kind: kind)) }
            set.claims.append(claim)
            set.statementOfClaim.append(span.statement)
        }
    }

    // MARK: - Wording

    /// How another outlet quotes the same words: mostly as is, sometimes cut, re-punctuated or
    /// with its first letter's case changed; none of these changes the meaning.
    static func restyled(_ words: [String], _ rng: inout SplitMix64) -> [String] {
        var words = words
        switch rng.below(20) {
        case 0, 1:                                       // cut at the front
            words.removeFirst(min(rng.int(in: 1...3), max(0, words.count - 6)))
        case 2, 3:                                       // cut at the end
            words.removeLast(min(rng.int(in: 1...3), max(0, words.count - 6)))
        case 4, 5:                                       // commas dropped or added
            if words.contains(where: { $0.hasSuffix(",") }) {
                words = words.map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }
            } else if words.count > 4 {
                words[2] += ","
            }
        case 6:                                          // first letter's case
            if let first = words.first?.first {
                words[0] = (first.isUppercase ? first.lowercased() : first.uppercased()) + words[0].dropFirst()
            }
        default:
            break
        }
        return words
    }

    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "will", "would", "can", "could", "should",
                                           "must", "has", "have", "had", "does", "do", "did"]

    /// The words with `not` added after the first auxiliary, or the first `not` dropped.
    static func negated(_ words: [String]) -> [String]? {
        var words = words
        if let not = words.firstIndex(of: "not") { words.remove(at: not); return words }
        guard let aux = words.firstIndex(where: { auxiliaries.contains($0.lowercased()) }) else { return nil }
        words.insert("not", at: aux + 1)
        return words
    }

    /// A geometric count: how many successes with probability `p` before the first failure.
    static func geometric(_ rng: inout SplitMix64, _ p: Double) -> Int {
        var n = 0
        while rng.chance(p) { n += 1 }
        return n
    }
}
