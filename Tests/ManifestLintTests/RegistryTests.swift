import Foundation
import Testing
@testable import ManifestLint

/// Audits of live registries: Debian's docker-registry on loopback (started by scripts/test, addresses in
/// MANIFESTLINT_TEST_REGISTRY and MANIFESTLINT_TEST_REGISTRY_AUTH), populated with skopeo from layouts built
/// here, and a fake registry (Tests/Support/fake_registry.py) for faults a real one does not make on demand.
@Suite("Registry audits", .serialized)
struct RegistryTests {
    static let plain = ProcessInfo.processInfo.environment["MANIFESTLINT_TEST_REGISTRY"]
    static let authenticated = ProcessInfo.processInfo.environment["MANIFESTLINT_TEST_REGISTRY_AUTH"]
    static let missing = "no test registry: run the tests with ./scripts/test, which starts docker-registry on 127.0.0.1"

    /// Copies a layout's tagged image into a registry with `skopeo copy --all`.
    private func push(_ layout: String, tag: String, to destination: String, credentials: String? = nil) throws {
        var arguments = ["copy", "--all", "--quiet", "--dest-tls-verify=false", "oci:\(layout):\(tag)", "docker://\(destination)"]
        if let credentials { arguments.insert(contentsOf: ["--dest-creds", credentials], at: 1) }
        let copied = try runTool("skopeo", arguments, in: layout)
        #expect(copied.status == 0, Comment(rawValue: copied.output))
    }

    /// Plants a clean repository and a broken one; returns their names.
    private func populate(_ host: String, prefix: String, credentials: String? = nil) throws -> (clean: String, broken: String) {
        let scratch = try makeScratch("registry-populate")
        defer { removeScratch(scratch) }
        let clean = "\(prefix)/clean", broken = "\(prefix)/broken"
        try LayoutBuilder.multiArch(at: scratch + "/clean", tag: "1.0", entries: [("amd64", "amd64"), ("arm64", "arm64")])
        try push(scratch + "/clean", tag: "1.0", to: "\(host)/\(clean):1.0", credentials: credentials)
        try push(scratch + "/clean", tag: "1.0", to: "\(host)/\(clean):latest", credentials: credentials)
        // An index with a duplicate linux/amd64 entry and an arm64 entry whose config says amd64.
        try LayoutBuilder.multiArch(at: scratch + "/broken", tag: "1.0", entries: [("amd64", "amd64"), ("arm64", "amd64"), ("amd64", "amd64")])
        try push(scratch + "/broken", tag: "1.0", to: "\(host)/\(broken):1.0", credentials: credentials)
        // An -arm64 tag on an amd64 image.
        try LayoutBuilder.singleImage(at: scratch + "/single", tag: "1.0-arm64", configArchitecture: "amd64")
        try push(scratch + "/single", tag: "1.0-arm64", to: "\(host)/\(broken):1.0-arm64", credentials: credentials)
        return (clean, broken)
    }

    private static func errors(_ outcome: ProcessOutcome) -> [String] {
        outcome.findings.filter { $0["severity"] as? String == "error" }
            .map { "\($0["rule"] as! String) \($0["path"] as! String) \($0["pointer"] as! String)" }.sorted()
    }

    @Test func auditingTheLoopbackRegistryReportsExactlyThePlantedProblems() throws {
        let host = try #require(Self.plain, Comment(rawValue: Self.missing))
        let prefix = "audit-\(UUID().uuidString.prefix(8).lowercased())"
        let (clean, broken) = try populate(host, prefix: prefix)

        let outcome = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "\(host)/\(clean)", "\(host)/\(broken)"])
        #expect(outcome.status == 1, Comment(rawValue: outcome.stderr))
        let expected = [
            "duplicate-platform docker://\(host)/\(broken):1.0 /manifests/2",
            "platform-mismatch docker://\(host)/\(broken):1.0 /manifests/1/platform",
            "tag-architecture-mismatch docker://\(host)/\(broken):1.0-arm64 /config",
        ]
        #expect(Self.errors(outcome) == expected)
        #expect(outcome.findings.filter { $0["severity"] as? String != "error" }.isEmpty, Comment(rawValue: "\(outcome.findings)"))
        // Four tags audited and reported (clean:1.0 and clean:latest share a digest, fetched and checked once).
        #expect((outcome.json?["summary"] as? [String: Any])?["files"] as? Int == 4)

        // Each finding on a tag names the digest the tag pointed at.
        #expect(outcome.findings.allSatisfy { ($0["digest"] as? String)?.hasPrefix("sha256:") == true })
        #expect(Set(outcome.findings.compactMap { $0["digest"] as? String }).count == 2)

        let scratch = try makeScratch("registry-sarif")
        defer { removeScratch(scratch) }
        let sarif = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "sarif", "--output", "audit.sarif", "\(host)/\(broken)"], in: scratch)
        #expect(sarif.status == 1)
        try expectValidSARIF(scratch + "/audit.sarif")
        let log = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/audit.sarif"))) as? [String: Any]
        let results = try #require(((log?["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        #expect(results.allSatisfy { (($0["properties"] as? [String: Any])?["digest"] as? String)?.hasPrefix("sha256:") == true })
        // Code scanning takes only repository-relative file locations: registry findings sit on a placeholder
        // path, the reference is kept in properties and logical locations (issue 14).
        let locations = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any] }
        let encodedHost = host.replacingOccurrences(of: ":", with: "%3A")
        #expect(Set(locations.compactMap { $0["uri"] as? String }) == [".manifestlint/registry/\(encodedHost)/\(broken)/tags/1.0", ".manifestlint/registry/\(encodedHost)/\(broken)/tags/1.0-arm64"])
        #expect(locations.allSatisfy { $0["uriBaseId"] as? String == "SRCROOT" })
        #expect(Set(results.compactMap { ($0["properties"] as? [String: Any])?["reference"] as? String })
                == ["docker://\(host)/\(broken):1.0", "docker://\(host)/\(broken):1.0-arm64"])

        // A mixed run (a file and a registry repository) is one upload GitHub accepts: valid, relative file URIs
        // only, unique identities, and sarif-tools reads it.
        try FileManager.default.copyItem(atPath: Repository.fixture("gating/error.json"), toPath: scratch + "/error.json")
        let mixed = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "sarif", "--output", "mixed.sarif", "error.json", "\(host)/\(broken)"], in: scratch)
        #expect(mixed.status == 1)
        try expectValidSARIF(scratch + "/mixed.sarif")
        let mixedLog = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/mixed.sarif"))) as? [String: Any]
        let mixedResults = try #require(((mixedLog?["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let mixedURIs = mixedResults.compactMap { ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String }
        #expect(mixedURIs.count == mixedResults.count && mixedURIs.allSatisfy { !$0.contains("://") })
        let mixedHashes = mixedResults.compactMap { ($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"] }
        #expect(Set(mixedHashes).count == mixedResults.count)
        // sarif-tools (PyPI) reads the registry audit and the mixed run alike.
        let sarifTool = try #require(TestTools.path("sarif"), Comment(rawValue: TestTools.missing))
        for file in ["audit.sarif", "mixed.sarif"] {
            let read = try runTool(sarifTool, ["summary", scratch + "/" + file], in: scratch)
            #expect(read.status == 0 && read.output.contains("error"), Comment(rawValue: "\(file): \(read.output)"))
        }

        // Text names a registry finding by reference and digest, not by a line in bytes nobody can open.
        let text = String(decoding: try runManifestLint(["lint", "--no-config", "--insecure", "\(host)/\(broken):1.0-arm64"]).stdout, as: UTF8.self)
        #expect(text.hasPrefix("docker://\(host)/\(broken):1.0-arm64 (sha256:"), Comment(rawValue: text))
        #expect(text.contains("): error: ") && text.contains("[tag-architecture-mismatch]"))

        let cleanOnly = try runManifestLint(["lint", "--no-config", "--insecure", "\(host)/\(clean)"])
        #expect(cleanOnly.status == 0, Comment(rawValue: String(decoding: cleanOnly.stdout, as: UTF8.self)))
        let byTag = try runManifestLint(["lint", "--no-config", "--insecure", "docker://\(host)/\(clean):1.0"])
        #expect(byTag.status == 0)
        // A tag named twice, and again through its repository, is reported once.
        let repeated = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "\(host)/\(broken):1.0-arm64",
                                            "docker://\(host)/\(broken):1.0-arm64", "\(host)/\(broken)"])
        #expect(Self.errors(repeated) == expected)

        // Plain HTTP for this host only, from the config file instead of --insecure.
        try "registries:\n  insecure: [\"\(host)\"]\n".write(toFile: scratch + "/.manifestlint.yaml", atomically: true, encoding: .utf8)
        let configured = try runManifestLint(["lint", "\(host)/\(clean)"], in: scratch)
        #expect(configured.status == 0, Comment(rawValue: configured.stderr))
        try "registries:\n  insecur: [\"\(host)\"]\n".write(toFile: scratch + "/.manifestlint.yaml", atomically: true, encoding: .utf8)
        let misspelt = try runManifestLint(["lint", "\(host)/\(clean)"], in: scratch)
        #expect(misspelt.status == 2)
        #expect(misspelt.stderr.contains(".manifestlint.yaml:2:3: unknown key \"insecur\" in \"registries\""), Comment(rawValue: misspelt.stderr))

        let catalog = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "--catalog", host])
        #expect(catalog.status == 1)
        #expect(Set(Self.errors(catalog)).isSuperset(of: expected))
    }

    @Test func authenticatedRegistryWithGoodAndWrongCredentials() throws {
        let host = try #require(Self.authenticated, Comment(rawValue: Self.missing))
        let prefix = "auth-\(UUID().uuidString.prefix(8).lowercased())"
        let (clean, broken) = try populate(host, prefix: prefix, credentials: "tester:s3cret")
        let scratch = try makeScratch("docker-config")
        defer { removeScratch(scratch) }
        func config(_ credentials: String) throws {
            let auth = Data(credentials.utf8).base64EncodedString()
            try #"{"auths": {"\#(host)": {"auth": "\#(auth)"}}}"#.write(toFile: scratch + "/config.json", atomically: true, encoding: .utf8)
        }
        try config("tester:s3cret")
        let good = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "\(host)/\(clean)", "\(host)/\(broken)"], in: scratch, environment: ["DOCKER_CONFIG": scratch])
        #expect(good.status == 1, Comment(rawValue: good.output))
        #expect(good.output.contains("[duplicate-platform]"))

        try config("tester:wrong-password")
        let wrong = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "\(host)/\(clean)"], in: scratch, environment: ["DOCKER_CONFIG": scratch])
        #expect(wrong.status == ExitStatus.incomplete)
        #expect(wrong.output.contains("refused the credentials for tester"))
        #expect(!wrong.output.contains("wrong-password") && !wrong.output.contains(Data("tester:wrong-password".utf8).base64EncodedString()))

        // A credential helper named in credHelpers, run as docker-credential-NAME get with the host on standard input.
        try #"{"credHelpers": {"\#(host)": "manifestlint-test"}}"#.write(toFile: scratch + "/config.json", atomically: true, encoding: .utf8)
        try """
            #!/bin/sh
            read server
            [ "$server" = "\(host)" ] || exit 1
            echo '{"ServerURL": "\(host)", "Username": "tester", "Secret": "s3cret"}'
            """.write(toFile: scratch + "/docker-credential-manifestlint-test", atomically: true, encoding: .utf8)
        chmod(scratch + "/docker-credential-manifestlint-test", 0o755)
        let helped = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "\(host)/\(broken)"], in: scratch,
                                 environment: ["DOCKER_CONFIG": scratch, "PATH": scratch + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")])
        #expect(helped.status == 1, Comment(rawValue: helped.output))
        #expect(helped.output.contains("[tag-architecture-mismatch]"))

        // A helper that is not installed is named in the error, not silently skipped.
        try #"{"credHelpers": {"\#(host)": "manifestlint-missing"}}"#.write(toFile: scratch + "/config.json", atomically: true, encoding: .utf8)
        let unhelped = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "\(host)/\(clean)"], in: scratch, environment: ["DOCKER_CONFIG": scratch])
        #expect(unhelped.status == ExitStatus.incomplete)
        #expect(unhelped.output.contains("docker-credential-manifestlint-missing is not installed"), Comment(rawValue: unhelped.output))

        let anonymous = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "\(host)/\(clean)"], in: scratch, environment: ["DOCKER_CONFIG": scratch + "/none"])
        #expect(anonymous.status == ExitStatus.incomplete)
        #expect(anonymous.output.contains("requires authentication and no credentials were found"))
    }

    /// A registry that answers 429 then 200, 500 on one tag, bearer tokens, and a redirect to another host.
    @Test func faultsRetriesTokensAndRedirects() throws {
        let scratch = try makeScratch("fake-registry")
        defer { removeScratch(scratch) }
        let (server, port) = try startTestServer("fake_registry.py", portFile: scratch + "/port")
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        let host = "127.0.0.1:\(port)"
        try #"{"auths": {"\#(host)": {"auth": "\#(Data("alice:wonderland".utf8).base64EncodedString())"}}}"#
            .write(toFile: scratch + "/config.json", atomically: true, encoding: .utf8)

        let outcome = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "--format", "json", "--output", "report.json", "\(host)/app"],
                                  in: scratch, environment: ["DOCKER_CONFIG": scratch])
        #expect(outcome.status == ExitStatus.incomplete, Comment(rawValue: outcome.output))  // one tag could not be audited
        #expect(outcome.output.contains("HTTP 500"))
        let report = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/report.json"))) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        // broken, flaky (after its 429), good, huge, latest, lying and orphan: all seven tags from two pages.
        #expect((report["summary"] as? [String: Any])?["files"] as? Int == 7)
        let errors = findings.filter { $0["severity"] as? String == "error" }.map { "\($0["rule"]!) \($0["path"]!)" }.sorted()
        #expect(errors == ["digest-mismatch docker://\(host)/app:lying", "media-type-mismatch docker://\(host)/app:lying",
                           "missing-blob docker://\(host)/app:orphan",
                           "registry-error docker://\(host)/app:broken", "registry-error docker://\(host)/app:huge"])
        // Messages name the repository the blob is missing from, not a layout.
        let missing = findings.first { $0["rule"] as? String == "missing-blob" }?["message"] as? String
        #expect(missing?.hasPrefix("config sha256:") == true && missing?.contains(" is not in repository \(host)/app (docker://\(host)/app@sha256:") == true,
                Comment(rawValue: missing ?? "no missing-blob"))
        #expect(outcome.output.contains("is larger than 4194304 bytes (the manifest limit)"))
        let leaks = try runTool("python3", ["-c", "import urllib.request; print(urllib.request.urlopen('http://\(host)/_leaks').read().decode())"], in: scratch)
        #expect(leaks.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        // good and latest share a manifest and a config: each digest's body was fetched once, after a HEAD per tag.
        let gets = try runTool("python3", ["-c", "import urllib.request; print(urllib.request.urlopen('http://\(host)/_gets').read().decode())"], in: scratch)
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(gets.output.utf8)) as? [String: Int])
        let manifestGets = counts.filter { $0.key.hasPrefix("/v2/app/manifests/sha256:") }
        #expect(manifestGets.count == 5 && manifestGets.values.allSatisfy { $0 == 1 }, Comment(rawValue: gets.output))
        #expect(counts.filter { $0.key.hasPrefix("/v2/app/blobs/") }.values.allSatisfy { $0 == 1 }, Comment(rawValue: gets.output))

        // app refuses a manifest that mirror serves: the failure stays with app (one worker, so app goes first).
        let shared = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "--concurrency", "1", "--format", "json", "--output", "shared.json",
                                                     "\(host)/app:denied", "\(host)/mirror:shared"], in: scratch, environment: ["DOCKER_CONFIG": scratch])
        #expect(shared.status == ExitStatus.incomplete, Comment(rawValue: shared.output))
        let sharedReport = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/shared.json"))) as? [String: Any]
        let sharedErrors = (sharedReport?["findings"] as? [[String: Any]] ?? []).map { "\($0["rule"]!) \($0["path"]!)" }
        #expect(sharedErrors == ["registry-error docker://\(host)/app:denied"])

        let anonymous = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "\(host)/app:good"], in: scratch, environment: ["DOCKER_CONFIG": scratch + "/none"])
        #expect(anonymous.status == ExitStatus.incomplete)
        #expect(anonymous.output.contains("refused anonymous access"))

        // An identity token (as az acr login stores it) is exchanged with the OAuth2 refresh-token grant.
        func identity(_ token: String) throws {
            try #"{"auths": {"\#(host)": {"auth": "\#(Data("00000000-0000-0000-0000-000000000000:".utf8).base64EncodedString())", "identitytoken": "\#(token)"}}}"#
                .write(toFile: scratch + "/config.json", atomically: true, encoding: .utf8)
        }
        try identity("refresh-me")
        let exchanged = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "\(host)/app:good"], in: scratch, environment: ["DOCKER_CONFIG": scratch])
        #expect(exchanged.status == 0, Comment(rawValue: exchanged.output))
        try identity("stale-token")
        let stale = try runTool(Repository.binary, ["lint", "--no-config", "--insecure", "\(host)/app:good"], in: scratch, environment: ["DOCKER_CONFIG": scratch])
        #expect(stale.status == ExitStatus.incomplete)
        #expect(stale.output.contains("refused the identity token") && !stale.output.contains("stale-token"), Comment(rawValue: stale.output))
    }

    @Test func connectionRefusedIsAClearError() throws {
        let outcome = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "127.0.0.1:1/app:latest"])
        #expect(outcome.status == ExitStatus.incomplete)
        #expect(outcome.stderr.contains("cannot reach 127.0.0.1:1: connection refused"))
        #expect(outcome.findings.first?["rule"] as? String == "registry-error")
    }

    @Test func referencesAndPathsAreTellApart() {
        #expect(RegistryReference(parsing: "registry.example.com/team/app:1.0")?.tag == "1.0")
        #expect(RegistryReference(parsing: "localhost:5000/app")?.selector == nil)
        #expect(RegistryReference(parsing: "docker://ghcr.io/org/app@sha256:" + String(repeating: "a", count: 64))?.digest != nil)
        #expect(RegistryReference(parsing: "manifests/index.json") == nil)
        #expect(RegistryReference(parsing: "oci://app/x")?.host == "docker.io")
        #expect(RegistryReference(parsing: "docker://alpine:3.20")?.description == "docker.io/library/alpine:3.20")
        #expect(RegistryReference(parsing: "docker.io/alpine")?.repository == "library/alpine")
        #expect(RegistryReference(parsing: "index.docker.io/team/app:1")?.description == "docker.io/team/app:1")
        #expect(RegistryReference(parsing: "alpine:3.20") == nil)  // no prefix, no host: a (missing) file
        #expect(RegistryClient.nextLink(#"</v2/_catalog?last=b&n=100>; rel="next""#) == "/v2/_catalog?last=b&n=100")
        #expect(RegistryClient.challengeParameters(#"Bearer realm="https://auth.example.com/token",service="registry",scope="repository:app:pull""#)
            == ["realm": "https://auth.example.com/token", "service": "registry", "scope": "repository:app:pull"])
    }
}
