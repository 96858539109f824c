import Foundation
import Testing
@testable import ManifestLint

/// The default pack, loaded from `Rules/` on disk (what the embedded copy must equal).
private let packRules: [Rule] = (try? RuleLoader.loadDefaultPack(Repository.root.appendingPathComponent("Rules").path).rules) ?? []
/// The built-in checks' documentation from `Rules/builtin/` on disk.
private let builtinRules: [Rule] = (try? RuleLoader.loadFolder(Repository.root.appendingPathComponent("Rules/builtin").path, builtin: true)) ?? []

@Suite("Rule pack")
struct RulePackTests {
    @Test func rulesFolderLoads() throws {
        let rules = try RuleLoader.loadFolder(Repository.root.appendingPathComponent("Rules").path)
        #expect(rules.count >= 12)
        #expect(Set(rules.map(\.id)).isSuperset(of: [
            "required-platforms", "duplicate-platform", "tag-architecture-mismatch", "non-canonical-platform", "unknown-platform",
            "missing-variant", "windows-os-version", "mixed-media-types", "empty-index", "missing-platform", "dangling-attestation",
            "required-annotations",
        ]))
    }

    /// A rule folder of a user cannot claim to be a built-in check, and a built-in check's file has no checks.
    @Test func builtinIsReservedForTheCompiledChecks() throws {
        let text = "id: my-rule\ntitle: t\nseverity: error\nbuiltin: true\nexample-note: n\n"
        #expect(throws: YAMLFileError.self) { try RuleLoader.load(text: text, path: "r.yaml") }
        #expect(try RuleLoader.load(text: text, path: "r.yaml", builtin: true).isBuiltin)
        #expect(throws: YAMLFileError.self) { try RuleLoader.load(text: text + "check: {function: truthy}\n", path: "r.yaml", builtin: true) }
        #expect(throws: YAMLFileError.self) { try RuleLoader.load(text: "id: x\ntitle: t\nseverity: error\nbuiltin: true\n", path: "r.yaml", builtin: true) }
    }

    /// The one generic test: every rule's invalid examples trigger it, its valid examples do not; the built-in
    /// checks' documented examples likewise, under the default policy.
    @Test("rule examples", arguments: (packRules + builtinRules).map(\.id))
    func examples(id: String) throws {
        let rule = try #require((packRules + builtinRules).first { $0.id == id })
        let failures = RuleExampleRunner.run(rule)
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    /// The compiled pack is what the rule loader reads from `Rules/`, value for value: the generated source is
    /// rendered again from the files on disk and must be byte-identical.
    @Test func compiledPackMatchesRulesFolder() throws {
        let (rules, builtin) = try RuleLoader.loadDefaultPack(Repository.root.appendingPathComponent("Rules").path)
        let generated = try String(contentsOf: Repository.root.appendingPathComponent("Sources/ManifestLint/Rules/DefaultRulePack.generated.swift"), encoding: .utf8)
        #expect(RulePackSource.render(rules, builtin: builtin) == generated, "the compiled pack is stale: run scripts/embed-rules after editing Rules/")
        let compiled = try RuleCatalog.defaultPack().rules
        #expect(compiled.map(\.id) == rules.map(\.id))
        // Rendering what the compiled pack holds gives the same source: nothing was lost on the way.
        #expect(RulePackSource.render(compiled, builtin: RuleCatalog.builtinChecks) == generated)
    }

    /// Text a rule file may hold survives the Swift literal: quotes, backslashes, control characters, non-ASCII.
    @Test func swiftLiteralsRoundTrip() {
        #expect(RulePackSource.string("a\"b\\c\n\t\u{1}é\u{2028}") == #""a\"b\\c\n\t\u{1}é\u{2028}""#)
        #expect(RulePackSource.json(.real(0.1)) == "JSONValue.real(Double(bitPattern: \(Double(0.1).bitPattern)))")
    }

    /// Each rule once more through the binary: its first invalid example, as a file (or a folder), gives its finding and the exit code its severity implies.
    @Test("rule through the binary", arguments: packRules.map(\.id))
    func endToEnd(id: String) throws {
        let rule = try #require(packRules.first { $0.id == id })
        let example = try #require(rule.invalidExamples.first)
        let folder = try makeScratch("rule-\(id)")
        defer { removeScratch(folder) }
        var path = folder + "/" + (example.file ?? "\(id).json")
        if example.files.isEmpty {
            // Workflow examples may be named by their place (`.github/workflows/release.yml`).
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try example.document.write(toFile: path, atomically: true, encoding: .utf8)
        } else {
            // An example made of files (an OCI layout) is linted as the folder it is written to.
            path = folder + "/layout"
            for file in example.files {
                let target = path + "/" + file.path
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try file.content.write(toFile: target, atomically: true, encoding: .utf8)
            }
        }
        let outcome = try runManifestLint(["lint", "--no-config", "--enable", id, "--format", "json", path])
        #expect(outcome.rules.contains(id))
        let hasErrors = outcome.findings.contains { $0["severity"] as? String == "error" }
        #expect(outcome.status == (hasErrors ? 1 : 0))
        let finding = try #require(outcome.findings.first { $0["rule"] as? String == id })
        #expect(finding["severity"] as? String == rule.severity.rawValue)
        #expect((finding["line"] as? Int ?? 0) >= 1)
    }

    @Test func duplicatePlatformPointsAtTheLaterEntry() {
        let result = Linter(policy: try? LintPolicy.defaults()).lint(InputCollector().read(Repository.fixture("rules/duplicate-platform-amd64.json")))
        let duplicates = result.findings.filter { $0.rule == "duplicate-platform" }
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.pointer.description == "/manifests/2")
        #expect(duplicates.first?.severity == .error)
        #expect(duplicates.first?.message.contains("/manifests/0") == true)
    }

    @Test func buildxIndexWithAttestationsHasNoDuplicates() {
        let result = Linter(policy: try? LintPolicy.defaults()).lint(InputCollector().read(Repository.fixture("rules/buildx-attestations.json")))
        #expect(!result.findings.contains { $0.rule == "duplicate-platform" || $0.rule == "dangling-attestation" })
    }

    @Test func platformNormalization() {
        func normalized(_ text: String) -> String? { Platform(specifier: text)?.normalized().description }
        #expect(normalized("linux/x86_64") == "linux/amd64")
        #expect(normalized("linux/aarch64") == "linux/arm64")
        #expect(normalized("linux/arm64/v8") == "linux/arm64")
        #expect(normalized("linux/arm") == "linux/arm/v7")
        #expect(normalized("linux/armhf") == "linux/arm/v7")
        #expect(normalized("linux/armel") == "linux/arm/v6")
        #expect(normalized("linux/i386") == "linux/386")
        #expect(normalized("Linux/AMD64") == "linux/amd64")
        #expect(Platform(specifier: "linux/arm/armv7")?.canonicalSpelling().description == "linux/arm/v7")
        // The hint for an arm level with a float ABI, endianness or profile word on it (klutchell/unbound's `armv7hf`,
        // eval22) is the level; comparisons keep such variants as written (`cleanVariant`), as containerd does.
        #expect(Platform(specifier: "linux/arm/armv7hf")?.canonicalSpelling().description == "linux/arm/v7")
        #expect(Platform(specifier: "linux/arm/armv7l")?.canonicalSpelling().description == "linux/arm/v7")
        #expect(Platform(specifier: "linux/arm/v6hf")?.canonicalSpelling().description == "linux/arm/v6")
        #expect(Platform(specifier: "linux/arm/7l")?.canonicalSpelling().description == "linux/arm/v7")
        #expect(Platform(specifier: "linux/arm/armv5tel")?.canonicalSpelling().description == "linux/arm/v5")
        #expect(Platform(specifier: "linux/arm/armv7-a")?.canonicalSpelling().description == "linux/arm/v7")
        #expect(Platform(specifier: "linux/arm64/armv8l")?.canonicalSpelling().description == "linux/arm64/v8l")
        #expect(Platform.cleanVariant("armv7l") == "v7l")
        // A version number gains its v; a Windows release put in `variant` (drone's manifest templates) does not.
        #expect(Platform(os: "linux", architecture: "arm", variant: "7").canonicalSpelling().variant == "v7")
        #expect(Platform(os: "linux", architecture: "arm", variant: "8.0").canonicalSpelling().variant == "8.0")
        #expect(Platform(os: "linux", architecture: "arm", variant: "10").canonicalSpelling().variant == "10")
        #expect(Platform(os: "windows", architecture: "amd64", variant: "1809").canonicalSpelling().variant == "1809")
        #expect(Platform(specifier: "linux/arm64/v8")?.canonicalSpelling().description == "linux/arm64/v8")
    }

    @Test func tagArchitectureWords() {
        #expect(TagArchitecture.tag(of: "registry.example.com:5000/team/app:1.2-arm64") == "1.2-arm64")
        #expect(TagArchitecture.tag(of: "v1") == "v1")
        #expect(TagArchitecture.platform(namedIn: "1.2-aarch64")?.architecture == "arm64")
        #expect(TagArchitecture.platform(namedIn: "3.18-armv7")?.variant == "v7")
        #expect(TagArchitecture.platform(namedIn: "latest") == nil)
        #expect(TagArchitecture.platform(namedIn: "amd64-to-arm64") == nil, "two architectures: ambiguous, not judged")
        #expect(TagArchitecture.platform(namedIn: "charming") == nil)
    }
}
