/// How a command prints data: `table` for people, `json` and `jsonl` for tools.
package enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, jsonl
}
