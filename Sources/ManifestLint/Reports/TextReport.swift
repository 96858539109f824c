/// The human report: `path:line:col: severity: message [rule-id]`, then a summary line.
public struct TextReport: Sendable {
    public var colored: Bool

    public init(colored: Bool) { self.colored = colored }

    public func rendered(_ results: [LintResult]) -> String {
        var lines: [String] = []
        for finding in results.flatMap(\.findings) {
            let position = finding.position ?? SourcePosition(line: 1, column: 1)
            let severity = paint(finding.severity.rawValue, finding.severity)
            lines.append("\(finding.path):\(position.line):\(position.column): \(severity): \(finding.message) [\(finding.rule)]")
        }
        let summary = ReportSummary(results: results)
        lines.append("\(summary.files) file\(summary.files == 1 ? "" : "s") checked: "
            + "\(summary.errors) error\(summary.errors == 1 ? "" : "s"), "
            + "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), "
            + "\(summary.notes) note\(summary.notes == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
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
