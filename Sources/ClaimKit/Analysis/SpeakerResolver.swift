/// Decides which claims, across articles, have the same speaker.
///
/// People match on surname plus compatible given names (`Jim` ~ `James` from the given-name
/// lexicon, an initial matches its name); two full names whose given names clash are two
/// people, whatever they share. A bare surname joins the one full-name person with that surname;
/// when there are several, the speaker's role or the article that names one of them decides,
/// and otherwise it stays apart as an unidentified speaker. Organisations and groups match on
/// `OrganisationName.key`. Pronouns, anonymous sources and unknown speakers match only within
/// their own article. Work is per distinct speaker signature, not per claim.
public struct SpeakerResolver: Sendable {
    /// Given-name variants (`GivenNames()` from the lexicon).
    public var givenNames: any GivenNameMatching
    /// Nationality words and places (`Gazetteer()` from the lexicon).
    public var places: any PlaceLexicon

    public init(givenNames: any GivenNameMatching, places: any PlaceLexicon) {
        self.givenNames = givenNames
        self.places = places
    }

    /// The entities, and for each claim the index of its speaker's entity.
    public func resolve(_ claims: [Claim]) -> (entities: [SpeakerEntity], entityOfClaim: [Int]) {
        // 1. Distinct signatures. Bare surnames and unidentified speakers keep their article.
        var signatureIndex: [Signature: Int] = [:]
        var signatures: [Signature] = []
        var claimCount: [Int] = []
        var signatureOfClaim = [Int](repeating: 0, count: claims.count)
        var parsed: [PersonName?] = []
        for (c, claim) in claims.enumerated() {
            let speaker = claim.speaker
            var signature = Signature(kind: speaker.type, name: speaker.name, role: speaker.role, article: nil)
            var person: PersonName?
            switch speaker.type {
            case .person:
                person = PersonName(speaker.name, role: speaker.role, places: places)
                if person == nil || person!.isBare { signature.article = claim.article ?? "" }
            case .organisation, .group:
                break
            case .anonymous, .unknown:
                signature.article = claim.article ?? ""
            }
            if let index = signatureIndex[signature] {
                signatureOfClaim[c] = index
                claimCount[index] += 1
            } else {
                signatureIndex[signature] = signatures.count
                signatureOfClaim[c] = signatures.count
                signatures.append(signature)
                claimCount.append(1)
                parsed.append(person)
            }
        }

        // 2. Signatures to entities.
        var builder = EntityBuilder()
        var entityOfSignature = [Int](repeating: -1, count: signatures.count)
        var surnames: [String: [Int]] = [:]
        var organisations: [String: Int] = [:]
        var local: [String: Int] = [:]
        for (s, signature) in signatures.enumerated() {
            switch signature.kind {
            case .person:
                if let name = parsed[s] {
                    surnames[name.surnameKey, default: []].append(s)
                } else {
                    let key = "\(signature.article ?? "")\u{1F}\(signature.name.lowercased())"
                    entityOfSignature[s] = local[key] ?? builder.add(kind: .unknown, identified: false)
                    local[key] = entityOfSignature[s]
                }
            case .organisation, .group:
                let key = OrganisationName.key(signature.name, places: places)
                if key.isEmpty {
                    entityOfSignature[s] = builder.add(kind: signature.kind, identified: false)
                } else {
                    entityOfSignature[s] = organisations[key] ?? builder.add(kind: signature.kind, identified: true)
                    organisations[key] = entityOfSignature[s]
                }
            case .anonymous, .unknown:
                let key = "\(signature.article ?? "")\u{1F}\(signature.kind.rawValue)\u{1F}\(signature.name.lowercased())"
                entityOfSignature[s] = local[key] ?? builder.add(kind: signature.kind, identified: false)
                local[key] = entityOfSignature[s]
            }
        }
        // Which articles each full-name person signature appears in, for bare surnames that
        // several people share (built once, as hashed pairs).
        var seenIn: Set<UInt64> = []
        for (c, claim) in claims.enumerated() {
            let s = signatureOfClaim[c]
            if let name = parsed[s], !name.isBare, let article = claim.article {
                seenIn.insert(StatementWords.combine(UInt64(s), StatementWords.hash(article)))
            }
        }
        var memo = CompatibilityMemo(names: givenNames)
        for surname in surnames.keys.sorted() {
            resolvePeople(surnames[surname]!, signatures: signatures, parsed: parsed, claimCount: claimCount,
                          seenIn: seenIn, memo: &memo, into: &entityOfSignature, builder: &builder)
        }

        // 3. Names, roles and display names.
        var nameCounts = [[String: Int]](repeating: [:], count: builder.kinds.count)
        var roles = [Set<String>](repeating: [], count: builder.kinds.count)
        for (s, signature) in signatures.enumerated() {
            let e = entityOfSignature[s]
            let shown = parsed[s].map { $0.isBare ? signature.name : $0.display } ?? signature.name
            nameCounts[e][shown, default: 0] += claimCount[s]
            if let role = signature.role { roles[e].insert(role) }
        }
        let entities = builder.kinds.indices.map { e in
            let counts = nameCounts[e]
            // Most used full name first; then the longest; then alphabetical.
            let name = counts.keys.max { a, b in
                let fa = a.contains(" "), fb = b.contains(" ")
                if fa != fb { return !fa }
                if counts[a]! != counts[b]! { return counts[a]! < counts[b]! }
                if a.count != b.count { return a.count < b.count }
                return a > b
            } ?? ""
            return SpeakerEntity(name: name, kind: builder.kinds[e], names: counts.keys.sorted(),
                                 roles: roles[e].sorted(), isIdentified: builder.identified[e])
        }
        return (entities, signatureOfClaim.map { entityOfSignature[$0] })
    }

    /// Clusters the people who share one surname key.
    ///
    /// Distinct given-name forms are clustered, not signatures, so the work per surname grows
    /// with the number of different first names, and each pair is checked once.
    func resolvePeople(_ members: [Int], signatures: [Signature], parsed: [PersonName?], claimCount: [Int],
                       seenIn: Set<UInt64>, memo: inout CompatibilityMemo, into entityOfSignature: inout [Int],
                       builder: inout EntityBuilder) {
        var formCount: [PersonName.GivenForm: Int] = [:]
        var bare: [Int] = []
        for s in members {
            let name = parsed[s]!
            if name.isBare { bare.append(s) } else { formCount[name.form, default: 0] += claimCount[s] }
        }
        // Most used (then fullest, then alphabetical) forms first: they seed the clusters.
        let forms = formCount.keys.sorted {
            (formCount[$0]!, $0.middle.count, $0.first.count, $1.first, $1.middle) > (formCount[$1]!, $1.middle.count, $1.first.count, $0.first, $0.middle)
        }
        var clusters: [[PersonName.GivenForm]] = []
        var clusterOfForm: [PersonName.GivenForm: Int] = [:]
        for form in forms {
            if let k = clusters.firstIndex(where: { $0.allSatisfy { memo.compatible($0, form) } }) {
                clusters[k].append(form)
                clusterOfForm[form] = k
            } else {
                clusterOfForm[form] = clusters.count
                clusters.append([form])
            }
        }
        let clusterEntity = clusters.map { _ in builder.add(kind: .person, identified: true) }
        var clusterMembers = [[Int]](repeating: [], count: clusters.count)
        for s in members where !parsed[s]!.isBare {
            let k = clusterOfForm[parsed[s]!.form]!
            entityOfSignature[s] = clusterEntity[k]
            clusterMembers[k].append(s)
        }
        guard !bare.isEmpty else { return }
        if clusters.count == 1 {
            for s in bare { entityOfSignature[s] = clusterEntity[0] }
            return
        }
        if clusters.isEmpty {
            // Only the surname is known, everywhere: the one person known by it.
            let entity = builder.add(kind: .person, identified: true)
            for s in bare { entityOfSignature[s] = entity }
            return
        }
        // Several people share the surname: the role, then the article, may single one out.
        let clusterRoles = clusterMembers.map { Set($0.compactMap { signatures[$0].role }) }
        var ambiguous: Int?
        for s in bare.sorted(by: { (signatures[$0].article ?? "", signatures[$0].name) < (signatures[$1].article ?? "", signatures[$1].name) }) {
            let signature = signatures[s]
            var candidates = Array(clusters.indices)
            if let role = signature.role {
                let byRole = candidates.filter { k in clusterRoles[k].contains { SpeakerResolver.rolesMatch($0, role, places: places) } }
                if byRole.count == 1 { candidates = byRole }
            }
            if candidates.count > 1, let article = signature.article {
                let key = StatementWords.hash(article)
                let byArticle = candidates.filter { k in clusterMembers[k].contains { seenIn.contains(StatementWords.combine(UInt64($0), key)) } }
                if byArticle.count == 1 { candidates = byArticle }
            }
            if candidates.count == 1 {
                entityOfSignature[s] = clusterEntity[candidates[0]]
            } else {
                // No telling which: one unidentified speaker for the surname, apart from all.
                if ambiguous == nil { ambiguous = builder.add(kind: .person, identified: false) }
                entityOfSignature[s] = ambiguous!
            }
        }
    }

    /// Whether two roles can describe the same post: one's words, as an organisation key,
    /// contain the other's (`defence minister` and `French Minister of Defence`).
    static func rolesMatch(_ a: String, _ b: String, places: (any PlaceLexicon)?) -> Bool {
        let x = OrganisationName.key(a, places: places).split(separator: " ")
        let y = OrganisationName.key(b, places: places).split(separator: " ")
        guard !x.isEmpty, !y.isEmpty else { return false }
        let sx = Set(x), sy = Set(y)
        return sx.isSubset(of: sy) || sy.isSubset(of: sx)
    }

    /// What identifies a speaker before matching: kind, name and role, and the article for
    /// speakers that only their own article can resolve.
    struct Signature: Hashable {
        var kind: Speaker.Kind
        var name: String
        var role: String?
        var article: String?
    }

    /// Given-name forms already compared in this run: many surnames share first names, and the
    /// lexicon's answer for a pair does not change. Local to one `resolve` call.
    struct CompatibilityMemo {
        let names: any GivenNameMatching
        var answers: [UInt64: Bool] = [:]

        mutating func compatible(_ a: PersonName.GivenForm, _ b: PersonName.GivenForm) -> Bool {
            let (x, y) = a.first <= b.first ? (a, b) : (b, a)
            let key = StatementWords.combine(StatementWords.combine(StatementWords.hash(x.first), StatementWords.hash(y.first)),
                                             StatementWords.combine(StatementWords.hash(x.middle), StatementWords.hash(y.middle)))
            if let known = answers[key] { return known }
            let answer = a.isCompatible(with: b, names: names)
            answers[key] = answer
            return answer
        }
    }

    /// Allocates entity indices.
    struct EntityBuilder {
        var kinds: [Speaker.Kind] = []
        var identified: [Bool] = []
        mutating func add(kind: Speaker.Kind, identified: Bool) -> Int {
            kinds.append(kind)
            self.identified.append(identified)
            return kinds.count - 1
        }
    }
}
