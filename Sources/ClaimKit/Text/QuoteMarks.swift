/// Quotation marks as UTF-8 byte sequences.
///
/// News uses straight `"` and `'`, curly `“ ” ‘ ’`, low `„`, and guillemets `« » ‹ ›`. The
/// curly right single mark `’` doubles as the apostrophe; telling them apart needs context
/// and is the quote scanner's job. Here we only say what a mark is.
enum QuoteMarks {
    /// Which family a mark belongs to; a quote closes with a mark of the family that opened it.
    enum Family: Sendable { case double, single, guillemet, singleGuillemet }

    /// Which way a mark faces; straight marks face both ways.
    enum Facing: Sendable { case opening, closing, either }

    struct Mark: Sendable {
        var length: Int
        var family: Family
        var facing: Facing
    }

    /// The mark starting at byte `i`, or `nil`.
    static func mark(_ bytes: [UInt8], _ i: Int) -> Mark? {
        let b = bytes[i]
        if b == 0x22 { return Mark(length: 1, family: .double, facing: .either) }
        if b == 0x27 { return Mark(length: 1, family: .single, facing: .either) }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x9C: return Mark(length: 3, family: .double, facing: .opening)      // “
            case 0x9D: return Mark(length: 3, family: .double, facing: .closing)      // ”
            case 0x9E: return Mark(length: 3, family: .double, facing: .opening)      // „
            case 0x98: return Mark(length: 3, family: .single, facing: .opening)      // ‘
            case 0x99: return Mark(length: 3, family: .single, facing: .closing)      // ’
            case 0xB9: return Mark(length: 3, family: .singleGuillemet, facing: .opening)  // ‹
            case 0xBA: return Mark(length: 3, family: .singleGuillemet, facing: .closing)  // ›
            default: return nil
            }
        }
        if b == 0xC2, i + 1 < bytes.count {
            if bytes[i + 1] == 0xAB { return Mark(length: 2, family: .guillemet, facing: .opening) }  // «
            if bytes[i + 1] == 0xBB { return Mark(length: 2, family: .guillemet, facing: .closing) }  // »
        }
        return nil
    }

    static func isQuote(_ bytes: [UInt8], _ i: Int) -> Bool { mark(bytes, i) != nil }
}
