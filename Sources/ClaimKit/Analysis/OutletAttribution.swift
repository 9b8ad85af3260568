/// Finds the outlet a report says a statement came through: `quoted by the NYT`, `told
/// Reuters`, `according to the Financial Times`, `as the Daily Courier further adds`,
/// `the Evening Post reported`.
///
/// Looks only in the claim's own sentence, outside the claim's words (what a speaker says
/// inside a quote is not the reporter's sourcing). An outlet is a name the outlet lexicon knows,
/// or a capitalised name shaped like one (ending in `News`, `Times`, `Journal`, … or opening
/// with `Radio`); after `quoted by`, `cited by`, `reported by` and `interview with`, which name
/// media, any capitalised name that ends the noun phrase will do. `told reporters`, `told
/// allies`, `according to officials` name no outlet.
enum OutletAttribution {
    /// Phrases before an outlet, and whether any capitalised name after them is taken as one.
    static let leads: [(words: [String], isStrong: Bool)] = [
        (["quoted", "by"], true), (["cited", "by"], true), (["reported", "by"], true),
        (["interview", "with"], true), (["interviewed", "by"], true), (["comments", "to"], false),
        (["according", "to"], false), (["told"], false), (["telling"], false), (["tells"], false),
        (["tell"], false), (["speaking", "to"], false), (["spoke", "to"], false),
        (["speaking", "with"], false), (["spoke", "with"], false), (["talking", "to"], false),
        (["talked", "to"], false), (["wrote", "in"], false), (["writing", "in"], false),
        (["statement", "to"], false),
    ]

    /// Verbs after an outlet that make it the source (`the Evening Post reported`).
    static let verbs: Set<String> = [
        "reported", "reports", "reporting", "adds", "added", "wrote", "writes", "quoted", "quotes",
        "cited", "cites", "noted", "notes", "learned", "revealed", "reveals", "said", "says",
    ]

    /// Adverbs allowed between an outlet and its verb (`further adds`, `first reported`).
    static let adverbs: Set<String> = ["further", "also", "first", "earlier", "previously", "later", "has", "had", "have"]

    /// The canonical name of the outlet the sentence around `span` credits, or `nil`.
    ///
    /// - Parameters:
    ///   - bytes: The article file as stored.
    ///   - paragraph: The UTF-8 range of the paragraph holding the claim.
    ///   - span: The claim's UTF-8 range.
    static func outlet(in bytes: [UInt8], paragraph: Range<Int>, span: Range<Int>) -> String? {
        let words: [WordScanner.Word] = bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[paragraph])
            return WordScanner.words(in: slice).map { word in
                var word = word
                word.start += paragraph.lowerBound
                word.end += paragraph.lowerBound
                return word
            }
        }
        guard !words.isEmpty else { return nil }
        // The sentence(s) holding the span.
        var first = 0
        for (k, word) in words.enumerated() where word.opensSentence && word.start <= span.lowerBound { first = k }
        var last = words.count
        for (k, word) in words.enumerated() where k > first && word.opensSentence && word.start >= span.upperBound {
            last = k
            break
        }
        let scope = Array(words[first..<last])
        var best: (distance: Int, name: String)?
        func consider(_ name: String, at position: Int) {
            let distance = position < span.lowerBound ? span.lowerBound - position : max(0, position - span.upperBound)
            if best == nil || distance < best!.distance { best = (distance, name) }
        }
        for k in scope.indices where !span.contains(scope[k].start) {
            // Lead phrase, then a name.
            for lead in leads where k + lead.words.count <= scope.count {
                guard (0..<lead.words.count).allSatisfy({ scope[k + $0].text == lead.words[$0] && !span.contains(scope[k + $0].start) }),
                      lead.words.count == 1 || gapsAreSpaces(bytes, scope, k..<(k + lead.words.count)) else { continue }
                if let name = name(in: scope, from: k + lead.words.count, bytes: bytes, span: span, anyCapitalised: lead.isStrong) {
                    consider(name, at: scope[k].start)
                }
            }
            // A name, then a reporting verb.
            if k == 0 || !scope[k - 1].isCapitalised || !gapsAreSpaces(bytes, scope, (k - 1)..<(k + 1)) || scope[k - 1].text == "the",
               let (name, end) = nameRun(in: scope, from: k, bytes: bytes, span: span), end < scope.count {
                var v = end
                while v < scope.count, adverbs.contains(scope[v].text) { v += 1 }
                if v < scope.count, verbs.contains(scope[v].text), !span.contains(scope[v].start),
                   let outlet = recognised(name) {
                    consider(outlet, at: scope[k].start)
                }
            }
        }
        return best?.name
    }

    /// The outlet named from word `k` on (after an optional `the`).
    static func name(in scope: [WordScanner.Word], from k: Int, bytes: [UInt8], span: Range<Int>, anyCapitalised: Bool) -> String? {
        var k = k
        if k < scope.count, scope[k].text == "the" { k += 1 }
        guard let (name, end) = nameRun(in: scope, from: k, bytes: bytes, span: span) else { return nil }
        if let outlet = recognised(name) { return outlet }
        guard anyCapitalised else { return nil }
        // `quoted by U.S. officials`: a capitalised modifier, not a name.
        if end < scope.count, !scope[end].isCapitalised, gapsAreSpaces(bytes, scope, (end - 1)..<(end + 1)),
           !FunctionWords.stopwords.contains(scope[end].text), !verbs.contains(scope[end].text) { return nil }
        return name
    }

    /// The run of capitalised words from `k` (with `of`, `and`, `&` inside), up to six words,
    /// not crossing punctuation or the claim; its text as written and the index after it.
    static func nameRun(in scope: [WordScanner.Word], from k: Int, bytes: [UInt8], span: Range<Int>) -> (String, Int)? {
        guard k < scope.count, scope[k].isCapitalised, !span.contains(scope[k].start) else { return nil }
        var end = k + 1
        while end < scope.count, end - k < 6, !span.contains(scope[end].start), gapsAreSpaces(bytes, scope, (end - 1)..<(end + 1)) {
            if scope[end].isCapitalised { end += 1; continue }
            if ["of", "and", "de", "du", "la", "el", "al"].contains(scope[end].text), end + 1 < scope.count,
               scope[end + 1].isCapitalised, gapsAreSpaces(bytes, scope, end..<(end + 2)) {
                end += 2
                continue
            }
            break
        }
        let text = String(decoding: bytes[scope[k].start..<scope[end - 1].end], as: UTF8.self)
        return (text, end)
    }

    /// The canonical outlet for a name, by the lexicon or by its shape; `nil` otherwise.
    static func recognised(_ name: String) -> String? {
        if let known = NewsOutlets.outlet(name) { return known }
        var words = name.split(separator: " ")
        if words.first == "The" || words.first == "the" { words.removeFirst() }
        // A known outlet followed by a day or month (`told Reuters Tuesday`).
        while words.count > 1, let last = words.last, Months.number(last) != nil || weekdays.contains(PersonName.bare(last)) {
            words.removeLast()
            if let known = NewsOutlets.outlet(words.joined(separator: " ")) { return known }
        }
        guard words.count > 1, let last = words.last, let first = words.first else { return nil }
        if NewsOutlets.nouns.contains(PersonName.bare(last)) || ["radio", "channel", "agence", "agencia", "agenzia"].contains(PersonName.bare(first)) {
            return words.joined(separator: " ")
        }
        return nil
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Whether only spaces separate the words `range` of `scope` (no comma, stop or quote).
    static func gapsAreSpaces(_ bytes: [UInt8], _ scope: [WordScanner.Word], _ range: Range<Int>) -> Bool {
        guard range.count > 1 else { return true }
        for k in range.lowerBound..<(range.upperBound - 1) {
            var i = scope[k].end
            while i < scope[k + 1].start {
                let n = ByteClass.spaceLength(bytes, i)
                if n == 0 {
                    // A dotted abbreviation (`U.S. News`) keeps the run going.
                    guard bytes[i] == 0x2E, scope[k].isDottedLetter || scope[k].text.utf8.count <= 3 else { return false }
                    i += 1
                    continue
                }
                i += n
            }
        }
        return true
    }
}
