/// Checks the claims of the ledger against what the corpus says.
///
/// A sourced claim is looked for in its article: its span if the article still holds it, else
/// its words through normalised text (quote style, dashes, white space, case and punctuation do
/// not matter), else the closest run of words in a body paragraph. The corpus claim at that
/// place says who the article gives the words to, when and where; speakers are compared by name
/// compatibility (`SpeakerMatch`). An unsourced claim is looked for the same way in the articles
/// that a shingle index (`PassageIndex`) says share three words in a row with it, never in all
/// of them. Whether the reports are independent and whether any contradicts the claim come from
/// `CrossSourceEvidence`.
///
/// A claim is `verified` when the evidence agrees with everything it asserts; a date or place
/// the article does not give is noted, not held against it. A reviewed claim marked `knownMiss`
/// is judged by its own review (`basis` `review`): the extractor is known to misread that
/// passage, and the reviewer read it; its words must still be where its span says.
public struct LedgerChecker: Sendable {
    public let reading: CorpusReading
    let index: PassageIndex
    let speakers: SpeakerMatch
    let fold = LatinFold()

    /// A claim's words need at least this many in a row to be searched across the corpus.
    public static let searchableWords = PassageIndex.size

    public init(reading: CorpusReading, speakers: SpeakerMatch = SpeakerMatch()) {
        self.reading = reading
        self.index = PassageIndex(reading.articles)
        self.speakers = speakers
    }

    /// A verdict for each claim, in the order given.
    ///
    /// - Parameter progress: Called with the number of claims judged so far and the total.
    public func verdicts(for ledger: [Claim], crossSource: any CrossSourceEvidence,
                         progress: (Int, Int) -> Void = { _, _ in }) -> [Verdict] {
        var verdicts: [Verdict] = []
        verdicts.reserveCapacity(ledger.count)
        for claim in ledger {
            verdicts.append(verdict(for: claim))
            progress(verdicts.count, ledger.count)
        }
        let assessments = crossSource.assess(verdicts.map { CrossSourceQuery(claim: $0.claim, reports: $0.reports) })
        for (v, assessment) in zip(verdicts.indices, assessments) {
            verdicts[v].crossSource = assessment
            if verdicts[v].kind == .verified, let origins = assessment.origins, origins.count > 1 {
                verdicts[v].kind = .corroborated
            }
            if let contradictions = assessment.contradictions, !contradictions.isEmpty {
                verdicts[v].problems.append(.contradicted)
                if verdicts[v].kind.isSupported { verdicts[v].kind = .contradicted }
            }
        }
        return verdicts
    }

    // MARK: One claim

    /// How one article bears on a claim.
    struct Judgement {
        var article: Int
        var range: Range<Int>
        /// The words are there (not just close).
        var isExact: Bool
        var diff: WordDiff?
        var score: Int
        var report: Claim?
        /// Whether the report agrees: `nil` when it says nothing (no report, unresolved speaker,
        /// no date, no place).
        var speaker: Bool?
        var date: Bool?
        var place: Bool?

        var supports: Bool { isExact && speaker == true }
        var agreesOnCircumstances: Bool { date != false && place != false }
    }

    func verdict(for claim: Claim) -> Verdict {
        let words = TextKey.words(claim.text)
        var result = Verdict(claim: claim, kind: .notFound, problems: [.notFound], basis: nil, passage: nil, report: nil,
                             diff: nil, reports: [], crossSource: .unassessed("not assessed yet"), notes: [])
        if let cited = claim.citedArticle {
            guard let a = reading.index(of: cited) else {
                result.notes.append("article \(cited) is not in the corpus")
                return result
            }
            guard let judgement = judge(claim, words: words, inArticle: a) else {
                result.notes.append("no passage of \(cited) has these words or words close to them")
                for other in search(claim, words: words, allShingles: true) where other.article != a && other.isExact {
                    result.notes.append("the words are in \(reading.articles[other.article].id)" + describe(other.report))
                }
                return result
            }
            apply(judgement, to: &result)
            if judgement.supports {
                result.reports = [judgement.report].compactMap { $0 }
                    + search(claim, words: words, allShingles: true).filter { $0.article != a && $0.supports }.compactMap(\.report)
            }
        } else {
            guard words.count >= Self.searchableWords else {
                result.notes.append("too short to search the corpus (fewer than \(Self.searchableWords) words); give its article")
                return result
            }
            let found = search(claim, words: words)
            let supporting = found.filter(\.supports)
            let chosen = supporting.first(where: \.agreesOnCircumstances) ?? supporting.first
                ?? found.first { $0.isExact && $0.speaker == false }
                ?? found.filter { !$0.isExact }.max { ($0.speaker == true ? 1 : 0, $0.score) < ($1.speaker == true ? 1 : 0, $1.score) }
                ?? found.first(where: \.isExact)
            guard let chosen else {
                result.notes.append("no article of the corpus has these words or words close to them")
                return result
            }
            apply(chosen, to: &result)
            result.reports = supporting.compactMap(\.report)
        }
        if result.kind.isSupported, result.reports.count > 1 {
            let others = Set(result.reports.compactMap(\.article)).subtracting([result.passage?.article].compactMap { $0 })
            if !others.isEmpty { result.notes.append("also reported in \(others.sorted().joined(separator: ", "))") }
        }
        return result
    }

    /// Sets kind, problems and evidence from how an article bears on the claim.
    func apply(_ judgement: Judgement, to result: inout Verdict) {
        let article = reading.articles[judgement.article]
        let claim = result.claim
        result.passage = Verdict.Passage(article: article.id, start: judgement.range.lowerBound, end: judgement.range.upperBound,
                                         words: ClaimText.folded(article.string(judgement.range)))
        result.report = judgement.report
        result.diff = judgement.diff
        result.basis = judgement.report.map { $0.knownMiss == nil ? .extraction : .review }
        var problems: [Verdict.Kind] = []
        if !judgement.isExact { problems.append(.misquoted) }
        if judgement.speaker == false { problems.append(.misattributed) }
        if judgement.date == false { problems.append(.dateMismatch) }
        if judgement.place == false { problems.append(.placeMismatch) }
        if let report = judgement.report {
            if claim.when.date != nil, judgement.date == nil {
                result.notes.append("the article gives no date for this statement")
            }
            if claim.where.place != nil, judgement.place == nil {
                result.notes.append("the article gives no place for this statement")
            }
            if let miss = report.knownMiss {
                result.notes.append("judged by the review of \(report.id): the extractor is known to miss it (\(miss))")
            }
            if judgement.speaker == nil {
                result.notes.append("the article does not say who: \(report.speaker.name)")
            }
        } else {
            result.notes.append("no claim of the article covers these words: nobody is named as saying them")
        }
        if problems.isEmpty, judgement.speaker != true { problems = [.notFound] }
        result.problems = problems
        result.kind = problems.first ?? .verified
    }

    /// The articles that may hold the claim's words, judged, best first.
    ///
    /// - Parameter allShingles: Only articles that hold every three-word run of the claim, for
    ///   a search of its exact words.
    func search(_ claim: Claim, words: [String], allShingles: Bool = false) -> [Judgement] {
        index.articles(sharing: words, all: allShingles).compactMap { judge(claim, words: words, inArticle: $0) }
    }

    /// Where article `a` has the claim's words (or the closest words), and what it says of them.
    func judge(_ claim: Claim, words: [String], inArticle a: Int) -> Judgement? {
        let article = reading.articles[a]
        var ranges: [Range<Int>]
        if let span = claim.source, span.article == article.id, span.end <= article.bytes.count,
           article.string(span.start..<span.end) == span.exact {
            ranges = [span.start..<span.end]
        } else {
            ranges = ClaimLocator.normalizedOccurrences(of: claim.text, in: article)
        }
        var diff: WordDiff?
        var score = Int.max
        if ranges.isEmpty {
            guard let window = ClaimLocator.closest(words, in: article),
                  window.diff.matched >= max(2, (words.count + 1) / 2) else { return nil }
            ranges = [window.bytes]
            if !window.diff.isEqual { (diff, score) = (window.diff, window.score) }
        }
        let judged = ranges.map { judgement(claim, article: a, range: $0, diff: diff, score: score) }
        return judged.first(where: \.supports) ?? judged.first { $0.report != nil } ?? judged[0]
    }

    func judgement(_ claim: Claim, article a: Int, range: Range<Int>, diff: WordDiff?, score: Int) -> Judgement {
        let article = reading.articles[a]
        let here = SourceSpan(article: article.id, start: range.lowerBound, end: range.upperBound, exact: "", prefix: "", suffix: "")
        var report: Claim?
        var bestScore = Int.min
        for candidate in reading.claims(ofArticle: a) {
            if let span = candidate.source, let score = span.overlapScore(with: here), score > bestScore {
                report = candidate
                bestScore = score
            }
        }
        var judgement = Judgement(article: a, range: range, isExact: diff == nil, diff: diff, score: score, report: report)
        if let report {
            judgement.speaker = speakers.isUnresolved(report.speaker) ? nil : speakers.areCompatible(claim.speaker, report.speaker)
            judgement.date = Self.dateAgrees(claim.when, report.when)
            judgement.place = placeAgrees(claim.where.place, report.where.place)
        }
        return judgement
    }

    /// Whether two times can be the same day: `nil` when either says nothing.
    static func dateAgrees(_ a: ClaimTime, _ b: ClaimTime) -> Bool? {
        guard let x = a.date, let y = b.date else { return nil }
        func days(_ time: ClaimTime, _ date: CalendarDate) -> ClosedRange<Int> {
            switch time.precision {
            case .week: date.dayNumber...(date.dayNumber + 6)
            case .month: date.dayNumber...(date.dayNumber + CalendarDate.daysIn(month: date.month, year: date.year) - 1)
            case .day, nil: date.dayNumber...date.dayNumber
            }
        }
        return days(a, x).overlaps(days(b, y))
    }

    /// Whether two places can be the same: the same name (case and diacritics aside), the same
    /// gazetteer place, or a country and a place in it. `nil` when either says nothing.
    func placeAgrees(_ a: String?, _ b: String?) -> Bool? {
        guard let a, let b else { return nil }
        if fold.folded(a).lowercased() == fold.folded(b).lowercased() { return true }
        guard let x = speakers.places.place(named: a), let y = speakers.places.place(named: b) else { return false }
        if x.name == y.name { return true }
        return (x.kind == .country || y.kind == .country) && x.countryCode == y.countryCode
    }

    func describe(_ report: Claim?) -> String {
        report.map { ", given to \($0.speaker.name)" } ?? ", given to nobody"
    }
}
