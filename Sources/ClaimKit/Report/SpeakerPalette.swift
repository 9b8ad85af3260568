/// A colour for each speaker: the same speaker has the same colour everywhere in a report, and
/// speakers of one article differ when the palette allows.
///
/// The palette is small: ten light tints with hues spread round the colour wheel, in an order
/// that puts the most different ones first, each under dark text with a contrast above 12:1
/// and each with a darker underline of its hue, so two tints that look alike (to anyone, or
/// with a colour-vision deficiency) still differ. Colour is never the only cue: the legend,
/// the tooltip and the printed label name the speaker. Speakers are coloured greedily, most
/// claims first: each takes the first colour no speaker of its articles has yet, or, when all
/// are taken, the one fewest of those speakers have. The assignment depends only on the
/// claims, so the same corpus always gives the same colours.
struct SpeakerPalette {
    /// Background tint and underline of each colour, as CSS hex.
    static let colours: [(tint: String, line: String)] = [
        ("#cfe3fb", "#1f66c2"), ("#ffd8a8", "#c26a00"), ("#c6ecd4", "#1e8a4c"), ("#e6d6f7", "#7b4bc4"),
        ("#faf0a0", "#8f7f00"), ("#fbd0d5", "#c0323f"), ("#c4eaed", "#117a80"), ("#e0e0e0", "#5f5f5f"),
        ("#e2efbc", "#5b8a00"), ("#ecdccc", "#8a5a2b"),
    ]

    /// The colour (an index into `colours`) of each speaker.
    let colourOfSpeaker: [Int]

    /// - Parameters:
    ///   - speakerOfClaim: Each claim's speaker (an index below `speakers`).
    ///   - articleOfClaim: Each claim's article (any value that names one).
    ///   - speakers: How many speakers there are.
    init<ArticleID: Hashable>(speakerOfClaim: [Int], articleOfClaim: [ArticleID], speakers: Int) {
        var claims = [Int](repeating: 0, count: speakers)
        var articlesOfSpeaker = [[ArticleID]](repeating: [], count: speakers)
        var speakersOfArticle: [ArticleID: [Int]] = [:]
        for (speaker, article) in zip(speakerOfClaim, articleOfClaim) {
            claims[speaker] += 1
            if !articlesOfSpeaker[speaker].contains(article) {
                articlesOfSpeaker[speaker].append(article)
                speakersOfArticle[article, default: []].append(speaker)
            }
        }
        let order = (0..<speakers).sorted { (claims[$0], -$0) > (claims[$1], -$1) }
        var colour = [Int](repeating: -1, count: speakers)
        let count = SpeakerPalette.colours.count
        for speaker in order {
            var taken = [Int](repeating: 0, count: count)
            for article in articlesOfSpeaker[speaker] {
                for other in speakersOfArticle[article] ?? [] where colour[other] >= 0 && other != speaker {
                    taken[colour[other]] += 1
                }
            }
            colour[speaker] = (0..<count).min { (taken[$0], $0) < (taken[$1], $1) } ?? 0
        }
        colourOfSpeaker = colour.map { max($0, 0) }
    }
}
