/// Finds where reports disagree: contradictions between versions of one statement, the same
/// words given to different speakers, and disputes between speakers.
///
/// Three passes, none over all pairs of claims:
/// - within each statement group (one speaker), versions are aligned word by word and their
///   changes typed: a changed negation, figure or name between two direct quotes is a
///   misquote; in reported speech, or on different days, a changed negation is polarity and a
///   changed figure a numeric conflict; the same words on different days or in different places
///   are date and place conflicts;
/// - across speakers, an index of 4-word shingles (negations and figures left out) pairs
///   versions of different identified speakers: the same quoted words are a misattribution,
///   opposite polarity or figures a dispute;
/// - within each article, statements of different speakers about the same thing with opposite
///   polarity (`StanceProfile`) are a dispute.
struct ContradictionFinder: Sendable {
    var places: (any PlaceLexicon)?
    /// Versions of one group compared pairwise; further versions only with the most reported.
    var versionLimit = 24
    /// Claims of one article compared for disputes.
    var articleLimit = 200
    /// Alignment coverage below which two versions of a group are different fragments.
    var overlap = 0.6

    func findings(_ claims: [Claim], entities: [SpeakerEntity], entityOfClaim: [Int], index: StatementIndex) -> [Finding] {
        var state = State(claims: claims, entities: entities, entityOfClaim: entityOfClaim, index: index)
        for versions in index.groups {
            withinGroup(versions, &state)
        }
        acrossSpeakers(&state)
        withinArticles(&state)
        return state.findings.sorted { x, y in
            let kx = Finding.Kind.allCases.firstIndex(of: x.kind)!, ky = Finding.Kind.allCases.firstIndex(of: y.kind)!
            if kx != ky { return kx < ky }
            if x.first.claim != y.first.claim { return x.first.claim < y.first.claim }
            if x.second.claim != y.second.claim { return x.second.claim < y.second.claim }
            return x.reason < y.reason
        }
    }

    /// What the passes share: the inputs, the findings so far, and which pairs were reported.
    struct State {
        let claims: [Claim]
        let entities: [SpeakerEntity]
        let entityOfClaim: [Int]
        let index: StatementIndex
        var findings: [Finding] = []
        var reported: Set<String> = []

        /// The claim that stands for a version: its first.
        func representative(_ version: Int) -> Int { Int(index.versionClaims[version][0]) }

        func words(_ version: Int) -> StatementWords { StatementWords(claims[representative(version)].text) }

        func speaker(_ claim: Int) -> String { entities[entityOfClaim[claim]].name }

        /// The speakers' names without the findings: what a `reason` closure may capture. A
        /// capture of the whole state shares its `findings` and `reported`, so the `add` it is
        /// passed to copied both in full at every finding (quadratic in the findings).
        var speakers: Speakers { Speakers(entities: entities, entityOfClaim: entityOfClaim) }

        struct Speakers {
            let entities: [SpeakerEntity]
            let entityOfClaim: [Int]
            func speaker(_ claim: Int) -> String { entities[entityOfClaim[claim]].name }
        }

        /// Adds a finding once per pair of groups (or claims) and kind, its sides in input order;
        /// `reason` gets each side's words in that order.
        mutating func add(_ kind: Finding.Kind, _ a: Finding.Evidence, _ b: Finding.Evidence, key: String,
                          reason: (_ first: Side, _ second: Side) -> String) {
            guard reported.insert("\(kind.rawValue)|\(key)").inserted else { return }
            let swapped = b.claim < a.claim
            let (first, second) = swapped ? (b, a) : (a, b)
            let sides = (Side(claim: first.claim, index: swapped ? 1 : 0), Side(claim: second.claim, index: swapped ? 0 : 1))
            findings.append(Finding(kind: kind, reason: reason(sides.0, sides.1), first: first, second: second))
        }
    }

    /// One side of a finding while its reason is written: the claim, and whether it was the
    /// first (`index` 0) or second (1) the caller passed.
    struct Side {
        var claim: Int
        var index: Int
        func pick<T>(_ pair: (T, T)) -> T { index == 0 ? pair.0 : pair.1 }
    }

    // MARK: Within a statement group

    func withinGroup(_ versions: [Int], _ state: inout State) {
        let index = state.index
        let claims = state.claims
        var changed: Set<UInt64> = []
        if versions.count > 1 {
            let ordered = versions.sorted { (index.versionClaims[$0].count, -$0) > (index.versionClaims[$1].count, -$1) }
            var pairs: [(Int, Int)] = []
            let top = Array(ordered.prefix(versionLimit))
            for i in top.indices { for j in (i + 1)..<top.count { pairs.append((top[i], top[j])) } }
            for v in ordered.dropFirst(versionLimit) { pairs.append((ordered[0], v)) }
            var cache: [Int: StatementWords] = [:]
            for (v, w) in pairs {
                let wv = cache[v] ?? state.words(v), ww = cache[w] ?? state.words(w)
                cache[v] = wv
                cache[w] = ww
                guard let difference = WordingDifference(wv, ww, places: places), difference.alignment.coverage >= overlap,
                      !difference.items.isEmpty else { continue }
                changed.insert(ShingleIndex.pairKey(Int32(v), Int32(w)))
                let a = state.representative(v), b = state.representative(w)
                let bothDirect = claims[a].kind == .direct && claims[b].kind == .direct
                let differentDays = ContradictionFinder.daysDiffer(index.versionClaims[v].map { claims[Int($0)] },
                                                                   index.versionClaims[w].map { claims[Int($0)] })
                let quoted = bothDirect && !differentDays
                var byKind: [Finding.Kind: [WordingDifference.Item]] = [:]
                for item in difference.items {
                    switch item.change {
                    case .negation: byKind[quoted ? .misquote : .polarity, default: []].append(item)
                    case .figure: byKind[quoted ? .misquote : .numericConflict, default: []].append(item)
                    case .name: if quoted { byKind[.misquote, default: []].append(item) }
                    }
                }
                for (kind, items) in byKind {
                    let wordsA = items.map { wv.excerpt($0.a) }, wordsB = items.map { ww.excerpt($0.b) }
                    let what = items.map { ContradictionFinder.label($0.change) }
                    let speaker = state.speaker(a)
                    state.add(kind, .init(claim: a, words: wordsA.joined(separator: " … ")),
                              .init(claim: b, words: wordsB.joined(separator: " … ")), key: "\(min(a, b))-\(max(a, b))") { x, y in
                        let pairsText = zip(x.pick((wordsA, wordsB)), y.pick((wordsA, wordsB))).map { "“\($0)” / “\($1)”" }
                        var reason: String
                        switch kind {
                        case .polarity: reason = "\(speaker) is reported both ways: " + pairsText.joined(separator: "; ")
                        case .numericConflict: reason = "figures differ: " + pairsText.joined(separator: "; ")
                        default: reason = zip(what, pairsText).map { "\($0) differs: \($1)" }.joined(separator: "; ")
                        }
                        if kind != .misquote, differentDays { reason += " (on different days)" }
                        return reason
                    }
                }
            }
        }
        // Same words (or words that differ only in wording) on different days, in different places.
        let members = versions.flatMap { v in index.versionClaims[v].map { (v, Int($0)) } }
        guard members.count > 1 else { return }
        conflicts(members, changed: changed, value: { ContradictionFinder.dayRange(claims[$0]) },
                  disjoint: { $0.upperBound < $1.lowerBound || $1.upperBound < $0.lowerBound },
                  describe: { claims[$0].when.date.map(\.description) ?? "" },
                  evidence: { claims[$0].when.expression ?? claims[$0].when.date?.description ?? "" },
                  kind: .dateConflict, reason: "same statement on different days", &state)
        conflicts(members, changed: changed, value: { claims[$0].where.place },
                  disjoint: { a, b in !ContradictionFinder.samePlace(a, b, places: places) },
                  describe: { claims[$0].where.place ?? "" },
                  evidence: { claims[$0].where.expression ?? claims[$0].where.place ?? "" },
                  kind: .placeConflict, reason: "same statement in different places", &state)
    }

    /// Date or place conflicts in a group: each value that disagrees with the most common one,
    /// paired with a claim of that value whose version says the same thing.
    func conflicts<Value: Hashable>(_ members: [(version: Int, claim: Int)], changed: Set<UInt64>,
                                    value: (Int) -> Value?, disjoint: (Value, Value) -> Bool,
                                    describe: (Int) -> String, evidence: (Int) -> String,
                                    kind: Finding.Kind, reason: String, _ state: inout State) {
        var byValue: [Value: [(version: Int, claim: Int)]] = [:]
        var order: [Value] = []
        for member in members.sorted(by: { $0.claim < $1.claim }) {
            guard let v = value(member.claim) else { continue }
            if byValue[v] == nil { order.append(v) }
            byValue[v, default: []].append(member)
        }
        guard order.count > 1 else { return }
        let reference = order.max { byValue[$0]!.count < byValue[$1]!.count || (byValue[$0]!.count == byValue[$1]!.count && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }!
        for other in order where other != reference && disjoint(reference, other) {
            for x in byValue[other]! {
                guard let y = byValue[reference]!.first(where: {
                    $0.version == x.version || !changed.contains(ShingleIndex.pairKey(Int32($0.version), Int32(x.version)))
                }) else { continue }
                state.add(kind, .init(claim: y.claim, words: evidence(y.claim)), .init(claim: x.claim, words: evidence(x.claim)),
                          key: "\(state.index.groupOfVersion[x.version])|\(describe(x.claim))") { first, second in
                    "\(reason): \(describe(first.claim)) / \(describe(second.claim))"
                }
                break
            }
        }
    }

    // MARK: Across speakers

    func acrossSpeakers(_ state: inout State) {
        let index = state.index
        var shingles = ShingleIndex()
        var counts = [Int](repeating: 0, count: index.versionEntity.count)
        for v in index.versionEntity.indices {
            let keys = index.keys(of: v)
            guard keys.count >= 4, state.entities[Int(index.versionEntity[v])].isIdentified else { continue }
            let hashes = ShingleIndex.shingles(keys, size: 4)
            counts[v] = hashes.count
            for h in hashes { shingles.add(key: h, item: v) }
        }
        for candidate in shingles.candidates() {
            let v = Int(candidate.a), w = Int(candidate.b)
            let ev = index.versionEntity[v], ew = index.versionEntity[w]
            guard ev != ew, index.groupOfVersion[v] != index.groupOfVersion[w],
                  Double(candidate.shared) >= 0.3 * Double(min(counts[v], counts[w])) else { continue }
            let kv = index.keys(of: v), kw = index.keys(of: w)
            guard let common = WordAlignment.commonLength(Array(kv), Array(kw)) else { continue }
            let coverage = Double(common) / Double(min(kv.count, kw.count))
            guard common >= 4, coverage >= 0.7 else { continue }
            let wv = state.words(v), ww = state.words(w)
            guard let difference = WordingDifference(wv, ww, places: places) else { continue }
            let a = state.representative(v), b = state.representative(w)
            let groups = [Int(index.groupOfVersion[v]), Int(index.groupOfVersion[w])].sorted()
            let key = "\(groups[0])-\(groups[1])"
            let opposed = difference.items.filter { $0.change != .name }
            if !opposed.isEmpty {
                let wordsA = opposed.map { wv.excerpt($0.a) }.joined(separator: " … ")
                let wordsB = opposed.map { ww.excerpt($0.b) }.joined(separator: " … ")
                state.add(.disputed, .init(claim: a, words: wordsA), .init(claim: b, words: wordsB), key: key) { [state = state.speakers] x, y in
                    "\(state.speaker(x.claim)) and \(state.speaker(y.claim)) disagree: “\(x.pick((wordsA, wordsB)))” / “\(y.pick((wordsA, wordsB)))”"
                }
                continue
            }
            let kinds = [state.claims[a].kind, state.claims[b].kind]
            guard coverage >= 0.8, common >= 6, difference.items.isEmpty, kinds.contains(.direct), !kinds.contains(.indirect) else { continue }
            state.add(.misattribution, .init(claim: a, words: state.claims[a].text), .init(claim: b, words: state.claims[b].text),
                      key: key) { [state = state.speakers] x, y in
                "same words given to \(state.speaker(x.claim)) and to \(state.speaker(y.claim))"
            }
        }
    }

    // MARK: Within an article

    func withinArticles(_ state: inout State) {
        var byArticle: [String: [Int]] = [:]
        for (c, claim) in state.claims.enumerated() {
            guard let article = claim.article, state.entities[state.entityOfClaim[c]].isIdentified else { continue }
            byArticle[article, default: []].append(c)
        }
        for article in byArticle.keys.sorted() {
            let members = Array(byArticle[article]!.prefix(articleLimit))
            guard Set(members.map { state.entityOfClaim[$0] }).count > 1 else { continue }
            let versions = members.map { Int(state.index.versionOfClaim[$0]) }
            let profiles = versions.map { state.index.stance(of: $0) }
            for i in members.indices {
                for j in (i + 1)..<members.count where state.entityOfClaim[members[i]] != state.entityOfClaim[members[j]] {
                    let flipped = profiles[i].opposition(profiles[j])
                    guard !flipped.isEmpty else { continue }
                    let a = members[i], b = members[j]
                    let ga = Int(state.index.groupOfVersion[versions[i]]), gb = Int(state.index.groupOfVersion[versions[j]])
                    let wordsA = ContradictionFinder.around(flipped, in: StatementWords(state.claims[a].text))
                    let wordsB = ContradictionFinder.around(flipped, in: StatementWords(state.claims[b].text))
                    state.add(.disputed, .init(claim: a, words: wordsA), .init(claim: b, words: wordsB),
                              key: "\(min(ga, gb))-\(max(ga, gb))") { [state = state.speakers] x, y in
                        "\(state.speaker(x.claim)) and \(state.speaker(y.claim)) disagree: “\(x.pick((wordsA, wordsB)))” / “\(y.pick((wordsA, wordsB)))”"
                    }
                }
            }
        }
    }

    // MARK: Helpers

    /// The words around the first of `stems` (stem hashes) in a statement, with the negation
    /// before it if any.
    static func around(_ stems: [UInt64], in words: StatementWords) -> String {
        guard let k = (0..<words.count).first(where: { words.stems[$0] != 0 && stems.contains(words.stems[$0]) }) else {
            return words.text
        }
        var start = max(0, k - 2)
        if let negation = (max(0, k - StanceProfile.scope - 1)..<k).last(where: { words.flags[$0].contains(.negation) }) {
            start = min(start, negation)
        }
        return words.excerpt(start..<min(words.count, k + 3))
    }

    /// Whether two places a statement was said in can be one: the same name (any case or
    /// diacritics), the same gazetteer place, or a country and a place in it.
    static func samePlace(_ a: String, _ b: String, places: (any PlaceLexicon)?) -> Bool {
        if PersonName.fold(a) == PersonName.fold(b) { return true }
        guard let x = places?.place(named: a), let y = places?.place(named: b) else { return false }
        if x == y { return true }
        return x.countryCode == y.countryCode && (x.kind == .country || y.kind == .country)
    }

    static func label(_ change: WordingDifference.Change) -> String {
        switch change {
        case .negation: "negation"
        case .figure: "figure"
        case .name: "name"
        }
    }

    /// The days a claim's date covers, as day numbers.
    static func dayRange(_ claim: Claim) -> ClosedRange<Int>? {
        guard let date = claim.when.date else { return nil }
        switch claim.when.precision ?? .day {
        case .day: return date.dayNumber...date.dayNumber
        case .week: return date.dayNumber...(date.dayNumber + 6)
        case .month: return date.dayNumber...(date.dayNumber + CalendarDate.daysIn(month: date.month, year: date.year) - 1)
        }
    }

    /// Whether two sets of reports date a statement to days that cannot be the same.
    static func daysDiffer(_ a: [Claim], _ b: [Claim]) -> Bool {
        let ra = a.compactMap(dayRange), rb = b.compactMap(dayRange)
        guard !ra.isEmpty, !rb.isEmpty else { return false }
        return !ra.contains { x in rb.contains { y in x.overlaps(y) } }
    }
}
