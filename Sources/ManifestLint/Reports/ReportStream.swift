/// A report written while the run goes on (`lint --format json|text|junit`): each result as it is handed over, in
/// input order, then the summary. SARIF, GitLab and GitHub reports are built from the whole run.
public protocol ReportStream {
    mutating func add(_ result: LintResult)
    mutating func finish(summary: ReportSummary)
}

extension JSONReportStream: ReportStream {}
extension TextReportStream: ReportStream {}
extension JUnitReportStream: ReportStream {}
