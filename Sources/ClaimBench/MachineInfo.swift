import Foundation

/// The machine the figures were measured on, printed with them.
struct MachineInfo: Codable, Hashable, Sendable {
    var cores: Int
    /// The CPU model as `/proc/cpuinfo` names it.
    var cpu: String
    /// `release` or `debug`: debug figures say little about speed.
    var build: String

    static func current() -> MachineInfo {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        return MachineInfo(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model ?? "unknown", build: build)
    }
}
