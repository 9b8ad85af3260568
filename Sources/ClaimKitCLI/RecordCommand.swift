import ClaimKit
import Foundation

/// `claims record`: adds claims to the ledger, all validated before any is written.
struct RecordCommand {
    var context: Context

    /// The options that describe one claim, which `--from` replaces.
    static let claimOptions = ["--speaker", "--text", "--kind", "--cue", "--date", "--place", "--source", "--note"]

    /// A claim to record and where it came from, for messages (`--text`, `claims.jsonl: line 3`).
    struct Entry {
        var origin: String
        var draft: ClaimDraft
    }

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        let entries = try self.entries()
        let recorder = ClaimRecorder(strict: context.invocation.flag("--strict"))

        // Validate everything first.
        var articles: [String: Article] = [:]
        var recordings: [(origin: String, recording: ClaimRecorder.Recording)] = []
        var problems: [String] = []
        for entry in entries {
            do {
                var article: Article?
                if let id = entry.draft.article {
                    article = try articles[id] ?? context.corpus.article(id: id)
                    articles[id] = article
                }
                recordings.append((entry.origin, try recorder.record(entry.draft, in: article)))
            } catch {
                problems.append("\(entry.origin): \(error)")
            }
        }
        var ledgers: [String?: [Claim]] = [:]
        for (origin, recording) in recordings {
            let file = recording.claim.citedArticle
            do {
                if ledgers[file] == nil { ledgers[file] = try context.store.claims(for: file) }
                _ = try recorder.existing(recording.claim, in: ledgers[file] ?? [])
            } catch {
                problems.append("\(origin): \(error)")
            }
        }
        guard problems.isEmpty else {
            for problem in problems.prefix(20) { errors.write("Error: \(problem)\n") }
            if problems.count > 20 { errors.write("Error: … and \(problems.count - 20) more\n") }
            errors.write("Nothing was recorded.\n")
            return .usage
        }
        for (origin, recording) in recordings {
            for warning in recording.warnings { errors.write("Warning: \(origin): \(warning)\n") }
        }

        // Then write, one locked read-change-write per ledger file.
        var raced: [String] = []
        let files = Dictionary(grouping: recordings, by: { $0.recording.claim.citedArticle })
        for file in files.keys.sorted(by: { ($0 ?? "\u{10FFFF}") < ($1 ?? "\u{10FFFF}") }) {
            var lines: [String] = []
            try context.store.update(articleID: file) { claims in
                for (origin, recording) in files[file] ?? [] {
                    let claim = recording.claim
                    do {
                        if let existing = try recorder.existing(claim, in: claims) {
                            lines.append("already recorded: \(existing.id) \(Self.describe(existing))"
                                + Self.differences(existing, claim) + "\n")
                            continue
                        }
                    } catch {
                        raced.append("\(origin): \(error)")      // written by another run meanwhile
                        continue
                    }
                    claims.append(claim)
                    lines.append("recorded \(claim.id) [\(claim.status.rawValue)] \(Self.describe(claim))\n")
                }
            }
            for line in lines { output.write(line) }
        }
        for problem in raced { errors.write("Error: \(problem)\n") }
        return raced.isEmpty ? .success : .usage
    }

    /// The claims to record, from the options or from `--from`.
    func entries() throws -> [Entry] {
        let invocation = context.invocation
        if let path = invocation.value("--from") {
            let given = Self.claimOptions.filter(invocation.flag)
            guard given.isEmpty else {
                throw UsageError("--from reads every field from the file; drop \(given.joined(separator: ", "))", subcommand: .record)
            }
            let url = path.hasPrefix("/") ? URL(filePath: path) : context.workingDirectory.appending(path: path)
            let file = try DraftLines(contentsOf: url, path: path)
            return file.lines.map { Entry(origin: "\(path): line \($0.number)", draft: $0.draft) }
        }
        guard let speaker = invocation.value("--speaker"), let text = invocation.value("--text") else {
            throw UsageError("Give --speaker and --text, or --from FILE", subcommand: .record)
        }
        var kind: ClaimKind?
        if let raw = invocation.value("--kind") {
            guard let parsed = ClaimKind(rawValue: raw) else {
                throw UsageError("Unknown kind '\(raw)' (use direct, mixed or indirect)", subcommand: .record)
            }
            kind = parsed
        }
        var when = ClaimTime.unknown
        if let raw = invocation.value("--date") {
            guard let date = CalendarDate(iso: raw) else { throw RecordError.located("--date", .notADay(raw)) }
            when = ClaimTime(date: date, precision: .day)
        }
        let place = invocation.value("--place").map { ClaimPlace(place: $0) } ?? .unknown
        let draft = ClaimDraft(speaker: speaker, text: text, article: invocation.value("--source"), kind: kind,
                               cue: invocation.value("--cue"), when: when, where: place, note: invocation.value("--note"))
        return [Entry(origin: "claims record", draft: draft)]
    }

    /// What the new record says that the claim already in the ledger does not.
    static func differences(_ existing: Claim, _ new: Claim) -> String {
        var parts: [String] = []
        func compare(_ field: String, _ old: String?, _ value: String?) {
            if let value, value != old { parts.append("\(field) \(old ?? "none"), not \(value)") }
        }
        compare("date", existing.when.date?.description, new.when.date?.description)
        compare("place", existing.where.place, new.where.place)
        compare("note", existing.note, new.note)
        return parts.isEmpty ? "" : " (the ledger has " + parts.joined(separator: "; ") + ": edit the ledger file to change it)"
    }

    static func describe(_ claim: Claim) -> String {
        let text = claim.text.count > 60 ? String(claim.text.prefix(59)) + "…" : claim.text
        return "\(claim.speaker.name): “\(text)”"
    }
}
