/// English function words: prepositions, conjunctions, determiners and pronouns.
///
/// They never belong to a speaker's description, so a scanner that collects modifiers
/// (`central bank governor`) stops at them (`after Moscow's defence minister`).
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
}
