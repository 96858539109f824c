import Crypto

/// Stable identities for findings: what code scanning uses to follow a result across runs, and what
/// baselines record. A fingerprint hashes the rule, the repository-relative path and the JSON pointer of the
/// offending node, so it survives line shifts and reformatting; identical keys in one file are numbered in order.
public enum Fingerprints {
    public static let key = "manifestlint/v1"

    public static func assign(to results: inout [LintResult], paths: RepositoryPaths) {
        for resultIndex in results.indices {
            var seen: [String: Int] = [:]
            let path = paths.display(results[resultIndex].path)
            for findingIndex in results[resultIndex].findings.indices {
                let finding = results[resultIndex].findings[findingIndex]
                let identity = finding.rule + "\u{0}" + path + "\u{0}" + finding.pointer.description
                let occurrence = seen[identity, default: 0]
                seen[identity] = occurrence + 1
                let digest = SHA256.hash(data: Array((identity + "\u{0}" + String(occurrence)).utf8))
                results[resultIndex].findings[findingIndex].fingerprint = digest.map { byte in
                    let hex = String(byte, radix: 16)
                    return byte < 16 ? "0" + hex : hex
                }.joined()
            }
        }
    }
}
