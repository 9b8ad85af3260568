import ClaimKit

// The libFuzzer entry point for one target, chosen at build time (`-D ARTICLE`, `-D LEDGER` or
// `-D ARGUMENTS`, set by run.sh). A violated property crashes, so libFuzzer keeps the input.

#if ARTICLE
let target = FuzzCheck.Target.article
#elseif LEDGER
let target = FuzzCheck.Target.ledger
#else
let target = FuzzCheck.Target.arguments
#endif

/// The lexicons are parsed once per process, not once per input.
let extractor = Extractor()

/// Called once before the first input: parses the lexicons now, so their cost is not charged
/// to whichever input comes first (it made an empty input look like a 1 s hang in fork mode).
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    _ = extractor
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzCheck.run(target, bytes, extractor: extractor)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
