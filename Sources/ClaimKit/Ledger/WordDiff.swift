/// A word-level diff of two texts: what an article says against what a claim says it says.
///
/// Words are `TextKey.words` (lower case, straight apostrophes, punctuation dropped), so only a
/// change of words shows. The alignment is a longest common subsequence; runs of words only in
/// the article are `removed`, runs only in the claim are `added`.
public struct WordDiff: Hashable, Sendable {
    /// One run of words.
    public struct Piece: Hashable, Sendable, Codable {
        public enum Change: String, Hashable, Sendable, Codable {
            case same, removed, added
        }

        public var change: Change
        public var words: String

        public init(_ change: Change, _ words: String) {
            self.change = change
            self.words = words
        }
    }

    public var pieces: [Piece]

    /// The largest LCS table (words × words) a diff builds; beyond it, the texts show as replaced.
    static let cellLimit = 1_000_000

    /// The diff from `old` (the article's words) to `new` (the claim's).
    public init(from old: [String], to new: [String]) {
        var ops: [(Piece.Change, String)] = []
        let n = old.count, m = new.count
        if n * m <= Self.cellLimit {
            // table[i][j]: LCS of old[i...] and new[j...], so the walk goes forwards.
            let width = m + 1
            var table = [Int32](repeating: 0, count: (n + 1) * width)
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i * width + j] = old[i] == new[j]
                        ? table[(i + 1) * width + j + 1] + 1
                        : max(table[(i + 1) * width + j], table[i * width + j + 1])
                }
            }
            var i = 0, j = 0
            while i < n || j < m {
                if i < n, j < m, old[i] == new[j] {
                    ops.append((.same, old[i])); i += 1; j += 1
                } else if i < n, j == m || table[(i + 1) * width + j] >= table[i * width + j + 1] {
                    ops.append((.removed, old[i])); i += 1
                } else {
                    ops.append((.added, new[j])); j += 1
                }
            }
        } else {
            ops = old.map { (.removed, $0) } + new.map { (.added, $0) }
        }
        var pieces: [Piece] = []
        for (change, word) in ops {
            if let last = pieces.last, last.change == change {
                pieces[pieces.count - 1].words += " " + word
            } else {
                pieces.append(Piece(change, word))
            }
        }
        self.pieces = pieces
    }

    /// Whether the two texts have the same words.
    public var isEqual: Bool { pieces.allSatisfy { $0.change == .same } }

    /// How many words the two texts share, in order.
    public var matched: Int {
        pieces.filter { $0.change == .same }.reduce(0) { $0 + $1.words.split(separator: " ").count }
    }

    /// The diff in one line: `we are [-not-] {+now+} in a position`.
    public var inline: String {
        pieces.map { piece in
            switch piece.change {
            case .same: piece.words
            case .removed: "[-\(piece.words)-]"
            case .added: "{+\(piece.words)+}"
            }
        }.joined(separator: " ")
    }
}
