/// The `text` of a claim from its span: what the ledger stores as what was said.
///
/// White space runs become one space; the quotation marks that open each continued paragraph of
/// a multi-paragraph quote (`cuts`) are left out; a direct quote loses its trailing comma (the
/// comma belongs to the sentence that carries the quote, `"…," she said`).
enum ClaimText {
    static func text(_ bytes: [UInt8], _ range: Range<Int>, kind: ClaimKind, cuts: [Range<Int>]) -> String {
        var pieces: [UInt8] = []
        pieces.reserveCapacity(range.count)
        var i = range.lowerBound
        var pendingSpace = false
        // Cuts are the marks of separate tokens, so they never overlap: walk them in order with
        // the text instead of searching them all at every byte (quadratic on a long quotation).
        let cuts = cuts.count > 1 ? cuts.sorted { $0.lowerBound < $1.lowerBound } : cuts
        var nextCut = 0
        while i < range.upperBound {
            while nextCut < cuts.count, cuts[nextCut].upperBound <= i { nextCut += 1 }
            if nextCut < cuts.count, cuts[nextCut].contains(i) {
                i = cuts[nextCut].upperBound; pendingSpace = !pieces.isEmpty; continue
            }
            // Printable ASCII and most other bytes start no white space: skip the space test.
            let b = bytes[i]
            let space = (b > 0x20 && b < 0x80) || (b >= 0x80 && b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF)
                ? 0 : ByteClass.spaceLength(bytes, i)
            if space > 0 { pendingSpace = !pieces.isEmpty; i += space; continue }
            if pendingSpace { pieces.append(0x20); pendingSpace = false }
            pieces.append(bytes[i])
            i += 1
        }
        var text = String(decoding: pieces, as: UTF8.self)
        if kind == .direct, text.hasSuffix(",") { text.removeLast() }
        return text
    }

    /// The continued-paragraph marks of a span: a double quotation mark that opens a line inside it.
    static func continuationMarks(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var cuts: [Range<Int>] = []
        var i = range.lowerBound
        var afterLineBreak = false
        while i < range.upperBound {
            let space = ByteClass.spaceLength(bytes, i)
            if space > 0 {
                if bytes[i] == 0x0A || bytes[i] == 0x0D { afterLineBreak = true }
                i += space
                continue
            }
            if afterLineBreak, let mark = QuoteMarks.mark(bytes, i), mark.family == .double, mark.facing != .closing {
                cuts.append(i..<(i + mark.length))
            }
            afterLineBreak = false
            i += 1
        }
        return cuts
    }

    /// `text` with white space folded to single spaces and trimmed.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
