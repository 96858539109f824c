/// A report written while the run goes on (`lint --format json|text`): each result as it is handed over, in input
/// order, then the summary. The other formats need the whole run before their first byte.
public protocol ReportStream {
    mutating func add(_ result: LintResult)
    mutating func finish(summary: ReportSummary)
}

extension JSONReportStream: ReportStream {}
extension TextReportStream: ReportStream {}
