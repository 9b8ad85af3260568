/// The articles of the HTML report: each body with its claims highlighted, the dropped lines
/// collapsed where they were.
extension HTMLReport {
    func articles(_ page: inout String) {
        page += "<section id=\"articles\">\n<h2>Articles</h2>\n<p class=\"note\">Each claim is marked in its speaker’s colour; "
            + "point at one, or reach it with the Tab key, to see who said it, when and where. Lines the cleaner "
            + "dropped as page furniture are folded in grey where they were.</p>\n"
        for a in reading.articles.indices { article(a, &page) }
        page += "</section>\n"
    }

    func article(_ a: Int, _ page: inout String) {
        let article = reading.articles[a]
        let meta = article.metadata
        let claims = Array(reading.claimsOfArticle[a])
        page += "<article class=\"story\" id=\"\(anchor("article", article.id))\">\n"
        page += "<h3>\(h(meta.headline?.value ?? article.id))</h3>\n"
        var facts = ["<code>\(h(article.id))</code>"]
        if let published = meta.published?.value { facts.append(h("\(published)")) }
        if let source = meta.agency?.value ?? meta.outlet?.value { facts.append(h(source)) }
        let places = article.datelines.compactMap(\.place)
        if !places.isEmpty { facts.append(h(places.joined(separator: ", "))) }
        facts.append(count(claims.count, "claim"))
        if let url = meta.url?.value { facts.append("<span class=\"url\">\(h(url))</span>") }
        page += "<p class=\"meta\">\(facts.joined(separator: " · "))</p>\n"
        legend(claims, &page)

        // The claims that can be marked: a span inside the file.
        let marked = claims.filter { reading.claims[$0].source.map { $0.start <= $0.end && $0.end <= article.bytes.count } ?? false }
        let spans = marked.map { c in reading.claims[c].source.map { $0.start..<$0.end } ?? 0..<0 }
        let tips = marked.map(tip)

        // Paragraphs and dropped lines in the order of the file; runs of dropped lines fold together.
        enum Block { case paragraph(Paragraph), dropped(DroppedLine) }
        let blocks = (article.paragraphs.map { (start: $0.range.lowerBound, block: Block.paragraph($0)) }
            + article.dropped.map { (start: $0.range.lowerBound, block: Block.dropped($0)) }).sorted { $0.start < $1.start }
        page += "<div class=\"body\">\n"
        var run: [DroppedLine] = []
        // A claim's first mark carries its anchor and takes the focus; the rest continue it.
        var anchored = Set<Int>()
        for (_, block) in blocks {
            switch block {
            case .dropped(let line):
                run.append(line)
            case .paragraph(let paragraph):
                dropped(run, in: article, &page)
                run = []
                page += paragraph.isHeading ? "<p class=\"heading\">" : "<p>"
                for piece in HighlightLayout(bytes: article.bytes, range: paragraph.range, spans: spans).pieces {
                    switch piece {
                    case .text(let range):
                        page += h(article.string(range))
                    case .open(let s):
                        let isFirst = anchored.insert(s).inserted
                        let claim = reading.claims[marked[s]]
                        let entity = analysis.speakerOfClaim[marked[s]]
                        page += "<mark class=\"claim s\(palette.colourOfSpeaker[entity])\""
                            + (isFirst ? " id=\"\(anchor("claim", claim.id))\" tabindex=\"0\"" : "")
                            + " data-claim=\"\(HTMLText.attribute(claim.id))\" data-speaker=\"\(HTMLText.attribute(claim.speaker.name))\""
                            + " title=\"\(HTMLText.attribute(tips[s]))\" data-tip=\"\(HTMLText.attribute(tips[s]))\">"
                    case .close:
                        page += "</mark>"
                    }
                }
                page += "</p>\n"
            }
        }
        dropped(run, in: article, &page)
        page += "</div>\n</article>\n"
    }

    /// The speakers of an article's claims, each with its colour and role.
    func legend(_ claims: [Int], _ page: inout String) {
        guard !claims.isEmpty else {
            page += "<p class=\"note\">No claims found in this article.</p>\n"
            return
        }
        var order: [Int] = []
        var counts: [Int: Int] = [:]
        var roles: [Int: String] = [:]
        for c in claims {
            let s = analysis.speakerOfClaim[c]
            if counts[s] == nil { order.append(s) }
            counts[s, default: 0] += 1
            if roles[s] == nil, let role = reading.claims[c].speaker.role { roles[s] = role }
        }
        page += "<ul class=\"legend\" aria-label=\"Speakers\">"
        for s in order {
            page += "<li>\(swatch(s))\(h(analysis.speakers[s].name))"
                + (roles[s].map { " <span class=\"quiet\">\(h($0))</span>" } ?? "") + " <span class=\"count\">\(counts[s] ?? 0)</span></li>"
        }
        page += "</ul>\n"
    }

    /// Lines the cleaner dropped, folded into one grey `<details>`.
    func dropped(_ lines: [DroppedLine], in article: Article, _ page: inout String) {
        guard !lines.isEmpty else { return }
        var reasons: [String] = []
        for line in lines where !reasons.contains(reasonText(line.reason)) { reasons.append(reasonText(line.reason)) }
        page += "<details class=\"dropped\"><summary>\(count(lines.count, "line")) dropped: \(h(reasons.joined(separator: ", ")))</summary>\n"
        for line in lines {
            page += "<p><span class=\"reason\">\(h(reasonText(line.reason)))</span> \(h(article.string(line.range)))</p>\n"
        }
        page += "</details>\n"
    }

    /// `authorBlurb` → `author blurb`.
    func reasonText(_ reason: DroppedLine.Reason) -> String {
        String(reason.rawValue.flatMap { $0.isUppercase ? [" ", Character($0.lowercased())] : [$0] })
    }

    /// What a claim's tooltip says: speaker, role, kind, cue, date and place, a line each.
    func tip(_ c: Int) -> String {
        let claim = reading.claims[c]
        let speaker = claim.speaker
        let entity = analysis.speakers[analysis.speakerOfClaim[c]]
        var lines = [speaker.name + (speaker.mention != speaker.name ? " (“\(speaker.mention)”)" : "")]
        if entity.name != speaker.name { lines.append("the same speaker as \(entity.name)") }
        lines.append("role: " + (speaker.role ?? "none given"))
        lines.append("kind: \(claim.kind.rawValue) · cue: " + (claim.cue.isEmpty ? "none" : claim.cue))
        lines.append("date: " + (claim.when.date.map { "\($0)" } ?? "not given") + (claim.when.expression.map { " (“\($0)”)" } ?? ""))
        lines.append("place: " + (claim.where.place ?? "not given") + (claim.where.expression.map { " (“\($0)”)" } ?? ""))
        if claim.knownMiss != nil { lines.append("read by a reviewer: the extractor is known to miss it") }
        return lines.joined(separator: "\n")
    }
}
