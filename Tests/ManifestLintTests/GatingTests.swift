import Foundation
import Testing
@testable import ManifestLint

/// `--fail-on` and baselines, through the binary.
@Suite("Gating and baselines")
struct GatingTests {
    /// Exit code for each fixture (most severe finding: error, warning, note) at each `--fail-on` level.
    @Test(arguments: [
        ("error", [1, 0, 0]), ("warning", [1, 1, 0]), ("note", [1, 1, 1]), ("none", [0, 0, 0]),
    ])
    func failOnLevel(level: String, expected: [Int32]) throws {
        let codes = try ["error", "warning", "note"].map { fixture in
            try runManifestLint(["lint", "--no-config", "--fail-on", level, Repository.fixture("gating/\(fixture).json")]).status
        }
        #expect(codes == expected, "--fail-on \(level)")
    }

    @Test func failOnNoneStillExitsTwoForUnreadableInput() throws {
        let outcome = try runManifestLint(["lint", "--no-config", "--fail-on", "none", "/nonexistent/index.json"])
        #expect(outcome.status == 2)
    }

    @Test func unknownFailLevelIsAUsageError() throws {
        #expect(try runManifestLint(["lint", "--fail-on", "critical", Repository.fixture("gating/note.json")]).status == 2)
    }

    private func scratchWithFixtures() throws -> String {
        let folder = try makeScratch("baseline")
        try FileManager.default.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: true)
        for name in ["error", "warning", "note"] {
            try FileManager.default.copyItem(atPath: Repository.fixture("gating/\(name).json"), toPath: folder + "/\(name).json")
        }
        return folder
    }

    @Test func baselineAcceptsTodaysFindingsAndFailsOnNewOnes() throws {
        let folder = try scratchWithFixtures()
        defer { removeScratch(folder) }
        let created = try runManifestLint(["baseline", "create", "baseline.json", "--no-config", "."], in: folder)
        #expect(created.status == 0, Comment(rawValue: created.stderr))
        // note.json is not a manifest: a folder walk counts it as another file (it is a note only when named).
        #expect(String(decoding: created.stdout, as: UTF8.self).contains("3 findings from 2 files"))

        // Nothing new: passes at every level, and every finding is marked unchanged.
        for level in ["error", "warning", "note"] {
            let outcome = try runManifestLint(["lint", "--no-config", "--baseline", "baseline.json", "--fail-on", level, "--format", "json", "."], in: folder)
            #expect(outcome.status == 0, "--fail-on \(level)")
            #expect(outcome.findings.allSatisfy { $0["baseline"] as? String == "unchanged" })
            #expect((outcome.json?["summary"] as? [String: Any])?["unchanged"] as? Int == 3)
        }

        // A new duplicate in a new file fails, and only it is new.
        try FileManager.default.copyItem(atPath: Repository.fixture("gating/error.json"), toPath: folder + "/added.json")
        let json = try runManifestLint(["lint", "--no-config", "--baseline", "baseline.json", "--format", "json", "."], in: folder)
        #expect(json.status == 1)
        let new = json.findings.filter { $0["baseline"] as? String == "new" }
        // JSON paths are repository-relative however the path was given (`.` walks give `./added.json`).
        #expect(Set(new.compactMap { $0["path"] as? String }) == ["added.json"])
        #expect(new.count == 2)

        let sarif = try runManifestLint(["lint", "--no-config", "--baseline", "baseline.json", "--format", "sarif", "."], in: folder)
        let results = try #require(((sarif.json?["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        #expect(results.filter { $0["baselineState"] as? String == "new" }.count == 2)
        // GitHub ignores baselineState, so SARIF leaves the unchanged findings out, as the text report does.
        #expect(results.filter { $0["baselineState"] as? String == "unchanged" }.isEmpty)
        #expect(results.count == 2)

        // Text shows only the new findings and counts the rest.
        let text = String(decoding: try runManifestLint(["lint", "--no-config", "--baseline", "baseline.json", "."], in: folder).stdout, as: UTF8.self)
        #expect(text.contains("added.json:17:5: error"))
        #expect(!text.contains("./error.json"))
        #expect(text.contains("(3 more in the baseline, not shown)"))

        // At --fail-on warning a new warning alone fails too.
        try FileManager.default.removeItem(atPath: folder + "/added.json")
        try FileManager.default.copyItem(atPath: Repository.fixture("gating/warning.json"), toPath: folder + "/more.json")
        #expect(try runManifestLint(["lint", "--no-config", "--baseline", "baseline.json", "--fail-on", "warning", "."], in: folder).status == 1)
        #expect(try runManifestLint(["lint", "--no-config", "--baseline", "baseline.json", "--fail-on", "error", "."], in: folder).status == 0)
    }

    @Test func baselineIsNeverSilentlyOverwritten() throws {
        let folder = try scratchWithFixtures()
        defer { removeScratch(folder) }
        try "my notes\n".write(toFile: folder + "/baseline.json", atomically: true, encoding: .utf8)
        let refused = try runManifestLint(["baseline", "create", "baseline.json", "--no-config", "."], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists; pass --force"))
        #expect(try String(contentsOfFile: folder + "/baseline.json", encoding: .utf8) == "my notes\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }.isEmpty)

        let forced = try runManifestLint(["baseline", "create", "baseline.json", "--force", "--no-config", "."], in: folder)
        #expect(forced.status == 0)
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/baseline.json"))) as? [String: Any]
        #expect(written?["version"] as? Int == 1)
    }

    @Test func aBrokenBaselineIsAnInputError() throws {
        let folder = try scratchWithFixtures()
        defer { removeScratch(folder) }
        try "{\"version\": 1}".write(toFile: folder + "/baseline.json", atomically: true, encoding: .utf8)
        let outcome = try runManifestLint(["lint", "--no-config", "--baseline", "baseline.json", "."], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("baseline.json: not a manifestlint baseline"))
        #expect(try runManifestLint(["lint", "--no-config", "--baseline", "missing.json", "."], in: folder).status == 2)
    }
}
