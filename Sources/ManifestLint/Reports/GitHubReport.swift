/// GitHub Actions workflow commands (`--format github`): each finding becomes an annotation on the file
/// and line in the pull request view, then a plain summary line.
public struct GitHubReport: Sendable {
    public let context: ReportContext

    public init(context: ReportContext) { self.context = context }

    public func rendered() -> String {
        var lines: [String] = []
        for finding in context.findings where finding.isNew != false {
            let position = finding.position ?? SourcePosition(line: 1, column: 1)
            let command: String
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            let properties = "file=\(property(context.paths.display(finding.path))),line=\(position.line),col=\(position.column),"
                + "title=\(property("manifestlint " + finding.rule))"
            lines.append("::\(command) \(properties)::\(data(finding.message))")
        }
        lines.append(TextReport.summaryLine(context))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escaping of the message part, as the Actions runner's `escapeData`.
    private func data(_ text: String) -> String {
        DisplayText.escaped(text, keeping: ["\r", "\n"]).replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping of property values, as the runner's `escapeProperty`.
    private func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
