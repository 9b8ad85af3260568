/// How the extractor's claims for an article differ from its reviewed claims.
///
/// Reviewed claims are paired with extracted ones by overlapping spans, then compared field by
/// field. Speaker name, kind, text (through `TextKey.comparable`, so quote style and edge
/// punctuation do not count), date and place must agree; role, cue, mention and the date and
/// place expressions are reported but never fail a comparison. A reviewed claim marked
/// `knownMiss` that still differs is a known issue, not a failure. Claims without a span (recorded
/// by hand as `unverified`) are left out.
public struct ExtractionDiff: Sendable {
    /// One field that differs: reviewed value → extracted value.
    public struct Change: Hashable, Sendable, Encodable {
        public var field: String
        public var expected: String
        public var actual: String
        /// Whether the difference fails the comparison.
        public var isFailing: Bool
    }

    /// A difference for one claim.
    public enum Entry: Sendable {
        case missing(Claim)
        case unexpected(Claim)
        case changed(expected: Claim, actual: Claim, changes: [Change])

        public var expected: Claim? {
            switch self {
            case .missing(let c): c
            case .changed(let e, _, _): e
            case .unexpected: nil
            }
        }

        /// The reviewed claim is marked as a known miss of the extractor.
        public var isKnown: Bool { expected?.knownMiss != nil }

        public var isFailing: Bool {
            switch self {
            case .missing, .unexpected: true
            case .changed(_, _, let changes): changes.contains(where: \.isFailing)
            }
        }
    }

    public var article: String
    public var entries: [Entry]
    /// Reviewed claims found with every failing field equal.
    public var matched: Int
    public var expectedCount: Int
    public var extractedCount: Int

    /// Differences that fail and are not marked as known misses.
    public var failures: [Entry] { entries.filter { $0.isFailing && !$0.isKnown } }
    /// Differences on claims marked as known misses.
    public var knownIssues: [Entry] { entries.filter { $0.isFailing && $0.isKnown } }
    /// Reviewed claims marked as known misses that the extractor now gets right.
    public var fixedKnownMisses: [Claim] = []

    public init(article: String, expected: [Claim], actual: [Claim]) {
        // A claim recorded by hand whose words the article does not hold has no span: it is not
        // something extraction could find.
        let expected = expected.filter { $0.source != nil }
        self.article = article
        self.expectedCount = expected.count
        self.extractedCount = actual.count
        var used = Set<Int>()
        var entries: [Entry] = []
        var matched = 0
        var pairs: [(Int, Int)] = []
        // Pair by overlap, best first, so two claims in one sentence pair with the right partners.
        var candidates: [(overlap: Int, e: Int, a: Int)] = []
        for (e, exp) in expected.enumerated() {
            guard let es = exp.source else { continue }
            for (a, act) in actual.enumerated() {
                if let s = act.source, let score = es.overlapScore(with: s) { candidates.append((score, e, a)) }
            }
        }
        candidates.sort { ($0.overlap, -$0.e) > ($1.overlap, -$1.e) }
        var pairedExpected = Set<Int>()
        for c in candidates where !used.contains(c.a) && !pairedExpected.contains(c.e) {
            used.insert(c.a)
            pairedExpected.insert(c.e)
            pairs.append((c.e, c.a))
        }
        var fixed: [Claim] = []
        for (e, exp) in expected.enumerated() {
            guard let pair = pairs.first(where: { $0.0 == e }) else { entries.append(.missing(exp)); continue }
            let act = actual[pair.1]
            let changes = ExtractionDiff.compare(exp, act)
            if changes.contains(where: \.isFailing) {
                entries.append(.changed(expected: exp, actual: act, changes: changes))
            } else {
                matched += 1
                if exp.knownMiss != nil { fixed.append(exp) }
                if !changes.isEmpty { entries.append(.changed(expected: exp, actual: act, changes: changes)) }
            }
        }
        for (a, act) in actual.enumerated() where !used.contains(a) { entries.append(.unexpected(act)) }
        entries.sort { ($0.position) < ($1.position) }
        self.entries = entries
        self.matched = matched
        self.fixedKnownMisses = fixed
    }

    /// A diff holding only the given entries (to print part of one).
    public init(article: String, entries: [Entry]) {
        self.article = article
        self.entries = entries
        self.matched = 0
        self.expectedCount = 0
        self.extractedCount = 0
    }

    static func compare(_ e: Claim, _ a: Claim) -> [Change] {
        var changes: [Change] = []
        func check(_ field: String, _ x: String?, _ y: String?, failing: Bool) {
            if (x ?? "null") != (y ?? "null") { changes.append(Change(field: field, expected: x ?? "null", actual: y ?? "null", isFailing: failing)) }
        }
        check("speaker", e.speaker.name, a.speaker.name, failing: true)
        check("kind", e.kind.rawValue, a.kind.rawValue, failing: true)
        if TextKey.comparable(e.text) != TextKey.comparable(a.text) {
            changes.append(Change(field: "text", expected: e.text, actual: a.text, isFailing: true))
        }
        check("date", e.when.date?.description, a.when.date?.description, failing: true)
        check("place", e.where.place, a.where.place, failing: true)
        check("role", e.speaker.role, a.speaker.role, failing: false)
        check("cue", e.cue, a.cue, failing: false)
        return changes
    }

    /// A readable diff, one line per difference; empty when nothing fails or differs.
    public func render(showInformational: Bool = false) -> String {
        var lines: [String] = []
        for entry in entries {
            switch entry {
            case .missing(let c):
                lines.append("  - missing     \(Self.describe(c))\(Self.known(c))")
            case .unexpected(let c):
                lines.append("  + unexpected  \(Self.describe(c))")
            case .changed(let e, _, let changes):
                guard entry.isFailing || showInformational else { continue }
                lines.append("  ~ changed     \(Self.describe(e))\(Self.known(e))")
                for change in changes where change.isFailing || showInformational {
                    lines.append("      \(change.field): \(Self.quote(change.expected)) → \(Self.quote(change.actual))")
                }
            }
        }
        for claim in fixedKnownMisses {
            lines.append("  ✓ now found   \(Self.describe(claim)) (marked as a known miss: remove the mark)")
        }
        return lines.isEmpty ? "" : "\(article)\n" + lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ c: Claim) -> String {
        let span = c.source.map { "@\($0.start)-\($0.end)" } ?? ""
        let text = c.text.count > 70 ? String(c.text.prefix(69)) + "…" : c.text
        return "[\(c.kind.rawValue)] \(c.speaker.name): \"\(text)\" \(span)"
    }

    static func known(_ c: Claim) -> String { c.knownMiss.map { " (known miss: \($0))" } ?? "" }

    static func quote(_ s: String) -> String {
        let cut = s.count > 80 ? String(s.prefix(79)) + "…" : s
        return s == "null" ? s : "\"\(cut)\""
    }
}

extension ExtractionDiff.Entry {
    var position: Int {
        switch self {
        case .missing(let c), .unexpected(let c), .changed(let c, _, _): c.source?.start ?? 0
        }
    }
}
