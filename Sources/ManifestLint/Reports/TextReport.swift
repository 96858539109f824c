/// The human report: `path:line:col: severity: message [rule-id]`, then a summary line.
public struct TextReport: Sendable {
    public var colored: Bool

    public init(colored: Bool) { self.colored = colored }

    public func rendered(_ results: [LintResult]) -> String {
        rendered(ReportContext(results: results, rules: [], paths: RepositoryPaths()))
    }

    /// Findings the baseline already holds are left out; the summary line counts them.
    public func rendered(_ context: ReportContext) -> String {
        var lines: [String] = []
        for finding in context.findings where finding.isNew != false {
            let position = finding.position ?? SourcePosition(line: 1, column: 1)
            let severity = paint(finding.severity.rawValue, finding.severity)
            lines.append("\(DisplayText.escaped(finding.path)):\(position.line):\(position.column): \(severity): \(DisplayText.escaped(finding.message)) [\(DisplayText.escaped(finding.rule))]")
        }
        lines.append(Self.summaryLine(context))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `3 files checked: 1 error, 2 warnings, 0 notes` (plus the baseline's count when there is one).
    public static func summaryLine(_ context: ReportContext) -> String {
        let summary = ReportSummary(results: context.results)
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        var line = count(summary.files, "file") + " checked" + (summary.skipped.map { ", \($0) skipped" } ?? "")
            + (summary.others.map { ", " + count($0, "other file") + " skipped" } ?? "") + ": "
            + count(summary.errors, "error") + ", "
            + count(summary.warnings, "warning") + ", " + count(summary.notes, "note")
        if let unchanged = summary.unchanged { line += " (\(unchanged) more in the baseline, not shown)" }
        return line
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard colored else { return text }
        let code: String
        switch severity {
        case .error: code = "31"
        case .warning: code = "33"
        case .note: code = "36"
        }
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }
}
