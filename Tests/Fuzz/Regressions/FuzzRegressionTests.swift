import ClaimKit
import Foundation
import Testing

/// A file kept from fuzzing, named by its target folder and file name.
struct RegressionInput: Sendable, CustomTestStringConvertible {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// Every file of `regressions/<target>/` for every target, in a stable order.
    static let all: [RegressionInput] = FuzzCheck.Target.allCases.flatMap { target in
        let folder = root.appending(path: "regressions/\(target.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { RegressionInput(target: target, url: folder.appending(path: $0)) }
    }

    var target: FuzzCheck.Target
    var url: URL
    var testDescription: String { "\(target.rawValue)/\(url.lastPathComponent)" }
}

/// Every input that once crashed, hung or broke a property under fuzzing, fed through the same
/// checks as the fuzz target that found it (`Tests/Fuzz/Checks/FuzzCheck.swift`).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let extractor = Extractor()

    @Test("Each target has kept regressions or seeds to replay")
    func inputsExist() {
        #expect(!RegressionInput.all.isEmpty)
    }

    @Test("A kept input passes its target's checks", arguments: RegressionInput.all)
    func replay(_ input: RegressionInput) throws {
        let bytes = try [UInt8](Data(contentsOf: input.url))
        let problems = FuzzCheck.run(input.target, bytes, extractor: Self.extractor)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
