/// English function words, for extraction and for the analysis.
///
/// Extraction: prepositions, conjunctions, determiners and pronouns never belong to a
/// speaker's description, so a scanner that collects modifiers (`central bank governor`) stops
/// at them (`after Moscow's defence minister`): `all`.
///
/// Analysis: negations flip what a statement says; stopwords (function words, reporting verbs
/// and a few adverbs) carry no topic of their own. Words are in the form `TextKey.words` gives
/// them: lower case, straight apostrophes.
enum FunctionWords {
    static let all: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "from", "by",
        "with", "without", "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite", "down", "during",
        "except", "following", "inside", "into", "like", "near", "off", "onto", "out", "outside", "over", "past",
        "since", "than", "through", "throughout", "till", "toward", "towards", "under", "underneath", "unlike",
        "until", "up", "upon", "via", "within", "although", "though", "because", "if", "unless", "when", "whenever",
        "where", "whereas", "wherever", "whether", "while", "whilst", "that", "which", "who", "whom", "whose", "what",
        "this", "these", "those", "it", "its", "he", "she", "they", "them", "him", "her", "his", "their", "we", "us",
        "our", "i", "me", "my", "you", "your", "there", "here", "not", "no", "any", "some", "all", "both", "each",
        "either", "neither", "such", "very", "too", "also", "just", "only", "even", "ago", "once", "then",
    ]

    static func contains(_ word: String) -> Bool { all.contains(word) }

    /// Words that negate the clause they stand in. Contractions (`isn't`, `can't`) are split
    /// into their verb and `not` before this list is consulted.
    static let negations: Set<String> = [
        "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "cannot",
    ]

    /// Words after `not` that make it part of a fixed phrase, not a negation
    /// (`not only … but also`, `not least`).
    static let negationBreakers: Set<String> = ["only", "just", "least", "merely", "simply", "necessarily"]

    /// Contractions whose verb part is not just the word minus `n't`.
    static let irregularNegatedVerbs: [String: String] = [
        "can't": "can", "won't": "will", "shan't": "shall", "ain't": "is", "cannot": "can",
    ]

    /// Words that open a noun phrase without adding to it; dropped from organisation names.
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those"]

    /// Function words: articles, pronouns, auxiliaries, prepositions, conjunctions, reporting
    /// verbs and a few adverbs. A statement's topic is what remains.
    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "of", "to", "in", "on",
        "at", "for", "with", "by", "from", "into", "onto", "about", "over", "under", "after", "before",
        "between", "through", "during", "without", "within", "against", "among", "upon", "up", "down",
        "out", "off", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
        "having", "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "ought", "that", "this", "these", "those", "there", "here", "it",
        "its", "it's", "they", "them", "their", "theirs", "he", "him", "his", "she", "her", "hers",
        "we", "us", "our", "ours", "i", "me", "my", "mine", "you", "your", "yours", "who", "whom",
        "whose", "which", "what", "when", "where", "why", "how", "all", "any", "some", "each",
        "every", "both", "either", "other", "another", "such", "own", "same", "also", "too", "very",
        "just", "only", "even", "still", "yet", "now", "right", "already", "again", "further",
        "more", "most", "much", "many", "few", "less", "least", "well", "said", "say", "says",
        "saying", "told", "tell", "tells", "added", "add", "adds", "adding", "according", "while",
        "whether", "because", "since", "until", "although", "though", "not", "no", "never", "none",
        "nor", "neither", "nothing", "nobody", "one", "first", "potentially", "currently", "really",
        "themselves", "itself", "himself", "herself", "ourselves", "myself", "yourself", "let",
        "get", "got", "going", "make", "made", "way", "like", "including", "via", "per", "however",
    ]
}

extension FunctionWords {
    /// `irregularNegatedVerbs` by `StatementWords.hash`, for lookups straight from bytes.
    static let irregularNegatedVerbKeys = KeyTable(irregularNegatedVerbs.map { (StatementWords.hash($0.key), Array($0.value.utf8)) },
                                                   merging: { a, _ in a })
}
