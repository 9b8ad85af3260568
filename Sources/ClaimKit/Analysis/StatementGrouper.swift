/// Groups the claims that report one statement of one speaker.
///
/// Claims with the same speaker entity and the same normalised words are one *version*; each
/// version is compared only with versions of the same speaker that share a 3-word shingle
/// (an index keyed by speaker and shingle, read off as pairs), and two versions join when the
/// words of the shorter mostly appear, in order, in the longer (`linkCoverage` of the longest
/// common subsequence). A truncated quote falls inside its full version; a report with a word
/// changed, a negation added or a figure altered still joins, so the contradiction finder can
/// see it. Negations and figures are left out of the shingles for that reason.
struct StatementGrouper: Sendable {
    /// Words per shingle.
    var shingleSize = 3
    /// The share of the shorter version's words that must align with the longer one.
    var linkCoverage = 0.7
    /// Aligned words below which two different versions do not join on coverage alone.
    var minimumMatched = 3

    /// Versions and groups of `claims`, whose speakers are `entityOfClaim`.
    func group(_ claims: [Claim], entityOfClaim: [Int]) -> StatementIndex {
        // Versions: claims of one speaker with the same words, numbered by their first claim.
        var result = StatementIndex()
        result.versionOfClaim.reserveCapacity(claims.count)
        var versionOfKey = KeyIndex(capacity: claims.count)
        var words = StatementWords.Builder()
        for (c, claim) in claims.enumerated() {
            words.load(claim.text)
            let key = StatementWords.combine(UInt64(entityOfClaim[c]) &+ 0x51, StatementWords.fingerprint(words.keys))
            let next = Int32(result.versionEntity.count)
            let version = versionOfKey.insertIfAbsent(key, next)
            result.versionOfClaim.append(version)
            if version != next {
                result.versionClaims[Int(version)].append(Int32(c))
                continue
            }
            result.versionEntity.append(Int32(entityOfClaim[c]))
            result.versionClaims.append([Int32(c)])
            StatementWords.appendLinkKeys(words.keys, words.flags, to: &result.linkKeys)
            result.linkStart.append(result.linkKeys.count)
            let stance = StanceProfile(flags: words.flags, stems: words.stems)
            result.stanceStems += stance.stems
            result.stanceNegated += stance.isNegated
            result.stanceStart.append(result.stanceStems.count)
        }
        versionOfKey = KeyIndex()

        let versions = result.versionEntity.count
        var index = ShingleIndex(reservingCapacity: result.linkKeys.count)
        var shingleCount = [Int32](repeating: 0, count: versions)
        for v in 0..<versions {
            let speaker = UInt64(UInt32(bitPattern: result.versionEntity[v]))
            let shingles = ShingleIndex.shingles(result.keys(of: v), size: shingleSize)
            shingleCount[v] = Int32(shingles.count)
            for shingle in shingles { index.add(key: StatementWords.combine(speaker &+ 0x5EED, shingle), item: v) }
        }
        var sets = UnionFind(count: versions)
        for candidate in index.candidates() {
            let a = Int(candidate.a), b = Int(candidate.b)
            // A shingle or two in common with a long text is a phrase, not a version.
            let smaller = min(shingleCount[a], shingleCount[b])
            guard Double(candidate.shared) >= 0.25 * Double(smaller), sets.find(a) != sets.find(b) else { continue }
            if isVersion(result.keys(of: a), result.keys(of: b), shared: Int(candidate.shared), smaller: Int(smaller)) {
                sets.union(a, b)
            }
        }
        result.groups = sets.sets()
        result.groupOfVersion = [Int32](repeating: 0, count: versions)
        for (g, members) in result.groups.enumerated() {
            for v in members { result.groupOfVersion[v] = Int32(g) }
        }
        return result
    }

    /// Whether two word sequences are versions of one statement.
    func isVersion(_ a: ArraySlice<UInt64>, _ b: ArraySlice<UInt64>, shared: Int, smaller: Int) -> Bool {
        if a.elementsEqual(b) { return true }
        let shorter = min(a.count, b.count)
        guard shorter > 0 else { return false }
        guard let common = WordAlignment.commonLength(Array(a), Array(b)) else {
            // Too long to align: the shingles decide.
            return Double(shared) >= linkCoverage * Double(smaller)
        }
        return common >= minimumMatched && Double(common) >= linkCoverage * Double(shorter)
    }
}
