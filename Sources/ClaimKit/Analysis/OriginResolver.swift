/// Decides which reports share an origin: copies of one story, one agency's dispatch, or one
/// outlet's interview relayed by others.
///
/// Articles are one origin when one's body is mostly contained in the other's (containment,
/// not resemblance: a reprint may add or cut paragraphs), found through an inverted index of
/// sampled 5-word shingles, never by comparing every pair; or when they carry the same agency
/// credit and the same dateline. A claim's origin is then, in order: the outlet its sentence
/// credits (`told Reuters`), the outlet that is itself the speaker, or its article's origin,
/// named by agency, by the sidecar's outlet, or by the first article's id.
public struct OriginResolver: Sendable {
    /// Words per shingle of article text.
    public var shingleSize = 5
    /// One shingle in `sampling` is indexed (chosen by hash, so the same ones in every copy).
    public var sampling: UInt64 = 4
    /// The share of the shorter body's sampled shingles the longer must hold.
    public var containment = 0.5
    /// Fewer shared samples than this say nothing.
    public var minimumShared = 3

    /// A resolver with the default thresholds.
    public init() {}

    /// The origin of each article (aligned with `articles`), and for each the index of its copy
    /// cluster: articles with the same cluster are copies of one another.
    public func origins(of articles: [Article]) -> (origins: [Origin], cluster: [Int]) {
        var sets = UnionFind(count: articles.count)
        var index = ShingleIndex(reservingCapacity: articles.count * 64)
        index.smallRun = 16
        var samples = [Int](repeating: 0, count: articles.count)
        for (a, article) in articles.enumerated() {
            let keys = bodyShingles(article)
            samples[a] = keys.count
            for key in keys { index.add(key: key, item: a) }
        }
        for candidate in index.candidates() {
            let a = Int(candidate.a), b = Int(candidate.b)
            let smaller = min(samples[a], samples[b])
            guard candidate.shared >= minimumShared, smaller > 0,
                  Double(candidate.shared) >= containment * Double(smaller) else { continue }
            sets.union(a, b)
        }
        // Same agency, same dateline place and day.
        var dispatches: [String: Int] = [:]
        for (a, article) in articles.enumerated() {
            for dateline in article.datelines {
                guard let agency = (dateline.agency ?? article.metadata.agency?.value).map(canonicalAgency),
                      let place = dateline.place, let date = dateline.date ?? article.metadata.published?.value else { continue }
                let key = "\(agency)\u{1F}\(place.lowercased())\u{1F}\(date)"
                if let other = dispatches[key] { sets.union(a, other) } else { dispatches[key] = a }
            }
        }
        var cluster = [Int](repeating: 0, count: articles.count)
        var origins = [Origin](repeating: Origin(name: "", basis: .article), count: articles.count)
        for (k, members) in sets.sets().enumerated() {
            var agencies: [String: Int] = [:]
            var outlets: [String: Int] = [:]
            for a in members {
                let meta = articles[a].metadata
                if let agency = meta.agency?.value { agencies[canonicalAgency(agency), default: 0] += 1 }
                for dateline in articles[a].datelines {
                    if let agency = dateline.agency { agencies[canonicalAgency(agency), default: 0] += 1 }
                }
                if let outlet = meta.outlet?.value { outlets[NewsOutlets.outlet(outlet) ?? outlet, default: 0] += 1 }
            }
            let origin: Origin
            if let agency = OriginResolver.mostCommon(agencies) {
                origin = Origin(name: agency, basis: .agency)
            } else if let outlet = OriginResolver.mostCommon(outlets) {
                origin = Origin(name: outlet, basis: .outlet)
            } else {
                origin = Origin(name: members.map { articles[$0].id }.min() ?? "", basis: .article)
            }
            for a in members {
                cluster[a] = k
                origins[a] = origin
            }
        }
        return (origins, cluster)
    }

    /// The origin of one claim of `article` (whose own origin is `articleOrigin`): the outlet its
    /// sentence credits, else the speaker when the speaker is an outlet, else the article's.
    public func origin(of claim: Claim, in article: Article?, articleOrigin: Origin?) -> Origin? {
        if let article, let source = claim.source, source.start <= source.end, source.end <= article.bytes.count,
           let paragraph = article.paragraphs.first(where: { $0.range.contains(source.start) || $0.range.upperBound == source.start }),
           let outlet = OutletAttribution.outlet(in: article.bytes, paragraph: paragraph.range, span: source.start..<source.end) {
            return Origin(name: outlet, basis: .attribution)
        }
        if claim.speaker.type == .organisation || claim.speaker.type == .group, let outlet = NewsOutlets.outlet(claim.speaker.name) {
            return Origin(name: outlet, basis: .attribution)
        }
        return articleOrigin
    }

    /// Sampled hashes of the body's word shingles, each paragraph on its own.
    func bodyShingles(_ article: Article) -> [UInt64] {
        var keys: [UInt64] = []
        article.bytes.withUnsafeBufferPointer { buffer in
            var words: [UInt64] = []
            for paragraph in article.paragraphs where !paragraph.isHeading {
                words.removeAll(keepingCapacity: true)
                WordScanner.scan(UnsafeBufferPointer(rebasing: buffer[paragraph.range])) { words.append(StatementWords.hash($0.text)) }
                for key in ShingleIndex.shingles(words[...], size: shingleSize) where key % sampling == 0 {
                    keys.append(key)
                }
            }
        }
        keys.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(keys.count)
        for key in keys where key != unique.last { unique.append(key) }
        return unique
    }

    func canonicalAgency(_ name: String) -> String { NewsAgencies.agency(name) ?? name }

    static func mostCommon(_ counts: [String: Int]) -> String? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
