/// Why a claim cannot be recorded. Nothing is written when any claim of a batch has one.
public enum RecordError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyText
    case emptySpeaker
    /// A `--date` that is not a real day in `YYYY-MM-DD` form.
    case notADay(String)
    /// Only one of `start` and `end` was given.
    case halfSpan
    /// The span does not fit in the article, or does not hold the claim's words.
    case spanOutOfRange(start: Int, end: Int, size: Int)
    case spanMismatch(start: Int, end: Int, article: String)
    /// `--strict`, and the article does not hold the words.
    case notInArticle(article: String)
    /// The ledger has a claim at the same span that gives the words to someone else.
    case conflicts(id: String, speaker: String)
    /// Where the bad claim came from (`--text`, `claims.jsonl: line 3`), and what is wrong.
    indirect case located(String, RecordError)

    public var description: String {
        switch self {
        case .emptyText: "text is empty"
        case .emptySpeaker: "speaker is empty"
        case .notADay(let text): "'\(text)' is not a real day in YYYY-MM-DD form"
        case .halfSpan: "start and end go together: give both or neither"
        case .spanOutOfRange(let start, let end, let size): "span \(start)-\(end) is not within the article's \(size) bytes"
        case .spanMismatch(let start, let end, let article):
            "span \(start)-\(end) of \(article) does not hold these words (the article changed, or the span is wrong)"
        case .notInArticle(let article): "text not found in article \(article) (--strict)"
        case .conflicts(let id, let speaker):
            "the ledger already has \(id), which gives these words to '\(speaker)'; edit the ledger file to change it"
        case .located(let place, let error): "\(place): \(error)"
        }
    }
}
