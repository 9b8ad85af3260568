import ClaimKit

/// A synthetic claim set for the cross-source analysis, with the truth that was planted in it.
///
/// Claims come with the articles that carry them, in span order, as the analysis expects.
struct ClaimSet: Sendable {
    /// A contradiction planted on purpose: one report of a statement changed so that it no
    /// longer agrees with the others.
    struct Planted: Sendable {
        enum Kind: String, Sendable, CaseIterable {
            /// A negation added or dropped (`will` → `will not`).
            case negation
            /// A different figure (`80` → `173`).
            case figure
            /// The same words given to another speaker.
            case speaker
        }

        /// The changed claim (an index into `claims`).
        var claim: Int
        var kind: Kind
    }

    var claims: [Claim]
    var articles: [Article]
    /// For each claim, the statement it reports.
    var statementOfClaim: [Int32]
    var planted: [Planted]
    /// How many distinct statements the claims report.
    var statements: Int

    /// What the analysis found of the planted contradictions, and what else it flagged.
    struct Score: Sendable {
        var planted: Int
        var found: Int
        /// Contradictions that involve no planted claim: the synthetic text has none on purpose,
        /// so these are false alarms (or coincidences of the random text).
        var unplanned: Int
    }

    /// A planted contradiction counts as found when a contradiction finding pairs the changed
    /// claim with a report of the same statement.
    func score(_ report: CrossSourceReport) -> Score {
        var plantedAt = [Bool](repeating: false, count: claims.count)
        for plant in planted { plantedAt[plant.claim] = true }
        var found = Set<Int>()
        var unplanned = 0
        for finding in report.contradictions {
            let a = finding.first.claim, b = finding.second.claim
            guard a < claims.count, b < claims.count else { continue }
            if plantedAt[a] || plantedAt[b] {
                if statementOfClaim[a] == statementOfClaim[b] { found.insert(plantedAt[a] ? a : b) }
            } else {
                unplanned += 1
            }
        }
        return Score(planted: planted.count, found: found.count, unplanned: unplanned)
    }
}
