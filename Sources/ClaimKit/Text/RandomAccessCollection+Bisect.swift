extension RandomAccessCollection {
    /// The index of the first element for which `isBelow` is false, in a collection where every
    /// element it is true for comes first (sorted by the key `isBelow` compares). Bisection:
    /// the look-ups of a long article stay logarithmic instead of scanning from the start.
    func firstIndex(notBelow isBelow: (Element) -> Bool) -> Index {
        var lo = startIndex, count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(lo, offsetBy: half)
            if isBelow(self[mid]) {
                lo = index(after: mid)
                count -= half + 1
            } else {
                count = half
            }
        }
        return lo
    }
}
