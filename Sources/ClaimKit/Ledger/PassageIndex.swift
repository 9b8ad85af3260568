/// Which articles of a corpus may hold a run of words: an inverted index of three-word shingles
/// of every article's body, so that finding an unsourced claim costs a few lookups, not a pass
/// over the corpus.
///
/// Shingles are hashed `TextKey.words`; a shingle that more than `commonLimit` articles share
/// (`one of the`) is left out of a query unless the query has nothing else.
struct PassageIndex: Sendable {
    static let size = 3
    private var postings: [UInt64: [Int32]] = [:]
    var commonLimit = 1_000

    init(_ articles: [Article]) {
        for (a, article) in articles.enumerated() {
            var seen = Set<UInt64>()
            for paragraph in article.paragraphs where !paragraph.isHeading {
                let words = TextKey.words(article.string(paragraph.range))
                for key in Self.shingles(words) where seen.insert(key).inserted {
                    postings[key, default: []].append(Int32(a))
                }
            }
        }
    }

    /// Articles sharing at least one shingle with `words` (with `all`, every one), most shared
    /// first, at most `limit`.
    func articles(sharing words: [String], all: Bool = false, limit: Int = 20) -> [Int] {
        let keys = Set(Self.shingles(words))
        var lists = keys.compactMap { postings[$0] }
        if all {
            guard lists.count == keys.count, let shortest = lists.min(by: { $0.count < $1.count }) else { return [] }
            var result = Set(shortest)
            for list in lists where result.count > 0 { result.formIntersection(list) }
            return result.sorted().prefix(limit).map(Int.init)
        }
        let rare = lists.filter { $0.count <= commonLimit }
        if !rare.isEmpty { lists = rare }
        var counts: [Int32: Int] = [:]
        for list in lists { for a in list { counts[a, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { Int($0.key) }
    }

    /// Hashes of the `size`-word runs of `words` (FNV-1a: stable, unlike `Hasher`).
    static func shingles(_ words: [String]) -> [UInt64] {
        guard words.count >= size else { return [] }
        return (0...(words.count - size)).map { start in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for word in words[start..<(start + size)] {
                for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
                hash = (hash ^ 0x20) &* 0x0000_0100_0000_01b3
            }
            return hash
        }
    }
}
