/// Word-to-word statistics of the corpus's body text, to write statements that read like news
/// (a first-order Markov chain over words).
///
/// Each statement is a fresh walk that jumps to a random word every four to six words: runs
/// of the corpus's phrasing, but no two statements sharing more than a short phrase, as no two
/// speakers do. The analysis has to tell statements apart by their words.
struct PhraseChain: Sendable {
    private var words: [String] = []
    /// For each word, the words seen after it (with repeats, so frequent pairs are drawn more often).
    private var next: [[Int32]] = []
    /// Words that open a sentence.
    private var openers: [Int32] = []

    init(paragraphs: [[UInt8]]) {
        var index: [String: Int32] = [:]
        func id(_ word: String) -> Int32 {
            if let known = index[word] { return known }
            index[word] = Int32(words.count)
            words.append(word)
            next.append([])
            return Int32(words.count - 1)
        }
        for paragraph in paragraphs {
            let text = String(decoding: paragraph, as: UTF8.self)
            var previous: Int32? = nil
            for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let word = String(raw.unicodeScalars.filter { !Self.quoteMarks.contains($0) }.map(Character.init))
                guard !word.isEmpty else { continue }
                let current = id(word)
                if let previous { next[Int(previous)].append(current) } else { openers.append(current) }
                previous = Self.endsSentence(word) ? nil : current
            }
        }
    }

    /// A statement of `length` words, sentence ends inside it and its closing punctuation removed.
    func statement(length: Int, rng: inout SplitMix64) -> [String] {
        guard !openers.isEmpty else { return [] }
        var out: [String] = []
        var current = rng.pick(openers)
        var run = 0, runLength = rng.int(in: 4...6)
        while out.count < length {
            var word = words[Int(current)]
            if Self.endsSentence(word) || out.count == length - 1 {
                while let end = word.last, ".,;:!?".contains(end) { word.removeLast() }
            }
            if !word.isEmpty { out.append(word) }
            run += 1
            let followers = next[Int(current)]
            if run == runLength || followers.isEmpty {
                current = Int32(rng.below(words.count))
                run = 0
                runLength = rng.int(in: 4...6)
            } else {
                current = rng.pick(followers)
            }
        }
        return out
    }

    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{201E}", "(", ")"]

    static func endsSentence(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return last == "." || last == "!" || last == "?"
    }
}
