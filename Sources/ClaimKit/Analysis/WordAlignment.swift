/// Two word sequences aligned by their longest common subsequence.
///
/// Between the matched words lie hunks: runs where one version has words the other lacks or
/// has others. Hunks at either end with one side empty are truncations or extensions; the rest
/// are what changed. Common leading and trailing words are matched first, so near-identical
/// versions cost little; the table is capped, since no report quotes thousands of words twice.
struct WordAlignment: Sendable {
    /// A run of differing words: `a` in the first sequence, `b` in the second (either may be empty).
    struct Hunk: Hashable, Sendable {
        var a: Range<Int>
        var b: Range<Int>
    }

    /// How many words match.
    let matched: Int
    let hunks: [Hunk]
    let countA: Int
    let countB: Int

    /// The largest table (words × words) an alignment may build.
    static let cellLimit = 4_000_000

    /// Aligns `a` with `b`, or returns `nil` when the two are too long to align.
    init?<T: Equatable>(_ a: [T], _ b: [T]) {
        countA = a.count
        countB = b.count
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let n = a.count - prefix - suffix, m = b.count - prefix - suffix
        guard n * m <= WordAlignment.cellLimit else { return nil }
        // table[i][j]: LCS of a[prefix+i...] and b[prefix+j...], so the walk goes forwards.
        let width = m + 1
        var table = [Int32](repeating: 0, count: (n + 1) * width)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i * width + j] = a[prefix + i] == b[prefix + j]
                        ? table[(i + 1) * width + j + 1] + 1
                        : max(table[(i + 1) * width + j], table[i * width + j + 1])
                }
            }
        }
        var hunks: [Hunk] = []
        var i = 0, j = 0, startI = 0, startJ = 0
        func close() {
            if startI < i || startJ < j {
                hunks.append(Hunk(a: (prefix + startI)..<(prefix + i), b: (prefix + startJ)..<(prefix + j)))
            }
        }
        while i < n || j < m {
            if i < n, j < m, a[prefix + i] == b[prefix + j], table[i * width + j] == table[(i + 1) * width + j + 1] + 1 {
                close()
                i += 1; j += 1
                startI = i; startJ = j
            } else if j < m, i == n || table[i * width + j + 1] >= table[(i + 1) * width + j] {
                j += 1
            } else {
                i += 1
            }
        }
        close()
        matched = prefix + suffix + Int(n > 0 && m > 0 ? table[0] : 0)
        self.hunks = hunks
    }

    /// Matched words over the shorter sequence's length: 1 when one contains the other.
    var coverage: Double {
        let shorter = min(countA, countB)
        return shorter == 0 ? 0 : Double(matched) / Double(shorter)
    }

    /// Whether a hunk is at the start or end of both sequences.
    func isAtEdge(_ hunk: Hunk) -> Bool {
        (hunk.a.lowerBound == 0 && hunk.b.lowerBound == 0) || (hunk.a.upperBound == countA && hunk.b.upperBound == countB)
    }

    /// The length of the longest common subsequence, in linear memory (for deciding whether
    /// two reports are versions of one statement, where the hunks are not needed).
    static func commonLength(_ a: [UInt64], _ b: [UInt64]) -> Int? {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let n = a.count - prefix - suffix, m = b.count - prefix - suffix
        if n == 0 || m == 0 { return prefix + suffix }
        guard n * m <= cellLimit else { return nil }
        var previous = [Int32](repeating: 0, count: m + 1), current = previous
        for i in 0..<n {
            let x = a[prefix + i]
            for j in 0..<m {
                current[j + 1] = x == b[prefix + j] ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return prefix + suffix + Int(previous[m])
    }
}
