import Foundation

/// The versioned machine-readable report (`--format json`); its shape is `Schemas/report-v1.schema.json`.
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
        /// Where the offending node ends, when known (added within version 1).
        public let endLine: Int?
        public let endColumn: Int?
        /// Stable identity across runs and line shifts (see the README).
        public let fingerprint: String
        /// With `--baseline`: `new` or `unchanged`; absent otherwise.
        public let baseline: String?
        /// For a registry tag: the digest of the manifest it pointed at when audited; absent otherwise.
        public let digest: String?
        /// The rule's reference page, when it has one (added within version 1).
        public let ruleUrl: String?
    }

    public let version: Int
    public let tool: Tool
    public let findings: [Entry]
    public let summary: ReportSummary

    /// `paths`: where the repository is; a finding's `path` is relative to its root when inside it (absolute
    /// outside), however manifestlint was invoked (`images/a.json`, `./images/a.json` and `/abs/…/images/a.json` agree).
    public init(results: [LintResult], rules: [RuleDescriptor] = [], paths: RepositoryPaths? = nil) {
        version = Self.formatVersion
        tool = Tool(name: ToolInfo.name, version: ToolInfo.version)
        let links = Dictionary(rules.filter { $0.help.hasPrefix("https://") }.map { ($0.id, $0.help) }, uniquingKeysWith: { first, _ in first })
        // A file's findings follow each other: its path is worked out once, not once per finding. Paths are compared
        // by their bytes: two names can be equal as Swift strings (é composed and decomposed) and still be two files.
        var shown: (path: String, display: String)?
        findings = results.flatMap(\.findings).map { finding in
            let start = finding.position ?? SourcePosition(line: 1, column: 1)
            let end = finding.end.flatMap { ($0.line, $0.column) >= (start.line, start.column) ? $0 : nil }
            let display: String
            if let cached = shown, cached.path.utf8.elementsEqual(finding.path.utf8) {
                display = cached.display
            } else {
                display = paths?.display(finding.path) ?? finding.path
                shown = (finding.path, display)
            }
            return Entry(rule: finding.rule, severity: finding.severity, message: finding.message, path: display,
                pointer: finding.pointer.description, line: start.line, column: start.column, endLine: end?.line, endColumn: end?.column,
                fingerprint: finding.fingerprint, baseline: finding.isNew.map { $0 ? "new" : "unchanged" }, digest: finding.digest, ruleUrl: links[finding.rule])
        }
        summary = ReportSummary(results: results)
    }

    public func rendered() throws -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// The report's UTF-8 text with its final newline, written without an encoder (see `JSONReportWriter`).
    public func renderedBytes() -> [UInt8] {
        var writer = JSONReportWriter(self)
        writer.finish()
        return writer.bytes
    }
}
