/// A rough sound key for names, so transliterations (`Yuri`, `Yury`) and doubled letters
/// do not read as different names while different ones (`Iran`, `Iraq`) still do.
enum NameSound {
    static func key(_ word: String) -> String {
        var w = PersonName.fold(word)
        if w.hasSuffix("'s") { w.removeLast(2) }
        for (from, to) in [("kh", "h"), ("ph", "f"), ("ou", "u"), ("y", "i"), ("ck", "k"), ("'", "")] {
            w = w.replacingOccurrences(of: from, with: to)
        }
        var result = ""
        for ch in w where ch != result.last { result.append(ch) }
        return result
    }
}
