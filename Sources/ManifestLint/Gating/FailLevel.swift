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
        if results.contains(where: \.inputFailed) { return 2 }
        return results.contains { $0.findings.contains(where: fails) } ? 1 : 0
    }
}
