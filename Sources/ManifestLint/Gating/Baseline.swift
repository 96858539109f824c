import Foundation

/// Findings accepted when manifestlint was adopted (`manifestlint baseline create`). A later run with
/// `--baseline` marks each finding new or unchanged by its fingerprint; only new ones fail.
public struct Baseline: Codable, Sendable {
    public static let formatVersion = 1

    public struct Entry: Codable, Sendable {
        public let fingerprint: String
        public let rule: String
        public let path: String
        public let pointer: String
        public let message: String
    }

    public let version: Int
    public let tool: JSONReport.Tool
    public let findings: [Entry]

    public init(results: [LintResult], paths: RepositoryPaths) {
        version = Self.formatVersion
        tool = JSONReport.Tool(name: ToolInfo.name, version: ToolInfo.version)
        findings = results.flatMap { result in
            result.findings.map {
                Entry(fingerprint: $0.fingerprint, rule: $0.rule, path: paths.display($0.path), pointer: $0.pointer.description, message: $0.message)
            }
        }
    }

    /// Reads a baseline file; the error says what is wrong with it.
    public static func load(path: String) throws(BaselineError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw BaselineError("\(path): baseline file not found or unreadable") }
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw BaselineError("\(path): not a manifestlint baseline (\(Self.describe(error)))")
        }
        guard baseline.version == formatVersion else {
            throw BaselineError("\(path): baseline format version \(baseline.version) is not supported (this manifestlint reads version \(formatVersion))")
        }
        return baseline
    }

    /// Marks every finding new or unchanged.
    public func mark(_ results: inout [LintResult]) {
        let known = fingerprints
        for index in results.indices { Self.mark(&results[index], known: known) }
    }

    /// The fingerprints the baseline holds.
    public var fingerprints: Set<String> { Set(findings.map(\.fingerprint)) }

    /// Marks every finding of one result new or unchanged against `known` (a baseline's `fingerprints`).
    public static func mark(_ result: inout LintResult, known: Set<String>) {
        for index in result.findings.indices {
            result.findings[index].isNew = !known.contains(result.findings[index].fingerprint)
        }
    }

    /// Writes the baseline atomically: to a temporary file in the same folder, then linked into place, so a
    /// reader never sees half a file. An existing file is replaced only when `replace` is true.
    public func write(to path: String, replace: Bool) throws(BaselineError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(self) + Data("\n".utf8) } catch { throw BaselineError("cannot encode the baseline: \(error)") }
        try AtomicFile.write(data, to: path, replace: replace)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "no \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: return "not valid JSON"
        default: return "\(error)"
        }
    }
}

public struct BaselineError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// Writing files that must never be seen half-written, nor replace a user's file by accident. Only a regular
/// file (or a path that does not exist yet, or a symbolic link with `replace`) is replaced by rename; anything
/// else that exists (a device such as `/dev/null`, a FIFO) is written into, never renamed over.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String, replace: Bool) throws(BaselineError) {
        var info = stat()
        if replace, lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFLNK {
            try OutputFile.write(data, to: path)
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw BaselineError("cannot write \(path): the folder is missing or not writable")
        }
        defer { unlink(temporary) }
        if replace {
            guard rename(temporary, path) == 0 else { throw BaselineError("cannot write \(path): \(String(cString: strerror(errno)))") }
        } else if link(temporary, path) != 0 {
            if errno == EEXIST { throw BaselineError("\(path) already exists; pass --force to replace it") }
            throw BaselineError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}


/// Writing a report where the user asked (`--output`): into the named path, as a shell redirection does. A
/// regular file is truncated and written; a device, FIFO or `/dev/stdout` is written to; a symbolic link is
/// followed to its target. Nothing is ever renamed over the path, so `--output /dev/null` run as root leaves
/// the device alone.
public enum OutputFile {
    public static func write(_ data: some ContiguousBytes, to path: String) throws(BaselineError) {
        let descriptor = open(path)
        guard descriptor >= 0 else { throw BaselineError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        if let failure = data.withUnsafeBytes({ writeAll($0, to: descriptor) }) {
            throw BaselineError("cannot write \(path): \(String(cString: strerror(failure)))")
        }
    }

    static func open(_ path: String) -> Int32 { Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }

    /// Writes the whole buffer; the `errno` of a failure.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var written = 0
        while written < buffer.count {
            let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return nil
    }
}

/// Where a report goes, written piece by piece while the run goes on (`lint --format json|text`): standard output,
/// or the `--output` path. A regular file there (or a path that does not exist yet) keeps what it holds until the
/// run is over: the pieces gather in an unnamed spool file beside it, written into the path by `close` as
/// `OutputFile` writes, so a run stopped half-way leaves the previous report as it was and the walk never meets a
/// half-written one. A device, FIFO or pipe (`/dev/null`, `>(jq .)`) is written to as the pieces come.
/// The first failure to write is kept (and what follows not written): `close` throws it.
public final class ReportOutput {
    private let descriptor: Int32
    private let path: String?
    /// Whether `descriptor` is a spool file that `close` copies into `path`.
    private let spooled: Bool
    private var failure: Int32?

    /// Standard output (a failure to write it, such as a closed pipe, is the reader's choice, not an error).
    public init() {
        descriptor = STDOUT_FILENO
        path = nil
        spooled = false
    }

    /// The `--output` path; throws when it cannot be written (checked before the run, so that a long run does not
    /// end in that error).
    public init(path: String) throws(BaselineError) {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            descriptor = OutputFile.open(path)
            spooled = false
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            let exists = access(path, F_OK) == 0
            guard exists ? access(path, W_OK) == 0 : access(folder.isEmpty ? "." : folder, W_OK | X_OK) == 0 else {
                throw BaselineError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            descriptor = Self.spool(near: folder.isEmpty ? "." : folder)
            spooled = true
        }
        guard descriptor >= 0 else { throw BaselineError("cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    /// An unnamed file to gather the report in (made, then unlinked at once): in the destination's folder (the
    /// report's own file system), else in `$TMPDIR` or `/tmp`; -1 when none can be made.
    private static func spool(near folder: String) -> Int32 {
        for place in [folder, ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp", "/tmp"] {
            var template = Array((place + "/.manifestlint-report.XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else { continue }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            return descriptor
        }
        return -1
    }

    public func write(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        failure = bytes.withUnsafeBytes { OutputFile.writeAll($0, to: descriptor) }
    }

    /// Writes a spooled report into its path and closes the output; throws the first failure to write it.
    public func close() throws(BaselineError) {
        guard let path else { return }
        defer { Glibc.close(descriptor) }
        if failure == nil, spooled { failure = copySpool(to: path) }
        if let failure { throw BaselineError("cannot write \(path): \(String(cString: strerror(failure)))") }
    }

    /// The spool's bytes written into `path`; the `errno` of a failure.
    private func copySpool(to path: String) -> Int32? {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return errno }
        let destination = OutputFile.open(path)
        guard destination >= 0 else { return errno }
        defer { Glibc.close(destination) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if count == 0 { return nil }
            if let failure = buffer.withUnsafeBytes({ OutputFile.writeAll(UnsafeRawBufferPointer(rebasing: $0[0..<count]), to: destination) }) { return failure }
        }
    }
}
