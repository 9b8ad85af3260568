/// Finds a claim's words in an article, however the person typing them wrote quotes, dashes,
/// spaces and capitals.
///
/// First the normalised text (`NormalizedText`), then the same without punctuation at the
/// claim's ends (a typed final period the article has as a comma), then word for word in each
/// body paragraph, punctuation anywhere ignored (`closest`). Ranges are UTF-8 byte offsets into
/// the file as stored.
enum ClaimLocator {
    /// Every place `text` occurs in `article`, those in the body first, each in reading order.
    static func occurrences(of text: String, in article: Article) -> [Range<Int>] {
        let found = normalizedOccurrences(of: text, in: article)
        if !found.isEmpty { return found }
        if let window = closest(TextKey.words(text), in: article), window.diff.isEqual { return [window.bytes] }
        return []
    }

    /// The places the normalised text holds `text`, with or without its edge punctuation.
    static func normalizedOccurrences(of text: String, in article: Article) -> [Range<Int>] {
        let normalized = NormalizedText(article.bytes)
        var key = NormalizedText.key(text)
        func inBody(_ range: Range<Int>) -> Bool {
            article.paragraphs.contains { !$0.isHeading && $0.range.overlaps(range) }
        }
        for attempt in 0..<2 {
            if attempt == 1 {
                while let last = key.last, !ByteClass.isWordByte(last) { key.removeLast() }
                while let first = key.first, !ByteClass.isWordByte(first) { key.removeFirst() }
            }
            let found = normalized.ranges(of: key)
            if !found.isEmpty { return found.filter(inBody) + found.filter { !inBody($0) } }
        }
        return []
    }

    /// The run of words of a body paragraph that best fits `words`, or `nil` when none shares a word.
    static func closest(_ words: [String], in article: Article) -> PassageWords.Window? {
        var best: PassageWords.Window?
        for paragraph in article.paragraphs where !paragraph.isHeading {
            if let window = PassageWords(article.bytes, range: paragraph.range).window(fitting: words),
               window.score > best?.score ?? Int.min {
                best = window
            }
        }
        return best
    }
}
