#if FUZZING
import Foundation

// The libFuzzer entry points, built only with `-DFUZZING` and `-sanitize=fuzzer` (libFuzzer supplies `main`).
// `scripts/fuzz` builds and runs them; the normal build has the replay `main` in Replay.swift instead.

/// The target for this process, from `MANIFESTLINT_FUZZ_TARGET` (required under the fuzzer).
private let selectedTarget: FuzzTarget = {
    guard let target = FuzzTarget.fromEnvironment() else {
        FileHandle.standardError.write(Data("ManifestLintFuzz: set \(FuzzTarget.environmentKey) to one of \(FuzzTarget.names)\n".utf8))
        exit(2)
    }
    return target
}()

/// Reads the target and loads the rule pack before the first input, so neither counts against its time.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = selectedTarget
    _ = Surfaces.documentLinter
    _ = Surfaces.defaultCatalog
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget.run(bytes)
    return 0
}
#endif
