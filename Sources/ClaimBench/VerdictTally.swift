/// Reads `claims check --format jsonl` as it is written: one verdict per line, counted by kind,
/// and whether each claim changed on purpose was caught (given a verdict other than verified
/// or corroborated).
struct VerdictTally: TextOutputStream, Sendable {
    /// Ledger claims changed on purpose, by id.
    let changed: Set<String>
    private(set) var kinds: [String: Int] = [:]
    /// Changed claims that did not pass.
    private(set) var caught = 0
    /// Unchanged claims that did not pass. Not necessarily wrong: the synthetic corpus repeats
    /// the corpus's quotes with other people and figures, so a report may contradict a claim.
    private(set) var falseAlarms = 0
    private var pending = ""

    init(changed: Set<String>) {
        self.changed = changed
    }

    mutating func write(_ string: String) {
        pending += string
        while let newline = pending.firstIndex(of: "\n") {
            tally(pending[..<newline])
            pending.removeSubrange(...newline)
        }
    }

    private mutating func tally(_ line: Substring) {
        guard let kind = Self.value(of: "verdict", in: line[...]) else { return }
        kinds[kind, default: 0] += 1
        let passes = kind == "verified" || kind == "corroborated"
        // The claim comes first among the keys that hold an `id` (`claim` sorts before `report`).
        guard let claim = line.firstRange(of: "\"claim\":{"), let id = Self.value(of: "id", in: line[claim.upperBound...]) else { return }
        if changed.contains(id) { if !passes { caught += 1 } } else if !passes { falseAlarms += 1 }
    }

    /// The string value of the first `"key":"…"` in `text` (JSON written without spaces).
    static func value(of key: String, in text: Substring) -> String? {
        guard let start = text.firstRange(of: "\"\(key)\":\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
