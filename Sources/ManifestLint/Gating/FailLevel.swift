/// The lowest severity that fails a run (`--fail-on`).
public enum FailLevel: String, Sendable, CaseIterable {
    case error, warning, note, none

    /// True when this finding makes the exit code 1: severe enough, and not already in the baseline.
    public func fails(_ finding: Finding) -> Bool {
        guard finding.isNew != false else { return false }
        switch self {
        case .none: return false
        case .error: return finding.severity >= .error
        case .warning: return finding.severity >= .warning
        case .note: return true
        }
    }

    /// The exit code of a run: 2 when an input could not be read, 1 when a finding fails, else 0.
    public func exitCode(for results: [LintResult]) -> Int32 {
        exitCode(for: RunTally(results: results))
    }

    /// `exitCode(for:)` from a run's counts.
    public func exitCode(for tally: RunTally) -> Int32 {
        if tally.inputFailed { return 2 }
        let failing: Int
        switch self {
        case .none: failing = 0
        case .error: failing = tally.errors
        case .warning: failing = tally.errors + tally.warnings
        case .note: failing = tally.errors + tally.warnings + tally.notes
        }
        return failing > 0 ? 1 : 0
    }
}
