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
            // "Not checked" is never accepted: a baseline that recorded an unreadable input does not hide the next one.
            result.findings[index].isNew = result.findings[index].marksIncomplete || !known.contains(result.findings[index].fingerprint)
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
