import Foundation

/// The versioned machine-readable report (`--format json`); its shape is documented in the README.
public struct JSONReport: Codable, Sendable {
    public static let formatVersion = 1

    public struct Tool: Codable, Sendable {
        public let name: String
        public let version: String
    }

    public struct Entry: Codable, Sendable {
        public let rule: String
        public let severity: Severity
        public let message: String
        public let path: String
        public let pointer: String
        public let line: Int
        public let column: Int
        /// Stable identity across runs and line shifts (see the README).
        public let fingerprint: String
        /// With `--baseline`: `new` or `unchanged`; absent otherwise.
        public let baseline: String?
        /// For a registry tag: the digest of the manifest it pointed at when audited; absent otherwise.
        public let digest: String?
    }

    public let version: Int
    public let tool: Tool
    public let findings: [Entry]
    public let summary: ReportSummary

    public init(results: [LintResult]) {
        version = Self.formatVersion
        tool = Tool(name: ToolInfo.name, version: ToolInfo.version)
        findings = results.flatMap(\.findings).map {
            Entry(rule: $0.rule, severity: $0.severity, message: $0.message, path: $0.path,
                pointer: $0.pointer.description, line: $0.position?.line ?? 1, column: $0.position?.column ?? 1,
                fingerprint: $0.fingerprint, baseline: $0.isNew.map { $0 ? "new" : "unchanged" }, digest: $0.digest)
        }
        summary = ReportSummary(results: results)
    }

    public func rendered() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
