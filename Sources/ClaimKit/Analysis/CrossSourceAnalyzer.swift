/// Reads many reports together: resolves speakers across articles, groups the reports of each
/// statement, counts their independent origins, and finds contradictions and disputes.
///
/// A pure function of its inputs. Cost grows about linearly with the number of claims: every
/// stage works on distinct speaker signatures, distinct versions, or sorted shingle postings,
/// and caps its work per block.
public struct CrossSourceAnalyzer: Sendable {
    /// Resolves speakers across articles.
    public var speakers: SpeakerResolver
    /// Decides which reports share an origin; its thresholds can be tuned.
    public var origins: OriginResolver
    var grouper = StatementGrouper()
    var finder: ContradictionFinder

    /// - Parameters:
    ///   - givenNames: Given-name variants (`GivenNames()` from the lexicon).
    ///   - places: Nationality words to countries (`Gazetteer()` from the lexicon).
    public init(givenNames: any GivenNameMatching, places: any PlaceLexicon) {
        speakers = SpeakerResolver(givenNames: givenNames, places: places)
        origins = OriginResolver()
        finder = ContradictionFinder(places: places)
    }

    /// Analyses `claims`, reading what it needs of their articles (copies, agency credits,
    /// datelines, and the sentence around each claim) from `articles`. A claim whose article is
    /// missing from `articles` counts as its own origin; a claim without an article has none.
    /// Output follows the order of `claims`: pass them in span order (`Claim.spanOrder`).
    public func analyze(_ claims: [Claim], articles: [Article]) -> CrossSourceReport {
        let (entities, entityOfClaim) = speakers.resolve(claims)
        let index = grouper.group(claims, entityOfClaim: entityOfClaim)

        // Origins: article copies first, then each claim's own sourcing.
        let (articleOrigins, _) = origins.origins(of: articles)
        var articleIndex: [String: Int] = [:]
        for (a, article) in articles.enumerated() where articleIndex[article.id] == nil { articleIndex[article.id] = a }
        let originOfClaim: [Origin?] = claims.map { claim in
            guard let id = claim.article else { return nil }
            guard let a = articleIndex[id] else { return Origin(name: id, basis: .article) }
            return origins.origin(of: claim, in: articles[a], articleOrigin: articleOrigins[a])
        }

        var groups: [StatementGroup] = []
        groups.reserveCapacity(index.groups.count)
        for versions in index.groups {
            var members: [Int] = []
            var longest = (words: -1, text: "")
            for v in versions {
                for c in index.versionClaims[v] { members.append(Int(c)) }
                let text = claims[Int(index.versionClaims[v][0])].text
                let length = index.linkStart[v + 1] - index.linkStart[v]
                if length > longest.words || (length == longest.words && text.count > longest.text.count) { longest = (length, text) }
            }
            members.sort()
            var reports: Set<String> = []
            var originsByArticle: [String: [Origin]] = [:]
            var places: [String: Int] = [:]
            var earliest: CalendarDate?, firstReported: CalendarDate?
            for c in members {
                let claim = claims[c]
                if let date = claim.when.date, earliest.map({ date < $0 }) ?? true { earliest = date }
                if let place = claim.where.place { places[place, default: 0] += 1 }
                guard let article = claim.article else { continue }
                reports.insert(article)
                if let origin = originOfClaim[c] { originsByArticle[article, default: []].append(origin) }
                if let a = articleIndex[article], let published = articles[a].metadata.published?.value,
                   firstReported.map({ published < $0 }) ?? true {
                    firstReported = published
                }
            }
            // One article that credits an outlet for the statement once has it from there: its own
            // origin does not count again for another report of it in the same article.
            var byOrigin: [String: (origin: Origin, reports: Set<String>)] = [:]
            for (article, found) in originsByArticle {
                let credited = found.filter { $0.basis == .attribution }
                for origin in credited.isEmpty ? found : credited {
                    if byOrigin[origin.name] == nil { byOrigin[origin.name] = (origin, []) }
                    byOrigin[origin.name]!.reports.insert(article)
                }
            }
            let entity = entityOfClaim[members[0]]
            groups.append(StatementGroup(
                speaker: entity, speakerName: entities[entity].name, text: longest.text, claims: members,
                versions: versions.count, reports: reports.sorted(),
                origins: byOrigin.values.map { StatementGroup.OriginReports(origin: $0.origin, reports: $0.reports.sorted()) }
                    .sorted { $0.origin < $1.origin },
                earliest: earliest, firstReported: firstReported,
                places: places.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)))
        }
        groups.sort { x, y in
            if x.origins.count != y.origins.count { return x.origins.count > y.origins.count }
            if x.reports.count != y.reports.count { return x.reports.count > y.reports.count }
            switch (x.earliest, y.earliest) {
            case let (a?, b?) where a != b: return a < b
            case (_?, nil): return true
            case (nil, _?): return false
            default: break
            }
            return x.claims[0] < y.claims[0]
        }
        let findings = finder.findings(claims, entities: entities, entityOfClaim: entityOfClaim, index: index)
        return CrossSourceReport(claims: claims, speakers: entities, speakerOfClaim: entityOfClaim,
                                 originOfClaim: originOfClaim, groups: groups, findings: findings)
    }
}
