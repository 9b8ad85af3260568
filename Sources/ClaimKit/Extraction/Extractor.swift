/// Finds attributed claims in news articles: who said what, when and where.
///
/// One value holds the lexicons (reporting verbs, given names, gazetteer), parsed once; use it
/// for as many articles as you like, from any thread. Extraction is a pure function of the
/// article: the same text always gives the same claims with the same ids.
///
/// ```swift
/// let extractor = Extractor()
/// for claim in extractor.claims(in: try Article(contentsOf: url)) { print(claim.speaker.name, claim.text) }
/// ```
public struct Extractor: Sendable {
    /// The data extraction needs, parsed from the generated resources.
    public struct Lexicon: Sendable {
        let cues: CueMatcher
        let names: GivenNames
        let gazetteer: Gazetteer

        public init() {
            cues = CueMatcher()
            names = GivenNames()
            gazetteer = Gazetteer()
        }
    }

    let lexicon: Lexicon

    public init(lexicon: Lexicon = Lexicon()) {
        self.lexicon = lexicon
    }

    /// The claims of an article's body, in span order.
    public func claims(in article: Article) -> [Claim] {
        guard var builder = builder(for: article) else { return [] }
        return builder.build().sorted(by: Claim.spanOrder)
    }

    /// A builder over the article's body paragraphs (headings and datelines left out), or `nil`
    /// when the body is empty.
    func builder(for article: Article) -> ClaimBuilder? {
        var kept: [Paragraph] = []
        var ranges: [Range<Int>] = []
        for paragraph in article.paragraphs where !paragraph.isHeading {
            var range = paragraph.range
            // Text after a dateline that opens the paragraph.
            if let d = paragraph.dateline, article.datelines[d].start == range.lowerBound {
                range = min(article.datelines[d].end, range.upperBound)..<range.upperBound
            }
            guard !range.isEmpty else { continue }
            kept.append(paragraph)
            ranges.append(range)
        }
        guard !ranges.isEmpty else { return nil }
        return ClaimBuilder(article: article, paragraphs: kept, ranges: ranges, lexicon: lexicon)
    }
}
