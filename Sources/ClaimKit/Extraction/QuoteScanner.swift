/// Pairs quotation marks into quotations, paragraph by paragraph, in one pass.
///
/// News text breaks naive pairing: `’` is both a closing mark and an apostrophe, an odd number
/// of marks is normal, a quote may run over several paragraphs (the opening mark repeated at
/// each, the closing mark only at the end), and quotes nest with the other mark style. The
/// scanner decides each mark from its neighbours, keeps a small stack per paragraph, and
/// recovers at the paragraph's end, so one stray mark never spoils the rest of an article.
struct QuoteScanner {
    /// A quotation: its marks and the byte range of its words.
    struct Quotation: Sendable {
        /// Token index of the opening mark.
        var open: Int
        /// Token index of the closing mark; `nil` when the paragraph ended first.
        var close: Int?
        /// Byte range of the quoted words, marks excluded.
        var contentStart: Int
        var contentEnd: Int
        /// Token range of the quoted words.
        var firstToken: Int
        var lastToken: Int
        /// Opening marks of continued paragraphs inside a multi-paragraph quote.
        var continuations: [Int] = []
        /// Nesting depth: 1 for a quotation in running text, 2 for one inside it.
        var depth: Int
        /// Whether its end has been found (closing mark or paragraph end).
        var isEnded = false
        /// Closed by a mark, not by the end of its paragraph.
        var isClosed: Bool { close != nil }
    }

    /// Marks quote tokens with their role and every token with its quotation depth, and returns
    /// the quotations in reading order.
    func scan(_ tokens: inout [Token]) -> [Quotation] {
        var quotations: [Quotation] = []
        var paragraphStart = 0
        var carried: Int? = nil   // index into `quotations` of a quote continuing into the next paragraph
        while paragraphStart < tokens.count {
            var paragraphEnd = paragraphStart
            let paragraph = tokens[paragraphStart].paragraph
            while paragraphEnd < tokens.count, tokens[paragraphEnd].paragraph == paragraph { paragraphEnd += 1 }
            carried = scanParagraph(&tokens, paragraphStart..<paragraphEnd, carried: carried, into: &quotations)
            paragraphStart = paragraphEnd
        }
        return quotations
    }

    /// Scans one paragraph; returns the quotation left open to continue in the next, if any.
    func scanParagraph(_ tokens: inout [Token], _ range: Range<Int>, carried: Int?,
                       into quotations: inout [Quotation]) -> Int? {
        var stack: [Int] = []          // indices into `quotations`
        var i = range.lowerBound
        if let carried, i < range.upperBound, tokens[i].kind == .quote,
           let mark = tokens[i].mark, mark.facing != .closing,
           let openMark = tokens[quotations[carried].open].mark, openMark.family == mark.family {
            tokens[i].quoteRole = .opening
            tokens[i].depth = 1
            quotations[carried].continuations.append(i)
            stack.append(carried)
            i += 1
        }
        while i < range.upperBound {
            defer { i += 1 }
            tokens[i].depth = stack.count
            guard tokens[i].kind == .quote, let mark = tokens[i].mark else { continue }
            let openIndex = stack.lastIndex { tokens[quotations[$0].open].mark?.family == mark.family }
            let role = decide(tokens, i, range: range, mark: mark, isOpen: openIndex != nil, depth: stack.count)
            switch role {
            case .opening where stack.count < 3:
                tokens[i].quoteRole = .opening
                let start = tokens[i].end
                quotations.append(Quotation(open: i, close: nil, contentStart: start, contentEnd: start,
                                            firstToken: i + 1, lastToken: i, depth: stack.count + 1))
                stack.append(quotations.count - 1)
            case .closing:
                guard let openIndex else { tokens[i].quoteRole = .apostrophe; continue }
                tokens[i].quoteRole = .closing
                // Close anything nested inside the one this mark closes.
                for q in stack[(openIndex + 1)...] { close(&quotations[q], at: nil, tokens: tokens, before: i) }
                close(&quotations[stack[openIndex]], at: i, tokens: tokens)
                stack.removeSubrange(openIndex...)
                tokens[i].depth = stack.count
            default:
                tokens[i].quoteRole = .apostrophe
            }
        }
        guard let outer = stack.first else { return nil }
        // Inner quotes never continue across paragraphs.
        for q in stack.dropFirst() { close(&quotations[q], at: nil, tokens: tokens, before: range.upperBound) }
        // A quote still open continues if the next paragraph opens with its mark.
        let next = range.upperBound
        if next < tokens.count, tokens[next].kind == .quote, let mark = tokens[next].mark,
           mark.facing != .closing, mark.family == tokens[quotations[outer].open].mark?.family {
            return outer
        }
        close(&quotations[outer], at: nil, tokens: tokens, before: range.upperBound)
        return nil
    }

    /// Records where a quotation ends: at closing mark `close`, or just before token `before`.
    func close(_ quotation: inout Quotation, at close: Int?, tokens: [Token], before: Int? = nil) {
        if quotation.isEnded { return }
        quotation.isEnded = true
        if let close {
            quotation.close = close
            quotation.contentEnd = tokens[close].start
            quotation.lastToken = close - 1
        } else {
            let end = (before ?? tokens.count) - 1   // last token before the cut
            quotation.lastToken = max(end, quotation.open)
            quotation.contentEnd = max(quotation.contentStart, tokens[quotation.lastToken].end)
        }
    }

    enum Role { case opening, closing, apostrophe }

    /// Decides what a mark is from its neighbours and the open quotes.
    func decide(_ tokens: [Token], _ i: Int, range: Range<Int>, mark: QuoteMarks.Mark, isOpen: Bool, depth: Int) -> Role {
        let token = tokens[i]
        let hasPrevious = i > range.lowerBound
        let hasNext = i + 1 < range.upperBound
        let next = hasNext ? tokens[i + 1] : nil
        let previous = hasPrevious ? tokens[i - 1] : nil
        // Space or an opening bracket/dash on the left; space or punctuation on the right.
        let leftOpen = !hasPrevious || token.spaceBefore || previous!.kind == .dash
            || previous!.lower == "(" || previous!.lower == "[" || (previous!.kind == .quote && previous!.quoteRole == .opening)
        let rightClosed = !hasNext || next!.spaceBefore
            || (next!.kind == .punctuation && next!.lower != "(" && next!.lower != "[") || next!.kind == .dash
            || next!.kind == .ellipsis || (next!.kind == .quote && next!.mark?.facing != .opening)

        if mark.family == .single || mark.family == .singleGuillemet {
            // ’90s, ’em: an apostrophe before digits or a clipped word.
            if let next, !next.spaceBefore, next.kind == .number, leftOpen { return .apostrophe }
            // "not the sailors’,’ he said": a plural possessive just before the real closing mark.
            if isOpen, !leftOpen, i + 2 < range.upperBound, let next, next.kind == .punctuation, !next.spaceBefore,
               [",", ".", "!", "?", ";", ":"].contains(next.lower), tokens[i + 2].kind == .quote, !tokens[i + 2].spaceBefore,
               let after = tokens[i + 2].mark, after.family == .single, after.facing != .opening {
                return .apostrophe
            }
            if isOpen, rightClosed, !leftOpen || mark.facing == .closing { return .closing }
            if leftOpen, !rightClosed, mark.facing != .closing || token.lower == "'" {
                // Open a single quote only if something can close it later in the paragraph.
                return hasClosingSingle(tokens, after: i, range: range) ? .opening : .apostrophe
            }
            if isOpen, rightClosed { return .closing }
            return .apostrophe
        }
        switch mark.facing {
        case .opening:
            if isOpen, rightClosed, !leftOpen { return .closing }   // a mis-typed closing mark
            return .opening
        case .closing:
            if !isOpen, leftOpen, !rightClosed { return .opening } // a mis-typed opening mark
            return isOpen ? .closing : .apostrophe
        case .either:
            if leftOpen && !rightClosed { return .opening }
            if rightClosed && !leftOpen { return isOpen ? .closing : .apostrophe }
            return isOpen ? .closing : .opening
        }
    }

    func hasClosingSingle(_ tokens: [Token], after i: Int, range: Range<Int>) -> Bool {
        var j = i + 1
        while j < range.upperBound {
            let t = tokens[j]
            if t.kind == .quote, let mark = t.mark, mark.family == .single, mark.facing != .opening {
                let rightClosed = j + 1 >= range.upperBound || tokens[j + 1].spaceBefore
                    || tokens[j + 1].kind == .punctuation || tokens[j + 1].kind == .dash
                    || (tokens[j + 1].kind == .quote && tokens[j + 1].mark?.facing != .opening)
                if rightClosed && !t.spaceBefore { return true }
            }
            j += 1
        }
        return false
    }
}
