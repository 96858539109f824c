import Foundation

/// The human report: `path:line:col: severity: message [rule-id]` (the line editors and problem matchers parse),
/// then — with `showSource`, the default on a terminal — the source line with a caret under the node, its JSON
/// pointer and a help line, as rustc, ShellCheck and hadolint show them; then a summary line.
public struct TextReport: Sendable {
    public var colored: Bool
    /// Show the source excerpt, pointer and help under each finding.
    public var showSource = false
    /// Columns an excerpt may take; longer lines (minified JSON) are cut around the node.
    public var width = 100

    public init(colored: Bool, showSource: Bool = false) {
        self.colored = colored
        self.showSource = showSource
    }

    public func rendered(_ results: [LintResult]) -> String {
        rendered(ReportContext(results: results, rules: [], paths: RepositoryPaths()))
    }

    /// Findings the baseline already holds are left out; the summary line counts them.
    public func rendered(_ context: ReportContext) -> String {
        var lines: [String] = []
        var sources = SourceLines()
        let rules = Dictionary(context.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for finding in context.findings where finding.isNew != false {
            lines += self.lines(finding, rules: rules, sources: &sources)
        }
        lines.append(Self.summaryLine(context.summary))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A finding's line, and with `showSource` its excerpt.
    func lines(_ finding: Finding, rules: [String: RuleDescriptor], sources: inout SourceLines) -> [String] {
        let position = finding.position ?? SourcePosition(line: 1, column: 1)
        let severity = paint(finding.severity.rawValue, finding.severity)
        // A registry document is no file anyone can open at a line: it is named by reference and digest.
        let location = SARIFReport.registryReference(finding.path).map { "\($0)\(finding.digest.map { " (\($0))" } ?? "")" }
            ?? "\(finding.path):\(position.line):\(position.column)"
        let line = "\(DisplayText.escaped(location)): \(severity): \(DisplayText.escaped(finding.message)) [\(DisplayText.escaped(finding.rule))]"
        return showSource ? [line] + excerpt(finding, position: position, rule: rules[finding.rule], sources: &sources) : [line]
    }

    /// The source line and caret (files only), then the pointer (or the registry reference and digest) and help.
    private func excerpt(_ finding: Finding, position: SourcePosition, rule: RuleDescriptor?, sources: inout SourceLines) -> [String] {
        var lines: [String] = []
        let gutter = String(position.line)
        let pad = String(repeating: " ", count: gutter.count)
        if SARIFReport.registryReference(finding.path) != nil {
            // Named on the finding's own line; there is no source line to show.
        } else if let text = sources.line(position.line, of: finding.path) {
            let (shown, caretOffset) = window(text, column: position.column)
            var caretLength = 1
            if let end = finding.end, end.line == position.line, end.column > position.column {
                caretLength = max(1, min(end.column - position.column, width - caretOffset))
            }
            lines.append("\(pad) |")
            lines.append("\(gutter) | \(shown)")
            lines.append("\(pad) | " + String(repeating: " ", count: caretOffset) + paint(String(repeating: "^", count: caretLength), finding.severity))
        }
        if !finding.pointer.description.isEmpty { lines.append("\(pad) = at \(DisplayText.escaped(finding.pointer.description))") }
        if let rule {
            let link = rule.help.hasPrefix("https://") ? " (\(rule.help))" : ""
            lines.append("\(pad) = help: \(DisplayText.escaped(rule.title))\(link); manifestlint rules explain \(rule.id)")
        }
        return lines
    }

    /// The part of a line to show and where the column falls in it: the line escaped for display, cut to `width`
    /// characters around the column, with `…` where it was cut. Columns are UTF-16 code units.
    private func window(_ line: String, column: Int) -> (String, Int) {
        var characters: [String] = []
        var units = 0, caret = 0
        for character in line {
            if units < column - 1 { caret += 1 }
            units += character.utf16.count
            characters.append(character == "\t" ? " " : DisplayText.escaped(String(character)))
        }
        let start = max(0, min(caret - width / 3, characters.count - width))
        let end = min(characters.count, start + width)
        var shown = characters[start..<end].joined()
        var offset = characters[start..<min(caret, end)].joined().count
        if start > 0 {
            shown = "…" + shown
            offset += 1
        }
        if end < characters.count { shown += "…" }
        return (shown, offset)
    }

    /// `3 files checked: 1 error, 2 warnings, 0 notes` (plus the baseline's count when there is one).
    public static func summaryLine(_ context: ReportContext) -> String {
        summaryLine(context.summary)
    }

    public static func summaryLine(_ summary: ReportSummary) -> String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        var line = count(summary.files, "file") + " checked" + (summary.skipped.map { ", \($0) skipped" } ?? "")
            + (summary.others.map { ", " + count($0, "other file") + " skipped" } ?? "") + ": "
            + count(summary.errors, "error") + ", "
            + count(summary.warnings, "warning") + ", " + count(summary.notes, "note")
        if let unchanged = summary.unchanged { line += " (\(unchanged) more in the baseline, not shown)" }
        if let notChecked = summary.notChecked { line += "; INCOMPLETE: " + count(notChecked, "input") + " not checked" }
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

/// Lines of the files findings are in, read once each when an excerpt needs them (none for standard input).
struct SourceLines {
    private var files: [String: [Substring]] = [:]
    /// With `keepingOne`, only the last file read is kept (a report written as the run goes on meets each file's
    /// findings together, and should not hold every file it showed).
    private let keepingOne: Bool

    init(keepingOne: Bool = false) { self.keepingOne = keepingOne }

    mutating func line(_ number: Int, of path: String) -> String? {
        guard path != "-" else { return nil }
        if files[path] == nil {
            if keepingOne { files.removeAll() }
            let document = InputCollector().read(path)
            guard case .success(let bytes) = document.contents else { return nil }
            files[path] = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = files[path], number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1].hasSuffix("\r") ? lines[number - 1].dropLast() : lines[number - 1])
    }
}

/// The text report written while the run goes on: each result's findings as it is handed over, the summary line
/// at the end.
public struct TextReportStream {
    private let report: TextReport
    private let rules: [String: RuleDescriptor]
    private var sources = SourceLines(keepingOne: true)
    private let output: ReportOutput
    private var pending = ""

    public init(report: TextReport, rules: [RuleDescriptor], output: ReportOutput) {
        self.report = report
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.output = output
    }

    public mutating func add(_ result: LintResult) {
        for finding in result.findings where finding.isNew != false {
            for line in report.lines(finding, rules: rules, sources: &sources) {
                pending += line
                pending += "\n"
            }
        }
        if pending.utf8.count >= 1 << 16 { flush() }
    }

    public mutating func finish(summary: ReportSummary) {
        pending += TextReport.summaryLine(summary) + "\n"
        flush()
    }

    private mutating func flush() {
        output.write(Array(pending.utf8))
        pending = ""
    }
}
