import ClaimKit
import Foundation
import Testing

/// Two short reports of one statement, written for these tests: an American-style wire copy with
/// straight quotes and a British-style one with curly single quotes.
enum LedgerArticles {
    static let american = """
        date 2021-03-05

        PARIS (AFP) - Finance Minister Jane Doe said on Thursday that the reform would go ahead as planned.

        "We will not delay the reform by a single day," Doe told reporters in Paris. "The country cannot wait."

        Opposition leader John Smith said the plan was "reckless and unfair".

        """

    static let british = """
        date 2021-03-06

        LONDON (Reuters) - Jane Doe, the French finance minister, said on Thursday that the reform would go ahead as planned.

        ‘We will not delay the reform by a single day,’ Mrs Doe told reporters in Lyon.

        Pierre Martin, a union leader, said the reform would cost jobs.

        """

    static func articles() throws -> [Article] {
        [try Article(id: "am", text: american), try Article(id: "br", text: british)]
    }
}

@Suite("Recording claims")
struct RecordTests {
    static let recorder = ClaimRecorder()

    static func draft(_ text: String, speaker: String = "Jane Doe", article: String? = "am") -> ClaimDraft {
        ClaimDraft(speaker: speaker, text: text, article: article)
    }

    struct Typed: Sendable, CustomTestStringConvertible {
        var name: String
        var article: String
        var text: String
        var exact: String
        var testDescription: String { name }
    }

    static let typed: [Typed] = [
        Typed(name: "as written", article: LedgerArticles.american, text: "We will not delay the reform by a single day",
              exact: "We will not delay the reform by a single day"),
        Typed(name: "straight quotes for curly", article: "He said: “It’s in everyone’s interest to talk,” she said.\n",
              text: "It's in everyone's interest to talk", exact: "It’s in everyone’s interest to talk"),
        Typed(name: "curly quotes for straight", article: "He said \"Russia's ties are 'rock solid'\" on Monday.\n",
              text: "Russia’s ties are ‘rock solid’", exact: "Russia's ties are 'rock solid'"),
        Typed(name: "one space for a line break", article: "She said the plan\n  would   work, officials said.\n",
              text: "the plan would work", exact: "the plan\n  would   work"),
        Typed(name: "case and a final period", article: LedgerArticles.american, text: "the country cannot wait.",
              exact: "The country cannot wait."),
        Typed(name: "a final period the article has as a comma", article: LedgerArticles.american,
              text: "We will not delay the reform by a single day.", exact: "We will not delay the reform by a single day"),
        Typed(name: "a dropped comma", article: "He said: \"We are ready, and we will act,\" on Monday.\n",
              text: "We are ready and we will act", exact: "We are ready, and we will act"),
        Typed(name: "a dash typed as two hyphens", article: "She said the deal – signed in May – was dead.\n",
              text: "the deal -- signed in May -- was dead", exact: "the deal – signed in May – was dead"),
    ]

    @Test("Typed words anchor at true byte offsets", arguments: typed)
    func anchors(_ c: Typed) throws {
        let article = try Article(id: "x", text: c.article)
        let recording = try Self.recorder.record(Self.draft(c.text, article: "x"), in: article)
        let source = try #require(recording.claim.source)
        #expect(source.exact == c.exact)
        #expect(article.string(source.start..<source.end) == c.exact)
        #expect(source == SourceSpan(article: "x", bytes: article.bytes, start: source.start, end: source.end))
        #expect(recording.claim.status == .reviewed)
        #expect(recording.claim.id == "x@\(source.start)-\(source.end)")
        #expect(recording.warnings.isEmpty)
    }

    @Test("Offsets count bytes, not characters")
    func byteOffsets() throws {
        let text = "Émilie Durand, née à Besançon, said: \"Ça suffit.\"\n"
        let article = try Article(id: "x", text: text)
        let claim = try Self.recorder.record(Self.draft("ça suffit", speaker: "Émilie Durand", article: "x"), in: article).claim
        let source = try #require(claim.source)
        #expect(source.start == Array(text.utf8).firstIndex(of: UInt8(ascii: "\""))! + 1)
        #expect(source.exact == "Ça suffit")
        #expect(claim.kind == .mixed || claim.kind == .direct)
    }

    @Test("The kind comes from the article's quotation marks", arguments: [
        ("We will not delay the reform by a single day", ClaimKind.direct),
        ("the reform would go ahead as planned", .indirect),
        ("the plan was \"reckless and unfair\"", .mixed),
    ])
    func kind(_ text: String, _ kind: ClaimKind) throws {
        let article = try Article(id: "am", text: LedgerArticles.american)
        #expect(try Self.recorder.record(Self.draft(text), in: article).claim.kind == kind)
    }

    @Test("A multi-paragraph quote's text leaves out the mark that opens the second paragraph")
    func continuedParagraph() throws {
        let text = "She said: \"We will act.\n\n\"And we will act soon,\" she added.\n"
        let article = try Article(id: "x", text: text)
        let claim = try Self.recorder.record(Self.draft("We will act. And we will act soon", article: "x"), in: article).claim
        #expect(claim.text == "We will act. And we will act soon")
        #expect(claim.source?.exact == "We will act.\n\n\"And we will act soon")
    }

    @Test("Words the article does not hold are unverified, or refused when strict")
    func notInArticle() throws {
        let article = try Article(id: "am", text: LedgerArticles.american)
        let draft = Self.draft("We will never delay the reform")
        let recording = try Self.recorder.record(draft, in: article)
        #expect(recording.claim.status == .unverified)
        #expect(recording.claim.source == nil)
        #expect(recording.claim.citedArticle == "am")
        #expect(recording.claim.id.hasPrefix("am@"))
        #expect(recording.warnings == ["text not found in article am: recorded as unverified"])
        #expect(throws: RecordError.notInArticle(article: "am")) {
            try ClaimRecorder(strict: true).record(draft, in: article)
        }
    }

    @Test("Bad drafts are refused", arguments: [
        (ClaimDraft(speaker: "Jane Doe", text: "  \n "), RecordError.emptyText),
        (ClaimDraft(speaker: " ", text: "the reform"), .emptySpeaker),
    ])
    func refused(_ draft: ClaimDraft, _ error: RecordError) {
        #expect(throws: error) { try Self.recorder.record(draft, in: nil) }
    }

    @Test("A given span must hold the words")
    func spans() throws {
        let article = try Article(id: "am", text: LedgerArticles.american)
        var draft = Self.draft("the reform would go ahead as planned")
        draft.start = 3
        #expect(throws: RecordError.halfSpan) { try Self.recorder.record(draft, in: article) }
        draft.end = 9
        #expect(throws: RecordError.spanMismatch(start: 3, end: 9, article: "am")) { try Self.recorder.record(draft, in: article) }
        draft.end = 100_000
        #expect(throws: RecordError.spanOutOfRange(start: 3, end: 100_000, size: article.bytes.count)) {
            try Self.recorder.record(draft, in: article)
        }
        let start = Array(article.bytes).firstRange(of: Array("the reform would".utf8))!.lowerBound
        draft.start = start
        draft.end = start + "the reform would go ahead as planned".utf8.count
        #expect(try Self.recorder.record(draft, in: article).claim.source?.start == start)
    }

    @Test("Places are named as the gazetteer names them; unknown ones are kept with a warning")
    func places() throws {
        var draft = Self.draft("the reform would go ahead as planned", article: nil)
        draft.where = ClaimPlace(place: "PARIS")
        #expect(try Self.recorder.record(draft, in: nil).claim.where.place == "Paris")
        draft.where = ClaimPlace(place: "Nowhereville")
        let recording = try Self.recorder.record(draft, in: nil)
        #expect(recording.claim.where.place == "Nowhereville")
        #expect(recording.warnings == ["place 'Nowhereville' is not in the gazetteer: kept as written"])
    }

    @Test("The same claim twice is found; the same span with another speaker is a conflict")
    func duplicates() throws {
        let article = try Article(id: "am", text: LedgerArticles.american)
        let first = try Self.recorder.record(Self.draft("We will not delay the reform by a single day"), in: article).claim
        let again = try Self.recorder.record(Self.draft("we will NOT delay the reform by a single day.", speaker: "Doe"), in: article).claim
        #expect(try Self.recorder.existing(again, in: [first])?.id == first.id)
        let other = try Self.recorder.record(Self.draft("We will not delay the reform by a single day", speaker: "John Smith"), in: article).claim
        #expect(throws: RecordError.conflicts(id: first.id, speaker: "Jane Doe")) { try Self.recorder.existing(other, in: [first]) }
        let unsourced = try Self.recorder.record(Self.draft("the reform will go ahead", article: nil), in: nil).claim
        #expect(unsourced.id.hasPrefix("unsourced@"))
        #expect(try Self.recorder.existing(unsourced, in: [first]) == nil)
        #expect(try Self.recorder.existing(unsourced, in: [first, unsourced]) == unsourced)
    }
}

@Suite("Ledger text matching")
struct LedgerMatchingTests {
    @Test("Names that can be one speaker", arguments: [
        ("Jim Mattis", "James Mattis", true), ("Mattis", "James Mattis", true),
        ("Defense Secretary Jim Mattis", "James Mattis", true), ("Mr. Putin", "Vladimir Putin", true),
        ("the Pentagon", "Pentagon", true), ("José Álvarez", "Jose Alvarez", true),
        ("U.S. officials", "US officials", true), ("Russia's defence ministry", "defence ministry", true),
        ("John Smith", "Jane Smith", false), ("James Mattis", "John Mattis", false),
        ("US intelligence agencies", "Russian intelligence agencies", false), ("Jane Doe", "John Smith", false),
    ])
    func speakers(_ a: String, _ b: String, _ compatible: Bool) {
        let match = SpeakerMatch()
        let x = match.speaker(named: a), y = match.speaker(named: b)
        #expect(match.areCompatible(x, y) == compatible, "\(x.type) \(y.type)")
        #expect(match.areCompatible(y, x) == compatible)
    }

    @Test("A typed speaker's kind is guessed from its words", arguments: [
        ("Jane Doe", Speaker.Kind.person), ("US officials", .group), ("Russia's defence ministry", .organisation), ("he", .unknown),
    ])
    func speakerKind(_ name: String, _ kind: Speaker.Kind) {
        #expect(SpeakerMatch().speaker(named: name).type == kind)
    }

    @Test("Word diffs show what changed", arguments: [
        ("We will not delay the reform", "We will never delay the reform", "we will [-not-] {+never+} delay the reform"),
        ("the reform would go ahead", "the reform would go ahead as planned", "the reform would go ahead {+as planned+}"),
        ("more than 80 people", "70 people", "[-more than 80-] {+70+} people"),
        ("It’s ready", "it's ready", "it's ready"),
    ])
    func diff(_ old: String, _ new: String, _ inline: String) {
        let diff = WordDiff(from: TextKey.words(old), to: TextKey.words(new))
        #expect(diff.inline == inline)
        #expect(diff.isEqual == (old.lowercased().replacingOccurrences(of: "’", with: "'") == new.lowercased()))
    }

    @Test("An unverified claim keeps its article without a span, and is no extraction fixture")
    func unanchored() throws {
        let claim = Claim(source: nil, kind: .direct, text: "We will never delay", cue: "said",
                          speaker: Speaker(name: "Jane Doe", mention: "Jane Doe", type: .person),
                          status: .unverified, unanchoredArticle: "am")
        let data = try ClaimStore.encode([claim])
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"article\" : \"am\""))
        #expect(json.contains("\"start\" : null"))
        #expect(try ClaimStore.decode(data, path: "x") == [claim])
        #expect(ExtractionDiff(article: "am", expected: [claim], actual: []).failures.isEmpty)
    }

    @Test("A JSON Lines file names its malformed line")
    func draftLines() throws {
        let folder = try TemporaryDirectory()
        let good = #"{"speaker": "Jane Doe", "text": "the reform would go ahead", "article": "am"}"#
        let file = try folder.write("claims.jsonl", good + "\n\n" + #"{"speaker": {"name": "Jane Doe"}, "txt": "x"}"# + "\n")
        let error = #expect(throws: StoreError.self) { try DraftLines(contentsOf: file, path: "claims.jsonl") }
        #expect(error?.description.hasPrefix("claims.jsonl: line 3, column ") == true, "\(String(describing: error))")
        #expect(error?.description.contains("unknown field 'txt'") == true)
        try folder.write("ok.jsonl", good + "\n" + #"{"speaker": {"name": "Jane Doe", "type": "person"}, "text": "y", "when": {"date": "2021-03-04"}}"#)
        let lines = try DraftLines(contentsOf: folder.url.appending(path: "ok.jsonl")).lines
        #expect(lines.map(\.number) == [1, 2])
        #expect(lines[1].draft.when.date == CalendarDate(iso: "2021-03-04"))
        try folder.write("bad-date.jsonl", #"{"speaker": "X", "text": "y", "when": {"date": "2021-02-30"}}"#)
        let dateError = #expect(throws: StoreError.self) { try DraftLines(contentsOf: folder.url.appending(path: "bad-date.jsonl"), path: "d") }
        #expect(dateError?.description.contains("d: line 1, column") == true)
        #expect(dateError?.description.contains("not a real day") == true, "\(String(describing: dateError))")
    }
}
