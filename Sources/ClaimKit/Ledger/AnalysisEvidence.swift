/// Cross-source evidence from the cross-source analysis (`CrossSourceAnalyzer`).
///
/// The corpus's claims and the ledger claims asked about are analysed together, once per check.
/// A claim's contradictions are the analysis's findings between it (or one of the reports the
/// check matched to it: its words, by a compatible speaker) and another report of the corpus,
/// except reports in its own cited article, against which the check has already judged it, and
/// disputes, which set one speaker against another rather than contradict a report. Its
/// independent origins are the origins of its reports and of the other reports in their
/// statement groups (a truncated or reworded version still reports the statement), leaving out
/// every version that contradicts it: reprints of one wire story count once.
public struct AnalysisEvidence: CrossSourceEvidence {
    public let analyzer: CrossSourceAnalyzer
    public let reading: CorpusReading

    public init(analyzer: CrossSourceAnalyzer, reading: CorpusReading) {
        self.analyzer = analyzer
        self.reading = reading
    }

    public func assess(_ queries: [CrossSourceQuery]) -> [CrossSourceAssessment] {
        let corpus = reading.claims
        let report = analyzer.analyze(corpus + queries.map(\.claim), articles: reading.articles)
        var indexOfID: [String: Int] = [:]
        for (i, claim) in corpus.enumerated() where indexOfID[claim.id] == nil { indexOfID[claim.id] = i }
        var groupsOfClaim: [Int: [Int]] = [:]
        for (g, group) in report.groups.enumerated() {
            for c in group.claims { groupsOfClaim[c, default: []].append(g) }
        }
        var findingsOfClaim: [Int: [Int]] = [:]
        for (f, finding) in report.findings.enumerated() where finding.isContradiction {
            findingsOfClaim[finding.first.claim, default: []].append(f)
            findingsOfClaim[finding.second.claim, default: []].append(f)
        }

        return queries.enumerated().map { q, query in
            let own = [corpus.count + q] + query.reports.compactMap { indexOfID[$0.id] }
            let ownSet = Set(own)

            // Contradictions: findings from the claim or its reports to another report of the corpus.
            var contradictions: [CrossSourceAssessment.Contradiction] = []
            var against = Set<Int>()
            for c in own {
                for f in findingsOfClaim[c] ?? [] {
                    let finding = report.findings[f]
                    let other = ownSet.contains(finding.first.claim) ? finding.second : finding.first
                    guard !ownSet.contains(other.claim), other.claim < corpus.count, against.insert(other.claim).inserted,
                          corpus[other.claim].article != query.claim.citedArticle else { continue }
                    contradictions.append(.init(kind: finding.kind.rawValue, reason: finding.reason,
                                                report: corpus[other.claim], words: other.words))
                }
            }

            // Origins: those of its reports and of the other reports of its statement, leaving out
            // every version that contradicts it.
            let contrary = Set(against.map { TextKey.comparable(corpus[$0].text) })
            var members = Set(own)
            for c in own { for g in groupsOfClaim[c] ?? [] { members.formUnion(report.groups[g].claims) } }
            // Keyed by name: an outlet reached both by its agency credit and by an attribution is one origin.
            // (In place: rebuilding an entry copied its set of reports for every member.)
            var byOrigin: [String: (origin: Origin, reports: Set<String>)] = [:]
            for c in members where c < corpus.count
                && (ownSet.contains(c) || contrary.isEmpty || !contrary.contains(TextKey.comparable(corpus[c].text))) {
                guard let origin = report.originOfClaim[c], let article = corpus[c].article else { continue }
                let key = origin.name.lowercased()
                if byOrigin[key] == nil {
                    byOrigin[key] = (origin, [article])
                } else {
                    byOrigin[key]!.origin = min(byOrigin[key]!.origin, origin)
                    byOrigin[key]!.reports.insert(article)
                }
            }
            let origins = byOrigin.values.sorted { $0.origin < $1.origin }.map {
                CrossSourceAssessment.OriginReports(name: $0.origin.name, basis: $0.origin.basis.rawValue, reports: $0.reports.sorted())
            }
            return CrossSourceAssessment(origins: origins, contradictions: contradictions)
        }
    }
}
