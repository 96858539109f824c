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
    /// Inputs (or parts of them) that were not checked: unreadable, cut off by a limit, not fetched. A run with any
    /// is incomplete (exit code 3); absent when none.
    public var notChecked: Int?

    public init(results: [LintResult]) {
        self = RunTally(results: results).summary
    }

    init(_ tally: RunTally) {
        files = tally.results - tally.skipped - tally.others
        skipped = tally.skipped > 0 ? tally.skipped : nil
        others = tally.others > 0 ? tally.others : nil
        errors = tally.errors
        warnings = tally.warnings
        notes = tally.notes
        unchanged = tally.marked ? tally.unchanged : nil
        notChecked = tally.incomplete > 0 ? tally.incomplete : nil
    }
}

/// The counts of a run, kept as its results are handed over (the reports that are written while the run goes on
/// hold no results): what the summary, the exit code and "nothing to lint" are worked out from.
public struct RunTally: Sendable {
    public private(set) var results = 0
    public private(set) var skipped = 0
    /// Files discovery read and found not to be ours.
    public private(set) var others = 0
    /// Findings shown (not in the baseline), by severity.
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var notes = 0
    /// Findings the baseline holds.
    public private(set) var unchanged = 0
    /// Whether any finding was marked against a baseline.
    public private(set) var marked = false
    /// Results whose input was not (fully) checked (`LintResult.incomplete`).
    public private(set) var incomplete = 0
    /// Whether an input named on the command line does not exist.
    public private(set) var missing = false

    public init() {}

    public init(results: [LintResult]) {
        for result in results { add(result) }
    }

    public mutating func add(_ result: LintResult) {
        results += 1
        if result.skipped { skipped += 1 }
        if result.otherFile { others += 1 }
        if result.missing { missing = true }
        if result.incomplete { incomplete += 1 }
        for finding in result.findings {
            if finding.isNew != nil { marked = true }
            guard finding.isNew != false else {
                unchanged += 1
                continue
            }
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
    }

    public var summary: ReportSummary { ReportSummary(self) }

    /// True when every result was a skipped entry or another file: the run had nothing to lint.
    public var foundNothing: Bool { results == skipped + others }
}

/// The tool's name and version as reports print them.
public enum ToolInfo {
    public static let name = "manifestlint"
    public static let version = "0.2.0"
    public static let informationURI = "https://github.com/manifestlint/manifestlint"
}
