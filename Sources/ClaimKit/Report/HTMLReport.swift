/// The report as one self-contained HTML page, for people to read on screen or on paper.
///
/// The page needs nothing but itself: the style sheet is inline, there are no scripts and no
/// links out, so it works offline and can be mailed or archived as one file. It shows an
/// overview (articles, claims, speakers, the statements with the most independent origins,
/// contradictions and disputes, the ledger's verdicts, where extraction and the reviewed claims
/// differ); which article reports which statement, copies of one story folded under their
/// origin; each contradiction and dispute as its two passages side by side, the differing words
/// marked; the ledger's verdicts with their evidence; and each article's body with every claim
/// highlighted in its speaker's colour, a tooltip (on hover, and on keyboard focus) giving
/// speaker, role, kind, cue, date and place, and the lines the cleaner dropped collapsed.
///
/// Every piece of text from an article or the ledger is escaped (`HTMLText`), so a page that
/// holds `<script>` shows it. The output depends only on the inputs: no clock, no randomness.
public struct HTMLReport: Sendable {
    /// The articles and the claims the corpus makes (extraction, corrected by reviews marked as
    /// known misses): these are highlighted.
    public let reading: CorpusReading
    /// The cross-source analysis of `reading.claims`, in the same order.
    public let analysis: CrossSourceReport
    /// The ledger's verdicts.
    public let verdicts: [Verdict]
    /// Extraction against the reviewed claims, one per article with reviewed claims.
    public let differences: [ExtractionDiff]
    /// Named in the page's footer (`claims 0.1.0`).
    public let generator: String
    /// Each article's origin and copy cluster (aligned with `reading.articles`).
    let articleOrigins: [Origin]
    let articleClusters: [Int]
    let palette: SpeakerPalette
    /// The ids of the claims highlighted in an article's body, which links can point at.
    let highlighted: Set<String>

    /// How many statements the overview lists at most, and the statements × sources table.
    static let statementCount = 10
    static let matrixRows = 150
    /// How many speakers the overview lists, most claims first (each article lists its own).
    static let speakerCount = 60

    /// - Parameters:
    ///   - reading: The corpus as read.
    ///   - analysis: The analysis of `reading.claims` (same claims, same order).
    ///   - verdicts: The ledger's verdicts.
    ///   - differences: Extraction against the reviewed claims.
    ///   - origins: Finds which articles are copies of one another, to group the columns of the
    ///     statements × sources table (the resolver the analysis used).
    ///   - generator: The tool and version, for the footer.
    public init(reading: CorpusReading, analysis: CrossSourceReport, verdicts: [Verdict], differences: [ExtractionDiff],
                origins: OriginResolver = OriginResolver(), generator: String = "claimtrack") {
        precondition(analysis.claims.count == reading.claims.count, "the analysis must be of the reading's claims")
        self.reading = reading
        self.analysis = analysis
        self.verdicts = verdicts
        self.differences = differences
        self.generator = generator
        (articleOrigins, articleClusters) = origins.origins(of: reading.articles)
        var highlighted = Set<String>()
        for (a, article) in reading.articles.enumerated() {
            for claim in reading.claims(ofArticle: a) {
                guard let span = claim.source, span.end <= article.bytes.count else { continue }
                if article.paragraphs.contains(where: { max(span.start, $0.range.lowerBound) < min(span.end, $0.range.upperBound) }) {
                    highlighted.insert(claim.id)
                }
            }
        }
        self.highlighted = highlighted
        palette = SpeakerPalette(speakerOfClaim: analysis.speakerOfClaim, articleOfClaim: analysis.claims.map { $0.article ?? "" },
                                 speakers: analysis.speakers.count)
    }

    /// The whole page.
    public func render() -> String {
        var page = ""
        page += """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(HTMLText.attribute(generator))">
            <title>claimtrack report</title>
            <style>
            \(HTMLReport.styleSheet)</style>
            </head>
            <body>

            """
        header(&page)
        page += "<main>\n"
        overview(&page)
        sources(&page)
        findings(&page)
        ledger(&page)
        extraction(&page)
        articles(&page)
        page += "</main>\n<footer><p>Made by \(h(generator)) from <code>Corpus/</code> and <code>Claims/</code>. "
            + "One file with no scripts: it reads offline and prints.</p></footer>\n</body>\n</html>\n"
        return page
    }

    // MARK: Header and overview

    func header(_ page: inout String) {
        page += "<header>\n<h1>claimtrack report</h1>\n"
        page += "<p class=\"lede\">\(count(reading.articles.count, "article")), \(count(reading.claims.count, "claim")) "
            + "from \(count(analysis.speakers.count, "speaker")); the ledger holds \(count(verdicts.count, "claim")).</p>\n"
        page += "<nav aria-label=\"Contents\"><a href=\"#overview\">Overview</a> <a href=\"#sources\">Statements × sources</a> "
            + "<a href=\"#findings\">Contradictions and disputes</a> <a href=\"#ledger\">Ledger verdicts</a> "
            + "<a href=\"#extraction\">Extraction</a> <a href=\"#articles\">Articles</a></nav>\n</header>\n"
    }

    func overview(_ page: inout String) {
        let multi = analysis.groups.filter { $0.origins.count > 1 }.count
        let kinds = Dictionary(grouping: verdicts, by: \.kind).mapValues(\.count)
        let supported = verdicts.filter(\.kind.isSupported).count
        let matched = differences.reduce(0) { $0 + $1.matched }, expected = differences.reduce(0) { $0 + $1.expectedCount }
        let failures = differences.reduce(0) { $0 + $1.failures.count }, known = differences.reduce(0) { $0 + $1.knownIssues.count }
        page += "<section id=\"overview\">\n<h2>Overview</h2>\n<dl class=\"figures\">\n"
        func figure(_ title: String, _ value: String, _ note: String, link: String, alert: Bool = false) {
            page += "<div\(alert ? " class=\"alert\"" : "")><dt><a href=\"#\(link)\">\(h(title))</a></dt><dd class=\"value\">\(h(value))</dd>"
                + "<dd>\(h(note))</dd></div>\n"
        }
        figure("Articles", String(reading.articles.count), count(reading.articles.reduce(0) { $0 + $1.dropped.count }, "line") + " of boilerplate dropped",
               link: "articles")
        figure("Claims", String(reading.claims.count), kindCounts(reading.claims), link: "articles")
        figure("Speakers", String(analysis.speakers.count), count(analysis.speakers.filter(\.isIdentified).count, "identified speaker"),
               link: "speakers")
        figure("Statements", String(analysis.groups.count), "\(multi) with more than one independent origin", link: "sources")
        figure("Contradictions", String(analysis.contradictions.count), count(analysis.disputes.count, "dispute") + " between speakers",
               link: "findings", alert: !analysis.contradictions.isEmpty)
        figure("Ledger", "\(supported) / \(verdicts.count)",
               Verdict.Kind.allCases.compactMap { kind in kinds[kind].map { "\($0) \(kind.rawValue)" } }.joined(separator: ", "),
               link: "ledger", alert: supported < verdicts.count)
        figure("Extraction", "\(matched) / \(expected)", "reviewed claims found; \(count(failures, "difference")), \(count(known, "known miss", "known misses"))",
               link: "extraction", alert: failures > 0)
        page += "</dl>\n"

        page += "<h3>Articles</h3>\n<table class=\"list\">\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Headline</th>"
            + "<th scope=\"col\">Published</th><th scope=\"col\">Source</th><th scope=\"col\">Dateline</th>"
            + "<th scope=\"col\" class=\"num\">Claims</th><th scope=\"col\" class=\"num\">Dropped</th></tr></thead>\n<tbody>\n"
        for (a, article) in reading.articles.enumerated() {
            let meta = article.metadata
            let places = article.datelines.compactMap(\.place)
            page += "<tr><td><a href=\"#\(anchor("article", article.id))\">\(h(article.id))</a></td><td>\(h(meta.headline?.value ?? "–"))</td>"
                + "<td class=\"nowrap\">\(h(meta.published.map { "\($0.value)" } ?? "–"))</td>"
                + "<td>\(h(meta.agency?.value ?? meta.outlet?.value ?? "–"))</td><td>\(h(places.isEmpty ? "–" : places.joined(separator: ", ")))</td>"
                + "<td class=\"num\">\(reading.claimsOfArticle[a].count)</td><td class=\"num\">\(article.dropped.count)</td></tr>\n"
        }
        page += "</tbody>\n</table>\n"

        speakers(&page)

        page += "<h3 id=\"statements\">Statements with the most independent origins</h3>\n"
        let top = analysis.groups.prefix(HTMLReport.statementCount).filter { $0.origins.count > 1 }
        if top.isEmpty {
            page += "<p>No statement is reported by more than one independent origin.</p>\n"
        } else {
            page += "<table class=\"list\">\n<thead><tr><th scope=\"col\" class=\"num\">Origins</th><th scope=\"col\" class=\"num\">Reports</th>"
                + "<th scope=\"col\">Speaker</th><th scope=\"col\">Said</th><th scope=\"col\">From</th><th scope=\"col\">Statement</th></tr></thead>\n<tbody>\n"
            for group in top {
                page += "<tr><td class=\"num\">\(group.origins.count)</td><td class=\"num\">\(group.reports.count)</td>"
                    + "<td>\(swatch(group.speaker))\(h(group.speakerName))</td><td class=\"nowrap\">\(h(group.earliest.map { "\($0)" } ?? "–"))</td>"
                    + "<td>\(h(group.origins.map(\.origin.name).joined(separator: ", ")))</td>"
                    + "<td>\(claimLink(group.claims[0], text: "“\(group.text)”"))</td></tr>\n"
            }
            page += "</tbody>\n</table>\n"
        }
        page += "<p class=\"note\">\(count(analysis.groups.count, "statement")) in all; "
            + "\(analysis.groups.filter { $0.origins.count == 1 }.count) with a single origin.</p>\n</section>\n"
    }

    /// Every speaker with its colour, claims and articles, most claims first.
    func speakers(_ page: inout String) {
        var claims = [Int](repeating: 0, count: analysis.speakers.count)
        var articles = [Set<String>](repeating: [], count: analysis.speakers.count)
        for (c, speaker) in analysis.speakerOfClaim.enumerated() {
            claims[speaker] += 1
            if let article = analysis.claims[c].article { articles[speaker].insert(article) }
        }
        let order = analysis.speakers.indices.sorted { (claims[$0], -$0) > (claims[$1], -$1) }
        page += "<h3 id=\"speakers\">Speakers</h3>\n<ul class=\"speakers\">\n"
        for s in order.prefix(HTMLReport.speakerCount) {
            let speaker = analysis.speakers[s]
            let detail = [speaker.roles.joined(separator: "; "), speaker.kind == .person ? "" : speaker.kind.rawValue]
                .filter { !$0.isEmpty }.joined(separator: ", ")
            page += "<li>\(swatch(s))<strong>\(h(speaker.name))</strong>"
                + (detail.isEmpty ? "" : " <span class=\"quiet\">\(h(detail))</span>")
                + " <span class=\"count\">\(count(claims[s], "claim")), \(count(articles[s].count, "article"))</span></li>\n"
        }
        page += "</ul>\n"
        if order.count > HTMLReport.speakerCount {
            page += "<p class=\"note\">… and \(count(order.count - HTMLReport.speakerCount, "more speaker")), "
                + "listed with their articles below.</p>\n"
        }
    }

    // MARK: Ledger and extraction

    func ledger(_ page: inout String) {
        page += "<section id=\"ledger\">\n<h2>Ledger verdicts</h2>\n<p>\(h(Verdict.summary(verdicts)))</p>\n"
        let unsupported = verdicts.filter { !$0.kind.isSupported }
        if verdicts.isEmpty {
            page += "<p>The ledger is empty.</p>\n"
        } else if unsupported.isEmpty {
            page += "<p>Every claim of the ledger is verified or corroborated.</p>\n"
        }
        for verdict in unsupported {
            page += "<div class=\"verdict\"><p>\(badge(verdict.kind)) <code>\(h(verdict.claim.id))</code> "
                + "\(h(verdict.claim.speaker.name)): “\(h(verdict.claim.text))”</p>\n<ul>\n"
            for line in verdict.evidence { page += "<li>\(h(line))</li>\n" }
            page += "</ul></div>\n"
        }
        if !verdicts.isEmpty {
            page += "<details class=\"all\"><summary>All \(count(verdicts.count, "verdict"))</summary>\n<table class=\"list\">\n"
                + "<thead><tr><th scope=\"col\">Verdict</th><th scope=\"col\">Claim</th><th scope=\"col\">Speaker</th>"
                + "<th scope=\"col\">Text</th></tr></thead>\n<tbody>\n"
            for verdict in verdicts {
                let claim = verdict.claim
                let id = target(of: claim).map { "<a href=\"#\($0)\">\(h(claim.id))</a>" } ?? h(claim.id)
                page += "<tr><td>\(badge(verdict.kind))</td><td class=\"id\">\(id)</td><td>\(h(claim.speaker.name))</td>"
                    + "<td>\(h(Verdict.cut(claim.text, 160)))</td></tr>\n"
            }
            page += "</tbody>\n</table>\n</details>\n"
        }
        page += "</section>\n"
    }

    func extraction(_ page: inout String) {
        page += "<section id=\"extraction\">\n<h2>Extraction against the reviewed claims</h2>\n"
        page += "<p>\(h(ExtractionDiff.summary(differences))). A known miss is a reviewed claim the extractor is known to get "
            + "wrong; the highlights above use the reviewer’s reading there.</p>\n"
        for diff in differences {
            let text = diff.render()
            if !text.isEmpty { page += "<pre class=\"diff\">\(h(text))</pre>\n" }
        }
        page += "</section>\n"
    }

    // MARK: Small pieces

    func h(_ text: String) -> String { HTMLText.escape(text) }

    func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? noun : plural ?? noun + "s")
    }

    func kindCounts(_ claims: [Claim]) -> String {
        let kinds = Dictionary(grouping: claims, by: \.kind).mapValues(\.count)
        return ClaimKind.allCases.compactMap { kind in kinds[kind].map { "\($0) \(kind.rawValue)" } }.joined(separator: ", ")
    }

    /// A fragment id: a prefix and a value without white space (ids may hold anything else).
    func anchor(_ prefix: String, _ value: String) -> String {
        HTMLText.attribute(prefix + "-" + String(value.unicodeScalars.map { $0.properties.isWhitespace ? "_" : Character($0) }))
    }

    /// A link to where claim `c` (an index into the reading's claims) is highlighted.
    func claimLink(_ c: Int, text: String) -> String {
        target(of: reading.claims[c]).map { "<a href=\"#\($0)\">\(h(text))</a>" } ?? h(text)
    }

    /// Where the page shows a claim: its highlight, else its article; `nil` when neither is here.
    func target(of claim: Claim) -> String? {
        if highlighted.contains(claim.id) { return anchor("claim", claim.id) }
        return claim.citedArticle.flatMap { reading.index(of: $0) != nil ? anchor("article", $0) : nil }
    }

    /// The colour swatch of speaker `s`.
    func swatch(_ s: Int) -> String {
        "<span class=\"swatch s\(palette.colourOfSpeaker[s])\" aria-hidden=\"true\"></span>"
    }

    func badge(_ kind: Verdict.Kind) -> String {
        "<span class=\"badge \(kind.isSupported ? "good" : kind == .dateMismatch || kind == .placeMismatch ? "fair" : "bad")\">\(h(kind.rawValue))</span>"
    }
}
