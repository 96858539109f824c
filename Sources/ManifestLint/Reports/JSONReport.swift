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
        var entries = EntryMaker(rules: rules, paths: paths)
        findings = results.flatMap(\.findings).map { entries.entry($0) }
        summary = ReportSummary(results: results)
    }

    /// Makes report entries of findings. `paths`: where the repository is; a finding's `path` is relative to its
    /// root when inside it (absolute outside), however manifestlint was invoked (`images/a.json`,
    /// `./images/a.json` and `/abs/…/images/a.json` agree).
    struct EntryMaker {
        private let links: [String: String]
        private let paths: RepositoryPaths?
        /// The last finding's path and how it is shown: a file's findings follow each other, so its path is worked
        /// out once, not once per finding.
        private var shown: (path: String, display: String)?

        init(rules: [RuleDescriptor], paths: RepositoryPaths?) {
            // A rule's page in the rule reference; a user's rule, its own https help link.
            links = Dictionary(rules.compactMap { rule in (rule.page ?? (rule.help.hasPrefix("https://") ? rule.help : nil)).map { (rule.id, $0) } },
                               uniquingKeysWith: { first, _ in first })
            self.paths = paths
        }

        mutating func entry(_ finding: Finding) -> Entry {
            let start = finding.position ?? SourcePosition(line: 1, column: 1)
            let end = finding.end.flatMap { ($0.line, $0.column) >= (start.line, start.column) ? $0 : nil }
            let display: String
            // Compared by bytes: two names can be equal as Swift strings (é composed and decomposed) and still be two files.
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
    }

    public func rendered() throws -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// The report's UTF-8 text with its final newline, written without an encoder (see `JSONReportWriter`).
    public func renderedBytes() -> [UInt8] {
        var writer = JSONReportWriter()
        // Reserved once, close to the final size: growing a large buffer holds the old and the new copy at once.
        var estimate = 512
        for entry in findings {
            estimate += 400 + entry.message.utf8.count + entry.path.utf8.count + entry.pointer.utf8.count + (entry.ruleUrl?.utf8.count ?? 0)
        }
        writer.reserve(estimate)
        for entry in findings { writer.write(entry) }
        writer.end(summary: summary, tool: tool, version: version)
        return writer.take()
    }
}

/// The JSON report written while the run goes on: each result's findings as it is handed over, the summary at the
/// end; the bytes go to `output` whenever 64 KiB have gathered, so a run holds no results and no report.
public struct JSONReportStream {
    private var entries: JSONReport.EntryMaker
    private var writer = JSONReportWriter()
    private let output: ReportOutput

    public init(rules: [RuleDescriptor], paths: RepositoryPaths?, output: ReportOutput) {
        entries = JSONReport.EntryMaker(rules: rules, paths: paths)
        self.output = output
    }

    public mutating func add(_ result: LintResult) {
        for finding in result.findings { writer.write(entries.entry(finding)) }
        if writer.count >= 1 << 16 { output.write(writer.take()) }
    }

    public mutating func finish(summary: ReportSummary) {
        writer.end(summary: summary)
        output.write(writer.take())
    }
}
