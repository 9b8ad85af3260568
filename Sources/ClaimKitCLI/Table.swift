/// An aligned text table for people: columns padded to their widest cell, long cells cut.
package struct Table {
    package var headers: [String]
    package var rows: [[String]] = []
    /// Columns that may be cut to fit `width`, last first.
    package var flexible: Set<Int> = []
    /// Right-aligned columns (numbers).
    package var numeric: Set<Int> = []

    package init(headers: [String], flexible: Set<Int> = [], numeric: Set<Int> = []) {
        self.headers = headers
        self.flexible = flexible
        self.numeric = numeric
    }

    package mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as text, no wider than `width` when flexible columns allow it.
    package func render(width: Int = 120) -> String {
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        let total = { widths.reduce(0, +) + 2 * (widths.count - 1) }
        for column in flexible.sorted(by: >) where total() > width {
            widths[column] = max(12, widths[column] - (total() - width))
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, cell) in cells.enumerated() {
                var text = cell
                if text.count > widths[column] { text = String(text.prefix(max(1, widths[column] - 1))) + "…" }
                let pad = String(repeating: " ", count: widths[column] - text.count)
                parts.append(numeric.contains(column) ? pad + text : text + pad)
            }
            var joined = parts.joined(separator: "  ")
            while joined.last == " " { joined.removeLast() }
            return joined
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}

/// The width to fit tables into: `$COLUMNS` when set, else 120.
package func terminalWidth() -> Int {
    if let raw = getenvString("COLUMNS"), let width = Int(raw), width >= 40 { return width }
    return 120
}
