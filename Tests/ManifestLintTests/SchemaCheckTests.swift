import Testing
@testable import ManifestLint

@Suite("Schema checks")
struct SchemaCheckTests {
    /// Every `schema/invalid/RULE.json` (or `RULE--variant.json`) must trigger RULE; this is how each check proves it fires.
    @Test("invalid fixture triggers the rule it is named after", arguments: Repository.fixtureNames(in: "schema/invalid"))
    func invalidFixture(name: String) {
        let rule = String(name.dropLast(".json".count).split(separator: "--").first ?? "")
        let result = lintFile(Repository.fixture("schema/invalid/\(name)"))
        #expect(result.findings.contains { $0.rule == rule }, "\(name): got \(result.findings.map(\.rule))")
    }

    /// Every `schema/valid/*.json` must lint without error or warning.
    @Test("valid fixture has no errors or warnings", arguments: Repository.fixtureNames(in: "schema/valid"))
    func validFixture(name: String) {
        let findings = lintFile(Repository.fixture("schema/valid/\(name)")).findings
        #expect(findings.filter { $0.severity >= .warning }.isEmpty, "\(name): got \(findings.map(\.rule))")
    }

    @Test func helloWorldListFromTheAzureDocsLintsClean() {
        let result = lintFile(Repository.fixture("hello-world-manifest-list.json"))
        #expect(result.kind == .dockerList)
        #expect(result.findings.isEmpty)
    }

    @Test func findingsCarryPointerAndPosition() {
        let finding = lintFile(Repository.fixture("schema/invalid/invalid-digest.json")).findings.first
        #expect(finding?.pointer.description == "/manifests/1/digest")
        #expect(finding?.position == SourcePosition(line: 16, column: 17))
    }

    @Test func digestGrammar() {
        #expect((try? Digest(parsing: "sha256:" + String(repeating: "a", count: 64))) != nil)
        #expect((try? Digest(parsing: "sha512:" + String(repeating: "0", count: 128))) != nil)
        #expect((try? Digest(parsing: "sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564")) != nil)
        #expect((try? Digest(parsing: "sha256:" + String(repeating: "A", count: 64))) == nil)
        #expect((try? Digest(parsing: "sha256:abc")) == nil)
        #expect((try? Digest(parsing: "sha256+foo+-b:abc")) == nil)
        #expect((try? Digest(parsing: "sha256:../../etc/passwd")) == nil)
        #expect((try? Digest(parsing: "nocolon")) == nil)
    }

    @Test func mediaTypeGrammar() {
        #expect(MediaType.isWellFormed(MediaType.ociIndex))
        #expect(!MediaType.isWellFormed("invalid"))
        #expect(!MediaType.isWellFormed("foo/.bar"))
        #expect(!MediaType.isWellFormed("application/"))
    }

    @Test func inspectOutputIsCheckedEntryByEntry() {
        let result = lintFile(Repository.fixture("real-world/inspect-annotate.golden"))
        #expect(result.kind == .inspectOutput)
        #expect(result.findings.filter { $0.severity == .error }.isEmpty)
    }

    @Test func forcedMediaTypeChecksAsThatKind() {
        let result = lintFile(Repository.fixture("schema/valid/oci-config.json"), mediaType: MediaType.ociManifest)
        #expect(result.kind == .ociManifest)
        #expect(result.findings.contains { $0.rule == "missing-field" })
    }
}
