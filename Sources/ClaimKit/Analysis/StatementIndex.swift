/// Claims in versions (one speaker, the same words) and versions in groups (one statement).
struct StatementIndex: Sendable {
    /// For each claim, its version.
    var versionOfClaim: [Int32] = []
    /// For each version, its speaker entity and its claims in input order.
    var versionEntity: [Int32] = []
    var versionClaims: [[Int32]] = []
    /// The link keys (`StatementWords.linkKeys`) of all versions, one after another.
    var linkKeys: [UInt64] = []
    var linkStart: [Int] = [0]
    /// The stance profiles (`StanceProfile`) of all versions, one after another.
    var stanceStems: [UInt64] = []
    var stanceNegated: [Bool] = []
    var stanceStart: [Int] = [0]
    /// Each group's versions, sorted; groups ordered by their first version.
    var groups: [[Int]] = []
    var groupOfVersion: [Int32] = []

    func keys(of version: Int) -> ArraySlice<UInt64> {
        linkKeys[linkStart[version]..<linkStart[version + 1]]
    }

    func stance(of version: Int) -> StanceProfile {
        let range = stanceStart[version]..<stanceStart[version + 1]
        return StanceProfile(stems: Array(stanceStems[range]), isNegated: Array(stanceNegated[range]))
    }
}
