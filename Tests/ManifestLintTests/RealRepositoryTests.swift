import Foundation
import Testing
@testable import ManifestLint

/// Issue 13, first section: what a new user met on real repositories and with the real docker CLI. Each test
/// runs the binary (so `MANIFESTLINT_BIN` can point it at an older build) and failed on 0.1.0.
@Suite("Real repositories")
struct RealRepositoryTests {
    private func lint(_ arguments: [String], in folder: String? = nil, stdin: Data? = nil) throws -> ProcessOutcome {
        try runManifestLint(["lint", "--no-config", "--format", "json"] + arguments, stdin: stdin, in: folder)
    }

    /// `(file name relative to the fixture, line, rule)` for each finding.
    private func found(_ outcome: ProcessOutcome, under root: String) -> [String] {
        outcome.findings.map { finding in
            // Repository-relative (`Tests/Fixtures/app-repo/…`) or absolute: what follows the fixture's folder.
            var path = finding["path"] as? String ?? ""
            if let range = path.range(of: (root as NSString).lastPathComponent + "/") { path = String(path[range.upperBound...]) }
            while path.hasPrefix("/") || path.hasPrefix("./") { path = String(path.dropFirst(path.hasPrefix("/") ? 1 : 2)) }
            return "\(path):\(finding["line"] as? Int ?? 0) \(finding["rule"] as? String ?? "")"
        }.sorted()
    }

    /// An application repository (package.json, tsconfig.json with comments, devcontainer, appsettings,
    /// renovate, compose, a Grafana dashboard with its own "schemaVersion", github-script and pwsh workflows, ACR tasks with arbitrary names, Makefile.docker, an
    /// extensionless script): `lint .` reports exactly the planted findings, and nothing about the other files.
    @Test func anApplicationRepositoryGetsExactlyThePlantedFindings() throws {
        let root = Repository.fixture("app-repo")
        let outcome = try lint(["."], in: root)
        #expect(outcome.status == 1, Comment(rawValue: outcome.stderr))
        #expect(found(outcome, under: root) == [
            ".github/workflows/release.yml:15 tag-architecture-mismatch",
            "Makefile.docker:7 discarded-multi-platform-build",
            "acr/build-push-hello-world.yaml:5 repository-name-typo",
            "acr/build-push-hello-world.yaml:8 push-of-unbuilt-image",
            "images/web-index.json:17 duplicate-platform",
            "scripts/release:9 manifest-of-unpushed-image",
        ])
        let summary = try #require(outcome.json?["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 8)
        #expect(summary["others"] as? Int == 10)
        // SARIF: no alert on a file that is not a manifest or workflow.
        let sarif = try runManifestLint(["lint", "--no-config", "--format", "sarif", "."], in: root)
        let results = ((sarif.json?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.count == 6)
        let text = String(decoding: try runManifestLint(["lint", "--no-config", "."], in: root).stdout, as: UTF8.self)
        #expect(text.contains("8 files checked, 10 other files skipped: 4 errors, 2 warnings, 0 notes"))
    }

    /// Named on the command line a file is linted strictly; `--discover` (what the hooks pass) treats it like a
    /// file found in a folder.
    @Test func namedFilesAreStrictUnlessDiscovering() throws {
        let root = Repository.fixture("app-repo")
        let strict = try lint(["tsconfig.json"], in: root)
        #expect(strict.rules == ["json-syntax"])
        let discovered = try lint(["--discover", "--allow-empty", "tsconfig.json", "package.json", "images/web-index.json"], in: root)
        #expect(discovered.rules == ["duplicate-platform"])
        #expect((discovered.json?["summary"] as? [String: Any])?["others"] as? Int == 2)
    }

    /// Walks may start at or inside `.github`; a walk that finds nothing says so and exits 2 unless `--allow-empty`.
    @Test func walksStartInsideDotGithubAndEmptyRunsExitTwo() throws {
        let root = Repository.fixture("app-repo")
        for start in [".github", ".github/workflows"] {
            let outcome = try lint([start], in: root)
            #expect(outcome.rules == ["tag-architecture-mismatch"], "lint \(start)")
            #expect((outcome.json?["summary"] as? [String: Any])?["files"] as? Int == 2, "lint \(start)")
        }
        let empty = try lint([".devcontainer", "src"], in: root)
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("nothing to lint"))
        #expect(try lint(["--allow-empty", ".devcontainer"], in: root).status == 0)
    }

    /// A large file that is not ours (a 5 MB package-lock.json, an extensionless binary) is another file, not a
    /// `document-too-large` error; a large file with manifest markers still is.
    @Test func largeFilesThatAreNotOursAreSkippedNotRefused() throws {
        let folder = try makeScratch("large-others")
        defer { removeScratch(folder) }
        let lock = "{\"packages\": {" + (0..<60_000).map { #""p\#($0)": {"version": "1.0.\#($0)"}"# }.joined(separator: ", ") + "}}"
        try lock.write(toFile: folder + "/package-lock.json", atomically: true, encoding: .utf8)
        try Data(repeating: 0x7F, count: 5_000_000).write(to: URL(fileURLWithPath: folder + "/tool"))
        let skipped = try lint(["."], in: folder)
        #expect(skipped.status == 2, "nothing to lint")
        #expect(skipped.findings.isEmpty)
        let huge = #"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [], "annotations": {"x": ""# + String(repeating: "y", count: 5_000_000) + "\"}}"
        try huge.write(toFile: folder + "/index.json", atomically: true, encoding: .utf8)
        let refused = try lint(["."], in: folder)
        #expect(refused.rules == ["document-too-large"])
        #expect((refused.json?["summary"] as? [String: Any])?["others"] as? Int == 2)
    }

    /// A tokenizer's vocabulary (ollama's `tokenizer/testdata/llama3.2/encoder.json` maps 128,000 tokens, among them
    /// `"layers"`, `"config"`, `"schemaVersion"`-like words, `"Ref"` and `"Descriptor"`, to numbers) is no manifest and
    /// no `docker manifest inspect` output when a walk finds it; a real inspect entry still is.
    @Test func vocabulariesWithManifestWordsAreNotManifests() throws {
        let folder = try makeScratch("vocabulary")
        defer { removeScratch(folder) }
        let words = ["schemaVersion", "layers", "config", "manifests", "Ref", "Descriptor", "mediaType"]
        let vocabulary = "{" + (words + (0..<2000).map { "t\($0)" }).enumerated().map { #""\#($1)": \#($0)"# }.joined(separator: ", ") + "}"
        try vocabulary.write(toFile: folder + "/encoder.json", atomically: true, encoding: .utf8)
        let quiet = try lint(["--allow-empty", "."], in: folder)
        #expect(quiet.status == 0, Comment(rawValue: quiet.stderr))
        #expect(quiet.findings.isEmpty)
        #expect((quiet.json?["summary"] as? [String: Any])?["files"] as? Int == 0)
        let entry = #"{"Ref": "docker.io/library/alpine:3.19@sha256:1111111111111111111111111111111111111111111111111111111111111111", "Descriptor": {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:1111111111111111111111111111111111111111111111111111111111111111", "size": 1, "platform": {"architecture": "x86_64", "os": "linux"}}}"#
        try entry.write(toFile: folder + "/inspect.json", atomically: true, encoding: .utf8)
        #expect((try lint(["."], in: folder).json?["summary"] as? [String: Any])?["files"] as? Int == 1)
    }

    /// `docker manifest inspect` (without -v) of a BuildKit image drops the attestations' annotations, leaving
    /// two unknown/unknown entries: neither a duplicate nor a platform the image provides.
    @Test func plainInspectOfABuildKitImageWithAttestations() throws {
        func entry(_ digit: String, _ os: String, _ architecture: String) -> String {
            #"{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 566, "digest": "sha256:\#(String(repeating: digit, count: 64))", "platform": {"architecture": "\#(architecture)", "os": "\#(os)"}}"#
        }
        let list = #"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": ["#
            + [entry("1", "linux", "amd64"), entry("2", "unknown", "unknown"), entry("3", "unknown", "unknown")].joined(separator: ", ") + "]}"
        let outcome = try lint(["-"], stdin: Data(list.utf8))
        #expect(!outcome.rules.contains("duplicate-platform"))
        let required = try #require(outcome.findings.first { $0["rule"] as? String == "required-platforms" })
        #expect(required["severity"] as? String == "error")
        #expect((required["message"] as? String)?.contains("unknown") == false)
        #expect((required["message"] as? String)?.contains("(it provides linux/amd64)") == true)
    }

    /// Signature and SBOM entries (notation layouts) have no platform and need none; a Windows-only image is out
    /// of scope of the default Linux requirement; an artifact index is not a platform index.
    @Test func requirementsApplyToImagesOnly() throws {
        let notation = """
            {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [
              {"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\(String(repeating: "1", count: 64))", "platform": {"architecture": "amd64", "os": "linux"}},
              {"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\(String(repeating: "2", count: 64))", "platform": {"architecture": "arm64", "os": "linux"}},
              {"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 728, "digest": "sha256:\(String(repeating: "3", count: 64))", "artifactType": "application/vnd.cncf.notary.signature"}]}
            """
        #expect(try lint(["-"], stdin: Data(notation.utf8)).findings.isEmpty)
        let windowsOnly = """
            {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.list.v2+json", "manifests": [
              {"mediaType": "application/vnd.docker.distribution.manifest.v2+json", "size": 1, "digest": "sha256:\(String(repeating: "1", count: 64))", "platform": {"architecture": "amd64", "os": "windows", "os.version": "10.0.17763.6659"}},
              {"mediaType": "application/vnd.docker.distribution.manifest.v2+json", "size": 1, "digest": "sha256:\(String(repeating: "2", count: 64))", "platform": {"architecture": "amd64", "os": "windows", "os.version": "10.0.20348.2966"}}]}
            """
        #expect(try lint(["-"], stdin: Data(windowsOnly.utf8)).findings.isEmpty)
        let artifactIndex = """
            {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "artifactType": "application/vnd.example.sbom+json", "manifests": [
              {"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\(String(repeating: "1", count: 64))", "platform": {"architecture": "amd64", "os": "linux"}}]}
            """
        #expect(try lint(["-"], stdin: Data(artifactIndex.utf8)).findings.isEmpty)
        let amd64Only = """
            {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [
              {"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\(String(repeating: "1", count: 64))", "platform": {"architecture": "amd64", "os": "linux"}}]}
            """
        let gate = try lint(["-"], stdin: Data(amd64Only.utf8))
        #expect(gate.status == 1, "a missing required platform fails the default gate")
        #expect(gate.rules == ["required-platforms"])
    }

    /// The advice keeps a Docker list in its family; a forced media type of the wrong kind is one finding; "an OCI".
    @Test func messagesGiveAdviceThatWorks() throws {
        let misspelt = """
            {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.list.v1+json", "manifests": [
              {"mediaType": "application/vnd.docker.distribution.manifest.v2+json", "size": 1, "digest": "sha256:\(String(repeating: "1", count: 64))", "platform": {"architecture": "amd64", "os": "linux"}},
              {"mediaType": "application/vnd.docker.distribution.manifest.v2+json", "size": 1, "digest": "sha256:\(String(repeating: "2", count: 64))", "platform": {"architecture": "arm64", "os": "linux"}}]}
            """
        let outcome = try lint(["-"], stdin: Data(misspelt.utf8))
        #expect(outcome.rules == ["media-type-mismatch"])
        #expect((outcome.findings.first?["message"] as? String)?.contains(MediaType.dockerList) == true)
        let forced = try lint(["--media-type", MediaType.ociManifest, "-"], stdin: Data(misspelt.utf8))
        #expect(forced.findings.filter { $0["rule"] as? String == "media-type-mismatch" && $0["pointer"] as? String == "/mediaType" }.count == 1)
        let mixed = """
            {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [
              {"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\(String(repeating: "1", count: 64))", "platform": {"architecture": "amd64", "os": "linux"}},
              {"mediaType": "application/vnd.docker.distribution.manifest.v2+json", "size": 1, "digest": "sha256:\(String(repeating: "2", count: 64))", "platform": {"architecture": "arm64", "os": "linux"}}]}
            """
        let messages = try lint(["-"], stdin: Data(mixed.utf8)).findings.compactMap { $0["message"] as? String }
        #expect(!messages.isEmpty)
        #expect(!messages.contains { $0.contains("a oci") || $0.contains("a OCI") })
    }
}

/// Workflow rules fire only on what a file proves (issue 13): the false positives met on real build files stay
/// quiet, and the misses are found.
@Suite("Workflow precision")
struct WorkflowPrecisionTests {
    private func findings(_ name: String, _ content: String) throws -> [String] {
        let folder = try makeScratch("precision")
        defer { removeScratch(folder) }
        let path = folder + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", path])
        return outcome.rules
    }

    @Test(arguments: [
        ("implicit latest", "build.sh", "docker build -t example/app .\ndocker push example/app:latest\n"),
        ("--tag= form", "build.sh", "docker build --tag=example/app:1.0 .\ndocker push example/app:1.0\n"),
        ("--all-tags", "build.sh", "docker build -t example/app:1.0 .\ndocker tag example/app:1.0 example/app:latest\ndocker push --all-tags example/app\n"),
        ("docker load", "build.sh", "docker load -i app.tar\ndocker push example/app:$GITHUB_SHA\n"),
        ("docker pull", "build.sh", "docker pull example/app:1.0\ndocker tag example/app:1.0 registry.example.com/app:1.0\ndocker push registry.example.com/app:1.0\n"),
        ("a make target", "build.sh", "make image TAG=$CI_COMMIT_SHA\ndocker push example/app:$CI_COMMIT_SHA\n"),
        ("another script", "build.sh", "./scripts/build-images.sh\ndocker push example/app:$GITHUB_SHA\n"),
        ("a fixed tag made elsewhere", "push.sh", "docker push example/app:1.0\n"),
        ("another step's action", ".github/workflows/ci.yml", """
            on: push
            jobs:
              image:
                runs-on: ubuntu-latest
                steps:
                  - uses: docker/build-push-action@v6
                    with:
                      tags: ghcr.io/example/app:${{ github.sha }}
                      load: true
                  - run: docker push ghcr.io/example/app:${{ github.sha }}

            """),
        ("a push in a powershell step", "azure-pipelines.yml", """
            steps:
              - bash: docker build -t example.azurecr.io/app:$(Build.BuildId) .
              - powershell: |
                  docker push `
                    "example.azurecr.io/app:$(Build.BuildId)"

            """),
        ("two registries in variables", "build.sh", "docker build -t $GHCR_IMAGE:1.0 .\ndocker tag $GHCR_IMAGE:1.0 $ACR_IMAGE:1.0\ndocker push $GHCR_IMAGE:1.0\ndocker push $ACR_IMAGE:1.0\n"),
        ("sibling names in a round trip", "build.sh", "docker pull example/debianc:12\ndocker tag example/debianc:12 example/debiand:12\ndocker push example/debiand:12\n"),
        ("an array of members", "build.sh", "docker manifest create example/app:1.0 \"${images[@]}\"\ndocker manifest push example/app:1.0\n"),
    ])
    func falsePositivesStayQuiet(what: String, name: String, content: String) throws {
        #expect(try findings(name, content) == [], "\(what)")
    }

    @Test(arguments: [
        ("a run-unique member never built or pushed", "release.sh",
         "docker build -t example/app:$ID-amd64 .\ndocker push example/app:$ID-amd64\ndocker manifest create example/app:$ID example/app:$ID-amd64 example/app:$ID-arm64\n",
         ["manifest-of-unpushed-image"]),
        ("a typo used in build and push but not in the list", "release.sh",
         "docker build -t example/myimage:1-amd64 .\ndocker build -t example/myyimage:1-arm64 .\ndocker push example/myimage:1-amd64\ndocker push example/myyimage:1-arm64\ndocker manifest create example/myimage:1 example/myimage:1-amd64 example/myimage:1-arm64\n",
         // Both built on one machine without --platform as well (issue 28).
         ["machine-architecture-tags", "repository-name-typo", "repository-name-typo"]),
        ("a multi-platform build stored nowhere, then pushed", "release.sh",
         "docker buildx create --use\ndocker buildx build --platform linux/amd64,linux/arm64 -t example/app:1.0 .\ndocker push example/app:1.0\n",
         ["discarded-multi-platform-build"]),
        ("annotate --variant armv7", "release.sh",
         "docker manifest create example/app:1 example/app:1-amd64 example/app:1-arm64 example/app:1-arm\ndocker manifest annotate --arch arm --variant armv7 example/app:1 example/app:1-arm\n",
         ["non-canonical-platform"]),
        ("a Windows member annotated as linux", "release.sh",
         "docker manifest create example/app:1 example/app:1-amd64 example/app:1-arm64 example/app:1-windows-amd64\ndocker manifest annotate --os linux --arch amd64 example/app:1 example/app:1-windows-amd64\n",
         // Annotated linux/amd64, it is a second linux/amd64 member too (issue 28).
         ["duplicate-platform", "tag-architecture-mismatch"]),
        ("every -t of a multi-platform buildx --push is a list", "release.sh",
         "docker buildx build --platform linux/amd64,linux/arm/v7 -t example/app:1.0 -t example/app:latest --push .\n",
         ["missing-required-platform", "missing-required-platform"]),
    ])
    func missesAreFound(what: String, name: String, content: String, expected: [String]) throws {
        #expect(try findings(name, content) == expected, "\(what)")
    }

    /// An outside review's inputs (Tests/Fixtures/workflow-precision): PowerShell tasks and actions, `${{ }}` in
    /// PowerShell, cmd on Windows pools, a matrix of Windows runners, Docker@2 tasks, CircleCI orbs, Cloud Build,
    /// `$env:` names, PowerShell expressions, `docker.io/` prefixes, `${{github.sha}}` spacing, a Windows-only
    /// list, and JSON or text that only looks like a manifest: all quiet. GitLab `spec:` headers, CRLF files and
    /// Windows runners' default PowerShell: the arm64 push of an amd64 build is found in each.
    @Test func theReviewedShapesAreQuietOrFound() throws {
        let root = Repository.fixture("workflow-precision")
        let quiet = try runManifestLint(["lint", "--no-config", "--format", "json", "--allow-empty", "quiet"], in: root)
        #expect(quiet.status == 0, Comment(rawValue: "\(quiet.findings)"))
        #expect((quiet.json?["summary"] as? [String: Any])?["others"] as? Int == 5)
        let found = try runManifestLint(["lint", "--no-config", "--format", "json", "found"], in: root)
        #expect(found.rules == Array(repeating: "push-of-unbuilt-image", count: 5))
        #expect(Set(found.findings.compactMap { $0["line"] as? Int }) == [7, 8, 9, 10])
    }

    /// Windows members get a Windows platform from their tag (not linux/amd64, which made duplicates).
    @Test func windowsMembersKeepTheirOS() throws {
        let folder = try makeScratch("windows-members")
        defer { removeScratch(folder) }
        try "docker manifest create example/app:1 example/app:1-linux-amd64 example/app:1-windows-amd64\n".write(toFile: folder + "/b.sh", atomically: true, encoding: .utf8)
        let intent = try runManifestLint(["rules", "intent", folder + "/b.sh"])
        let document = try #require(try JSONSerialization.jsonObject(with: intent.stdout) as? [String: Any])
        let members = ((document["lists"] as? [[String: Any]])?.first?["members"] as? [[String: Any]]) ?? []
        #expect(members.compactMap { $0["platform"] as? String } == ["linux/amd64", "windows/amd64"])
    }
}
