/// Counts over a whole run, shared by every report format.
public struct ReportSummary: Sendable, Codable, Equatable {
    public var files: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int

    public init(results: [LintResult]) {
        let findings = results.flatMap(\.findings)
        files = results.count
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.filter { $0.severity == .warning }.count
        notes = findings.filter { $0.severity == .note }.count
    }
}

/// The tool's name and version as reports print them.
public enum ToolInfo {
    public static let name = "manifestlint"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/manifestlint/manifestlint"
}
