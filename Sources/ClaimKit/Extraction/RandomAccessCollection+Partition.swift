extension RandomAccessCollection where Index == Int {
    /// The first index at or after `start` whose element satisfies `predicate`, by binary
    /// search (`endIndex` if none): the elements from `start` on must be partitioned, all
    /// `false` then all `true`. Extraction finds a sentence's quotations and a mention's
    /// candidates this way instead of scanning the article's.
    func firstIndex(from start: Int, where predicate: (Element) -> Bool) -> Int {
        var low = start, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
