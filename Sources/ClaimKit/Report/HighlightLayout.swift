/// A stretch of an article's bytes cut where highlighted spans begin and end, so that each span
/// becomes marks that nest properly.
///
/// Spans may nest (a quote inside the reported clause that carries it) or cross (two readings of
/// one sentence); HTML elements may only nest. The stretch is cut at every span edge; each piece
/// is covered by a set of spans, opened outermost first (earlier start, then later end). Moving
/// from one piece to the next closes the open marks down to the longest still-wanted prefix and
/// opens the rest, so a crossing span is closed and reopened: it becomes several marks whose
/// texts, joined, are its text. Edges inside a UTF-8 sequence move out to the whole character
/// (a start back, an end forward), so no mark cuts a character in two.
package struct HighlightLayout: Sendable {
    /// One step of the layout, in reading order.
    package enum Piece: Equatable, Sendable {
        /// Bytes of text.
        case text(Range<Int>)
        /// Opens a mark for span `span` (an index into the spans given).
        case open(span: Int)
        case close(span: Int)
    }

    package let pieces: [Piece]

    /// - Parameters:
    ///   - bytes: The article's bytes.
    ///   - range: The stretch to lay out (a paragraph).
    ///   - spans: Byte ranges to highlight; the parts outside `range` are ignored.
    package init(bytes: [UInt8], range: Range<Int>, spans: [Range<Int>]) {
        var clipped: [(span: Int, range: Range<Int>)] = []
        for (s, span) in spans.enumerated() {
            let start = HighlightLayout.scalarStart(max(span.lowerBound, range.lowerBound), in: bytes, floor: range.lowerBound)
            let end = HighlightLayout.scalarEnd(min(span.upperBound, range.upperBound), in: bytes, ceiling: range.upperBound)
            if start < end { clipped.append((s, start..<end)) }
        }
        // Outermost first: earlier start, then later end, then input order.
        clipped.sort { ($0.range.lowerBound, -$0.range.upperBound, $0.span) < ($1.range.lowerBound, -$1.range.upperBound, $1.span) }
        var edges = Set([range.lowerBound, range.upperBound])
        for c in clipped { edges.insert(c.range.lowerBound); edges.insert(c.range.upperBound) }
        let cuts = edges.sorted()
        var pieces: [Piece] = []
        var open: [Int] = []
        for (from, to) in zip(cuts, cuts.dropFirst()) {
            let wanted = clipped.filter { $0.range.lowerBound <= from && to <= $0.range.upperBound }.map(\.span)
            var keep = 0
            while keep < open.count, keep < wanted.count, open[keep] == wanted[keep] { keep += 1 }
            while open.count > keep { pieces.append(.close(span: open.removeLast())) }
            for span in wanted[keep...] {
                pieces.append(.open(span: span))
                open.append(span)
            }
            pieces.append(.text(from..<to))
        }
        while let span = open.popLast() { pieces.append(.close(span: span)) }
        self.pieces = pieces
    }

    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// `offset`, moved back to the start of the character it falls in (not below `floor`).
    static func scalarStart(_ offset: Int, in bytes: [UInt8], floor: Int) -> Int {
        var i = offset
        while i > floor, i < bytes.count, isContinuation(bytes[i]), offset - i < 3 { i -= 1 }
        return i
    }

    /// `offset`, moved forward past the end of the character it falls in (not above `ceiling`).
    static func scalarEnd(_ offset: Int, in bytes: [UInt8], ceiling: Int) -> Int {
        var i = offset
        while i < ceiling, i < bytes.count, isContinuation(bytes[i]), i - offset < 3 { i += 1 }
        return i
    }
}
