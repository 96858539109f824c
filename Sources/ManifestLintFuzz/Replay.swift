#if !FUZZING
import Foundation

/// The normal build's `main`: runs saved inputs (crash files, corpora) through a fuzz target without libFuzzer,
/// so every crash found by fuzzing stays a regression test. Folders are read recursively; a file's target is
/// `--target`, else `MANIFESTLINT_FUZZ_TARGET`, else the nearest enclosing folder named after a target
/// (`Tests/Fixtures/fuzz-regressions/<target>/`).
@main
enum Replay {
    static let usage = """
        usage: ManifestLintFuzz [--target \(FuzzTarget.names)] FILE|FOLDER ...
        Runs each file through the target; a crash or hang here is a bug. Prints one line per input.
        """

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var chosen = FuzzTarget.fromEnvironment()
        if let index = arguments.firstIndex(of: "--target") {
            guard index + 1 < arguments.count else { fail(usage) }
            chosen = FuzzTarget.named(arguments[index + 1])
            arguments.removeSubrange(index...index + 1)
        }
        if arguments.isEmpty || arguments.contains(where: { $0 == "-h" || $0 == "--help" }) { fail(usage) }
        var count = 0
        for file in arguments.flatMap(inputFiles) {
            guard let target = chosen ?? inferredTarget(of: file) else {
                fail("\(file): no --target, no \(FuzzTarget.environmentKey) and no enclosing folder named \(FuzzTarget.names)")
            }
            guard let data = FileManager.default.contents(atPath: file) else { fail("\(file): cannot be read") }
            let start = ContinuousClock.now
            target.run(Array(data))
            let elapsed = ContinuousClock.now - start
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            print("\(target.rawValue) \(file): \(data.count) bytes, \(milliseconds) ms")
            count += 1
        }
        print("replayed \(count) input(s) without a crash")
    }

    /// The file itself, or every regular file under a folder (sorted; `README*` skipped).
    static func inputFiles(_ path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { fail("\(path): no such file or folder") }
        guard isFolder.boolValue else { return [path] }
        let names = FileManager.default.subpaths(atPath: path) ?? []
        return names.sorted().compactMap { name in
            let last = (name as NSString).lastPathComponent
            guard !last.hasPrefix("README") else { return nil }
            let file = (path as NSString).appendingPathComponent(name)
            var isSubfolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isSubfolder), !isSubfolder.boolValue else { return nil }
            return file
        }
    }

    static func inferredTarget(of file: String) -> FuzzTarget? {
        let folders = (file as NSString).pathComponents.dropLast()
        return folders.reversed().lazy.compactMap(FuzzTarget.init(rawValue:)).first
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(2)
    }
}
#endif
