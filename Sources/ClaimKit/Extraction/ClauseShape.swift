/// Cheap tests of whether a stretch of tokens reads as a clause.
///
/// Reported speech without `that` must be a clause with a verb (`the plan would work`), not an
/// object (`added a chapter`); it must not open with a verb (`claims rose sharply`, where the
/// "cue" was a noun). Without a part-of-speech tagger, auxiliaries, modals, negations and
/// past-tense endings, plus a list of common verbs, are evidence enough and fast to check.
enum ClauseShape {
    static let verbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
        "will", "would", "could", "can", "should", "shall", "may", "might", "must", "did", "does", "do",
        "want", "wants", "need", "needs", "think", "thinks", "believe", "believes", "know", "knows",
        "plan", "plans", "see", "sees", "remain", "remains", "continue", "continues", "support",
        "supports", "oppose", "opposes", "intend", "intends", "hope", "hopes", "expect", "expects",
        "seem", "seems", "appear", "appears", "mean", "means", "make", "makes", "take", "takes",
        "go", "goes", "come", "comes", "get", "gets", "give", "gives", "stand", "stands", "face",
        "faces", "lie", "lies", "belong", "belongs", "deserve", "deserves", "agree", "agrees",
        "feel", "feels", "look", "looks", "work", "works", "exist", "exists", "matter", "matters",
        "rose", "fell", "went", "came", "took", "made", "gave", "grew", "saw", "became", "began",
        "ran", "left", "won", "lost", "hit", "cut", "set", "put", "kept", "held", "told", "said",
        "thought", "knew", "felt", "brought", "bought", "sought", "taught", "fought", "meant",
        "spent", "sent", "built", "paid", "led", "met", "stood", "understood", "wrote", "spoke",
        "broke", "chose", "drove", "rode", "froze", "stole", "woke", "bore", "swore", "tore",
        "wore", "shot", "fled", "fed", "bled", "read", "let", "quit", "hurt", "cost", "shut",
        "spread", "struck", "stuck", "hung", "swung", "sang", "rang", "sank", "drank", "shrank",
        "forgot", "got", "sat", "lay", "dealt", "slept", "wept", "swept", "crept", "leapt",
        "stay", "stays", "become", "becomes", "hold", "holds", "keep", "keeps", "lead", "leads",
        "try", "tries", "help", "helps", "allow", "allows", "require", "requires", "include", "includes",
        "play", "plays", "pose", "poses", "threaten", "threatens", "risk", "risks", "hate", "hates",
        "like", "likes", "love", "loves", "fear", "fears", "rule", "rules", "win", "wins", "lose", "loses",
        // Irregular past tenses and participles not ending in -ed.
        "found", "done", "gone", "seen", "taken", "given", "known", "shown", "grown", "thrown", "drawn", "flown",
        "written", "spoken", "broken", "chosen", "driven", "ridden", "risen", "fallen", "forgotten", "gotten",
        "eaten", "beaten", "hidden", "bitten", "proven", "sworn", "torn", "worn", "born", "borne", "begun",
        "run", "come", "become", "sung", "rung", "sunk", "drunk", "shrunk", "won", "spun", "stung", "swum",
        "dug", "fed", "fled", "bred", "sped", "slid", "hid", "bit", "lit", "sat", "spat", "split", "bet", "bid",
        "burst", "cast", "shed", "spent", "lent", "bent", "dealt", "felt", "knelt", "dwelt", "spelt", "smelt",
        "burnt", "learnt", "meant", "slept", "kept", "swept", "wept", "crept", "leapt", "left", "lost",
        "caught", "fought", "bought", "brought", "sought", "taught", "thought", "heard", "held", "laid", "paid",
        "said", "sold", "told", "stood", "understood", "withdrew", "withdrawn", "overtook", "undertook",
        "shook", "forbade", "forgave", "forgiven", "froze", "frozen", "hung", "led", "met", "mistook", "overcame",
        "rebuilt", "rode", "rose", "sank", "saw", "shone", "shot", "slew", "spoke", "stole", "stolen", "strove",
        "struck", "swore", "threw", "took", "wore", "woke", "woken", "wound", "wrote", "ate", "blew", "blown",
        "drew", "drove", "flew", "grew", "knew", "began", "rang", "sang", "swam", "bore", "tore", "beat",
        // Common present forms.
        "finds", "shows", "says", "tells", "gets", "goes", "does", "has", "seeks", "calls", "argues", "warns",
        "suggests", "shows", "proves", "adds", "cuts", "costs", "hits", "puts", "sets", "runs", "falls", "rises",
        "grows", "knows", "thinks", "feels", "sees", "owes", "owns", "pays", "plays", "lacks", "poses",
    ]

    static func isVerbish(_ t: Token) -> Bool {
        guard t.kind == .word, t.depth == 0 else { return false }
        let w = t.lower
        if verbs.contains(w) || w.hasSuffix("n't") || w.hasSuffix("'ll") || w.hasSuffix("'d") || w.hasSuffix("'re")
            || w.hasSuffix("'ve") || w.hasSuffix("'s") && !t.isCapitalized && Titles.pronouns[String(w.dropLast(2))] != nil { return true }
        return !t.isCapitalized && w.count > 4 && w.hasSuffix("ed") && !w.contains("-")
    }

    /// The content holds something verb-like within its first dozen words, or a quotation.
    static func hasVerb(_ tokens: [Token], _ content: Range<Int>) -> Bool {
        for k in content.prefix(30) {
            // A verb after "as", "after", "when" belongs to the reporter's context, not the statement.
            if ["as", "after", "when", "while", "because", "before", "until", "since"].contains(tokens[k].lower) { return false }
            if isVerbish(tokens[k]) { return true }
            if tokens[k].depth > 0 { return true }   // a quoted fragment carries the statement
        }
        return false
    }

    /// The content opens with a finite verb: the cue was a noun ("insurance claims rose").
    static func startsWithVerb(_ tokens: [Token], _ content: Range<Int>) -> Bool {
        guard let first = content.first else { return false }
        let t = tokens[first]
        guard t.kind == .word, !t.isCapitalized else { return false }
        let w = t.lower
        if ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should",
            "may", "might", "must", "did", "does", "do"].contains(w) { return true }
        return verbs.contains(w) && !["plan", "support", "hope", "need", "work", "fear", "rule", "face", "lead", "help", "cost", "cut", "set", "put", "hit", "read", "let", "like", "love", "risk", "win", "play", "want", "stay", "keep", "hold"].contains(w)
            || (w.count > 4 && w.hasSuffix("ed") && !w.contains("-"))
    }

    /// `warned X that …`, `warned X against …`, `urged X to …`: a complement within a few words.
    static func hasWarningComplement(_ tokens: [Token], _ content: Range<Int>) -> Bool {
        for k in content.prefix(6) {
            let w = tokens[k].lower
            if ["that", "against", "of", "about", "to", "not"].contains(w) { return true }
            if FunctionWords.contains(w), !["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "us", "them", "him"].contains(w) { return false }
        }
        return false
    }
}
