/// Disjoint sets over `0..<count`, with path halving and union by size.
///
/// Grouping joins statements pair by pair as evidence comes in; the sets are the groups.
struct UnionFind: Sendable {
    private var parent: [Int32]
    private var size: [Int32]

    init(count: Int) {
        parent = (0..<Int32(count)).map { $0 }
        size = [Int32](repeating: 1, count: count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = Int32(x)
        while parent[Int(x)] != x {
            parent[Int(x)] = parent[Int(parent[Int(x)])]
            x = parent[Int(x)]
        }
        return Int(x)
    }

    /// Joins the sets of `a` and `b`; returns whether they were apart.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        var x = find(a), y = find(b)
        guard x != y else { return false }
        if size[x] < size[y] { swap(&x, &y) }
        parent[y] = Int32(x)
        size[x] += size[y]
        return true
    }

    /// Every set, singletons included, each as sorted members, ordered by their smallest member.
    mutating func sets() -> [[Int]] {
        var byRoot: [Int: Int] = [:]
        var result: [[Int]] = []
        for x in 0..<parent.count {
            let root = find(x)
            if let k = byRoot[root] {
                result[k].append(x)
            } else {
                byRoot[root] = result.count
                result.append([x])
            }
        }
        return result
    }
}
