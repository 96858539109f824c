import Foundation
import Testing
@testable import ManifestLint

@Suite("Configuration")
struct ConfigurationTests {
    /// A scratch folder with a config file and the duplicate/one-platform fixtures.
    private func scratch(config: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifestlint-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try config.write(toFile: folder + "/.manifestlint.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Repository.fixture("hello-world-manifest-list.json"), toPath: folder + "/hello.json")
        return folder
    }

    @Test func parametersAndSeverityFromTheConfigFile() throws {
        let folder = try scratch(config: """
            rules:
              required-platforms:
                severity: error
                platforms: [linux/amd64, linux/arm64, linux/arm/v7]
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try runManifestLint(["lint", "--format", "json", "hello.json"], in: folder)
        #expect(outcome.status == 1)
        let finding = try #require(outcome.findings.first { $0["rule"] as? String == "required-platforms" })
        #expect(finding["severity"] as? String == "error")
        #expect((finding["message"] as? String)?.contains("linux/arm/v7") == true)
    }

    @Test func commandLineOverridesTheConfigFile() throws {
        let folder = try scratch(config: "rules:\n  required-platforms:\n    severity: error\n    platforms: [linux/s390x]\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try runManifestLint(["lint", "hello.json"], in: folder).status == 1)
        #expect(try runManifestLint(["lint", "--severity", "required-platforms=warning", "hello.json"], in: folder).status == 0)
        #expect(try runManifestLint(["lint", "--disable", "required-platforms", "--format", "json", "hello.json"], in: folder).rules.isEmpty)
        #expect(try runManifestLint(["lint", "--no-config", "--format", "json", "hello.json"], in: folder).rules.isEmpty)
    }

    @Test("configuration errors name file and line and exit 2", arguments: [
        ("rules:\n  no-such-rule: error\n", 2, "unknown rule \"no-such-rule\""),
        ("rules:\n  required-platforms:\n    platfroms: [linux/amd64]\n", 3, "has no parameter \"platfroms\""),
        ("rules:\n  required-platforms:\n    platforms: linux/amd64\n", 3, "must be a string-list"),
        ("rules:\n  duplicate-platform: loud\n", 2, "must be error, warning, note or off"),
        ("rulez: {}\n", 1, "unknown key \"rulez\""),
        ("rules:\n  unreadable-input: off\n", 2, "unreadable-input cannot be configured"),
    ])
    func configurationError(config: String, line: Int, message: String) throws {
        let folder = try scratch(config: config)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try runManifestLint(["lint", "hello.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(".manifestlint.yaml:\(line):"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test func builtInChecksCanBeTurnedDownOrOff() throws {
        let path = Repository.fixture("schema/invalid/invalid-digest.json")
        #expect(try runManifestLint(["lint", "--no-config", "--severity", "invalid-digest=warning", path]).status == 0)
        #expect(try runManifestLint(["lint", "--no-config", "--severity", "invalid-digest=off", "--format", "json", path]).rules.isEmpty)
        #expect(try runManifestLint(["lint", "--no-config", "--disable", "nope", path]).status == 2)
        // What says "not checked" is not a setting: turning it off would make an incomplete run pass.
        for arguments in [["--disable", "not-checked"], ["--severity", "registry-error=note"], ["--severity", "unreadable-input=off"]] {
            let outcome = try runManifestLint(["lint", "--no-config"] + arguments + [path])
            #expect(outcome.status == 2 && outcome.stderr.contains("cannot be configured"), "\(arguments): \(outcome.stderr)")
        }
    }

    @Test func userRuleFolderThroughRulesFlagConfigAndRulesTest() throws {
        let rules = Repository.fixture("user-rules")
        let hello = Repository.fixture("hello-world-manifest-list.json")
        let viaFlag = try runManifestLint(["lint", "--no-config", "--rules", rules, "--format", "json", hello])
        #expect(viaFlag.status == 1)
        #expect(viaFlag.rules == ["source-is-https"])
        // A repository's config names rule folders inside its own folder; one outside it is refused (trust model).
        let outside = try scratch(config: "rules-dirs: [\(rules)]\n")
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let refused = try runManifestLint(["lint", "--format", "json", "hello.json"], in: outside)
        #expect(refused.status == ExitStatus.usage)
        #expect(refused.stderr.contains("outside"), Comment(rawValue: refused.stderr))
        let folder = try scratch(config: "rules-dirs: [policy]\nrules:\n  source-is-https: warning\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: rules, toPath: folder + "/policy")
        let viaConfig = try runManifestLint(["lint", "--format", "json", "hello.json"], in: folder)
        #expect(viaConfig.status == 0, Comment(rawValue: viaConfig.stderr))
        #expect(viaConfig.findings.first?["severity"] as? String == "warning")
        let tested = try runManifestLint(["rules", "test", rules])
        #expect(tested.status == 0)
        #expect(String(decoding: tested.stdout, as: UTF8.self).contains("1 passed, 0 failed"))
    }

    @Test func brokenRuleFileFailsRulesTest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: Repository.fixture("user-rules/source-is-https.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\"^https://\"", with: "\"^ftp://\"")
        try text.write(toFile: folder + "/rule.yaml", atomically: true, encoding: .utf8)
        let outcome = try runManifestLint(["rules", "test", folder])
        #expect(outcome.status == 1)
        #expect(String(decoding: outcome.stdout, as: UTF8.self).contains("FAIL  source-is-https"))
        try "id: x\nseverity: loud\n".write(toFile: folder + "/rule.yaml", atomically: true, encoding: .utf8)
        let invalid = try runManifestLint(["rules", "test", folder])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("rule.yaml:"))
    }

    @Test func rulesExplainPrintsParametersAndExamples() throws {
        let outcome = try runManifestLint(["rules", "explain", "required-platforms"])
        let text = String(decoding: outcome.stdout, as: UTF8.self)
        #expect(outcome.status == 0)
        #expect(text.contains("platforms (string-list, default [linux/amd64, linux/arm64])"))
        #expect(text.contains("invalid examples"))
        #expect(try runManifestLint(["rules", "explain", "nope"]).status == 2)
    }
}
