/// Folds Latin letters with diacritics to ASCII (`Bogotá` → `Bogota`, `Łódź` → `Lodz`), so that
/// names match however a news style writes them.
///
/// The table (`LatinFoldData`) covers Latin-1, Latin Extended-A/-B and Extended Additional,
/// combining marks (dropped) and curly apostrophes (made straight). Other characters are kept.
struct LatinFold: Sendable {
    private var table: [UInt32: [UInt8]] = [:]

    /// Parses the embedded fold table.
    init() {
        table.reserveCapacity(700)
        LexiconText.forEachLine(in: LatinFoldData.text) { bytes, line in     // letter TAB replacement
            var fields = LexiconText.Fields(bytes, line)
            guard let letter = fields.next(), let replacement = fields.next(),
                  let scalar = Self.scalar(bytes, at: letter.lowerBound) else { return }
            table[scalar.value] = Array(UnsafeBufferPointer(rebasing: bytes[replacement]))
        }
    }

    /// Appends the bytes of `range`, with diacritics folded, to `output`.
    func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to output: inout [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            let end = min(i + length, range.upperBound)
            if length > 1, let scalar = Self.scalar(bytes, at: i), let replacement = table[scalar.value] {
                output.append(contentsOf: replacement)
            } else {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
            }
            i = end
        }
    }

    /// `text` with its diacritics folded.
    func folded<S: StringProtocol>(_ text: S) -> String {
        var string = String(text)
        return string.withUTF8 { bytes in
            if LexiconText.isASCII(bytes, 0..<bytes.count) { return nil }
            var output: [UInt8] = []
            append(bytes, 0..<bytes.count, to: &output)
            return String(decoding: output, as: UTF8.self)
        } ?? string
    }

    /// The scalar whose UTF-8 sequence starts at `i`, if it is complete.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar? {
        let b = bytes[i]
        let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
        guard length > 0, i + length <= bytes.count else { return nil }
        if length == 1 { return Unicode.Scalar(b) }
        var value = UInt32(b) & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }
}
