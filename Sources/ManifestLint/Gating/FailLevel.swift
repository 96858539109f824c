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

    /// The exit code of a run: 2 when a named input does not exist (a usage error), 3 when the run is incomplete
    /// (something it was asked to check was not checked), 1 when a finding fails, else 0.
    public func exitCode(for results: [LintResult]) -> Int32 {
        exitCode(for: RunTally(results: results))
    }

    /// `exitCode(for:)` from a run's counts.
    public func exitCode(for tally: RunTally) -> Int32 {
        if tally.missing { return ExitStatus.usage }
        if tally.incomplete > 0 { return ExitStatus.incomplete }
        let failing: Int
        switch self {
        case .none: failing = 0
        case .error: failing = tally.errors
        case .warning: failing = tally.errors + tally.warnings
        case .note: failing = tally.errors + tally.warnings + tally.notes
        }
        return failing > 0 ? ExitStatus.findings : ExitStatus.passed
    }
}

/// The exit codes of `lint` and the hooks, so that a gate can tell its outcomes apart from the code alone.
public enum ExitStatus {
    /// Everything asked for was checked; nothing at or above `--fail-on`.
    public static let passed: Int32 = 0
    /// Everything asked for was checked; findings at or above `--fail-on` (new ones only, with a baseline).
    public static let findings: Int32 = 1
    /// A usage or configuration error: bad options, a config or rule file refused, a path that does not exist,
    /// nothing to lint. Nothing was judged.
    public static let usage: Int32 = 2
    /// Incomplete: something the run was asked to check was not checked (an unreadable file or folder, a limit,
    /// a registry that did not answer). Reported per input; never a pass, whatever the findings.
    public static let incomplete: Int32 = 3
}
