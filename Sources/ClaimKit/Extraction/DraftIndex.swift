/// The finished drafts of an article looked up by span and by speaker, so that finishing each
/// claim does not search every draft before it (quadratic on a page of thousands of claims).
struct DraftIndex {
    struct Span: Hashable {
        var start: Int
        var end: Int
    }

    /// The first draft with each span.
    private var firstBySpan: [Span: Int] = [:]
    /// Each speaker's drafts, in the order of the drafts.
    private var bySpeaker: [String: [Int]] = [:]

    init(_ drafts: [ClaimBuilder.Draft]) {
        for (index, draft) in drafts.enumerated() {
            let span = Span(start: draft.start, end: draft.end)
            if firstBySpan[span] == nil { firstBySpan[span] = index }
            bySpeaker[draft.speaker.name, default: []].append(index)
        }
    }

    /// Index of the first draft spanning `start..<end`.
    func first(start: Int, end: Int) -> Int? {
        firstBySpan[Span(start: start, end: end)]
    }

    /// Index of the last draft before `index` whose speaker is named `speaker`.
    func last(speaker: String, before index: Int) -> Int? {
        guard let indices = bySpeaker[speaker] else { return nil }
        let after = indices.firstIndex(notBelow: { $0 < index })
        return after > 0 ? indices[after - 1] : nil
    }
}
