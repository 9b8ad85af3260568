/// News outlets by the names prose uses for them, for recognising attribution chains.
///
/// A generic lexicon, not a list taken from any article: a phrase such as `told <outlet>` or
/// `according to <outlet>` makes the outlet the origin of a statement, and two articles that
/// name one outlet differently (`the New York Times`, `the NYT`) must agree on the origin.
/// Keys are lower case without a leading `the`; values are the canonical name. Wire agencies
/// come from `NewsAgencies`.
enum NewsOutlets {
    static let canonical: [String: String] = [
        "wall street journal": "WSJ", "wsj": "WSJ",
        "new york times": "New York Times", "nyt": "New York Times", "ny times": "New York Times",
        "washington post": "Washington Post", "wapo": "Washington Post",
        "financial times": "Financial Times", "ft": "Financial Times",
        "los angeles times": "Los Angeles Times", "la times": "Los Angeles Times",
        "usa today": "USA Today", "boston globe": "Boston Globe", "chicago tribune": "Chicago Tribune",
        "bbc": "BBC", "bbc news": "BBC", "british broadcasting corporation": "BBC", "bbc radio 4": "BBC",
        "cnn": "CNN", "fox news": "Fox News", "fox": "Fox News", "msnbc": "MSNBC",
        "nbc": "NBC", "nbc news": "NBC", "abc": "ABC", "abc news": "ABC", "cbs": "CBS", "cbs news": "CBS",
        "npr": "NPR", "national public radio": "NPR", "pbs": "PBS", "politico": "Politico", "axios": "Axios",
        "the hill": "The Hill", "newsweek": "Newsweek", "time magazine": "Time", "the atlantic": "The Atlantic",
        "new yorker": "The New Yorker", "huffpost": "HuffPost", "huffington post": "HuffPost",
        "buzzfeed news": "BuzzFeed News", "daily beast": "Daily Beast", "yahoo news": "Yahoo News",
        "guardian": "Guardian", "observer": "Observer", "times": "The Times", "sunday times": "Sunday Times",
        "telegraph": "Telegraph", "daily telegraph": "Telegraph", "independent": "Independent",
        "economist": "Economist", "daily mail": "Daily Mail", "mail on sunday": "Mail on Sunday",
        "daily mirror": "Daily Mirror", "mirror": "Daily Mirror", "evening standard": "Evening Standard",
        "sky news": "Sky News", "itv news": "ITV News", "channel 4 news": "Channel 4 News",
        "al jazeera": "Al Jazeera", "rt": "RT", "russia today": "RT", "euronews": "Euronews",
        "deutsche welle": "Deutsche Welle", "dw": "Deutsche Welle", "france 24": "France 24",
        "radio free europe": "RFE/RL", "radio free europe/radio liberty": "RFE/RL", "rfe/rl": "RFE/RL",
        "voice of america": "VOA", "voa": "VOA",
        "le monde": "Le Monde", "le figaro": "Le Figaro", "liberation": "Libération", "libération": "Libération",
        "der spiegel": "Der Spiegel", "spiegel": "Der Spiegel", "die zeit": "Die Zeit", "bild": "Bild",
        "frankfurter allgemeine zeitung": "FAZ", "faz": "FAZ", "süddeutsche zeitung": "Süddeutsche Zeitung",
        "el país": "El País", "el pais": "El País", "el mundo": "El Mundo",
        "corriere della sera": "Corriere della Sera", "la repubblica": "La Repubblica",
        "kommersant": "Kommersant", "izvestia": "Izvestia", "vedomosti": "Vedomosti",
        "global times": "Global Times", "people's daily": "People's Daily", "china daily": "China Daily",
        "south china morning post": "South China Morning Post", "scmp": "South China Morning Post",
        "haaretz": "Haaretz", "times of israel": "Times of Israel", "jerusalem post": "Jerusalem Post",
        "asahi shimbun": "Asahi Shimbun", "yomiuri shimbun": "Yomiuri Shimbun", "nikkei": "Nikkei",
        "times of india": "Times of India", "hindustan times": "Hindustan Times", "the hindu": "The Hindu",
        "globe and mail": "Globe and Mail", "cbc": "CBC", "cbc news": "CBC",
        "sydney morning herald": "Sydney Morning Herald", "the australian": "The Australian",
        "abc australia": "ABC", "axel springer": "Axel Springer",
    ]

    /// The last word of a name that makes a capitalised name an outlet (`the Daily Courier`,
    /// `Sky News`, `Radio Liberty` by its first word): newspaper, broadcaster and agency nouns.
    static let nouns: Set<String> = [
        "times", "post", "journal", "news", "herald", "tribune", "telegraph", "gazette", "chronicle",
        "globe", "guardian", "observer", "mail", "express", "mirror", "examiner", "inquirer",
        "dispatch", "courier", "bulletin", "register", "review", "magazine", "weekly", "daily",
        "radio", "television", "tv", "channel", "network", "broadcasting", "broadcaster", "agency",
        "wire", "newspaper", "monitor", "sentinel", "standard", "star", "today", "insider",
        "zeitung", "shimbun", "nachrichten", "press", "media", "newswire", "gazeta", "pravda",
    ]

    /// The canonical name of an outlet or wire agency named `name` (any case, with or without
    /// a leading `the`), or `nil` when neither lexicon knows it.
    static func outlet<S: StringProtocol>(_ name: S) -> String? {
        var key = name.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if key.hasPrefix("the ") { key.removeFirst(4) }
        while key.hasSuffix(".") { key.removeLast() }
        return canonical[key] ?? NewsAgencies.agency(key)
    }
}
