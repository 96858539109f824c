/// GitHub Actions workflow commands (`--format github`): findings become annotations on the file and lines in the
/// pull request view. A step shows at most 10 error, 10 warning and 10 notice annotations and silently drops the rest,
/// so the most important come first (errors, then warnings, then notes, each by file and line), the ones over the
/// limit are counted in a last notice, and `stepSummary()` gives the whole list as a Markdown table for
/// `$GITHUB_STEP_SUMMARY`. Registry findings carry no `file` (there is none in the checkout); the reference is in
/// the message.
public struct GitHubReport: Sendable {
    /// Annotations GitHub shows per severity and step.
    public static let limitPerSeverity = 10

    public let context: ReportContext

    public init(context: ReportContext) { self.context = context }

    /// New findings (all without a baseline), most severe first, then by file and position.
    private var ordered: [Finding] {
        context.findings.filter { $0.isNew != false }.sorted {
            ($1.severity, context.paths.display($0.path), $0.position?.line ?? 0, $0.position?.column ?? 0)
                < ($0.severity, context.paths.display($1.path), $1.position?.line ?? 0, $1.position?.column ?? 0)
        }
    }

    public func rendered() -> String {
        var lines: [String] = []
        var shown: [Severity: Int] = [:]
        var hidden = 0
        for finding in ordered {
            guard shown[finding.severity, default: 0] < Self.limitPerSeverity else { hidden += 1; continue }
            shown[finding.severity, default: 0] += 1
            lines.append(annotation(finding))
        }
        if hidden > 0 {
            lines.append("::notice title=\(property("manifestlint"))::\(data("\(hidden) more finding\(hidden == 1 ? " is" : "s are") not annotated (GitHub shows \(Self.limitPerSeverity) per severity and step); the job summary and the log above list them all"))")
        }
        lines.append(TextReport.summaryLine(context))
        return lines.joined(separator: "\n") + "\n"
    }

    private func annotation(_ finding: Finding) -> String {
        let command: String
        switch finding.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        let title = "title=\(property("manifestlint " + finding.rule))"
        if let reference = SARIFReport.registryReference(finding.path) {
            return "::\(command) \(title)::\(data("\(reference): \(finding.message)"))"
        }
        let start = finding.position ?? SourcePosition(line: 1, column: 1)
        var properties = "file=\(property(context.paths.display(finding.path))),line=\(start.line),col=\(start.column)"
        if let end = finding.end, (end.line, end.column) > (start.line, start.column) {
            properties += ",endLine=\(end.line)"
            // GitHub takes endColumn only on one-line annotations.
            if end.line == start.line { properties += ",endColumn=\(end.column)" }
        }
        return "::\(command) \(properties),\(title)::\(data(finding.message))"
    }

    /// Every new finding as a Markdown table, for the job summary page.
    public func stepSummary() -> String {
        let findings = ordered
        var lines = ["### manifestlint", "", TextReport.summaryLine(context), ""]
        guard !findings.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines += ["| severity | location | rule | message |", "|---|---|---|---|"]
        for finding in findings {
            let position = finding.position ?? SourcePosition(line: 1, column: 1)
            let location = SARIFReport.registryReference(finding.path) ?? "\(context.paths.display(finding.path)):\(position.line):\(position.column)"
            lines.append("| \(finding.severity.rawValue) | \(Self.cell(location)) | \(Self.cell(finding.rule)) | \(Self.cell(finding.message)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Table cell text: control characters escaped for display, then every character that Markdown or the HTML
    /// GitHub renders inside it could read as markup made literal (`<`, `>`, `&` as entities; `\\`, `|`, `[`, `]`,
    /// `(`, `)`, `!`, `*`, `_`, `#`, `~`, backticks with a backslash): a document's text shows as text, never as a
    /// link, an image, a table break or hidden `<details>`.
    static func cell(_ text: String) -> String {
        var result = ""
        for scalar in DisplayText.escaped(text).unicodeScalars {
            switch scalar {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\\", "|", "[", "]", "(", ")", "!", "*", "_", "#", "~", "`":
                result += "\\"
                result.unicodeScalars.append(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
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
