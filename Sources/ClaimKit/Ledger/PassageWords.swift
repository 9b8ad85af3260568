/// The words of a stretch of an article, each with the bytes it was written in, for finding
/// where a claim's words are when they are not there verbatim.
///
/// Words are `TextKey.words` of each run of non-space bytes, so they compare with a claim's
/// `TextKey.words`; a word's range is its run, trimmed of marks and punctuation at the edges
/// when it opens or closes a window.
struct PassageWords: Sendable {
    /// A run of a claim's words and the stretch of the passage that best matches it.
    struct Window: Sendable {
        /// Word indices into the passage.
        var words: Range<Int>
        /// UTF-8 byte range in the article, quotation marks and punctuation trimmed at the ends.
        var bytes: Range<Int>
        /// Alignment score: two for each word in common, less one for each word missing,
        /// extra or different.
        var score: Int
        /// The diff from the passage's words to the claim's.
        var diff: WordDiff
    }

    let words: [String]
    let ranges: [Range<Int>]
    private let source: [UInt8]

    init(_ source: [UInt8], range: Range<Int>) {
        self.source = source
        var words: [String] = []
        var ranges: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let space = ByteClass.spaceLength(source, i)
            if space > 0 { i += space; continue }
            var end = i
            while end < range.upperBound, ByteClass.spaceLength(source, end) == 0 { end += 1 }
            for word in TextKey.words(String(decoding: source[i..<end], as: UTF8.self)) {
                words.append(word)
                ranges.append(i..<end)
            }
            i = end
        }
        self.words = words
        self.ranges = ranges
    }

    /// The stretch of the passage that best fits all of `claim`'s words (a fitting alignment:
    /// the claim aligns from first word to last, the passage only where it matches), or `nil`
    /// when the passage shares no word with it.
    func window(fitting claim: [String]) -> Window? {
        let n = claim.count, m = words.count
        guard n > 0, m > 0, n * m <= WordAlignment.cellLimit else { return nil }
        // score[i][j]: best alignment of claim[..<i] ending at passage word j; origin: where it starts.
        let width = m + 1
        var score = [Int32](repeating: 0, count: (n + 1) * width)
        var origin = [Int32](repeating: 0, count: (n + 1) * width)
        for j in 0...m { origin[j] = Int32(j) }
        for i in 1...n {
            score[i * width] = -Int32(i)
            origin[i * width] = 0
            for j in 1...m {
                let diagonal = score[(i - 1) * width + j - 1] + (claim[i - 1] == words[j - 1] ? 2 : -1)
                let up = score[(i - 1) * width + j] - 1
                let left = score[i * width + j - 1] - 1
                if diagonal >= up, diagonal >= left {
                    score[i * width + j] = diagonal; origin[i * width + j] = origin[(i - 1) * width + j - 1]
                } else if up >= left {
                    score[i * width + j] = up; origin[i * width + j] = origin[(i - 1) * width + j]
                } else {
                    score[i * width + j] = left; origin[i * width + j] = origin[i * width + j - 1]
                }
            }
        }
        var best = 1
        for j in 1...m where score[n * width + j] > score[n * width + best] { best = j }
        var start = Int(origin[n * width + best])
        var end = best
        // Trim passage words at the edges that the claim does not have.
        let diff = WordDiff(from: Array(words[start..<end]), to: claim)
        guard diff.matched > 0 else { return nil }
        if let first = diff.pieces.first, first.change == .removed { start += first.words.split(separator: " ").count }
        if let last = diff.pieces.last, last.change == .removed { end -= last.words.split(separator: " ").count }
        guard start < end else { return nil }
        return Window(words: start..<end, bytes: trimmed(ranges[start].lowerBound..<ranges[end - 1].upperBound),
                      score: Int(score[n * width + best]), diff: WordDiff(from: Array(words[start..<end]), to: claim))
    }

    /// `range` without quotation marks, dashes, spaces and punctuation at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            if let mark = QuoteMarks.mark(source, lo) { lo += mark.length; continue }
            let skip = max(ByteClass.dashLength(source, lo), ByteClass.spaceLength(source, lo))
            if skip > 0 { lo += skip; continue }
            if source[lo] < 0x80, !ByteClass.isASCIILetter(source[lo]), !ByteClass.isDigit(source[lo]) { lo += 1; continue }
            break
        }
        while hi > lo {
            let start = ByteClass.scalarStart(before: hi, in: source)
            if QuoteMarks.mark(source, start) != nil || ByteClass.dashLength(source, start) > 0
                || ByteClass.spaceLength(source, start) > 0
                || (source[start] < 0x80 && !ByteClass.isASCIILetter(source[start]) && !ByteClass.isDigit(source[start])) {
                hi = start
                continue
            }
            break
        }
        return lo..<hi
    }
}
