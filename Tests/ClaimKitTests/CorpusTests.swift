import ClaimKit
import Foundation
import Testing

/// What the cleaner keeps and drops, pinned per corpus article.
@Suite("Corpus cleaning", .tags(.corpus))
struct CorpusCleaningTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var article: String
        var paragraphs: Int
        var firstKept: String
        var lastKept: String
        var dropped: [DroppedLine.Reason: Int]
        var testDescription: String { article }
    }

    static let expectations: [Expectation] = [
        Expectation(article: "000", paragraphs: 29,
                    firstKept: "The two sides currently have a system",
                    lastKept: "The talks took place as Trump's administration",
                    dropped: [.header: 1, .byline: 1, .dateline: 1]),
        Expectation(article: "001", paragraphs: 17,
                    firstKept: "The United States is not yet ready",
                    lastKept: "His comments come as the Chairman",
                    dropped: [.navigation: 3, .headline: 1, .separator: 1, .repeated: 17,
                              .authorBlurb: 3, .teaser: 9]),
        Expectation(article: "002", paragraphs: 13,
                    firstKept: "One day after Defense Secretary",
                    lastKept: "With US-Russian relations about to be scrutinized",
                    dropped: [.navigation: 1, .headline: 1]),
        Expectation(article: "003", paragraphs: 10,
                    firstKept: "Russia has proposed military talks",
                    lastKept: "Reuters has previously reported",
                    dropped: [.headline: 1, .dateline: 1, .caption: 2, .paywall: 3]),
        Expectation(article: "004", paragraphs: 36,
                    firstKept: "Donald Trump has said that US relations",
                    lastKept: "He accused Rycroft of behaving",
                    dropped: [.headline: 1, .comments: 3, .email: 1, .advert: 1]),
    ]

    @Test("Body and dropped lines", arguments: expectations)
    func body(_ expected: Expectation) throws {
        let article = try CorpusFile.named(expected.article).article()
        #expect(article.paragraphs.count == expected.paragraphs)
        let first = try #require(article.paragraphs.first)
        let last = try #require(article.paragraphs.last)
        #expect(article.string(first.range).hasPrefix(expected.firstKept))
        #expect(article.string(last.range).hasPrefix(expected.lastKept))
        var reasons: [DroppedLine.Reason: Int] = [:]
        for line in article.dropped { reasons[line.reason, default: 0] += 1 }
        #expect(reasons == expected.dropped)
    }

    @Test("Both AFP stories of 000 are kept, each under its own dateline")
    func twoStories() throws {
        let article = try CorpusFile.named("000").article()
        #expect(article.datelines.map(\.place) == ["Brussels", "Moscow"])
        let moscow = try #require(article.paragraphs.first { article.string($0.range).hasPrefix("Moscow (AFP)") })
        #expect(moscow.dateline == 1)
        #expect(article.paragraphs.filter { $0.dateline == 0 }.count == 23)
        #expect(article.paragraphs.filter { $0.dateline == 1 }.count == 6)
    }

    @Test("The story printed twice in 001 is kept once, with straight quotes")
    func repeatedStory() throws {
        let article = try CorpusFile.named("001").article()
        let body = article.paragraphs.map { article.string($0.range) }
        #expect(body.filter { $0.contains("not in a position right now") }.count == 1)
        #expect(!body.contains { $0.contains("\u{201C}") })
        #expect(!body.contains { $0.contains("You may also like") || $0.contains("Uncle Vanya") })
    }

    @Test("The section heading in 000 is kept as a heading, not a claim source")
    func heading() throws {
        let article = try CorpusFile.named("000").article()
        let headings = article.paragraphs.filter(\.isHeading).map { article.string($0.range) }
        #expect(headings == ["- 'Rock solid' commitment -"])
    }

    @Test("Paragraph ranges are true byte offsets into the stored file", arguments: CorpusFile.all)
    func offsets(_ file: CorpusFile) throws {
        let article = try file.article()
        let data = try Data(contentsOf: file.url)
        #expect(article.bytes == [UInt8](data))
        for paragraph in article.paragraphs {
            let text = String(decoding: data[paragraph.range], as: UTF8.self)
            #expect(text == article.string(paragraph.range))
            #expect(text.first?.isWhitespace == false && text.last?.isWhitespace == false)
        }
    }
}

/// Metadata detected from the text, pinned per corpus article.
@Suite("Article metadata", .tags(.corpus))
struct ArticleMetadataTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var article: String
        var published: String?
        var publishedFrom: ArticleMetadata.Origin?
        var agency: String?
        var places: [String]
        var headline: String
        var testDescription: String { article }
    }

    static let expectations: [Expectation] = [
        Expectation(article: "000", published: "2017-02-16", publishedFrom: .header, agency: "AFP",
                    places: ["Brussels", "Moscow"],
                    headline: "US says not ready yet for Russian military collaboration as chiefs meet"),
        Expectation(article: "001", published: nil, publishedFrom: nil, agency: "AFP", places: [],
                    headline: "US says not ready yet for military collaboration with Russia"),
        Expectation(article: "002", published: nil, publishedFrom: nil, agency: nil, places: [],
                    headline: "Pentagon Chief Rejects Military Cooperation With Russia"),
        Expectation(article: "003", published: nil, publishedFrom: nil, agency: "Reuters", places: ["Washington"],
                    headline: "Kerry Says Russia Proposed U.S.-Russia Military Talks on Syria"),
        Expectation(article: "004", published: nil, publishedFrom: nil, agency: nil, places: [],
                    headline: "Donald Trump says US relations with Russia 'may be at all-time low'"),
    ]

    @Test("Detected metadata", arguments: expectations)
    func metadata(_ expected: Expectation) throws {
        let article = try CorpusFile.named(expected.article).article()
        #expect(article.metadata.published?.value.description == expected.published)
        #expect(article.metadata.published?.origin == expected.publishedFrom)
        #expect(article.metadata.agency?.value == expected.agency)
        #expect(article.datelines.compactMap(\.place) == expected.places)
        #expect(article.metadata.headline?.value == expected.headline)
    }

    @Test("A sidecar overrides detection")
    func sidecar() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("a.txt", "WASHINGTON (Reuters) - The senator said on Tuesday that the bill would pass easily.\n")
        try folder.write("a.meta.json", #"{"outlet": "Example Times", "published": "2020-03-05", "agency": "AP"}"#)
        let article = try Article(contentsOf: file)
        #expect(article.metadata.published?.value == CalendarDate(year: 2020, month: 3, day: 5))
        #expect(article.metadata.published?.origin == .sidecar)
        #expect(article.metadata.agency?.value == "AP")
        #expect(article.metadata.outlet?.value == "Example Times")
        #expect(article.metadata.place?.value == "Washington")
    }

    @Test("A sidecar with an unknown field is an error naming the field")
    func badSidecar() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("a.txt", "Some text that is long enough to be a body paragraph of news.\n")
        try folder.write("a.meta.json", "{\n  \"publshed\": \"2020-03-05\"\n}\n")
        let error = #expect(throws: CorpusError.self) { try Article(contentsOf: file) }
        #expect(error?.description.contains("unknown field 'publshed'") == true)
        #expect(error?.description.contains("line 2") == true)
    }
}

/// Datelines in the forms wire services use.
@Suite("Datelines")
struct DatelineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var place: String?
        var agency: String?
        var date: String?
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(line: "Brussels (AFP) Feb 16, 2017 - The minister said the talks went well and would go on.",
             place: "Brussels", agency: "AFP", date: "2017-02-16"),
        Case(line: "WASHINGTON (Reuters) \u{2014} The senator said the bill would pass by the end of the week.",
             place: "Washington", agency: "Reuters", date: nil),
        Case(line: "NEW YORK (AP) \u{2014} The mayor said the subway would reopen on Monday after repairs.",
             place: "New York", agency: "AP", date: nil),
        Case(line: "LONDON, March 3 (Reuters) - The prime minister said on Tuesday that talks would continue.",
             place: "London", agency: "Reuters", date: nil),
        Case(line: "MOSCOW \u{2014} The Kremlin said on Friday it had no plans to expand the talks further.",
             place: "Moscow", agency: nil, date: nil),
        Case(line: "Paris, 4 April 2019 (AFP) - Le ministre a dit que les discussions allaient continuer.",
             place: nil, agency: nil, date: nil),
    ]

    @Test("Dateline forms", arguments: cases)
    func dateline(_ c: Case) throws {
        let article = try Article(id: "t", text: c.line + "\n\nA second paragraph follows with more than ten words in it, for the body.\n")
        let dateline = article.datelines.first
        #expect(dateline?.place == c.place)
        #expect(dateline?.agency == c.agency)
        #expect(dateline?.date?.description == c.date)
    }

    @Test("A sentence with an agency in parentheses is not a dateline")
    func notDateline() throws {
        let article = try Article(id: "t", text: "Officials told the agency (AFP) that they would not comment on the report.\n")
        #expect(article.datelines.isEmpty)
    }

    @Test("Reuters month-day datelines take the year of the header date")
    func monthDay() throws {
        let article = try Article(id: "t", text: "date 2021-03-04 Headline here\n\nLONDON, March 3 (Reuters) - The prime minister said talks would continue next week.\n")
        #expect(article.datelines.first?.date == CalendarDate(year: 2021, month: 3, day: 3))
    }
}

/// Bad input gives a clear error and loses nothing.
@Suite("Bad articles")
struct BadArticleTests {
    static let extractor = Extractor()

    /// The error reading `file` throws, and its message.
    func refusal(_ file: URL) -> (error: CorpusError?, message: String) {
        let error = #expect(throws: CorpusError.self) { try Article(contentsOf: file) }
        return (error, error?.description ?? "")
    }

    @Test("An empty file") func empty() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("e.txt", "")
        #expect(throws: CorpusError.empty(path: file.path)) { try Article(contentsOf: file) }
        #expect(refusal(file).message == "\(file.path): article is empty")
    }

    @Test("A file of white space only") func whitespace() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("w.txt", " \n\t\n\u{A0}\n\u{FEFF}\r\n\u{3000}")
        #expect(throws: CorpusError.empty(path: file.path)) { try Article(contentsOf: file) }
        #expect(refusal(file).message == "\(file.path): article is empty")
    }

    @Test("A binary file") func binary() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("b.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]))
        #expect(throws: CorpusError.binary(path: file.path)) { try Article(contentsOf: file) }
        #expect(refusal(file).message == "\(file.path): looks like a binary file, not article text")
    }

    @Test("Control characters without a NUL are binary too") func controlCharacters() throws {
        let bytes = (0..<2_000).map { UInt8($0 % 8 + 1) } + Array(" The minister said the talks went well.\n".utf8)
        #expect(throws: CorpusError.binary(path: "c")) { try Article(id: "c", bytes: bytes) }
    }

    @Test("A UTF-16 file, either byte order", arguments: [true, false])
    func utf16(_ littleEndian: Bool) throws {
        let folder = try TemporaryDirectory()
        let text = "The minister said the talks went well and would go on next week."
        let body = littleEndian ? Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)! : Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        let file = try folder.write("u.txt", body)
        #expect(throws: CorpusError.utf16(path: file.path)) { try Article(contentsOf: file) }
        #expect(refusal(file).message == "\(file.path): is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
    }

    @Test("Invalid UTF-8 in the middle loads, counted, with offsets true to the bytes") func invalidUTF8() throws {
        let folder = try TemporaryDirectory()
        var bytes = Array("The minister said the plan was \"sound\" and would be adopted soon, officials said.\n\nSecond ".utf8)
        bytes += [0xFF, 0xC3]
        bytes += Array(" paragraph carries a broken byte. \"It still counts,\" Jane Doe said on Monday.\n".utf8)
        let file = try folder.write("i.txt", Data(bytes))
        let article = try Article(contentsOf: file)
        #expect(article.invalidSequences == 2)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[1].range.upperBound == bytes.count - 1)
        // The text is decoded with replacement; the claim after the bad bytes keeps its byte offsets.
        #expect(article.text.contains("Second \u{FFFD}\u{FFFD} paragraph"))
        let claim = try #require(Self.extractor.claims(in: article).first { $0.text == "It still counts" })
        let source = try #require(claim.source)
        #expect(Array(bytes[source.start..<source.end]) == Array("It still counts,".utf8))
    }

    @Test("A directory where a file is expected") func directory() throws {
        let folder = try TemporaryDirectory()
        #expect(throws: CorpusError.isDirectory(path: folder.url.path)) { try Article(contentsOf: folder.url) }
        #expect(refusal(folder.url).message == "\(folder.url.path): is a directory, expected an article file")
    }

    @Test("A missing file") func missing() throws {
        let folder = try TemporaryDirectory()
        let file = folder.url.appending(path: "nope.txt")
        #expect(throws: CorpusError.notFound(path: file.path)) { try Article(contentsOf: file) }
        #expect(refusal(file).message == "\(file.path): no such file or directory")
    }

    @Test("A symbolic link loop says so, not that the file is missing") func symlinkLoop() throws {
        let folder = try TemporaryDirectory()
        let a = folder.url.appending(path: "a.txt"), b = folder.url.appending(path: "b.txt")
        try FileManager.default.createSymbolicLink(atPath: a.path, withDestinationPath: b.path)
        try FileManager.default.createSymbolicLink(atPath: b.path, withDestinationPath: a.path)
        let reason = String(cString: strerror(ELOOP))
        #expect(throws: CorpusError.unreadable(path: a.path, reason: reason)) { try Article(contentsOf: a) }
        #expect(refusal(a).message == "\(a.path): can't read file: Too many levels of symbolic links")
        let corpus = Corpus(directory: folder.url)
        #expect(throws: CorpusError.unreadable(path: a.path, reason: reason)) { try corpus.article(id: "a") }
    }

    @Test("A dangling symbolic link") func danglingLink() throws {
        let folder = try TemporaryDirectory()
        let link = folder.url.appending(path: "d.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: folder.url.appending(path: "gone.txt").path)
        #expect(refusal(link).message == "\(link.path): can't read file: No such file or directory")
    }

    /// Permissions do not bind root (tests may run as root in CI), so the chmod case runs only
    /// for other users; the read-error path itself is covered by `readError` for everyone.
    @Test("A file without read permission", .disabled(if: geteuid() == 0, "root reads files whatever their mode"))
    func unreadable() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("p.txt", "The minister said the talks went well and would go on.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path) }
        #expect(refusal(file).message == "\(file.path): can't read file: Permission denied")
    }

    @Test("A file the system fails to read, even for root") func readError() throws {
        // Reading /proc/self/mem from offset 0 fails with EIO: a real read error any user gets.
        let file = URL(filePath: "/proc/self/mem")
        try #require(FileManager.default.fileExists(atPath: file.path), "needs Linux /proc")
        let (error, message) = refusal(file)
        guard case .unreadable(let path, let reason)? = error else { Issue.record("\(message)"); return }
        #expect(path == file.path && !reason.isEmpty)
        #expect(message == "/proc/self/mem: can't read file: \(reason)")
    }

    @Test("Ids that try to leave Corpus/", arguments: ["../x", "a/b", ".hidden", "..", "", "a\\b", "x\0y"])
    func escapingID(_ id: String) throws {
        let corpus = Corpus(directory: CorpusFile.root.appending(path: "Corpus"))
        #expect(throws: CorpusError.invalidID(id)) { try corpus.article(id: id) }
        #expect(throws: CorpusError.invalidID(id)) { try Corpus.validate(id: id) }
        #expect(throws: CorpusError.invalidID(id)) { try ClaimStore(directory: CorpusFile.root.appending(path: "Claims")).claims(for: id) }
        #expect(CorpusError.invalidID(id).description == "'\(id)': not an article id (an id is a file stem: no '/', no '..', no leading '.')")
    }

    @Test("An unknown id") func unknownID() throws {
        let directory = CorpusFile.root.appending(path: "Corpus")
        let corpus = Corpus(directory: directory)
        #expect(throws: CorpusError.unknownArticle(id: "nope", corpus: directory.path)) { try corpus.files(for: ["nope"]) }
        #expect(CorpusError.unknownArticle(id: "nope", corpus: directory.path).description == "nope: no article with this id in \(directory.path)")
    }

    @Test("A UTF-8 byte order mark and CRLF line ends") func bomAndCRLF() throws {
        let text = "\u{FEFF}The minister said the plan was sound and would be adopted very soon.\r\n\r\n\"We agree,\" Jane Doe said on Monday.\r\n"
        let article = try Article(id: "t", text: text)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[0].range.lowerBound == 3)
        #expect(article.string(article.paragraphs[0].range).hasPrefix("The minister"))
        #expect(article.string(article.paragraphs[0].range).hasSuffix("soon."))
        #expect(article.string(article.paragraphs[1].range).hasSuffix("Monday."))
        let claims = Self.extractor.claims(in: article)
        #expect(claims.map(\.text) == ["the plan was sound and would be adopted very soon", "We agree"])
        for claim in claims {
            let source = try #require(claim.source)
            #expect(article.string(source.start..<source.end) == source.exact)
        }
    }

    @Test("10,000 unbalanced quotation marks in one paragraph") func unbalancedQuotes() throws {
        let marks = ["\"", "\u{201C}", "\u{2019}", "'", "\u{AB}"]
        var text = "\"We are ready,\" the minister said on Monday.\n\n"
        text += (0..<10_000).map { "word \(marks[$0 % marks.count])" }.joined(separator: " ") + ".\n\n"
        // (A paragraph opening with a mark would continue the quotation left open above.)
        text += "The talks resumed on Wednesday after a break.\n\n\"The plan holds,\" Jane Doe said on Tuesday.\n"
        let article = try Article(id: "q", text: text)
        #expect(article.paragraphs.count == 4)
        let claims = Self.extractor.claims(in: article)
        // The stray marks spoil their own paragraph only: the paragraphs around it keep their claims.
        #expect(claims.first?.text == "We are ready")
        #expect(claims.last?.text == "The plan holds")
        #expect(claims.last?.speaker.name == "Jane Doe")
    }

    /// One line without punctuation, as a scraper that lost the line breaks and stops writes it.
    /// The 5 MB size of the bad-input matrix takes tens of seconds in a debug build, so it runs
    /// in `Tests/Fuzz/scaling.sh 5MB` (optimised); here 256 KB checks the same code path.
    @Test("One huge line with no punctuation") func hugeLine() throws {
        let words = ["alpha", "beta", "gamma", "delta", "minister", "told", "officials", "talks"]
        var bytes: [UInt8] = []
        var k = 0
        while bytes.count < 256_000 { bytes += Array(words[k % words.count].utf8); bytes.append(0x20); k += 1 }
        let article = try Article(id: "big", bytes: bytes)
        #expect(article.paragraphs.count == 1)
        #expect(article.wordCount == k)
        // "minister told officials …": one reported claim running to the end of the line.
        let claims = Self.extractor.claims(in: article)
        #expect(claims.count == 1)
        #expect(claims.first?.source?.end == bytes.count - 1)
    }

    /// The 50 MB case is the benchmark's (`Tests/Fuzz/scaling.sh 50MB` loads and extracts one):
    /// in a debug build it takes too long for the unit suite, so an article of distinct ordinary
    /// paragraphs, many times the corpus's largest, checks the same code path here.
    @Test("A very large article of ordinary paragraphs") func largeArticle() throws {
        let folder = try TemporaryDirectory()
        let count = 4_000
        let text = (0..<count).map { "\"The talks went well, round \($0),\" Jane Doe said on Monday in Brussels.\n\n" }.joined()
        let file = try folder.write("large.txt", text)
        let article = try Article(contentsOf: file)
        #expect(article.paragraphs.count == count)
        let claims = Self.extractor.claims(in: article)
        #expect(claims.count == count)
        let last = try #require(claims.last?.source)
        #expect(claims.last?.text == "The talks went well, round \(count - 1)")
        #expect(claims.last?.where.place == "Brussels")
        #expect(article.string(last.start..<last.end) == last.exact)
        #expect(last.end == text.utf8.count - " Jane Doe said on Monday in Brussels.\n\n".utf8.count - 1)
    }
}
