/// A one-line progress counter on standard error, redrawn in place (`reading articles 40/120`).
///
/// Silent unless the tool was told stderr is a terminal, so logs and pipes never see it. It
/// redraws only when the percentage changes, so a 100k-article run writes a hundred lines, not
/// a hundred thousand.
struct Progress {
    var isEnabled: Bool
    private var shown = -1

    init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    mutating func update<Errors: TextOutputStream>(_ label: String, _ done: Int, of total: Int, errors: inout Errors) {
        guard isEnabled, total > 0 else { return }
        let percent = done * 100 / total
        guard percent != shown else { return }
        shown = percent
        errors.write("\r\u{1B}[K\(label) \(done)/\(total)")
    }

    /// Clears the line.
    mutating func finish<Errors: TextOutputStream>(errors: inout Errors) {
        guard isEnabled, shown >= 0 else { return }
        errors.write("\r\u{1B}[K")
        shown = -1
    }
}
