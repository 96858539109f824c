import Foundation
import Testing
@testable import ManifestLint

/// SARIF, GitHub annotations and JUnit, run through the binary the way CI jobs run it.
@Suite("Report formats")
struct ReportFormatTests {
    /// Copies fixtures into a scratch repository (a folder with .git) so that report paths are repository-relative.
    private func scratchRepository(_ files: [String: String]) throws -> String {
        let folder = try makeScratch("formats")
        try FileManager.default.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: true)
        for (name, fixture) in files {
            let target = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Repository.fixture(fixture), toPath: target)
        }
        return folder
    }

    @Test func sarifFromAMultiRuleMultiFileRunValidatesAgainstTheOfficialSchema() throws {
        let repo = try scratchRepository([
            "images/error.json": "gating/error.json", "images/warning.json": "gating/warning.json",
            "images/digest.json": "schema/invalid/invalid-digest.json", "images/broken.json": "strict/json-syntax.json",
        ])
        defer { removeScratch(repo) }
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "sarif", "--output", "out.sarif", "images"], in: repo)
        #expect(outcome.status == 1)
        try expectValidSARIF(repo + "/out.sarif")

        let log = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: repo + "/out.sarif"))) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "manifestlint")
        #expect(driver["informationUri"] as? String != nil)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        let ruleIDs = Set(results.compactMap { $0["ruleId"] as? String })
        #expect(ruleIDs.isSuperset(of: ["duplicate-platform", "non-canonical-platform", "missing-variant", "invalid-digest", "json-syntax"]))
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: Any])
            #expect((artifact["uri"] as? String)?.hasPrefix("images/") == true)
            #expect(artifact["uriBaseId"] as? String == "SRCROOT")
            #expect(((result["partialFingerprints"] as? [String: String])?["manifestlint/v1"]?.count ?? 0) == 64)
        }
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        let rule = try #require(rules.first { $0["id"] as? String == "duplicate-platform" })
        #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        #expect((rule["helpUri"] as? String)?.hasPrefix("https://") == true)
        #expect(((rule["properties"] as? [String: Any])?["tags"] as? [String])?.contains("platform") == true)
    }

    @Test func duplicatePlatformRegionIsTheLineOfTheLaterEntry() throws {
        let repo = try scratchRepository(["error.json": "gating/error.json"])
        defer { removeScratch(repo) }
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "sarif", "error.json"], in: repo)
        let log = try #require(outcome.json)
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let duplicate = try #require(results.first { $0["ruleId"] as? String == "duplicate-platform" })
        let location = try #require((duplicate["locations"] as? [[String: Any]])?.first)
        let region = try #require((location["physicalLocation"] as? [String: Any])?["region"] as? [String: Int])
        let lines = try String(contentsOfFile: repo + "/error.json", encoding: .utf8).components(separatedBy: "\n")
        // The third entry (the later linux/amd64) opens on line 17 of the fixture.
        #expect(region["startLine"] == 17)
        #expect(lines[16].trimmingCharacters(in: .whitespaces) == "{")
        #expect(lines[19...20].joined().contains("x86_64"))
        let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
        #expect(logical["fullyQualifiedName"] as? String == "/manifests/2")
    }

    @Test func nonCanonicalArchitectureCarriesAFix() throws {
        let repo = try scratchRepository(["error.json": "gating/error.json"])
        defer { removeScratch(repo) }
        let log = try #require(try runManifestLint(["lint", "--no-config", "--format", "sarif", "error.json"], in: repo).json)
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let finding = try #require(results.first { $0["ruleId"] as? String == "non-canonical-platform" })
        let fix = try #require((finding["fixes"] as? [[String: Any]])?.first)
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == "\"amd64\"")
        let region = try #require(replacement["deletedRegion"] as? [String: Int])
        let line = try String(contentsOfFile: repo + "/error.json", encoding: .utf8).components(separatedBy: "\n")[region["startLine"]! - 1]
        let characters = Array(line)
        #expect(String(characters[(region["startColumn"]! - 1)..<(region["endColumn"]! - 1)]) == "\"x86_64\"")
    }

    @Test func fingerprintsSurviveLineShifts() throws {
        let repo = try scratchRepository(["error.json": "gating/error.json"])
        defer { removeScratch(repo) }
        func fingerprints() throws -> [String: Int] {
            let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "error.json"], in: repo)
            return Dictionary(uniqueKeysWithValues: outcome.findings.map { ($0["fingerprint"] as! String, $0["line"] as! Int) })
        }
        let before = try fingerprints()
        let text = try String(contentsOfFile: repo + "/error.json", encoding: .utf8)
        try ("\n\n\n" + text).write(toFile: repo + "/error.json", atomically: true, encoding: .utf8)
        let after = try fingerprints()
        #expect(before.count == 2)
        #expect(Set(before.keys) == Set(after.keys))
        for (fingerprint, line) in before { #expect(after[fingerprint] == line + 3) }
    }

    @Test func githubAnnotationsAndJUnit() throws {
        let repo = try scratchRepository(["a/error.json": "gating/error.json"])
        defer { removeScratch(repo) }
        // A FIFO in the folder is a skipped-input note (a walk never opens it).
        #expect(mkfifo(repo + "/a/note.json", 0o644) == 0)
        let github = try runManifestLint(["lint", "--no-config", "--format", "github", "a"], in: repo)
        let lines = String(decoding: github.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        // Errors first, with the end of the offending node (the entry object spans lines 17 to 22).
        #expect(lines.first?.hasPrefix("::error file=a/error.json,line=17,col=5,endLine=22,title=manifestlint duplicate-platform::linux/amd64 is listed again") == true,
                Comment(rawValue: lines.joined(separator: "\n")))
        #expect(lines.contains { $0.hasPrefix("::warning file=a/error.json,line=21,col=19,endLine=21,endColumn=60,") })
        #expect(lines.contains { $0.hasPrefix("::notice file=a/note.json,line=1,col=1,") })
        // One test case per finding (classname = file, name = rule and pointer), a failure at or above --fail-on.
        let junit = String(decoding: try runManifestLint(["lint", "--no-config", "--format", "junit", "a"], in: repo).stdout, as: UTF8.self)
        #expect(junit.contains("<testsuites name=\"manifestlint\" tests=\"3\" failures=\"1\" errors=\"0\""), Comment(rawValue: junit))
        #expect(junit.contains("<testcase classname=\"a/error.json\" name=\"duplicate-platform /manifests/2\" file=\"a/error.json\" time=\"0\">"))
        #expect(junit.contains("<testcase classname=\"a/note.json\" name=\"skipped-input /\" file=\"a/note.json\" time=\"0\">"))
        #expect(junit.contains("<failure type=\"duplicate-platform\""))
    }
}
