import Foundation

/// The cross-source parts of the HTML report: which article reports which statement, and where
/// reports disagree.
extension HTMLReport {
    /// The statements × sources table: a row per statement that more than one article reports,
    /// a column per article, the articles grouped under their origin, so the copies of one wire
    /// story sit together and count once.
    func sources(_ page: inout String) {
        page += "<section id=\"sources\">\n<h2>Statements × sources</h2>\n"
        let reported = analysis.groups.filter { $0.reports.count > 1 }
        let rows = reported.prefix(HTMLReport.matrixRows)
        guard !rows.isEmpty else {
            page += "<p>No statement is reported by more than one article.</p>\n</section>\n"
            return
        }
        page += "<p class=\"note\">Each row is one statement of one speaker, each column an article, grouped under its origin: "
            + "copies of one story (● the first, ○ a copy) count as one origin. “via” names the outlet a report credits. "
            + "\(count(analysis.groups.count - reported.count, "statement")) reported by one article only "
            + "\(analysis.groups.count - reported.count == 1 ? "is" : "are") left out"
            + (reported.count > rows.count ? "; so are the \(reported.count - rows.count) with the fewest origins beyond the first \(rows.count)" : "")
            + ".</p>\n"

        // Columns: the articles that report a row, by origin name, then id.
        var shown = Set<Int>()
        for group in rows {
            for id in group.reports { if let a = reading.index(of: id) { shown.insert(a) } }
        }
        let columns = shown.sorted { (articleOrigins[$0].name, reading.articles[$0].id) < (articleOrigins[$1].name, reading.articles[$1].id) }
        var spans: [(origin: Origin, width: Int)] = []
        for a in columns {
            if let last = spans.last, last.origin.name == articleOrigins[a].name {
                spans[spans.count - 1].width += 1
            } else {
                spans.append((articleOrigins[a], 1))
            }
        }
        let labels = shortLabels(columns.map { reading.articles[$0].id })

        page += "<div class=\"scroll\"><table class=\"matrix\">\n<thead>\n<tr><th scope=\"col\" rowspan=\"2\">Statement</th>"
        for span in spans {
            page += "<th scope=\"colgroup\" colspan=\"\(span.width)\" class=\"origin\">\(h(span.origin.name))"
                + " <span class=\"quiet\">\(h(span.origin.basis.rawValue))</span></th>"
        }
        page += "<th scope=\"col\" rowspan=\"2\" class=\"num\">Origins</th></tr>\n<tr>"
        for (a, label) in zip(columns, labels) {
            let article = reading.articles[a]
            page += "<th scope=\"col\" class=\"article\" title=\"\(HTMLText.attribute(article.id + (article.metadata.headline.map { ": " + $0.value } ?? "")))\">"
                + "<a href=\"#\(anchor("article", article.id))\">\(h(label))</a></th>"
        }
        page += "</tr>\n</thead>\n<tbody>\n"
        for group in rows {
            page += "<tr><th scope=\"row\">\(swatch(group.speaker))<span class=\"who\">\(h(group.speakerName))</span> "
                + "\(h("“" + Verdict.cut(group.text, 180) + "”"))</th>"
            var seenClusters = Set<Int>()
            for a in columns {
                let id = reading.articles[a].id
                guard let c = group.claims.first(where: { analysis.claims[$0].article == id }) else {
                    page += "<td></td>"
                    continue
                }
                let isCopy = !seenClusters.insert(articleClusters[a]).inserted
                let mark = isCopy ? "○" : "●", title = HTMLText.attribute(isCopy ? "a copy: \(id)" : id)
                var cell = target(of: reading.claims[c]).map { "<a href=\"#\($0)\" title=\"\(title)\">\(mark)</a>" }
                    ?? "<span title=\"\(title)\">\(mark)</span>"
                if let origin = analysis.originOfClaim[c], origin.basis == .attribution, origin.name != articleOrigins[a].name {
                    cell += " <span class=\"via\">via \(h(origin.name))</span>"
                }
                page += "<td class=\"\(isCopy ? "copy" : "report")\">\(cell)</td>"
            }
            page += "<td class=\"num\">\(group.origins.count)</td></tr>\n"
        }
        page += "</tbody>\n</table></div>\n</section>\n"
    }

    /// Column labels: the part of each id before its first `_` when that tells them apart, else the id.
    func shortLabels(_ ids: [String]) -> [String] {
        let short = ids.map { id in id.split(separator: "_", maxSplits: 1).first.map(String.init) ?? id }
        return Set(short).count == short.count && !short.contains("") ? short : ids
    }

    /// Contradictions, then disputes, each as its two passages side by side.
    func findings(_ page: inout String) {
        page += "<section id=\"findings\">\n<h2>Contradictions and disputes</h2>\n"
        let parts = [
            ("Contradictions", analysis.contradictions,
             "No report contradicts another: no changed negation, figure or name, no date, place or speaker that disagrees.",
             "Two reports of one statement that cannot both be right. The words that differ are marked; "
                + "punctuation, quotation marks, case and spelling are not differences."),
            ("Disputes", analysis.disputes, "No two speakers say opposite things.",
             "Different speakers saying opposite things: a disagreement between them, not an error in the reports. "
                + "The words at issue are marked."),
        ]
        for (title, list, none, note) in parts {
            page += "<h3>\(title) <span class=\"count\">\(list.count)</span></h3>\n"
            page += list.isEmpty ? "<p>\(none)</p>\n" : "<p class=\"note\">\(note)</p>\n"
            for finding in list { self.finding(finding, &page) }
        }
        page += "</section>\n"
    }

    func finding(_ finding: Finding, _ page: inout String) {
        let a = analysis.claims[finding.first.claim], b = analysis.claims[finding.second.claim]
        let marks: (first: [Range<Int>], second: [Range<Int>])
        if finding.isContradiction {
            let words = DifferingWords(a.text, b.text)
            marks = (words.first, words.second)
        } else {
            marks = (HTMLReport.ranges(of: finding.first.words, in: a.text), HTMLReport.ranges(of: finding.second.words, in: b.text))
        }
        page += "<div class=\"finding\">\n<p class=\"reason\"><span class=\"badge \(finding.isContradiction ? "bad" : "fair")\">"
            + "\(h(finding.kind.rawValue))</span> \(h(finding.reason))</p>\n<div class=\"sides\">\n"
        side(finding.first.claim, marks.first, &page)
        side(finding.second.claim, marks.second, &page)
        page += "</div>\n</div>\n"
    }

    /// One passage of a finding: the claim's words, the marked ones marked, and who, where, when.
    func side(_ c: Int, _ marks: [Range<Int>], _ page: inout String) {
        let claim = analysis.claims[c]
        let speaker = analysis.speakerOfClaim[c]
        let utf8 = Array(claim.text.utf8)
        var text = "", i = 0
        for range in marks.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= i && range.upperBound <= utf8.count {
            text += h(String(decoding: utf8[i..<range.lowerBound], as: UTF8.self))
            text += "<mark class=\"diff\">\(h(String(decoding: utf8[range], as: UTF8.self)))</mark>"
            i = range.upperBound
        }
        text += h(String(decoding: utf8[i...], as: UTF8.self))
        let article = claim.citedArticle.map(h) ?? "unsourced"
        var facts = [target(of: claim).map { "<a href=\"#\($0)\">\(article)</a>" } ?? article]
        if let date = claim.when.date { facts.append(h("\(date)")) }
        if let place = claim.where.place { facts.append(h(place)) }
        facts.append(h(claim.kind.rawValue))
        page += "<figure class=\"side\"><blockquote>\(text)</blockquote><figcaption>\(swatch(speaker))"
            + "<strong>\(h(analysis.speakers[speaker].name))</strong> · \(facts.joined(separator: " · "))</figcaption></figure>\n"
    }

    /// The UTF-8 range of the first occurrence of `words` in `text`, if any.
    static func ranges(of words: String, in text: String) -> [Range<Int>] {
        guard !words.isEmpty, let found = text.range(of: words) else { return [] }
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return [start..<(start + text.utf8.distance(from: found.lowerBound, to: found.upperBound))]
    }
}
