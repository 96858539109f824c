import Foundation
import Testing
@testable import ManifestLint

/// Paths of the repository, found from this source file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    static func fixture(_ relative: String) -> String { fixtures.appendingPathComponent(relative).path }

    static func fixtureNames(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixture(folder))) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The built `manifestlint`: `MANIFESTLINT_BIN`, else next to the test bundle, else `.build/debug`.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["MANIFESTLINT_BIN"] { return path }
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("manifestlint").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        for candidate in [Bundle.main.bundleURL.appendingPathComponent("manifestlint").path,
                          root.appendingPathComponent(".build/debug/manifestlint").path]
        where FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return root.appendingPathComponent(".build/debug/manifestlint").path
    }
}

/// The outcome of running the binary.
struct ProcessOutcome {
    let status: Int32
    let stdout: Data
    let stderr: String

    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: stdout)) as? [String: Any] }
    var findings: [[String: Any]] { json?["findings"] as? [[String: Any]] ?? [] }
    var rules: [String] { findings.compactMap { $0["rule"] as? String } }
}

func runManifestLint(_ arguments: [String], stdin: Data? = nil, in directory: String? = nil, timeout: Double = 120) throws -> ProcessOutcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Repository.binary)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    let watchdog = Watchdog(process, seconds: timeout)
    defer { watchdog.cancel() }
    if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
    try input.fileHandleForWriting.close()
    // Both pipes read at once: a large report on stdout must not block the child while stderr is being read.
    let stdoutReader = PipeReader(out.fileHandleForReading)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stdout = stdoutReader.wait()
    process.waitUntilExit()
    return ProcessOutcome(status: process.terminationStatus, stdout: stdout, stderr: stderr)
}

/// Lints one file through the library.
func lintFile(_ path: String, mediaType: String? = nil) -> LintResult {
    Linter(forcedMediaType: mediaType).lint(InputCollector().read(path))
}

/// Runs any program (git, pre-commit, python) and captures what it printed, stdout and stderr together.
@discardableResult
func runTool(_ executable: String, _ arguments: [String], in directory: String, environment: [String: String] = [:], stdin: String? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    let out = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = out
    process.standardInput = input
    try process.run()
    let watchdog = Watchdog(process)
    defer { watchdog.cancel() }
    if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
}

/// Kills a process that runs longer than `seconds`, so a hang (a regression, or an old build under test) fails
/// the test instead of stopping the whole run. A killed process exits with signal 9.
final class Watchdog: @unchecked Sendable {  // @unchecked: the work item is set once, before it can run
    private let item: DispatchWorkItem

    init(_ process: Process, seconds: Double = 120) {
        let pid = process.processIdentifier
        item = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
    }

    func cancel() { item.cancel() }
}

/// Reads a pipe to its end on a background thread.
final class PipeReader: @unchecked Sendable {  // @unchecked: `data` is written before `done` is signalled, read after
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

/// A fresh folder under the system temporary folder; removed by the caller with `removeScratch`.
func makeScratch(_ name: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("manifestlint-\(name)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func removeScratch(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

/// The Python tools `scripts/install-test-tools` puts in `.build/test-tools` (nil when not installed).
enum TestTools {
    static func path(_ name: String) -> String? {
        let candidate = Repository.root.appendingPathComponent(".build/test-tools/bin/\(name)").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }
    static let missing = "not installed: run ./scripts/install-test-tools (scripts/test does)"
}

/// Validates a SARIF log against the official 2.1.0 schema with Python's jsonschema.
func expectValidSARIF(_ file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let python = try #require(TestTools.path("python"), Comment(rawValue: TestTools.missing), sourceLocation: sourceLocation)
    let validation = try runTool(python, ["-c", """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        log = json.load(open(sys.argv[2]))
        jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
        print("valid", len(log["runs"][0]["results"]))
        """, Repository.fixture("sarif/sarif-schema-2.1.0.json"), file], in: (file as NSString).deletingLastPathComponent)
    #expect(validation.status == 0, Comment(rawValue: validation.output), sourceLocation: sourceLocation)
}

/// Starts one of the Python test servers in `Tests/Support` (they bind 127.0.0.1 only and write their port(s) to
/// `portFile`); returns the process and what it wrote. The caller kills it.
func startTestServer(_ script: String, portFile: String, mode: String? = nil, after: [String] = []) throws -> (process: Process, ports: String) {
    let server = Process()
    server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    server.arguments = ["python3", Repository.root.appendingPathComponent("Tests/Support/" + script).path] + (mode.map { [$0] } ?? []) + [portFile] + after
    // Not our pipes: a server outliving a crashed test must not keep the test runner's output open.
    server.standardOutput = FileHandle.nullDevice
    server.standardError = FileHandle.nullDevice
    try server.run()
    let started = Date()
    while ((try? String(contentsOfFile: portFile, encoding: .utf8)) ?? "").isEmpty, server.isRunning, Date().timeIntervalSince(started) < 20 {
        Thread.sleep(forTimeInterval: 0.05)
    }
    guard let ports = try? String(contentsOfFile: portFile, encoding: .utf8), !ports.isEmpty else {
        kill(server.processIdentifier, SIGKILL)
        throw TestServerError(script: script)
    }
    return (server, ports)
}

struct TestServerError: Error, CustomStringConvertible {
    let script: String
    var description: String { "\(script) did not start" }
}

/// Documents several suites write into scratch trees.
enum Samples {
    /// An index whose one entry has a malformed digest: one `invalid-digest` error wherever it is linted.
    static let brokenIndex = #"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:ABC"}]}"#
}

/// Writes `text` to `path`, making its folders.
func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: false, encoding: .utf8)
}
