/// A dateline: where and when a wire story was filed (`Brussels (AFP) Feb 16, 2017 -`).
///
/// A page may carry several; each governs the paragraphs after it, up to the next.
public struct Dateline: Hashable, Sendable, Codable {
    /// The place as written, title-cased when the dateline shouts it (`WASHINGTON` → `Washington`).
    public var place: String?
    /// The agency credited in parentheses (`AFP`, `Reuters`).
    public var agency: String?
    /// The date, when the dateline gives a full one.
    public var date: CalendarDate?
    /// Byte range of the dateline text itself.
    public var start: Int
    public var end: Int

    public init(place: String?, agency: String?, date: CalendarDate?, start: Int, end: Int) {
        self.place = place
        self.agency = agency
        self.date = date
        self.start = start
        self.end = end
    }
}
