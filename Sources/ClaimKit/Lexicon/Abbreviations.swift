/// Abbreviations that end in a full stop without ending a sentence (`Mr. Smith said`).
///
/// Lower case, without the stop. A single letter (`J. Smith`, `U.S.`) is an abbreviation too.
enum Abbreviations {
    static let words: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cmdr",
        "adm", "sgt", "cpl", "pvt", "rev", "fr", "st", "jr", "sr", "mt", "ft", "no", "nos", "vs", "etc",
        "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "al", "ave", "blvd", "rd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
}

extension Abbreviations {
    /// `words` as `StatementWords.hash` keys, for lookups straight from bytes.
    static let keys: Set<UInt64> = Set(words.map(StatementWords.hash))
}
