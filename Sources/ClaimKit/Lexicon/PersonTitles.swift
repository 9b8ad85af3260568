/// Words around a person's name that are not part of it: titles, honorifics, name particles
/// and generational suffixes.
///
/// Speaker names should come without titles, but extracted and hand-typed names do not always
/// (`Sen. John Smith`, `Foreign Minister Jane Doe`); identity across articles strips them.
enum PersonTitles {
    /// Titles and honorifics, lower case without the final `.`; a run of these (and of the words
    /// of the speaker's role) before a name is dropped.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain",
        "adm", "admiral", "cmdr", "commander", "sgt", "sergeant", "cpl", "corporal", "pvt", "private",
        "marshal", "brig", "brigadier",
        "rev", "reverend", "fr", "father", "rabbi", "imam", "bishop", "archbishop", "cardinal", "pope",
        "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
        "mayor", "judge", "justice", "attorney", "counsel", "commissioner", "inspector", "superintendent",
        "president", "vice", "prime", "minister", "secretary", "undersecretary", "chancellor",
        "premier", "chairman", "chairwoman", "chair", "chairperson", "chief", "director", "head",
        "ambassador", "envoy", "consul", "spokesman", "spokeswoman", "spokesperson", "deputy",
        "assistant", "acting", "former", "new", "then", "incoming", "outgoing", "foreign", "defence",
        "defense", "interior", "finance", "home", "state", "health", "trade", "economy", "justice",
        "education", "energy", "environment", "labour", "labor", "treasury", "transport", "culture",
        "king", "queen", "prince", "princess", "crown", "emperor", "sultan", "sheikh", "emir", "shah",
        "ayatollah", "mullah", "pastor", "dean", "provost", "ceo", "cfo", "coo", "founder",
        "executive", "officer", "leader", "opposition", "party", "speaker", "whip", "majority",
        "minority", "general-secretary", "secretary-general", "vice-president", "prime-minister",
        "the", "of", "and", "u.s.", "us", "uk", "un", "eu",
    ]

    /// Lower-case particles that belong to a surname (`van der`, `al-`), not to the given names.
    static let particles: Set<String> = [
        "al", "el", "bin", "ibn", "abu", "van", "von", "der", "den", "de", "del", "della", "di", "da",
        "du", "la", "le", "dos", "das", "ter", "ten", "zu", "af", "av", "op", "st",
    ]

    /// Generational and degree suffixes after a surname.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq", "qc", "kc", "mp"]

    /// Words that stand for a person without naming one: an unresolved mention stays apart.
    static let pronouns: Set<String> = [
        "he", "she", "they", "him", "her", "them", "it", "i", "we", "you", "his", "hers", "their",
        "who", "someone", "somebody", "one",
    ]
}
