import Foundation
import Testing
@testable import ManifestLint

@Suite("The manifestlint binary")
struct EndToEndTests {
    /// What a new user types first: `lint` with no path lints the current folder; a mistyped subcommand is pointed
    /// out, not linted as a path; a Dockerfile or Compose file named explicitly gets one clear line (exit 2), and
    /// only when named (a walk or `--discover` passes them over); `--compact` is one line per finding; `--version`
    /// names the rule pack too.
    @Test func firstCommandsANewUserTypes() throws {
        let folder = try makeScratch("first-commands")
        defer { removeScratch(folder) }
        try write(Samples.brokenIndex, to: folder + "/index.json")
        try write("FROM alpine:3.20\nRUN echo hi\n", to: folder + "/Dockerfile")
        try write("services:\n  web:\n    image: nginx:1.27\n", to: folder + "/docker-compose.yml")
        let bare = try runManifestLint(["lint", "--no-config", "--format", "json"], in: folder)
        #expect(bare.status == 1 && bare.rules == ["invalid-digest"], Comment(rawValue: bare.stderr))
        let typo = try runManifestLint(["lnt"], in: folder)
        #expect(typo.status == 2 && typo.stderr.contains("did you mean `manifestlint lint`"), Comment(rawValue: typo.stderr))
        for name in ["Dockerfile", "docker-compose.yml"] {
            let named = try runManifestLint(["lint", "--no-config", name], in: folder)
            let text = String(decoding: named.stdout, as: UTF8.self)
            #expect(named.status == 2, Comment(rawValue: text))
            #expect(text.split(separator: "\n").first?.contains("manifestlint does not check") == true && text.contains("[unsupported-input]"))
        }
        let compact = try runManifestLint(["lint", "--no-config", "--compact", "--color", "always", "index.json"], in: folder)
        #expect(String(decoding: compact.stdout, as: UTF8.self).split(separator: "\n").count == 2)
        let version = try runManifestLint(["--version"])
        #expect(String(decoding: version.stdout, as: UTF8.self).contains("default rule pack \(DefaultRulePack.rules().count) rules, "))
    }

    /// The README's quick start runs `manifestlint lint Examples/` (its output is checked with every other console
    /// transcript by `DocsTests`), and what it shows covers every family the README promises: schema, index rules, a
    /// layout's deep check, a build workflow's rules.
    @Test func theQuickStartShowsEveryRuleFamily() throws {
        let transcripts = DocTranscript.all().filter { $0.place.hasPrefix("README.md:") }
        let quickStart = try #require(transcripts.first { $0.steps.first?.command == "manifestlint lint Examples/" })
        let shown = quickStart.steps[0].expected.joined(separator: "\n")
        for rule in ["invalid-digest", "duplicate-platform", "required-platforms", "tag-architecture-mismatch", "repository-name-typo", "push-of-unbuilt-image"] {
            #expect(shown.contains("[\(rule)]"), "\(rule)")
        }
        #expect(shown.contains("Examples/layout-arm64-tag-amd64-image/index.json"))
    }

    /// A mistyped path whose first component has a dot is a missing file (exit 2), not a registry to reach over
    /// the network (which was exit 3 after a DNS lookup of `man.json`); `docker://` still says "registry".
    @Test func aMistypedPathIsNotARegistryReference() throws {
        for path in ["man.json/index.json", "out.oci/index.json"] {
            let outcome = try runManifestLint(["lint", "--no-config", "--timeout", "2", path], in: NSTemporaryDirectory())
            #expect(outcome.status == 2 && outcome.stderr.contains("no such file"), Comment(rawValue: "\(path): \(outcome.stderr)"))
        }
        #expect(RegistryReference.namesAFile("man.json/index.json") && !RegistryReference.namesAFile("docker://man.json/index.json"))
        #expect(!RegistryReference.namesAFile("ghcr.io/team/app:1.0") && !RegistryReference.namesAFile("127.0.0.1:5000/app"))
    }

    @Test func cleanInputExitsZeroWithAVersionedJSONReport() throws {
        let outcome = try runManifestLint(["lint", "--format", "json", Repository.fixture("hello-world-manifest-list.json")])
        #expect(outcome.status == 0)
        #expect(outcome.json?["version"] as? Int == 1)
        #expect((outcome.json?["tool"] as? [String: Any])?["name"] as? String == "manifestlint")
        let summary = outcome.json?["summary"] as? [String: Int]
        #expect(summary == ["files": 1, "errors": 0, "warnings": 0, "notes": 0])
    }

    @Test func errorFindingsExitOneAndCarryPointerLineColumn() throws {
        let outcome = try runManifestLint(["lint", "--format", "json", Repository.fixture("schema/invalid/invalid-digest.json")])
        #expect(outcome.status == 1)
        let finding = try #require(outcome.findings.first)
        #expect(finding["rule"] as? String == "invalid-digest")
        #expect(finding["pointer"] as? String == "/manifests/1/digest")
        #expect(finding["line"] as? Int == 16)
        #expect(finding["column"] as? Int == 17)
        #expect((finding["path"] as? String)?.hasSuffix("invalid-digest.json") == true)
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        // Named one by one: strict, whatever they look like (a folder walk would pass over broken JSON that
        // carries no manifest marker).
        let strict = try FileManager.default.contentsOfDirectory(atPath: Repository.fixture("strict")).sorted().map { Repository.fixture("strict/" + $0) }
        let outcome = try runManifestLint(["lint", "--format", "json"] + strict + [Repository.fixture("hello-world-manifest-list.json")])
        #expect(outcome.status == 1)
        #expect((outcome.json?["summary"] as? [String: Int])?["files"] == 9)
        #expect(Set(outcome.rules).isSuperset(of: ["duplicate-key", "invalid-utf8", "trailing-data"]))
    }

    @Test func missingPathExitsTwoAndStillLintsTheRest() throws {
        let outcome = try runManifestLint(["lint", "--format", "json", "/nonexistent/index.json", Repository.fixture("hello-world-manifest-list.json")])
        #expect(outcome.status == 2)
        #expect(outcome.rules == ["unreadable-input"])
        #expect(outcome.stderr.contains("/nonexistent/index.json"))
    }

    @Test func usageErrorsExitTwo() throws {
        // `lint` alone lints the current folder: an empty one has nothing to lint.
        let empty = try makeScratch("empty")
        defer { removeScratch(empty) }
        #expect(try runManifestLint(["lint", "--no-config"], in: empty).status == 2)
        #expect(try runManifestLint(["lint", "--format", "xml", "x.json"]).status == 2)
        #expect(try runManifestLint(["lint", "--media-type", "text/plain", "x.json"]).status == 2)
    }

    @Test func standardInputIsLinted() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Repository.fixture("real-world/inspect-manifest-list.golden")))
        let outcome = try runManifestLint(["lint", "--format", "json", "-"], stdin: data)
        #expect(outcome.status == 1)
        let errors = outcome.findings.filter { $0["severity"] as? String == "error" }.compactMap { $0["rule"] as? String }
        #expect(errors.sorted() == ["duplicate-platform", "required-platforms"], "docker/cli's golden list has two identical linux/amd64 entries and no arm64")
        #expect(outcome.findings.allSatisfy { $0["path"] as? String == "-" })
        let clean = try Data(contentsOf: URL(fileURLWithPath: Repository.fixture("hello-world-manifest-list.json")))
        #expect(try runManifestLint(["lint", "-"], stdin: clean).status == 0)
    }

    @Test func textReportHasPathLineColumnSeverityRule() throws {
        let outcome = try runManifestLint(["lint", Repository.fixture("strict/duplicate-key.json")])
        let text = String(decoding: outcome.stdout, as: UTF8.self)
        #expect(text.contains("duplicate-key.json:1:12: error: duplicate object key"))
        #expect(text.contains("[duplicate-key]"))
        #expect(!text.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func outputFileReceivesTheReport() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = try runManifestLint(["lint", "--format", "json", "--output", path, Repository.fixture("hello-world-manifest-list.json")])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        #expect(report?["version"] as? Int == 1)
    }

    @Test func folderIncludeAndExcludeGlobs() throws {
        let outcome = try runManifestLint(["lint", "--format", "json", "--include", "*.golden", "--exclude", "inspect-annotate*",
                                           Repository.fixture("real-world")])
        #expect((outcome.json?["summary"] as? [String: Int])?["files"] == 1)
    }
}
