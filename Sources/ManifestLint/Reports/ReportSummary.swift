/// Counts over a whole run, shared by every report format.
public struct ReportSummary: Sendable, Codable, Equatable {
    /// Inputs read and checked.
    public var files: Int
    /// Special files and outside links a folder walk met and did not read; absent when none.
    public var skipped: Int?
    /// Files a folder walk read and found not to be manifests or build workflows (`Discovery`); absent when none.
    public var others: Int?
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    /// With a baseline: findings the baseline already holds, which the other counts leave out.
    public var unchanged: Int?

    public init(results: [LintResult]) {
        let findings = results.flatMap(\.findings)
        let shown = findings.filter { $0.isNew != false }
        let skippedCount = results.filter(\.skipped).count
        let otherCount = results.filter(\.otherFile).count
        files = results.count - skippedCount - otherCount
        skipped = skippedCount > 0 ? skippedCount : nil
        others = otherCount > 0 ? otherCount : nil
        errors = shown.filter { $0.severity == .error }.count
        warnings = shown.filter { $0.severity == .warning }.count
        notes = shown.filter { $0.severity == .note }.count
        unchanged = findings.contains { $0.isNew != nil } ? findings.count - shown.count : nil
    }
}

/// The tool's name and version as reports print them.
public enum ToolInfo {
    public static let name = "manifestlint"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/manifestlint/manifestlint"
}
