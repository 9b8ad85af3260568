import ClaimKit

/// Makes news pages from the corpus's real paragraphs: runs of two to five consecutive
/// paragraphs of different articles, with every person, city, figure and year varied (the
/// same person gets the same new name throughout a page, a given name keeps its gender so the
/// pronouns still fit), under a fresh dateline and headline, with real page furniture above
/// and below. Quotations, cues and pronouns are the corpus's own, so extraction does the work
/// it does on real news.
///
/// Page `n` depends only on the seed and `n`, so any page can be made alone and every run
/// makes the same pages.
struct ArticleGenerator: Sendable {
    /// A generated page: an id and the bytes of its file.
    struct Page: Sendable {
        var id: String
        var bytes: [UInt8]
    }

    let material: SourceMaterial
    let seed: UInt64
    /// How many bytes of story a page aims for (it stops at the first paragraph past the aim).
    var storySize = 2_500...9_000
    private let maleNames: [String]
    private let femaleNames: [String]
    private let cities: [String]
    private let bodyParagraphs: [SourceMaterial.Paragraph]

    init(material: SourceMaterial, names: GivenNames, gazetteer: Gazetteer, seed: UInt64) {
        self.material = material
        self.seed = seed
        maleNames = BenchLexicon.maleNames.filter { names.gender(of: $0) == .male }
        femaleNames = BenchLexicon.femaleNames.filter { names.gender(of: $0) == .female }
        cities = BenchLexicon.cities.filter { gazetteer.place(named: $0) != nil }
        // Text without quotation marks: the corpus's quotes would recur in every report.
        bodyParagraphs = material.sources.flatMap { $0.paragraphs.filter { !$0.isHeading && !Self.hasQuotes($0.bytes) } }
    }

    /// What one page has chosen so far: the new name for each original name, the page's year.
    private struct PageState {
        var given: [Int: String] = [:]
        var surnames: [Int: String] = [:]
        var cities: [Int: String] = [:]
        var year: Int
    }

    /// The page numbered `number`, with id `prefix` + the number.
    func page(_ number: Int, prefix: String = "a") -> Page {
        var rng = SplitMix64(seed: seed ^ (UInt64(number) &* 0xD6E8_FEB8_6659_FD93))
        let date = CalendarDate(dayNumber: rng.int(in: 16_436...20_088))    // 2015-01-01 … 2024-12-31
        var state = PageState(year: date.year)
        let target = rng.int(in: storySize)

        // The story: windows of consecutive paragraphs, no paragraph twice, no heading first.
        var body: [[UInt8]] = []
        var used: Set<Int> = []
        var size = 0, attempts = 0
        while size < target, attempts < 40 {
            attempts += 1
            let s = rng.below(material.sources.count)
            let paragraphs = material.sources[s].paragraphs
            let length = rng.int(in: 2...5)
            let start = rng.below(max(1, paragraphs.count - length + 1))
            for p in start..<min(start + length, paragraphs.count) {
                guard used.insert(s << 16 | p).inserted else { continue }
                if body.isEmpty && paragraphs[p].isHeading { continue }
                var text: [UInt8] = []
                render(paragraphs[p], into: &text, state: &state, rng: &rng)
                size += text.count + 2
                body.append(text)
            }
        }

        var out: [UInt8] = []
        out.reserveCapacity(size + 1_024)
        let headline = self.headline(&state, &rng)
        if rng.chance(0.35) {
            out += Array("date \(date) ".utf8) + headline + [0x0A, 0x0A]
        } else {
            if rng.chance(0.6) { for line in rng.pick(material.sources).head { out += line + [0x0A, 0x0A] } }
            out += headline + [0x0A, 0x0A]
        }
        out += Array(dateline(date: date, rng: &rng).utf8)
        for (index, paragraph) in body.enumerated() {
            if index > 0 { out += [0x0A, 0x0A] }
            out += paragraph
        }
        if rng.chance(0.6) { for line in rng.pick(material.sources).tail { out += [0x0A, 0x0A] + line } }
        out.append(0x0A)
        return Page(id: prefix + Self.digits(number), bytes: out)
    }

    /// One real paragraph (not a heading, no quotation marks), its people, places and figures
    /// varied: the body text around the quotes of a synthetic report.
    func paragraph(_ rng: inout SplitMix64, year: Int) -> [UInt8] {
        guard !bodyParagraphs.isEmpty else { return [] }
        var state = PageState(year: year)
        var text: [UInt8] = []
        render(rng.pick(bodyParagraphs), into: &text, state: &state, rng: &rng)
        return text
    }

    /// Given names whose gender the lexicon knows, and the cities the gazetteer has.
    var givenNames: [String] { maleNames + femaleNames }
    var cityNames: [String] { cities }

    /// A headline: the first words of some paragraph, without closing punctuation.
    private func headline(_ state: inout PageState, _ rng: inout SplitMix64) -> [UInt8] {
        let source = rng.pick(material.sources)
        var text: [UInt8] = []
        render(rng.pick(source.paragraphs), into: &text, state: &state, rng: &rng)
        var words = text.split(separator: 0x20, omittingEmptySubsequences: true).prefix(rng.int(in: 6...11)).map(Array.init)
        while let last = words.last?.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ":") {
            words[words.count - 1].removeLast()
            if words[words.count - 1].isEmpty { words.removeLast() }
        }
        return Array(words.joined(separator: [0x20]))
    }

    /// A dateline in one of the wire styles, ending with the space before the story.
    private func dateline(date: CalendarDate, rng: inout SplitMix64) -> String {
        let city = rng.pick(cities)
        let agency = rng.pick(["AFP", "Reuters", "AP"])
        switch rng.below(5) {
        case 0: return "\(city) (\(agency)) \(BenchLexicon.shortMonths[date.month - 1]) \(date.day), \(date.year) - "
        case 1: return "\(city.uppercased()) (\(agency)) \u{2014} "
        case 2: return "\(city.uppercased()), \(BenchLexicon.months[date.month - 1]) \(date.day) (\(agency)) - "
        case 3: return "\(city.uppercased()) \u{2014} "
        default: return ""
        }
    }

    private func render(_ paragraph: SourceMaterial.Paragraph, into out: inout [UInt8], state: inout PageState,
                        rng: inout SplitMix64) {
        for piece in paragraph.pieces {
            switch piece {
            case .text(let range):
                out += paragraph.bytes[range]
            case .given(let index):
                if state.given[index] == nil {
                    let gender = index < material.givenGenders.count ? material.givenGenders[index] : nil
                    state.given[index] = rng.pick(gender == .female ? femaleNames : gender == .male ? maleNames
                                                  : rng.chance(0.5) ? maleNames : femaleNames)
                }
                out += state.given[index]!.utf8
            case .surname(let index):
                if state.surnames[index] == nil { state.surnames[index] = rng.pick(BenchLexicon.surnames) }
                out += state.surnames[index]!.utf8
            case .city(let index):
                if state.cities[index] == nil { state.cities[index] = rng.pick(cities) }
                out += state.cities[index]!.utf8
            case .number(let digits):
                let low = digits <= 1 ? 2 : Self.power(digits - 1)
                out += String(rng.int(in: low...(Self.power(digits) - 1))).utf8
            case .year(let offset):
                out += String(state.year + offset).utf8
            }
        }
    }

    /// Whether the text holds a straight or curly double quotation mark.
    static func hasQuotes(_ bytes: [UInt8]) -> Bool {
        bytes.indices.contains { i in
            bytes[i] == 0x22 || bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D)
        }
    }

    static func power(_ exponent: Int) -> Int {
        (0..<min(exponent, 18)).reduce(1) { value, _ in value * 10 }
    }

    /// Seven digits with leading zeros: ids sort in page order.
    static func digits(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, 7 - text.count)) + text
    }
}
