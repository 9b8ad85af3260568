/// Text made safe to put into an HTML page.
///
/// Article text is untrusted: a page that holds `<script>` or `&amp;` must show those characters,
/// never run or decode them. Every string the report writes into a page goes through `escape`
/// (element content) or `attribute` (a double-quoted attribute value); nothing else is inserted.
package enum HTMLText {
    /// `text` as element content: `&`, `<`, `>` and quotes as character references, and the
    /// control characters HTML forbids (all C0 controls but tab, line feed, form feed and
    /// carriage return, DEL and the C1 controls) as U+FFFD, so a stray byte cannot make the page
    /// invalid. A carriage return, alone or before a line feed, becomes one line feed, as an HTML
    /// parser would read it.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\r": result += "\n"
            case "\n": if !afterReturn { result += "\n" }
            case "\t", "\u{0C}": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// `text` as a double-quoted attribute value: escaped as content, and line breaks as `&#10;`
    /// so a multi-line tooltip keeps its lines.
    package static func attribute(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\n", with: "&#10;")
    }
}
