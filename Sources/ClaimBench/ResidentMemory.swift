import Foundation

/// The process's resident memory as Linux reports it in `/proc/self/status`.
///
/// `VmHWM` is the peak resident set since the process started or since the peak was last
/// reset (writing `5` to `/proc/self/clear_refs`, Linux 4.0+). A stage measured in a fresh
/// child process needs no reset; one measured in-process resets first, so its peak is its own
/// plus whatever the process already held.
struct ResidentMemory: Sendable {
    /// Bytes resident now (`VmRSS`) and at the peak (`VmHWM`); 0 where `/proc` is unavailable.
    var current: Int
    var peak: Int

    /// Reads the figures now.
    static func now() -> ResidentMemory {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return ResidentMemory(current: 0, peak: 0)
        }
        var current = 0, peak = 0
        for line in status.split(separator: "\n") {
            if line.hasPrefix("VmRSS:") { current = kilobytes(line) * 1024 }
            if line.hasPrefix("VmHWM:") { peak = kilobytes(line) * 1024 }
        }
        return ResidentMemory(current: current, peak: peak)
    }

    /// Starts a new peak at the current resident size; returns whether the kernel allowed it.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data("5".utf8)) } catch { return false }
        return true
    }

    private static func kilobytes(_ line: Substring) -> Int {
        Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}
