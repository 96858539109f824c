import Foundation
import Testing
@testable import ManifestLint

/// 70 build workflows and 35 JSON documents from 72 public repositories (Tests/Fixtures/PROVENANCE.md), linted
/// the way a user would; every finding is judged in `real-world-expected.tsv` and pinned here, so a rule change
/// that adds or drops one shows up as a failure to judge again.
@Suite("Real-world corpus")
struct RealWorldCorpusTests {
    private struct Expected: Hashable {
        let path: String, line: Int, rule: String, severity: String
    }

    private static func expected() throws -> (findings: [Expected], verdicts: [String]) {
        let text = try String(contentsOfFile: Repository.fixture("real-world-expected.tsv"), encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        return (rows.map { Expected(path: $0[0], line: Int($0[1]) ?? 0, rule: $0[2], severity: $0[3]) }, rows.map { $0[4] })
    }

    @Test func everyFindingIsTheJudgedOne() throws {
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "real-world-workflows", "real-world-manifests"],
                                          in: Repository.fixture(""))
        #expect(outcome.status == 1)
        // Paths are repository-relative in JSON: the fixtures folder is `Tests/Fixtures/` of this repository.
        let found = outcome.findings.map {
            Expected(path: ($0["path"] as? String ?? "").replacingOccurrences(of: "Tests/Fixtures/", with: ""), line: $0["line"] as? Int ?? 0, rule: $0["rule"] as? String ?? "", severity: $0["severity"] as? String ?? "")
        }
        let (expected, verdicts) = try Self.expected()
        #expect(found == expected)
        #expect(!verdicts.contains("false"), "a finding judged false must be fixed, not pinned")
        let summary = try #require(outcome.json?["summary"] as? [String: Any])
        // Every workflow file is read; the six JSON files that are not image documents (docker save manifests,
        // ORAS artifact-spec drafts, a bare descriptor array) are counted as others.
        #expect(summary["files"] as? Int == 99)
        #expect(summary["others"] as? Int == 6)
    }

    /// No real manifest gets an error that is not a defect or the stated platform policy.
    @Test func noErrorLevelFalsePositiveOnRealManifests() throws {
        let (expected, verdicts) = try Self.expected()
        for (finding, verdict) in zip(expected, verdicts) where finding.severity == "error" {
            #expect(verdict == "true" || verdict == "policy", "\(finding)")
        }
        #expect(expected.filter { $0.path.hasPrefix("real-world-workflows/") }.count >= 5)
    }
}
