/// Titles, role nouns and other words that describe rather than name a speaker.
///
/// A generic lexicon of newsroom English. Titles are stripped from names into `role`
/// (`Defence Minister Jane Doe` → name `Jane Doe`, role `Defence Minister`); role nouns head
/// descriptions of speakers (`the former official`, `a spokesman`); group nouns make a plural
/// speaker (`officials said`); organisation nouns make an institutional one (`the ministry said`).
enum Titles {
    /// Honorifics and abbreviated ranks that precede a name.
    static let honorifics: WordSet = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord",
        "lady", "shri", "sri", "smt", "smt.", "gen", "gen.", "lt", "lt.", "col", "col.", "maj", "maj.", "capt", "capt.", "sgt", "sgt.",
        "adm", "adm.", "cmdr", "cmdr.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "rev", "rev.", "fr",
        "fr.", "hon", "rt", "sheikh", "prince", "princess", "king", "queen", "pope", "cardinal", "bishop",
        "rabbi", "imam", "mayor", "judge", "justice", "chancellor", "president", "premier", "senator",
        "congressman", "congresswoman", "governor", "general", "admiral", "colonel", "major", "captain",
        "lieutenant", "sergeant", "commander", "ambassador", "minister", "secretary", "prime", "vice",
        "deputy", "acting", "interim", "former", "foreign", "defence", "defense", "finance", "interior",
        "chief", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson",
        "envoy", "leader", "head", "speaker", "attorney", "counsel", "treasurer", "commissioner",
        "secretary-general", "general-secretary", "under-secretary", "undersecretary", "emir", "ayatollah",
        "state", "top", "senior", "new", "house", "majority", "minority",
        "opposition", "party", "executive", "officer", "ceo", "cfo", "founder", "co-founder", "coach",
        "manager", "economist", "analyst", "professor", "doctor", "dean", "superintendent", "inspector",
        "detective", "constable", "sheriff", "marshal", "prosecutor", "lawyer", "solicitor", "barrister",
        "adviser", "advisor", "aide", "diplomat", "negotiator", "mp", "mep", "mla", "delegate", "cllr", "cllr.",
        "councillor", "councilor", "alderman", "assemblyman", "assemblywoman", "msp", "baroness", "baron", "earl",
        "representative", "press", "communications", "national", "security", "foreign-policy", "health",
        "trade", "economy", "economic", "justice", "education", "energy", "environment", "transport",
        "home", "culture", "labour", "labor", "agriculture", "army", "navy", "air", "force", "staff",
        "joint", "chiefs", "intelligence", "pentagon", "white", "kremlin", "cabinet", "general's",
    ]

    /// The sex an honorific implies, for pronouns that refer back to the person.
    static let honorificGender: WordTable<Bool> = [
        "mr": true, "mr.": true, "sir": true, "lord": true, "king": true, "prince": true, "father": true, "fr.": true,
        "mrs": false, "mrs.": false, "ms": false, "ms.": false, "miss": false, "dame": false, "lady": false,
        "queen": false, "princess": false, "baroness": false, "sister": false, "mme": false, "madam": false,
    ]

    /// Courtesy titles: stripped from names and never a role.
    static let courtesy: WordSet = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "messrs", "mme", "m.", "shri", "sri",
        "smt", "smt.", "shrimati", "kumari", "dato", "datuk", "tan", "pak", "bu", "haji", "hajjah", "mx", "mx.",
    ]

    /// Letters after a name (`Jane Doe KC`, `John Smith Jr.`): not part of the name.
    static let postNominals: WordSet = [
        "kc", "qc", "mp", "mep", "msp", "ms", "mla", "td", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "md",
        "obe", "mbe", "cbe", "kbe", "dbe", "frs", "esq", "esq.", "sc", "jp",
    ]

    /// Nouns that head a description of a person who speaks.
    static let personRoles: WordSet = [
        "official", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president",
        "chief", "envoy", "ambassador", "diplomat", "general", "adviser", "advisor", "aide", "leader",
        "chairman", "chairwoman", "chair", "director", "commander", "officer", "source", "analyst",
        "expert", "lawmaker", "senator", "governor", "mayor", "premier", "chancellor", "king", "queen",
        "prince", "negotiator", "prosecutor", "lawyer", "judge", "executive", "ceo", "founder",
        "economist", "professor", "researcher", "scientist", "witness", "resident", "activist",
        "candidate", "representative", "congressman", "congresswoman", "head", "deputy", "counterpart",
        "man", "woman", "doctor", "nurse", "teacher", "student", "worker", "owner", "manager", "coach",
        "player", "captain", "admiral", "colonel", "sergeant", "inspector", "commissioner", "speaker",
        "emir", "sheikh", "pope", "cardinal", "bishop", "priest", "rabbi", "imam", "monarch", "ruler",
        "dictator", "strongman", "premier", "legislator", "politician", "campaigner", "organiser", "person",
        "organizer", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
        "friend", "neighbour", "neighbor", "victim", "survivor", "insider", "member", "delegate", "mp",
        "ally", "critic", "supporter", "opponent", "rival", "partner", "investor", "banker", "trader",
        "homeowner", "farmer", "driver", "shopkeeper", "fisherman", "ranger", "forecaster", "meteorologist",
        "epidemiologist", "spokesperson", "manager", "coach", "striker", "midfielder", "defender", "goalkeeper",
        "captain", "referee", "chemist", "physician", "surgeon", "engineer", "architect", "consultant", "volunteer",
        "rescuer", "firefighter", "paramedic", "officer", "constable", "detective", "juror", "defendant", "plaintiff",
        "claimant", "bondholder", "shareholder", "customer", "passenger", "commuter", "tourist", "visitor", "mourner",
        "colleague", "neighbour", "neighbor", "relative", "cousin", "uncle", "aunt", "grandmother", "grandfather",
        "strategist", "veteran", "soldier", "pilot", "journalist", "reporter", "editor", "author",
        "historian", "observer", "monitor", "militant", "rebel", "protester", "demonstrator",
    ]

    /// Plural nouns that make a group of speakers.
    static let groupNouns: WordSet = [
        "officials", "sources", "analysts", "experts", "diplomats", "lawmakers", "legislators",
        "senators", "residents", "witnesses", "activists", "authorities", "agencies", "investigators",
        "prosecutors", "police", "researchers", "scientists", "economists", "leaders", "ministers",
        "spokesmen", "aides", "advisers", "advisors", "officers", "commanders", "critics", "supporters",
        "opponents", "protesters", "demonstrators", "rebels", "militants", "observers", "monitors",
        "doctors", "medics", "people", "members", "insiders", "allies", "governments", "negotiators",
        "traders", "investors", "campaigners", "organisers", "organizers", "parents", "students",
        "workers", "unions", "families", "relatives", "neighbours", "neighbors", "survivors", "victims",
        "veterans", "soldiers", "troops", "forces", "journalists", "reporters", "editors", "historians",
        "jurors", "jury", "homeowners", "fans", "players", "shareholders", "customers", "passengers", "voters",
    ]

    /// Nouns that head an institution which speaks.
    static let organisationNouns: WordSet = [
        "ministry", "department", "government", "administration", "agency", "office", "council",
        "committee", "commission", "company", "firm", "group", "army", "military", "navy", "police",
        "court", "parliament", "congress", "senate", "cabinet", "embassy", "mission", "statement",
        "spokesman's", "bank", "union", "party", "campaign", "alliance", "coalition", "organisation",
        "organization", "foundation", "institute", "university", "school", "hospital", "service",
        "board", "authority", "regulator", "watchdog", "prosecutor's", "team", "club", "league",
        "federation", "association", "corporation", "bureau", "secretariat", "presidency", "palace",
        "kremlin", "pentagon", "regime", "junta", "command", "headquarters", "newspaper", "paper",
        "broadcaster", "network", "channel", "website", "report", "study", "survey", "poll", "document",
        "letter", "memo", "filing", "lawsuit", "complaint", "indictment", "communique", "communiqué",
        "declaration", "resolution", "tribunal", "inquiry", "investigation", "review", "agency's",
        "figures", "data", "statistics", "estimates", "records", "documents", "filings", "analysis",
    ]

    /// Last words of company and institution names (`Acme Energy`, `Northern Rail Holdings`).
    static let organisationSuffixes: WordSet = [
        "energy", "group", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "co", "co.",
        "company", "bank", "holdings", "industries", "motors", "airlines", "airways", "partners", "capital",
        "systems", "technologies", "technology", "media", "foundation", "institute", "university", "college",
        "association", "federation", "union", "council", "committee", "commission", "agency", "authority",
        "office", "ministry", "department", "party", "network", "news", "times", "post", "journal", "press",
        "telegraph", "guardian", "tribune", "herald", "insurance", "pharmaceuticals", "labs", "laboratories",
        "resources", "mining", "oil", "gas", "power", "electric", "solutions", "services", "international",
        "global", "fund", "trust", "society", "club", "league", "institution", "organisation", "organization",
        "board", "bureau", "court", "police", "army", "navy", "force", "forces", "service", "hospital", "school",
        "church", "alliance", "coalition", "front", "movement", "brigade", "brigades", "army", "guard",
    ]

    /// Documents that speak for their authors (`according to a statement from the ministry`).
    static let documentNouns: WordSet = [
        "statement", "report", "study", "survey", "poll", "document", "documents", "letter", "memo", "filing",
        "filings", "figures", "data", "statistics", "estimates", "records", "report's", "analysis", "review",
        "assessment", "release", "communique", "transcript", "indictment", "complaint", "lawsuit", "ruling",
    ]

    /// Pronouns that may stand for a speaker, with the gender they imply.
    static let pronouns: WordTable<Bool?> = [
        "he": true, "she": false, "they": nil, "it": nil, "we": nil, "i": nil,
    ]

    /// Words that end a name when scanning a run of capitalised words (sentence openers and
    /// words capitalised for other reasons).
    static let notNames: WordSet = [
        "the", "a", "an", "but", "and", "or", "if", "when", "while", "as", "in", "on", "at", "for",
        "with", "after", "before", "since", "although", "though", "however", "meanwhile", "also",
        "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "its", "our", "my", "your", "there", "here", "asked", "speaking", "quoted", "according",
        "currently", "elsewhere", "understandably", "unusually", "even", "still", "yet", "so", "then",
        "prior", "one", "two", "three", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december",
    ]
}
