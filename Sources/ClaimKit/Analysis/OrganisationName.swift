import Foundation

/// The key that makes different wordings of one organisation's name compare equal.
///
/// `the French foreign ministry`, `France's foreign ministry` and `Foreign Ministry of France`
/// all give `foreign france ministry`: determiners and function words go, a possessive country
/// and a nationality word both become the country, spelling is folded (`defence`/`defense`),
/// dotted abbreviations are joined (`U.N.` = `UN`), and the remaining words are sorted.
enum OrganisationName {
    static func key(_ name: String, places: (any PlaceLexicon)?) -> String {
        let words = StatementWords(name)
        var parts: [String] = []
        for k in words.tokens.indices {
            var token = words.tokens[k]
            var written = words.excerpt(k..<(k + 1))
            for possessive in ["'s", "\u{2019}s"] where written.hasSuffix(possessive) {
                written.removeLast(possessive.count)
            }
            if token.hasSuffix("'s") { token.removeLast(2) }
            if token.hasSuffix("'") { token.removeLast() }
            if let country = places?.country(forDemonym: written) ?? places?.country(forDemonym: token.uppercased()) {
                parts += StatementWords(country).tokens
                continue
            }
            if FunctionWords.determiners.contains(token) || ["of", "for", "and", "on", "in"].contains(token) { continue }
            parts.append(token)
        }
        return Array(Set(parts)).sorted().joined(separator: " ")
    }
}
