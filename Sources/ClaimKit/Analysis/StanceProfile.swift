/// The topic words of a statement and which of them it negates.
///
/// Two speakers quoted side by side in one article rarely use the same words when they
/// disagree (`is ready to resume the peace talks` / `will not resume talks yet`). Comparing
/// light stems of the content words, and whether each stands within a few words after a
/// negation, finds the pairs that talk about the same thing with opposite polarity. Stems are
/// kept as sorted hashes, so a profile is two small arrays and a comparison is a merge.
struct StanceProfile: Sendable {
    /// Hashes of the stems of the content words, sorted, each once.
    var stems: [UInt64] = []
    /// For each stem, whether the statement negates it (and does not also affirm it).
    var isNegated: [Bool] = []

    /// Words after a negation that fall in its scope.
    static let scope = 4

    init(stems: [UInt64], isNegated: [Bool]) {
        self.stems = stems
        self.isNegated = isNegated
    }

    init(_ words: StatementWords) {
        self.init(flags: words.flags, stems: words.stems)
    }

    /// The profile of normalised words given by their flags and stem hashes.
    init(flags: [StatementWords.Flags], stems wordStems: [UInt64]) {
        // (stem, negated here) for each content word, sorted; a stem is negated only if every
        // occurrence is.
        var occurrences: [UInt64] = []
        var inScope = 0
        for k in wordStems.indices {
            if flags[k].contains(.negation) {
                inScope = StanceProfile.scope
                continue
            }
            let negatedHere = inScope > 0
            if inScope > 0 { inScope -= 1 }
            let stem = wordStems[k]
            guard stem != 0 else { continue }
            // The low bit carries "affirmed here", so an affirmed occurrence sorts after a
            // negated one of the same stem and wins.
            occurrences.append(stem | (negatedHere ? 0 : 1))
        }
        occurrences.sort()
        for x in occurrences {
            let stem = x & ~1
            if stems.last == stem {
                if x & 1 == 1 { isNegated[isNegated.count - 1] = false }
            } else {
                stems.append(stem)
                isNegated.append(x & 1 == 0)
            }
        }
    }

    /// Whether two statements are about the same thing with opposite polarity: at least two
    /// shared stems, making up `overlap` of the smaller statement, one of them negated in one
    /// statement and affirmed in the other. Returns the stems that flip, or an empty array.
    func opposition(_ other: StanceProfile, overlap: Double = 0.4) -> [UInt64] {
        var i = 0, j = 0, shared = 0
        var flipped: [UInt64] = []
        while i < stems.count, j < other.stems.count {
            if stems[i] < other.stems[j] { i += 1 } else if stems[i] > other.stems[j] { j += 1 } else {
                shared += 1
                if isNegated[i] != other.isNegated[j] { flipped.append(stems[i]) }
                i += 1; j += 1
            }
        }
        guard shared >= 2, Double(shared) >= overlap * Double(min(stems.count, other.stems.count)) else { return [] }
        return flipped
    }
}
