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

    /// The diff from `old` (the article's words) to `new` (the claim's).
    public init(from old: [String], to new: [String]) {
        var pieces: [Piece] = []
        func add(_ change: Piece.Change, _ words: ArraySlice<String>) {
            guard !words.isEmpty else { return }
            pieces.append(Piece(change, words.joined(separator: " ")))
        }
        if let alignment = WordAlignment(old, new) {
            var i = 0
            for hunk in alignment.hunks {
                add(.same, old[i..<hunk.a.lowerBound])
                add(.removed, old[hunk.a])
                add(.added, new[hunk.b])
                i = hunk.a.upperBound
            }
            add(.same, old[i...])
        } else {
            add(.removed, old[...])
            add(.added, new[...])
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
