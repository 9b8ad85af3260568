/// Given names: whether a word is one, the gender it usually marks, and whether two forms can
/// name the same person (`Jim` and `James`, `J.` and `John`).
///
/// The data is embedded in the library (`Lexicon/Generated/`; see `Lexicon/Data/README.md`):
/// names given to at least 1,000 US babies in 1881–2015 per the Social Security Administration,
/// and the nickname classes of the `nicknames` data set. Both are American English: names from
/// elsewhere may be missing, or have the gender they have in the US (`Andrea`, `Jean`).
/// Create one value and pass it to whatever needs it; loading takes a few milliseconds.
///
/// Lookups ignore case and diacritics (`JOSÉ`, `jose` and `José` are one name).
public struct GivenNames: Sendable {
    /// What the SSA counts say of a name, as stored in `usage`.
    private enum Usage: Int32 { case male, female, either }

    private let fold: LatinFold
    private let usage: NameTable              // name → Usage
    private let nicknames: NameTable          // name → each nickname class it belongs to
    private let formalNames: [String]         // class → its formal name

    /// Loads the embedded data.
    public init() {
        let fold = LatinFold()
        var usage = NameTable(text: GivenNameData.text, capacity: 11_000)
        var section = Usage.either
        LexiconText.forEachLine(in: GivenNameData.text) { bytes, line in    // `@section` or a name
            if bytes[line.lowerBound] != LexiconText.at {
                usage.insert(bytes, line, value: section.rawValue, fold: fold)
                return
            }
            switch LexiconText.string(bytes, line) {
            case "@male": section = .male
            case "@female": section = .female
            default: section = .either
            }
        }

        var nicknames = NameTable(text: NicknameData.text, capacity: 4_000)
        var formalNames: [String] = []
        LexiconText.forEachLine(in: NicknameData.text) { bytes, line in     // formal name, nicknames
            let id = Int32(formalNames.count)
            var parts = LexiconText.Fields(bytes, line, separator: LexiconText.space)
            while let part = parts.next() {
                guard !part.isEmpty else { continue }
                if formalNames.count == id { formalNames.append(LexiconText.string(bytes, part)) }
                nicknames.insert(bytes, part, value: id, fold: fold)
            }
        }

        self.fold = fold
        self.usage = usage
        self.nicknames = nicknames
        self.formalNames = formalNames
    }

    /// Whether `name` is a known given name (`Mary`, `Jim`), ignoring case and diacritics.
    ///
    /// Titles that the SSA also lists as names (`General`, `Prince`) and the word `Said` are
    /// left out, as news uses them for something else; month names (`May`) and place names
    /// (`Georgia`) are names, so a caller still needs context.
    public func isGivenName<S: StringProtocol>(_ name: S) -> Bool {
        usage(of: name) != nil
    }

    /// The gender that at least 90% of the name's bearers in the SSA counts have, or `nil` when
    /// the name is shared (`Jordan`, `Leslie`) or unknown.
    ///
    /// A nickname missing from the counts takes the gender of its formal names when they agree.
    public func gender<S: StringProtocol>(of givenName: S) -> Gender? {
        switch usage(of: givenName) {
        case .male: return .male
        case .female: return .female
        case .either: return nil
        case nil:
            var formal: Set<Usage?> = []
            for id in classes(of: givenName) { formal.insert(usage(of: formalNames[Int(id)])) }
            return formal == [.male] ? .male : formal == [.female] ? .female : nil
        }
    }

    /// Whether two given names can name the same person: the same name (ignoring case and
    /// diacritics), one an initial of the other (`J.` and `John`), or both in one nickname class
    /// (`Jim` and `James`, `Jim` and `Jimmy`, `Bill` and `William`).
    ///
    /// Classes are not chained: `Albert` and `Alfred` share the nickname `Al` but are different
    /// names. `Jim` and `John` are not compatible.
    public func areCompatible<S1: StringProtocol, S2: StringProtocol>(_ a: S1, _ b: S2) -> Bool {
        let x = fold.folded(a).lowercased(), y = fold.folded(b).lowercased()
        guard let first = x.utf8.first, let other = y.utf8.first else { return false }
        if x == y { return true }
        if Self.isInitial(x) || Self.isInitial(y) { return first == other }
        let left = classes(of: x)
        return !left.isEmpty && classes(of: y).contains { left.contains($0) }
    }

    private func usage<S: StringProtocol>(of name: S) -> Usage? {
        var found: Usage?
        usage.forEachValue(of: name, fold: fold, ignoringCase: true) { found = found ?? Usage(rawValue: $0) }
        return found
    }

    private func classes<S: StringProtocol>(of name: S) -> [Int32] {
        var found: [Int32] = []
        nicknames.forEachValue(of: name, fold: fold, ignoringCase: true) { found.append($0) }
        return found
    }

    /// One letter, alone or followed by a period: `j`, `j.`.
    private static func isInitial(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        return ByteClass.isASCIILetter(bytes[0]) && (bytes.count == 1 || (bytes.count == 2 && bytes[1] == 0x2E))
    }
}
