/// Reads the texts in `Lexicon/Generated/`: lines of tab-separated fields, lists inside a field
/// separated by `|` or spaces, and section headers that start with `@`.
///
/// Parsing works on the UTF-8 bytes of the embedded string with plain index loops and no
/// allocation per line, so the lexicons load quickly even in a debug build.
enum LexiconText {
    static let newline: UInt8 = 0x0A, tab: UInt8 = 0x09, bar: UInt8 = 0x7C, at: UInt8 = 0x40, space: UInt8 = 0x20

    /// Calls `body` for each non-empty line of `text`, in order, with the text's bytes and the
    /// line's range.
    static func forEachLine(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var start = 0, i = 0
            while i < count {
                if bytes[i] == newline {
                    if i > start { body(bytes, start..<i) }
                    start = i + 1
                }
                i += 1
            }
            if start < count { body(bytes, start..<count) }
        }
    }

    /// The parts of a line between separators, read one at a time: `while let part = fields.next() {…}`.
    struct Fields {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var position: Int
        private let end: Int, separator: UInt8

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separator: UInt8 = LexiconText.tab) {
            self.bytes = bytes
            (position, end, self.separator) = (range.lowerBound, range.upperBound, separator)
        }

        /// The next part (possibly empty), or `nil` after the last.
        mutating func next() -> Range<Int>? {
            let start = position
            guard start <= end else { return nil }
            let stop = LexiconText.end(of: bytes, from: start, to: end, separator: separator)
            position = stop + 1
            return start..<stop
        }
    }

    /// The index of the first `separator` in `start..<end`, or `end`.
    static func end(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, separator: UInt8) -> Int {
        var i = start
        while i < end, bytes[i] != separator { i += 1 }
        return i
    }

    /// The text of a byte range.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The decimal number in a byte range, or `nil` if it is empty or has another character.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var value = 0, i = range.lowerBound
        while i < range.upperBound {
            let digit = bytes[i] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            i += 1
        }
        return value
    }

    /// Whether the bytes of `range` are all ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Whether two byte ranges hold the same bytes.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>) -> Bool {
        guard ra.count == rb.count else { return false }
        var i = ra.lowerBound, j = rb.lowerBound
        while i < ra.upperBound {
            if a[i] != b[j] { return false }
            i += 1
            j += 1
        }
        return true
    }
}
