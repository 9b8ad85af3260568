import ClaimKit
import Foundation

/// `claims corroborate`: each statement with its reports and independent origins.
struct CorroborateCommand {
    var context: Context

    /// One statement group, as printed in JSON.
    struct Row: Encodable {
        struct OriginRow: Encodable {
            var name: String
            var basis: String
            var reports: [String]
        }
        var speaker: String
        var text: String
        var claims: [String]
        var versions: Int
        var reports: [String]
        var origins: [OriginRow]
        var earliest: CalendarDate?
        var firstReported: CalendarDate?
        var places: [String]

        enum CodingKeys: String, CodingKey {
            case speaker, text, claims, versions, reports, origins, earliest, firstReported, places
        }

        /// Every key always, `null` when unknown, so the schema is stable.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(speaker, forKey: .speaker)
            try c.encode(text, forKey: .text)
            try c.encode(claims, forKey: .claims)
            try c.encode(versions, forKey: .versions)
            try c.encode(reports, forKey: .reports)
            try c.encode(origins, forKey: .origins)
            try c.encode(earliest, forKey: .earliest)
            try c.encode(firstReported, forKey: .firstReported)
            try c.encode(places, forKey: .places)
        }
    }

    func run<Output: TextOutputStream, Errors: TextOutputStream>(output: inout Output, errors: inout Errors) throws -> Status {
        var minimum = 1
        if let raw = context.invocation.value("--min-origins") {
            guard let n = Int(raw), n >= 0 else {
                throw UsageError("Option '--min-origins' needs a whole number, not '\(raw)'", subcommand: .corroborate)
            }
            minimum = n
        }
        let report = try AnalysisInput(context).analysis()
        let groups = report.groups.filter { $0.origins.count >= minimum }
        switch context.format {
        case .json:
            output.write(try JSONOutput.pretty(groups.map { Row($0, in: report) }))
        case .jsonl:
            for group in groups { output.write(try JSONOutput.line(Row(group, in: report))) }
        case .table:
            output.write(Self.table(groups).render(width: terminalWidth()))
        }
        return .success
    }

    /// Statement groups for people: origins, reports, speaker, day, origin names, text.
    static func table(_ groups: some Sequence<StatementGroup>) -> Table {
        var table = Table(headers: ["ORIGINS", "REPORTS", "SPEAKER", "SAID", "FROM", "TEXT"],
                          flexible: [2, 4, 5], numeric: [0, 1])
        for group in groups {
            table.append([String(group.origins.count), String(group.reports.count), group.speakerName,
                          group.earliest?.description ?? "-",
                          group.origins.isEmpty ? "-" : group.origins.map(\.origin.name).joined(separator: ", "),
                          group.text])
        }
        return table
    }
}

extension CorroborateCommand.Row {
    init(_ group: StatementGroup, in report: CrossSourceReport) {
        self.init(speaker: group.speakerName, text: group.text, claims: group.claims.map { report.claims[$0].id },
                  versions: group.versions, reports: group.reports,
                  origins: group.origins.map { .init(name: $0.origin.name, basis: $0.origin.basis.rawValue, reports: $0.reports) },
                  earliest: group.earliest, firstReported: group.firstReported, places: group.places)
    }
}
