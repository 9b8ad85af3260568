/// News agencies whose credit marks a wire story, and the names they go by.
///
/// A generic lexicon: a dateline's parenthesis or a credit line naming one of these tells
/// which wire a story came from, which the analysis uses to count independent origins.
enum NewsAgencies {
    /// Canonical name for each way of writing an agency, keyed in lower case.
    static let canonical: [String: String] = [
        "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
        "reuters": "Reuters", "thomson reuters": "Reuters",
        "ap": "AP", "associated press": "AP", "the associated press": "AP",
        "bloomberg": "Bloomberg", "dpa": "dpa", "efe": "EFE", "ansa": "ANSA", "xinhua": "Xinhua",
        "tass": "TASS", "itar-tass": "TASS", "interfax": "Interfax", "ria novosti": "RIA Novosti",
        "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap", "pti": "PTI", "ani": "ANI",
        "ians": "IANS", "upi": "UPI", "aap": "AAP", "pa": "PA", "pa media": "PA",
        "press association": "PA", "anadolu": "Anadolu", "anadolu agency": "Anadolu",
        "cp": "Canadian Press", "canadian press": "Canadian Press", "apa": "APA", "wam": "WAM",
        "sputnik": "Sputnik", "belga": "Belga", "anp": "ANP", "tt": "TT", "ntb": "NTB",
        "ritzau": "Ritzau", "lusa": "Lusa", "ap photo": "AP",
    ]

    /// The canonical agency name, or `nil` when `name` is not a known agency.
    static func agency<S: StringProtocol>(_ name: S) -> String? {
        canonical[name.lowercased()]
    }
}
