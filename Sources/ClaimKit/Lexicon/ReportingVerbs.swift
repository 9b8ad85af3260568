/// Reporting verbs and phrases: the cue lexicon that attribution hangs on.
///
/// Generic English, American and British spellings. Each line lists a verb's forms: base,
/// third person, past, past participle, present participle. Kept as data so a reviewer can
/// add a verb without touching the scanner.
enum ReportingVerbs {
    /// How a verb relates to its speaker and what follows it.
    enum Frame: Sendable {
        /// `X said (that) …`
        case clause
        /// `X told reporters (that) …`: an addressee comes first.
        case addressee
        /// `X called for …`, `X accused Y of …`, `X urged Y to …`: what follows is the content as is.
        case object
    }

    static let clauseVerbs = """
    say says said said saying
    ask asks asked asked asking
    opine opines opined opined opining
    accept accepts accepted accepted accepting
    laugh laughs laughed laughed laughing
    sigh sighs sighed sighed sighing
    smile smiles smiled smiled smiling
    chuckle chuckles chuckled chuckled chuckling
    grin grins grinned grinned grinning
    shrug shrugs shrugged shrugged shrugging
    add adds added added adding
    warn warns warned warned warning
    insist insists insisted insisted insisting
    stress stresses stressed stressed stressing
    claim claims claimed claimed claiming
    argue argues argued argued arguing
    explain explains explained explained explaining
    note notes noted noted noting
    announce announces announced announced announcing
    acknowledge acknowledges acknowledged acknowledged acknowledging
    admit admits admitted admitted admitting
    deny denies denied denied denying
    suggest suggests suggested suggested suggesting
    report reports reported reported reporting
    state states stated stated stating
    declare declares declared declared declaring
    assert asserts asserted asserted asserting
    maintain maintains maintained maintained maintaining
    contend contends contended contended contending
    write writes wrote written writing
    tweet tweets tweeted tweeted tweeting
    post posts posted posted posting
    reply replies replied replied replying
    respond responds responded responded responding
    answer answers answered answered answering
    confirm confirms confirmed confirmed confirming
    predict predicts predicted predicted predicting
    promise promises promised promised promising
    vow vows vowed vowed vowing
    pledge pledges pledged pledged pledging
    threaten threatens threatened threatened threatening
    caution cautions cautioned cautioned cautioning
    complain complains complained complained complaining
    concede concedes conceded conceded conceding
    conclude concludes concluded concluded concluding
    emphasise emphasises emphasised emphasised emphasising
    emphasize emphasizes emphasized emphasized emphasizing
    observe observes observed observed observing
    remark remarks remarked remarked remarking
    reiterate reiterates reiterated reiterated reiterating
    recall recalls recalled recalled recalling
    reveal reveals revealed revealed revealing
    disclose discloses disclosed disclosed disclosing
    estimate estimates estimated estimated estimating
    allege alleges alleged alleged alleging
    yell yells yelled yelled yelling
    shout shouts shouted shouted shouting
    scream screams screamed screamed screaming
    testify testifies testified testified testifying
    boast boasts boasted boasted boasting
    joke jokes joked joked joking
    quip quips quipped quipped quipping
    lament laments lamented lamented lamenting
    charge charges charged charged charging
    counter counters countered countered countering
    retort retorts retorted retorted retorting
    agree agrees agreed agreed agreeing
    signal signals signalled signalled signalling
    signal signals signaled signaled signaling
    hint hints hinted hinted hinting
    indicate indicates indicated indicated indicating
    mention mentions mentioned mentioned mentioning
    whisper whispers whispered whispered whispering
    murmur murmurs murmured murmured murmuring
    continue continues continued continued continuing
    affirm affirms affirmed affirmed affirming
    reaffirm reaffirms reaffirmed reaffirmed reaffirming
    comment comments commented commented commenting
    speculate speculates speculated speculated speculating
    forecast forecasts forecast forecast forecasting
    project projects projected projected projecting
    """

    static let addresseeVerbs = """
    tell tells told told telling
    assure assures assured assured assuring
    remind reminds reminded reminded reminding
    inform informs informed informed informing
    brief briefs briefed briefed briefing
    advise advises advised advised advising
    """

    static let objectVerbs = """
    accuse accuses accused accused accusing
    urge urges urged urged urging
    demand demands demanded demanded demanding
    call calls called called calling
    describe describes described described describing
    dismiss dismisses dismissed dismissed dismissing
    label labels labelled labelled labelling
    label labels labeled labeled labeling
    brand brands branded branded branding
    """

    /// Cues of two or more words, with the frame of what follows. Matched before single verbs.
    static let phrases: [(words: [String], frame: Frame)] = {
        var list: [(words: [String], frame: Frame)] = []
        for forms in ["call calls called called calling"] {
            for form in forms.split(separator: " ").map(String.init) {
                list.append(([form, "for"], .object))
                list.append(([form, "on"], .object))
                list.append(([form, "upon"], .object))
            }
        }
        for form in ["go", "goes", "went", "gone", "going"] {
            list.append(([form, "on", "to", "say"], .clause))
        }
        for form in ["point", "points", "pointed", "pointing"] { list.append(([form, "out"], .clause)) }
        for form in ["make", "makes", "made", "making"] {
            list.append(([form, "clear"], .clause))
            list.append(([form, "a", "plea", "for"], .object))
        }
        return list
    }()

    /// Objects that turn a reporting verb into an ordinary one: `claimed credit`, `called off`.
    static let idiomaticObjects: [String: Set<String>] = [
        "claim": ["credit", "responsibility", "victory", "asylum", "benefits", "lives", "ownership", "damages", "compensation"],
        "call": ["off", "up", "in", "back", "out", "it", "time", "home"],
        "add": ["to", "up", "fuel", "weight", "insult", "value"],
        "note": ["of"],
        "report": ["to", "for", "back"],
        "state": ["of"],
    ]

    /// `according to X`: the speaker follows the cue.
    static let accordingTo = ["according", "to"]

    struct Entry: Sendable {
        var lemma: String
        var frame: Frame
        var isParticiple: Bool      // `saying`, `adding`
        var isBase: Bool            // `say`: needs an auxiliary or a plural subject
        /// Also an ordinary verb or noun (`noted`, `reported`, `continued`): reported speech
        /// needs `that` after it; a quote next to it is enough.
        var needsThat: Bool
    }

    /// Verbs that report speech only with `that` (or beside a quotation).
    static let ambiguous: Set<String> = [
        "note", "report", "state", "post", "write", "tweet", "reply", "respond", "answer", "confirm",
        "predict", "promise", "threaten", "complain", "conclude", "observe", "remark", "recall",
        "reveal", "disclose", "estimate", "yell", "shout", "scream", "testify", "boast", "joke",
        "quip", "lament", "charge", "counter", "retort", "agree", "signal", "hint", "indicate",
        "mention", "whisper", "murmur", "continue", "affirm", "reaffirm", "comment", "speculate",
        "forecast", "project", "maintain", "announce", "acknowledge", "admit", "deny", "vow",
        "pledge", "caution", "declare", "accept", "laugh", "sigh", "smile", "chuckle", "grin", "shrug", "recall", "argue", "explain", "stress", "emphasise", "emphasize",
        "remind", "inform", "brief", "advise", "assure", "praise", "criticise", "criticize",
        "condemn", "blame", "demand", "ask", "call", "describe", "dismiss", "label", "brand",
    ]

    /// Every single-word form, keyed by the form in lower case.
    static func table() -> [String: Entry] {
        var table: [String: Entry] = [:]
        func load(_ text: String, _ frame: Frame) {
            for line in text.split(separator: "\n") {
                let forms = line.split(separator: " ").map(String.init)
                guard forms.count == 5 else { continue }
                for (i, form) in forms.enumerated() where table[form] == nil {
                    table[form] = Entry(lemma: forms[0], frame: frame, isParticiple: i == 4, isBase: i == 0,
                                        needsThat: ambiguous.contains(forms[0]))
                }
            }
        }
        load(clauseVerbs, .clause)
        load(addresseeVerbs, .addressee)
        load(objectVerbs, .object)
        return table
    }
}
