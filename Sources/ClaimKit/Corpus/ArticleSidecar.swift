import Foundation

/// `Corpus/<id>.meta.json`: metadata a person knows better than the detector.
///
/// Every field is optional; a field given here overrides what the text suggests.
/// ```json
/// { "outlet": "Space Daily", "url": "https://…", "published": "2017-02-16", "agency": "AFP" }
/// ```
public struct ArticleSidecar: Hashable, Codable, Sendable {
    public var outlet: String?
    public var url: String?
    public var published: CalendarDate?
    public var agency: String?
    public var headline: String?
    public var place: String?

    public init(outlet: String? = nil, url: String? = nil, published: CalendarDate? = nil,
                agency: String? = nil, headline: String? = nil, place: String? = nil) {
        self.outlet = outlet
        self.url = url
        self.published = published
        self.agency = agency
        self.headline = headline
        self.place = place
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case outlet, url, published, agency, headline, place }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        published = try c.decodeIfPresent(CalendarDate.self, forKey: .published)
        agency = try c.decodeIfPresent(String.self, forKey: .agency)
        headline = try c.decodeIfPresent(String.self, forKey: .headline)
        place = try c.decodeIfPresent(String.self, forKey: .place)
    }

    /// Reads a sidecar if the file exists.
    static func load(from url: URL) throws -> ArticleSidecar? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            let data = try Data(contentsOf: url)
            return try JSONDecoder().decode(ArticleSidecar.self, from: data)
        } catch let error as DecodingError {
            throw CorpusError.badSidecar(path: url.path, reason: JSONErrorDescription.describe(error, in: (try? Data(contentsOf: url)) ?? Data()))
        } catch {
            throw CorpusError.badSidecar(path: url.path, reason: Article.reason(error))
        }
    }

    func apply(to metadata: inout ArticleMetadata) {
        if let outlet { metadata.outlet = .init(outlet, from: .sidecar) }
        if let url { metadata.url = .init(url, from: .sidecar) }
        if let published { metadata.published = .init(published, from: .sidecar) }
        if let agency { metadata.agency = .init(agency, from: .sidecar) }
        if let headline { metadata.headline = .init(headline, from: .sidecar) }
        if let place { metadata.place = .init(place, from: .sidecar) }
    }
}
