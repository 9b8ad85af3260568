/// A strict reader of the HTML the report writes, for tests: it lists every way the page falls
/// short of well-formed, escaped HTML, and reads back the text each claim highlight holds.
///
/// Stricter than HTML itself, on purpose: every element that needs closing is closed, in order;
/// every attribute has a double-quoted value; text and attribute values hold no raw `<` or `>`
/// and no `&` that does not start a character reference; ids are unique. Only `<style>` holds
/// raw text.
struct HTMLChecker {
    enum Event: Equatable {
        case open(String, [String: String])
        case close(String)
        case text(String)
    }

    private(set) var events: [Event] = []
    private(set) var problems: [String] = []

    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    static let references = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    init(_ html: String) {
        let bytes = Array(html.utf8)
        var i = 0
        var stack: [String] = []
        var ids = Set<String>()
        func at(_ literal: String) -> Bool { bytes[i...].starts(with: Array(literal.utf8)) }
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x3A
        }
        func readName() -> String {
            let start = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
        func skipSpace() { while i < bytes.count, [0x20, 0x0A, 0x09, 0x0D].contains(bytes[i]) { i += 1 } }

        if at("<!DOCTYPE html>") { i += 15 } else { problems.append("the page does not open with <!DOCTYPE html>") }
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") {
                let start = i
                while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
                let raw = String(decoding: bytes[start..<i], as: UTF8.self)
                if let text = decode(raw, at: start) { events.append(.text(text)) }
                continue
            }
            if at("<!--") {
                guard let end = bytes[i...].firstRange(of: Array("-->".utf8)) else { problems.append("unclosed comment at \(i)"); break }
                i = end.upperBound
                continue
            }
            if at("</") {
                i += 2
                let name = readName().lowercased()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { problems.append("bad end tag </\(name) at \(i)"); break }
                i += 1
                if stack.last == name { stack.removeLast() } else {
                    problems.append("</\(name)> at \(i) closes <\(stack.last ?? "nothing")>")
                    if let k = stack.lastIndex(of: name) { stack.removeSubrange(k...) }
                }
                events.append(.close(name))
                continue
            }
            i += 1
            guard i < bytes.count, isNameByte(bytes[i]) else { problems.append("a raw '<' in text at \(i - 1)"); continue }
            let name = readName().lowercased()
            var attributes: [String: String] = [:]
            while true {
                skipSpace()
                guard i < bytes.count else { problems.append("unclosed tag <\(name)"); break }
                if bytes[i] == UInt8(ascii: ">") { i += 1; break }
                if at("/>") { problems.append("self-closing <\(name)/> at \(i)"); i += 2; break }
                let attribute = readName()
                guard !attribute.isEmpty else { problems.append("junk in <\(name)> at \(i)"); i += 1; continue }
                guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { problems.append("attribute \(attribute) of <\(name)> has no value"); continue }
                i += 1
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { problems.append("attribute \(attribute) of <\(name)> is not quoted"); continue }
                i += 1
                let start = i
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += 1 }
                let raw = String(decoding: bytes[start..<i], as: UTF8.self)
                i += 1
                if attributes[attribute] != nil { problems.append("attribute \(attribute) twice in <\(name)>") }
                attributes[attribute] = decode(raw, at: start) ?? ""
            }
            if let id = attributes["id"], !ids.insert(id).inserted { problems.append("id \(id) twice") }
            events.append(.open(name, attributes))
            if name == "style" {
                guard let end = bytes[i...].firstRange(of: Array("</style>".utf8)) else { problems.append("unclosed <style>"); break }
                i = end.upperBound
                events.append(.close(name))
            } else if !HTMLChecker.void.contains(name) {
                stack.append(name)
            }
        }
        if !stack.isEmpty { problems.append("never closed: " + stack.map { "<\($0)>" }.joined(separator: " ")) }
    }

    /// Text with its character references decoded; a problem for a raw `>` or a stray `&`.
    private mutating func decode(_ raw: String, at offset: Int) -> String? {
        if raw.contains(">") { problems.append("a raw '>' at \(offset): \(raw.prefix(40))") }
        var result = ""
        var rest = raw[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[rest.index(after: amp)...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 8 else {
                problems.append("a stray '&' at \(offset)")
                continue
            }
            let name = String(rest[..<semicolon])
            rest = rest[rest.index(after: semicolon)...]
            if name.hasPrefix("#x"), let n = UInt32(name.dropFirst(2), radix: 16), let s = Unicode.Scalar(n) {
                result.unicodeScalars.append(s)
            } else if name.hasPrefix("#"), let n = UInt32(name.dropFirst()), let s = Unicode.Scalar(n) {
                result.unicodeScalars.append(s)
            } else if let decoded = HTMLChecker.references[name] {
                result += decoded
            } else {
                problems.append("unknown reference &\(name); at \(offset)")
            }
        }
        return result + rest
    }

    /// The text each claim's highlights hold, by claim id: the marks carrying `data-claim`, their
    /// text (nested marks included) joined in reading order.
    var highlightedText: [String: String] {
        var texts: [String: String] = [:]
        var open: [String?] = []
        for event in events {
            switch event {
            case .open(let name, let attributes):
                if !HTMLChecker.void.contains(name) { open.append(name == "mark" ? attributes["data-claim"] : nil) }
                if name == "mark", let id = attributes["data-claim"], texts[id] == nil { texts[id] = "" }
            case .close:
                if !open.isEmpty { open.removeLast() }
            case .text(let text):
                for id in Set(open.compactMap { $0 }) { texts[id, default: ""] += text }
            }
        }
        return texts
    }

    /// The attributes of every element named `name`, in order.
    func elements(_ name: String) -> [[String: String]] {
        events.compactMap { if case .open(name, let attributes) = $0 { attributes } else { nil } }
    }

    /// All the text of the page outside `<style>`, decoded.
    var text: String {
        var inStyle = false
        var result = ""
        for event in events {
            switch event {
            case .open("style", _): inStyle = true
            case .close("style"): inStyle = false
            case .text(let text) where !inStyle: result += text
            default: break
            }
        }
        return result
    }
}
