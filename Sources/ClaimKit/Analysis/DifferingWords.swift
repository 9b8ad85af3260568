/// Where two versions of a statement differ, word by word, for showing them side by side.
///
/// The versions are normalised and aligned as the contradiction finder aligns them
/// (`StatementWords`, then `WordAlignment`), so quotation marks, punctuation, case, spelling and
/// contractions never show as differences; every word outside the longest common subsequence
/// does. Ranges are UTF-8 offsets into each text as given, merged where adjacent.
package struct DifferingWords: Hashable, Sendable {
    /// The differing words of the first text and of the second.
    package let first: [Range<Int>]
    package let second: [Range<Int>]

    /// Aligns `a` with `b`; two texts too long to align show no differences.
    package init(_ a: String, _ b: String) {
        let wordsA = StatementWords(a), wordsB = StatementWords(b)
        guard let alignment = WordAlignment(wordsA.keys, wordsB.keys) else {
            first = []
            second = []
            return
        }
        first = DifferingWords.ranges(alignment.hunks.map(\.a), in: wordsA)
        second = DifferingWords.ranges(alignment.hunks.map(\.b), in: wordsB)
    }

    /// The byte ranges of the words of `runs`, joined when one run's words touch the next's.
    static func ranges(_ runs: [Range<Int>], in words: StatementWords) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for run in runs where !run.isEmpty {
            let range = words.ranges[run.lowerBound].lowerBound..<words.ranges[run.upperBound - 1].upperBound
            if let last = result.last, last.upperBound >= range.lowerBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
