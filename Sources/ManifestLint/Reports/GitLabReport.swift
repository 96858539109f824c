import Foundation

/// GitLab Code Quality JSON (`--format gitlab`), as gitlabhq `doc/ci/testing/code_quality.md` ("Implement a custom
/// tool") reads it: an array of `{description, check_name, fingerprint, severity, location: {path, lines: {begin}}}`.
/// The fingerprint is manifestlint's (rule, path, JSON pointer): stable when lines move, unique per finding, so the
/// merge request widget shows new and fixed findings. Integrity problems are `critical`, errors `major`, warnings
/// `minor`, notes `info`. UTF-8 without a BOM.
public struct GitLabReport: Sendable {
    public let context: ReportContext

    public init(context: ReportContext) { self.context = context }

    public func rendered() throws -> String {
        let issues: [[String: Any]] = context.findings.filter { $0.isNew != false }.map { finding in
            let path = SARIFReport.registryReference(finding.path).map(SARIFReport.placeholderPath) ?? context.paths.display(finding.path)
            let line = SARIFReport.registryReference(finding.path) == nil ? (finding.position?.line ?? 1) : 1
            let description = SARIFReport.registryReference(finding.path).map { "\($0): \(finding.message)" } ?? finding.message
            return [
                "type": "issue",
                "description": description,
                "check_name": finding.rule,
                "fingerprint": finding.fingerprint,
                "severity": severity(finding),
                "location": ["path": path, "lines": ["begin": line]] as [String: Any],
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: issues, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func severity(_ finding: Finding) -> String {
        if SARIFReport.securitySeverity[finding.rule] != nil { return "critical" }
        switch finding.severity {
        case .error: return "major"
        case .warning: return "minor"
        case .note: return "info"
        }
    }
}
