import ClaimKit
import ClaimKitCLI
import Foundation
import Testing

@Suite("claims report --html")
struct ReportPageTests {
    @Test("Writes one self-contained page of the corpus, replacing the file in one step", .tags(.corpus))
    func corpus() throws {
        let folder = try TestProject(articles: [:])
        let page = folder.url.appending(path: "report.html")
        try Data("old".utf8).write(to: page)
        let run = Run(["report", "--html", page.path])
        #expect(run.status == .success, "\(run.errors)")
        #expect(run.errors.isEmpty)
        #expect(run.output.hasPrefix("wrote \(page.path): \(CorpusFileCount.value) articles, "))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<meta name=\"generator\" content=\"\(Help.version)\">"))
        for id in try FileManager.default.contentsOfDirectory(atPath: Run.root.appending(path: "Corpus").path)
            where id.hasSuffix(".txt") {
            #expect(html.contains("id=\"article-\(id.dropLast(4))\""))
        }
        #expect(html.contains("<mark class=\"claim s"))
        #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"))
        // Nothing but the page is left in the folder: the temporary file was renamed over it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["Corpus", "report.html"])
    }

    @Test("A relative path starts in the working folder")
    func relative() throws {
        let project = try TestProject()
        let run = project.run(["report", "--html", "out.html"])
        #expect(run.status == .success, "\(run.errors)")
        #expect(FileManager.default.fileExists(atPath: project.url.appending(path: "out.html").path))
    }

    @Test("A page that cannot be written: exit 2, a message that says why, no file", arguments: [
        ("missing/report.html", "can't write: there is no folder"),
        ("Corpus/a.txt/report.html", "a.txt is not a folder"),
        ("Corpus", "can't write: Is a directory"),
    ])
    func unwritable(_ path: String, _ message: String) throws {
        let project = try TestProject()
        let run = project.run(["report", "--html", path])
        #expect(run.status == .usage)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix("Error: \(project.url.appending(path: path).standardizedFileURL.path): "), "\(run.errors)")
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: project.url.appending(path: "missing").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.url.appending(path: "Corpus").path) == ["a.txt"])
    }

    @Test("Bad --html options", arguments: [
        (["report", "--html", "r.html", "--format", "json"], "Error: --html writes a page: leave out --format"),
        (["report", "--html", ""], "Error: Option '--html' needs a file name"),
        (["report", "--html"], "Error: Missing value for option '--html'"),
    ])
    func bad(_ arguments: [String], _ message: String) throws {
        let project = try TestProject()
        let run = project.run(arguments)
        #expect(run.status == .usage)
        #expect(run.errors.hasPrefix(message + "\n"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: project.url.appending(path: "r.html").path))
    }
}
