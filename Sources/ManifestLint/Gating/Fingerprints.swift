import Crypto

/// Stable identities for findings: what code scanning uses to follow a result across runs, and what
/// baselines record. A fingerprint hashes the rule, the repository-relative path and the JSON pointer of the
/// offending node, so it survives line shifts and reformatting; identical keys in one file are numbered in order.
public enum Fingerprints {
    public static let key = "manifestlint/v1"

    public static func assign(to results: inout [LintResult], paths: RepositoryPaths) {
        for index in results.indices { assign(to: &results[index], paths: paths) }
    }

    /// Fingerprints for one result's findings (and the results it led to); run by the workers that lint.
    public static func assign(to result: inout LintResult, paths: RepositoryPaths) {
        for index in result.related.indices { assign(to: &result.related[index], paths: paths) }
        guard !result.findings.isEmpty else { return }
        var seen: [String: Int] = [:]
        let path = paths.display(result.path)
        for index in result.findings.indices {
            let finding = result.findings[index]
            let identity = finding.rule + "\u{0}" + path + "\u{0}" + finding.pointer.description
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            let digest = SHA256.hash(data: Array((identity + "\u{0}" + String(occurrence)).utf8))
            result.findings[index].fingerprint = BlobHasher.hex(digest)
        }
    }
}
