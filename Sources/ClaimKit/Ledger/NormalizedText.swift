/// A copy of text made for finding words in it, that remembers where each of its bytes came from.
///
/// People type straight quotes where the page has curly ones, one space where it has a line
/// break, `--` where it has a dash, and capitals where it has none. The copy drops double
/// quotation marks (and guillemets), makes single marks and apostrophes `'`, dashes `-`, `…`
/// `...`, every run of white space one space, and letters lower case. The stored text is never
/// changed: a match in the copy maps back to UTF-8 byte offsets of the original.
struct NormalizedText: Sendable {
    /// The normalised bytes.
    private(set) var bytes: [UInt8] = []
    /// For each normalised byte, the range of original bytes it stands for.
    private(set) var starts: [Int32] = []
    private(set) var ends: [Int32] = []

    /// Normalises `source[range]` (all of it by default).
    init(_ source: [UInt8], range: Range<Int>? = nil) {
        let range = range ?? 0..<source.count
        bytes.reserveCapacity(range.count)
        starts.reserveCapacity(range.count)
        ends.reserveCapacity(range.count)
        var pendingSpace: Int?
        var i = range.lowerBound
        func emit(_ out: some Sequence<UInt8>, _ start: Int, _ end: Int) {
            if let space = pendingSpace, !bytes.isEmpty {
                bytes.append(0x20); starts.append(Int32(space)); ends.append(Int32(space + 1))
            }
            pendingSpace = nil
            for byte in out {
                bytes.append(byte); starts.append(Int32(start)); ends.append(Int32(end))
            }
        }
        while i < range.upperBound {
            let space = ByteClass.spaceLength(source, i)
            if space > 0 {
                if pendingSpace == nil { pendingSpace = i }
                i += space
                continue
            }
            if let mark = QuoteMarks.mark(source, i) {
                if mark.family == .single { emit([0x27], i, i + mark.length) }
                i += mark.length
                continue
            }
            let dash = ByteClass.dashLength(source, i)
            if dash > 0 { emit([0x2D], i, i + dash); i += dash; continue }
            let b = source[i]
            if b < 0x80 {
                emit([ByteClass.isUpper(b) ? b | 0x20 : b], i, i + 1)
                i += 1
                continue
            }
            if b == 0xE2, i + 2 < range.upperBound, source[i + 1] == 0x80, source[i + 2] == 0xA6 {   // …
                emit([0x2E, 0x2E, 0x2E], i, i + 3)
                i += 3
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            let end = min(i + length, range.upperBound)
            var decoded = String(decoding: source[i..<end], as: UTF8.self)
            if let scalar = decoded.unicodeScalars.first, decoded.unicodeScalars.count == 1, scalar.properties.isUppercase {
                decoded = scalar.properties.lowercaseMapping
            }
            emit(Array(decoded.utf8), i, end)
            i = end
        }
    }

    /// `text` normalised the same way, as bytes, without white space at either end.
    static func key(_ text: String) -> [UInt8] {
        NormalizedText(Array(text.utf8)).bytes
    }

    /// The original byte ranges where `needle` (a `key`) occurs, starting and ending on word
    /// boundaries, in reading order.
    func ranges(of needle: [UInt8]) -> [Range<Int>] {
        guard let first = needle.first, needle.count <= bytes.count else { return [] }
        let startsWord = ByteClass.isWordByte(first), endsWord = ByteClass.isWordByte(needle[needle.count - 1])
        var found: [Range<Int>] = []
        var k = 0
        while k + needle.count <= bytes.count {
            defer { k += 1 }
            guard bytes[k] == first else { continue }
            if startsWord, k > 0, ByteClass.isWordByte(bytes[k - 1]) { continue }
            let after = k + needle.count
            if endsWord, after < bytes.count, ByteClass.isWordByte(bytes[after]) { continue }
            var j = 1
            while j < needle.count, bytes[k + j] == needle[j] { j += 1 }
            if j == needle.count { found.append(Int(starts[k])..<Int(ends[after - 1])) }
        }
        return found
    }
}
