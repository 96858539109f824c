import Foundation
import Testing
@testable import ManifestLint

/// Build workflows (ACR tasks, docker CLI scripts, Makefiles, CI YAML) through the binary.
@Suite("Build workflows")
struct WorkflowTests {
    private func findings(_ fixture: String) throws -> [(rule: String, line: Int, column: Int, message: String)] {
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", Repository.fixture("workflows/\(fixture)")])
        #expect(outcome.status <= 1, Comment(rawValue: outcome.stderr))
        return outcome.findings.map { ($0["rule"] as! String, $0["line"] as! Int, $0["column"] as! Int, $0["message"] as! String) }
    }

    private func ruleLines(_ fixture: String) throws -> [String] {
        try findings(fixture).map { "\($0.rule)@\($0.line)" }.sorted()
    }

    @Test func theACRDocumentationExampleShowsItsThreeMistakes() throws {
        #expect(try ruleLines("acr-multi-arch.acr.yaml") == [
            "push-of-unbuilt-image@6", "repository-name-typo@4", "tag-architecture-mismatch@3", "tag-architecture-mismatch@4",
        ])
        let typo = try #require(try findings("acr-multi-arch.acr.yaml").first { $0.rule == "repository-name-typo" })
        #expect(typo.message.contains("\"{{.Run.Registry}}/multi-arch-samples/myyimage\" looks like a typo of \"{{.Run.Registry}}/multi-arch-samples/myimage\""))
    }

    @Test func theCorrectedACRTaskIsClean() throws {
        #expect(try findings("acr-multi-arch-fixed.acr.yaml").isEmpty)
    }

    @Test func theSameMistakesInAShellScript() throws {
        #expect(try ruleLines("build-multi-arch.sh") == [
            "push-of-unbuilt-image@9", "repository-name-typo@7", "tag-architecture-mismatch@6", "tag-architecture-mismatch@7",
        ])
        #expect(try findings("build-multi-arch-fixed.sh").isEmpty)
    }

    /// A loop over literal words spells only those words (workflow-loops/README.md): a member spelt like its push with a
    /// word close to one of them is a typo, in a script, a Makefile recipe or a `run:` step; a loop whose variable is
    /// also set elsewhere, or whose words are not in the file, spells anything, as before.
    @Test func aListMemberMisspellingALoopsValue() throws {
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "."], in: Repository.fixture("workflow-loops"))
        #expect(outcome.status == 1, Comment(rawValue: outcome.stderr))
        let found = outcome.findings.map { "\(($0["path"] as! String).replacingOccurrences(of: "Tests/Fixtures/workflow-loops/", with: "")):\($0["line"] as! Int) \($0["message"] as! String)" }.sorted()
        #expect(found == [
            // (Names as docker reads them: `${GITHUB_SHA}-` is `$GITHUB_SHA-`.)
            "gha/.github/workflows/release.yml:14 the list combines ghcr.io/example/app:$GITHUB_SHA-s930x, which no step of this file "
                + "pushes: the loop at line 10 pushes ghcr.io/example/app:$GITHUB_SHA-$arch for amd64, arm64, s390x only, not s930x (a typo of s390x?)",
            "make/Makefile:7 the list combines example/app:$(VERSION)-amr64, which no step of this file pushes: the loop at line 4 "
                + "pushes example/app:$(VERSION)-$arch for amd64, arm64 only, not amr64 (a typo of amd64 or arm64?)",
        ])
    }

    @Test func buildxPlatformAgainstTag() throws {
        #expect(try ruleLines("buildx-swapped.sh") == ["tag-architecture-mismatch@3", "tag-architecture-mismatch@4"])
        let first = try #require(try findings("buildx-swapped.sh").first)
        #expect(first.column == 47)
        #expect(first.message.contains("built for amd64 (--platform linux/amd64)"))
        #expect(try findings("buildx-fixed.sh").isEmpty)
    }

    @Test func makefileRecipesAndCIRunBlocks() throws {
        #expect(try ruleLines("Makefile") == ["missing-required-platform@10", "tag-architecture-mismatch@7"])
        #expect(try ruleLines(".github/workflows/release.yml") == ["push-of-unbuilt-image@14"])
        let push = try #require(try findings(".github/workflows/release.yml").first)
        #expect(push.column == 23)
    }

    @Test func sarifRegionsPointIntoTheWorkflowFile() throws {
        let folder = try makeScratch("workflow-sarif")
        defer { removeScratch(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.fixture("workflows/acr-multi-arch.acr.yaml"), toPath: folder + "/acr-task.yaml")
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "sarif", "acr-task.yaml"], in: folder)
        let results = try #require(((outcome.json?["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let lines = try String(contentsOfFile: folder + "/acr-task.yaml", encoding: .utf8).components(separatedBy: "\n").map { Array($0) }
        func region(_ result: [String: Any]) -> [String: Int]? {
            (((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]) as? [String: Int]
        }
        for result in results {
            let start = try #require(region(result))
            let line = lines[start["startLine"]! - 1]
            // Every region starts at the reference it is about.
            #expect(String(line[(start["startColumn"]! - 1)...]).hasPrefix("{{.Run.Registry}}/multi-arch-samples/"))
            #expect((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] != nil)
        }
        let typo = try #require(results.first { $0["ruleId"] as? String == "repository-name-typo" })
        let replacement = try #require(((((typo["fixes"] as? [[String: Any]])?.first?["artifactChanges"] as? [[String: Any]])?.first?["replacements"]) as? [[String: Any]])?.first)
        let deleted = try #require(replacement["deletedRegion"] as? [String: Int])
        let line = lines[deleted["startLine"]! - 1]
        #expect(String(line[(deleted["startColumn"]! - 1)..<(deleted["endColumn"]! - 1)]) == "{{.Run.Registry}}/multi-arch-samples/myyimage")
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == "{{.Run.Registry}}/multi-arch-samples/myimage")
    }

    @Test func foldersPickUpWorkflowsByName() throws {
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", Repository.fixture("workflows")])
        let files = Set(outcome.findings.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } })
        #expect(files == ["acr-multi-arch.acr.yaml", "build-multi-arch.sh", "buildx-swapped.sh", "Makefile", "release.yml"])
        #expect((outcome.json?["summary"] as? [String: Any])?["files"] as? Int == 8)
        // Nothing to lint is an error unless accepted (issue 13), so a CI job pointed at the wrong folder fails.
        let jsonOnly = try runManifestLint(["lint", "--no-config", "--format", "json", "--include", "*.json", Repository.fixture("workflows")])
        #expect(jsonOnly.status == 2)
        #expect(jsonOnly.stderr.contains("nothing to lint"))
        let accepted = try runManifestLint(["lint", "--no-config", "--format", "json", "--allow-empty", "--include", "*.json", Repository.fixture("workflows")])
        #expect(accepted.status == 0)
        #expect((accepted.json?["summary"] as? [String: Any])?["files"] as? Int == 0)
    }

    @Test func brokenYAMLIsAFindingWithItsPosition() throws {
        let folder = try makeScratch("workflow-yaml")
        defer { removeScratch(folder) }
        try "version: v1.1.0\nsteps:\n- build: [unclosed\n".write(toFile: folder + "/acr-task.yaml", atomically: true, encoding: .utf8)
        try Data(contentsOf: URL(fileURLWithPath: Repository.fixture("workflows/buildx-swapped.sh"))).write(to: URL(fileURLWithPath: folder + "/b.sh"))
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", folder])
        #expect(outcome.status == 1)
        let yaml = try #require(outcome.findings.first { $0["rule"] as? String == "yaml-syntax" })
        #expect(yaml["line"] as? Int == 4)
        #expect(outcome.rules.filter { $0 == "tag-architecture-mismatch" }.count == 2)
    }

    @Test func missingRequiredPlatformFollowsRequiredPlatforms() throws {
        let folder = try makeScratch("workflow-config")
        defer { removeScratch(folder) }
        try "docker manifest create example/app:1 example/app:1-amd64 example/app:1-arm64\n".write(toFile: folder + "/build.sh", atomically: true, encoding: .utf8)
        #expect(try runManifestLint(["lint", "--no-config", "build.sh"], in: folder).status == 0)
        try "rules:\n  required-platforms:\n    platforms: [linux/amd64, linux/arm64, linux/s390x]\n".write(toFile: folder + "/.manifestlint.yaml", atomically: true, encoding: .utf8)
        let outcome = try runManifestLint(["lint", "--format", "json", "build.sh"], in: folder)
        #expect(outcome.rules == ["missing-required-platform"])
        #expect((outcome.findings.first?["message"] as? String)?.contains("no member for linux/s390x") == true)
    }

    @Test func shellLexerKeepsTemplatesAndContinuations() {
        let words = ShellLexer.commands(in: Array("docker build -t \"$R/app:{{ .Run.ID }}\" \\\n  -f 'Dockerfile.arm64' . # comment\necho done".utf8))
        #expect(words.map { $0.map(\.text) } == [["docker", "build", "-t", "$R/app:{{ .Run.ID }}", "-f", "Dockerfile.arm64", "."], ["echo", "done"]])
        #expect(RepositoryTypo.distance("myyimage", "myimage", limit: 2) == 1)
        #expect(RepositoryTypo.distance("myimage", "myiamge", limit: 2) == 1)
        #expect(RepositoryTypo.distance("api", "web", limit: 2) == 3)
    }
}
