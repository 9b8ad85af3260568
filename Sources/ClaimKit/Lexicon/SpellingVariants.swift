/// British and American spellings of the same word, folded to one form for matching.
///
/// Two outlets quoting the same words in their own house style (`defence`, `defense`;
/// `organisation`, `organization`) have not changed what was said. A short explicit list plus
/// two guarded rules (`-our` → `-or`, `-ise` → `-ize`), each with its exceptions.
enum SpellingVariants {
    static let explicit: [String: String] = [
        "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
        "licence": "license", "licences": "licenses", "pretence": "pretense",
        "centre": "center", "centres": "centers", "theatre": "theater", "theatres": "theaters",
        "metre": "meter", "metres": "meters", "litre": "liter", "litres": "liters", "fibre": "fiber",
        "calibre": "caliber", "sombre": "somber", "spectre": "specter", "programme": "program",
        "programmes": "programs", "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing",
        "paralyse": "paralyze", "paralysed": "paralyzed", "catalyse": "catalyze",
        "travelled": "traveled", "travelling": "traveling", "traveller": "traveler",
        "travellers": "travelers", "cancelled": "canceled", "cancelling": "canceling",
        "modelled": "modeled", "modelling": "modeling", "labelled": "labeled", "labelling": "labeling",
        "fuelled": "fueled", "fuelling": "fueling", "signalled": "signaled", "signalling": "signaling",
        "counselling": "counseling", "counsellor": "counselor", "levelled": "leveled",
        "channelled": "channeled", "totalled": "totaled", "equalled": "equaled", "marshalled": "marshaled",
        "jewellery": "jewelry", "sceptical": "skeptical", "sceptic": "skeptic", "sceptics": "skeptics",
        "scepticism": "skepticism", "ageing": "aging", "judgement": "judgment", "judgements": "judgments",
        "grey": "gray", "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "tyre": "tire", "tyres": "tires",
        "cheque": "check", "cheques": "checks", "aluminium": "aluminum", "whilst": "while",
        "amongst": "among", "enrol": "enroll", "fulfil": "fulfill", "instalment": "installment",
        "plough": "plow", "storey": "story", "draught": "draft", "mould": "mold", "moult": "molt",
        "paediatric": "pediatric", "anaemia": "anemia", "oestrogen": "estrogen", "foetus": "fetus",
    ]

    /// Words ending in `-our` that are the same in both spellings.
    static let ourExceptions: Set<String> = [
        "devour", "contour", "detour", "velour", "paramour", "troubadour", "glamour", "amour", "dour",
    ]

    /// Words with `-ise` that never take `-ize`.
    static let iseExceptions: Set<String> = [
        "advertise", "advise", "apprise", "chastise", "circumcise", "comprise", "compromise", "concise",
        "demise", "despise", "devise", "disguise", "enterprise", "excise", "exercise", "expertise",
        "franchise", "improvise", "incise", "merchandise", "otherwise", "precise", "premise", "promise",
        "revise", "supervise", "surmise", "surprise", "televise", "treatise", "likewise", "clockwise",
        "noise", "poise", "raise", "praise", "arise", "braise", "cruise", "bruise", "chemise", "paradise",
        "reprise", "valise", "sunrise", "tortoise", "porpoise", "mortise", "anticlockwise", "counterclockwise", "wise", "rise", "guise", "mise",
    ]

    /// The American form of `word` (lower case), or `word` itself.
    static func folded(_ word: String) -> String {
        var out: [UInt8] = []
        Array(word.utf8).withUnsafeBufferPointer { _ = fold($0, key: StatementWords.hash($0), into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the American form of the lower-case UTF-8 `word` (whose `StatementWords.hash`
    /// is `key`) to `out`; returns whether that form differs from `word`.
    @discardableResult
    static func fold(_ word: UnsafeBufferPointer<UInt8>, key: UInt64, into out: inout [UInt8]) -> Bool {
        let count = word.count
        // A possessive folds its noun (`organisation's` → `organization's`).
        if count > 6, word[count - 2] == 0x27, word[count - 1] == UInt8(ascii: "s") {
            let noun = UnsafeBufferPointer(rebasing: word[..<(count - 2)])
            let changed = fold(noun, key: StatementWords.hash(noun), into: &out)
            out += [0x27, UInt8(ascii: "s")]
            return changed
        }
        if count >= 4, let hit = explicitKeys[key] {
            out += hit
            return true
        }
        if count >= 6 {
            // -our(s|ed|ing|er|ers|ite|ites|able|ably|ful|less) → -or…
            if let position = lastOur(word), position >= 3, word[position - 1] != UInt8(ascii: "o"),
               count - position - 3 <= 4 {
                let tail = word[(position + 3)...]
                if ourEndingKeys.contains(StatementWords.hash(tail)),
                   !ourExceptionKeys.contains(StatementWords.hash(word[..<(position + 3)])) {
                    out += word[..<position]
                    out += [UInt8(ascii: "o"), UInt8(ascii: "r")]
                    out += tail
                    return true
                }
            }
            // -ise / -ised / -ises / -ising / -isation(s) → -ize…
            if word.contains(UInt8(ascii: "s")) {
                for (british, american) in iseEndingBytes where count >= british.count + 4 {
                    guard word[(count - british.count)...].elementsEqual(british) else { continue }
                    let stem = word[..<(count - british.count)]
                    if stem.last == UInt8(ascii: "w") || iseExceptionKeys.contains(StatementWords.hash(Array(stem) + Array("ise".utf8))) {
                        break
                    }
                    out += stem
                    out += american
                    return true
                }
            }
        }
        out += word
        return false
    }

    static let explicitKeys = KeyTable(explicit.map { (StatementWords.hash($0.key), Array($0.value.utf8)) }, merging: { a, _ in a })
    static let ourExceptionKeys: Set<UInt64> = Set(ourExceptions.map(StatementWords.hash))
    static let iseExceptionKeys: Set<UInt64> = Set(iseExceptions.map(StatementWords.hash))
    static let ourEndingKeys: Set<UInt64> = Set(["", "s", "ed", "ing", "er", "ers", "ite", "ites", "able", "ably", "ful", "less"]
        .map(StatementWords.hash))
    static let iseEndingBytes: [([UInt8], [UInt8])] = [("isations", "izations"), ("isation", "ization"), ("ising", "izing"),
                                                       ("ised", "ized"), ("ises", "izes"), ("ise", "ize")]
        .map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The offset of the last `our` in `word`, or `nil`.
    static func lastOur(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard word.count >= 3 else { return nil }
        for i in stride(from: word.count - 3, through: 0, by: -1)
        where word[i] == UInt8(ascii: "o") && word[i + 1] == UInt8(ascii: "u") && word[i + 2] == UInt8(ascii: "r") {
            return i
        }
        return nil
    }
}
