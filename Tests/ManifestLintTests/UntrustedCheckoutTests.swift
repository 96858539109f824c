import Foundation
import Testing
@testable import ManifestLint

/// The second security review (`../shared/reports/security-review-2.md`, N1–N19 and A1–A4): what a pull request's
/// checkout can do to the gate. Each test failed on the build the review was made of. Registry cases are in
/// `HostileRegistryRoundTwoTests`, the pre-push hook's in `HookTests`.
@Suite("Untrusted checkout (security review 2)", .serialized)
struct UntrustedCheckoutTests {
    private static let unquotedEnvironment = ["PATH": "/usr/bin:/bin"]

    // MARK: "Not checked" is never "passed"

    /// N1: a broken index 257 folders deep is linted (the old walk stopped at 256 and passed the run).
    @Test func aBrokenIndexDeepInTheTreeIsLinted() throws {
        let folder = try makeScratch("deep")
        defer { removeScratch(folder) }
        let deep = String(repeating: "d/", count: 257)
        try write(Samples.brokenIndex, to: folder + "/" + deep + "index.json")
        try write(#"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}"#, to: folder + "/ok.json")
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "."], in: folder)
        #expect(outcome.status == ExitStatus.findings, Comment(rawValue: outcome.stderr))
        #expect(outcome.rules.contains("invalid-digest"))
    }

    /// N11, A2: a folder that cannot be listed, in a walk or named on the command line (with --allow-empty, as hooks
    /// run it), is an incomplete run naming the folder. Run as `nobody` when the tests run as root.
    @Test func anUnreadableFolderMakesTheRunIncomplete() throws {
        let folder = try makeScratch("unreadable")
        defer { _ = chmod(folder + "/repo/restricted", 0o755); removeScratch(folder) }
        chmod(folder, 0o755)
        try write(#"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}"#, to: folder + "/repo/ok.json")
        try write(Samples.brokenIndex, to: folder + "/repo/restricted/index.json")
        chmod(folder + "/repo", 0o755)
        chmod(folder + "/repo/ok.json", 0o644)
        chmod(folder + "/repo/restricted/index.json", 0o644)
        chmod(folder + "/repo/restricted", 0o000)
        let asUser = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let walk = try runTool(asUser.first ?? Repository.binary, Array(asUser.dropFirst()) + (asUser.isEmpty ? [] : [Repository.binary]) + ["lint", "--no-config", "."], in: folder + "/repo")
        #expect(walk.status == ExitStatus.incomplete, Comment(rawValue: walk.output))
        #expect(walk.output.contains("restricted") && walk.output.contains("not-checked") || walk.output.contains("unreadable-input"))
        #expect(walk.output.contains("INCOMPLETE"))
        let named = try runTool(asUser.first ?? Repository.binary, Array(asUser.dropFirst()) + (asUser.isEmpty ? [] : [Repository.binary])
            + ["lint", "--no-config", "--allow-empty", "restricted"], in: folder + "/repo")
        #expect(named.status == ExitStatus.incomplete, Comment(rawValue: named.output))
        #expect(named.output.contains("restricted"))
    }

    /// N18: a FIFO whose writer comes a second late is read, not taken for an empty document; one whose writer
    /// never comes is not checked (exit 3) once --timeout has passed.
    @Test func aFIFOWaitsForItsWriter() throws {
        let folder = try makeScratch("late-fifo")
        defer { removeScratch(folder) }
        #expect(mkfifo(folder + "/manifest.json", 0o644) == 0)
        try write(Samples.brokenIndex, to: folder + "/source.json")
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "sleep 1; cat source.json > manifest.json"]
        writer.currentDirectoryURL = URL(fileURLWithPath: folder)
        try writer.run()
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "manifest.json"], in: folder)
        writer.waitUntilExit()
        #expect(outcome.rules == ["invalid-digest"], Comment(rawValue: outcome.stderr))
        let lonely = try runManifestLint(["lint", "--no-config", "--timeout", "1", "manifest.json"], in: folder)
        #expect(lonely.status == ExitStatus.incomplete)
        #expect(lonely.stderr.contains("no writer"))
    }

    /// N13: 40 long decoy names no longer use up the typo search before the real typo.
    @Test func decoyNamesDoNotHideATypo() throws {
        var generator = SystemRandomNumberGenerator()
        func name() -> String { "reg.example.com/" + String((0..<230).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &generator)! }) }
        let lines = ["#!/bin/sh"] + (0..<20).map { _ in "docker build -t \(name()):1 ." } + (0..<20).map { _ in "docker push \(name()):1" }
            + ["docker build -t reg.example.com/team/myyimage:1 .", "docker push reg.example.com/team/myimage:1"]
        let results = lintText(lines.joined(separator: "\n") + "\n", name: "build.sh")
        #expect(results.contains("repository-name-typo"))
        #expect(!results.contains("not-checked"))
    }

    /// N13: when the budget does run out (near-identical long names), the run says so and is incomplete.
    @Test func aTypoSearchOutOfBudgetIsNotChecked() throws {
        let stem = "reg.example.com/" + String(repeating: "a", count: 230)
        var lines = ["#!/bin/sh"]
        for index in 0..<40 { lines.append("docker build -t \(stem)\(index % 10)b\(index / 10):1 .") }
        for index in 0..<40 { lines.append("docker push \(stem)\(index % 10)c\(index / 10):1") }
        let results = lintText(lines.joined(separator: "\n") + "\n", name: "build.sh")
        #expect(results.contains("not-checked"))
    }

    private func lintText(_ text: String, name: String) -> [String] {
        let result = Linter(policy: try! LintPolicy.defaults()).lint(bytes: Array(text.utf8), path: name)
        return result.findings.map(\.rule)
    }

    /// A file of concatenated JSON documents (buildx's trace fixture) is not a manifest because one of its
    /// documents quotes OCI media types: discovery judges it by its first document. A manifest followed by junk
    /// is still ours, and still reported.
    @Test func concatenatedDocumentsAreJudgedByTheFirst() throws {
        let folder = try makeScratch("ndjson")
        defer { removeScratch(folder) }
        try FileManager.default.copyItem(atPath: Repository.fixture("real-world-others/buildx-bktraces.json"), toPath: folder + "/bktraces.json")
        try write(Samples.brokenIndex + "\n{\"more\": 1}\n", to: folder + "/index.json")
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "."], in: folder)
        #expect(outcome.findings.allSatisfy { ($0["path"] as? String)?.hasSuffix("index.json") == true }, Comment(rawValue: "\(outcome.findings)"))
        #expect(outcome.rules == ["trailing-data"])
        #expect((outcome.json?["summary"] as? [String: Any])?["others"] as? Int == 1)
    }

    // MARK: Precision on upstream documents

    /// An OCI layout's index.json without `mediaType` that lists Docker image manifests (as buildpacks' lifecycle
    /// writes them) is an OCI image index: no `missing-field` or `invalid-platform` from the Docker list rules.
    @Test func aLayoutIndexListingDockerManifestsIsAnOCIIndex() throws {
        let folder = try makeScratch("docker-in-layout")
        defer { removeScratch(folder) }
        let builder = try LayoutBuilder(root: folder + "/layout")
        let manifest = try builder.blob(Array(#"{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":2,"digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"},"layers":[]}"#.utf8),
                                       mediaType: "application/vnd.docker.distribution.manifest.v2+json")
        try write(#"{"schemaVersion":2,"manifests":[\#(manifest.descriptor)]}"#, to: folder + "/layout/index.json")
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "layout"], in: folder)
        #expect(!outcome.rules.contains("missing-field") && !outcome.rules.contains("invalid-platform"), Comment(rawValue: "\(outcome.rules)"))
        // The same document outside a layout is a Docker manifest list, and needs both.
        try write(#"{"schemaVersion":2,"manifests":[\#(manifest.descriptor)]}"#, to: folder + "/list.json")
        #expect(try runManifestLint(["lint", "--no-config", "--format", "json", "list.json"], in: folder).rules.contains("missing-field"))
    }

    /// `amd64/v1` is plain `amd64` to containerd: a non-canonical spelling, and beside a plain `amd64` entry a
    /// duplicate. A `urls` entry that is not http or https is reported (descriptor.md: SHOULD).
    @Test func amd64V1AndFileURLsAreReported() throws {
        let folder = try makeScratch("amd64-v1")
        defer { removeScratch(folder) }
        func entry(_ digit: String, _ platform: String, urls: String = "") -> String {
            #"{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":1,"digest":"sha256:\#(String(repeating: digit, count: 64))","platform":\#(platform)\#(urls)}"#
        }
        try write(#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":["#
            + entry("1", #"{"os":"linux","architecture":"amd64"}"#) + ","
            + entry("2", #"{"os":"linux","architecture":"amd64","variant":"v1"}"#) + ","
            + entry("3", #"{"os":"linux","architecture":"arm64"}"#, urls: #","urls":["file:///etc/passwd","https://example.com/b"]"#) + "]}",
            to: folder + "/index.json")
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "index.json"], in: folder)
        #expect(outcome.rules.sorted() == ["duplicate-platform", "non-canonical-platform", "non-http-url"], Comment(rawValue: "\(outcome.rules)"))
    }

    // MARK: Repository content is data

    /// N2: a config or rule file that links to /proc/self/environ is refused without printing the environment.
    @Test func aConfigLinkedToTheEnvironmentIsRefusedWithoutQuotingIt() throws {
        let folder = try makeScratch("environ")
        defer { removeScratch(folder) }
        try write(#"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}"#, to: folder + "/a/i.json")
        try write(#"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}"#, to: folder + "/b/i.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/a/.manifestlint.yaml", withDestinationPath: "/proc/self/environ")
        try FileManager.default.createDirectory(atPath: folder + "/b/policy", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/b/policy/r.yaml", withDestinationPath: "/proc/self/environ")
        try write("rules-dirs: [policy]\n", to: folder + "/b/.manifestlint.yaml")
        for sub in ["a", "b"] {
            let outcome = try runTool("env", ["-i", "PATH=/usr/bin:/bin", "DEPLOY_TOKEN=canary-31337", Repository.binary, "lint", "."], in: folder + "/" + sub)
            #expect(outcome.status == ExitStatus.usage)
            #expect(!outcome.output.contains("canary-31337"), Comment(rawValue: outcome.output))
            #expect(outcome.output.contains("refused"))
        }
    }

    /// A rule folder named by a repository's config must lie inside it; a rule file linked out of it is refused.
    @Test func aRuleFileLinkedOutOfTheRepositoryIsRefused() throws {
        let folder = try makeScratch("rule-link")
        defer { removeScratch(folder) }
        try write("id: x\n", to: folder + "/elsewhere/x.yaml")
        try FileManager.default.createDirectory(atPath: folder + "/repo/policy", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/repo/policy/x.yaml", withDestinationPath: folder + "/elsewhere/x.yaml")
        try write("rules-dirs: [policy]\n", to: folder + "/repo/.manifestlint.yaml")
        try write(#"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}"#, to: folder + "/repo/i.json")
        let outcome = try runManifestLint(["lint", "i.json"], in: folder + "/repo")
        #expect(outcome.status == ExitStatus.usage)
        #expect(outcome.stderr.contains("outside"), Comment(rawValue: outcome.stderr))
    }

    /// N3: a repository's config may not turn TLS off for a host that is not loopback.
    @Test func aRepositoryConfigCannotMakeARegistryInsecure() throws {
        let folder = try makeScratch("insecure-config")
        defer { removeScratch(folder) }
        try write("registries:\n  insecure: [\"registry.corp.example:5000\"]\n", to: folder + "/.manifestlint.yaml")
        let outcome = try runManifestLint(["lint", "registry.corp.example:5000/app:1.0"], in: folder)
        #expect(outcome.status == ExitStatus.usage)
        #expect(outcome.stderr.contains("not a loopback address"), Comment(rawValue: outcome.stderr))
        for host in ["127.0.0.1:5000", "localhost", "[::1]:5000", "127.1.2.3"] { #expect(RegistryClient.isLoopback(host), "\(host)") }
        for host in ["registry.corp.example:5000", "10.0.0.1", "127.0.0.1.example.com", "localhost.example.com"] {
            #expect(!RegistryClient.isLoopback(host), "\(host)")
        }
    }

    /// The user's own config (`$XDG_CONFIG_HOME/manifestlint/config.yaml`) is where other hosts are made insecure.
    @Test func theUserConfigNamesInsecureRegistries() throws {
        let folder = try makeScratch("user-config")
        defer { removeScratch(folder) }
        try write("registries:\n  insecure: [\"registry.corp.example:5000\"]\n", to: folder + "/xdg/manifestlint/config.yaml")
        let loaded = try UserConfiguration.load(environment: ["XDG_CONFIG_HOME": folder + "/xdg"])
        #expect(loaded.insecureRegistries == ["registry.corp.example:5000"])
        #expect(try UserConfiguration.load(environment: ["XDG_CONFIG_HOME": folder + "/none"]).insecureRegistries.isEmpty)
    }

    // MARK: Nothing from a document reaches a consumer unescaped

    /// N8: no line of a JUnit report starts with document text (a `::` workflow command), and no raw CR.
    @Test func junitEscapesLineBreaksFromDocuments() throws {
        let folder = try makeScratch("junit-injection")
        defer { removeScratch(folder) }
        try write(#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"x\n::error title=Injected::x\r\n::add-mask::x","digest":"sha256:0000000000000000000000000000000000000000000000000000000000000000","size":1,"platform":{"os":"linux","architecture":"amd64"}}]}"#,
                  to: folder + "/index.json")
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "junit", "index.json"], in: folder)
        let text = String(decoding: outcome.stdout, as: UTF8.self)
        #expect(text.contains("invalid-media-type"))
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("::") }, Comment(rawValue: text))
        #expect(!text.contains("\r"))
        #expect(text.contains(#"\x0a::error"#))
    }

    /// N9: `rules list` and `rules explain` escape control characters from rule files.
    @Test func rulesCommandsEscapeControlCharacters() throws {
        let folder = try makeScratch("rule-escapes")
        defer { removeScratch(folder) }
        try write("""
            id: evil-rule
            title: "Looks harmless \\e]0;owned\\a\\e[2J"
            description: "desc \\e]8;;https://evil.example/\\a end"
            severity: warning
            applies-to: [index]
            help: "https://example.com/\\e[5mblink"
            check:
              - field: /annotations
                function: present
            message: "no annotations"
            examples:
              valid:
                - name: ok
                  document: |
                    {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [], "annotations": {"a": "b"}}
              invalid:
                - name: bad
                  findings: 1
                  document: |
                    {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}

            """, to: folder + "/policy/evil.yaml")
        for arguments in [["rules", "list", "--rules", "policy"], ["rules", "explain", "evil-rule", "--rules", "policy"]] {
            let outcome = try runManifestLint(arguments, in: folder)
            let text = String(decoding: outcome.stdout, as: UTF8.self)
            #expect(text.contains("evil-rule"), Comment(rawValue: outcome.stderr))
            #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
            #expect(text.contains(#"\x1b"#))
        }
    }

    /// N10: the GitHub step summary shows document text as text: no HTML, links or images.
    @Test func theStepSummaryEscapesMarkdownAndHTML() throws {
        let folder = try makeScratch("summary-injection")
        defer { removeScratch(folder) }
        try write(#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"x</td></tr></table><img src=https://evil.example/p.png> [Click](https://evil.example/login) <details>","digest":"sha256:0000000000000000000000000000000000000000000000000000000000000000","size":1,"platform":{"os":"linux","architecture":"amd64"}}]}"#,
                  to: folder + "/index.json")
        try write("", to: folder + "/summary.md")
        _ = try runTool(Repository.binary, ["lint", "--no-config", "--format", "github", "index.json"], in: folder, environment: ["GITHUB_STEP_SUMMARY": folder + "/summary.md"])
        let summary = try String(contentsOfFile: folder + "/summary.md", encoding: .utf8)
        #expect(summary.contains("invalid-media-type") || summary.contains(#"invalid-media-type"#.replacingOccurrences(of: "-", with: "-")))
        for markup in ["<img", "<details", "</table>", "](https://evil"] { #expect(!summary.contains(markup), Comment(rawValue: summary)) }
        #expect(summary.contains("&lt;img"))
    }

    /// N14: a file literally named `img\xff.json` and one whose name has the byte 0xFF are two files: the
    /// baseline of one does not hide the other, and their SARIF URIs differ.
    @Test func aLiteralEscapeAndARawByteAreDifferentFiles() throws {
        let folder = try makeScratch("byte-names")
        defer { removeScratch(folder) }
        try write(Samples.brokenIndex, to: folder + "/repo/img\\xff.json")
        #expect(try runManifestLint(["baseline", "create", "--no-config", "../baseline.json", "."], in: folder + "/repo").status == 0)
        let raw = Array((folder + "/repo/img").utf8) + [0xFF] + Array(".json".utf8)
        let descriptor = FileName(bytes: raw).open(O_WRONLY | O_CREAT | O_TRUNC)
        #expect(descriptor >= 0)
        _ = Samples.brokenIndex.withCString { Glibc.write(descriptor, $0, strlen($0)) }
        close(descriptor)
        let gated = try runManifestLint(["lint", "--no-config", "--baseline", "../baseline.json", "."], in: folder + "/repo")
        #expect(gated.status == ExitStatus.findings, Comment(rawValue: gated.stderr))
        let sarif = try runManifestLint(["lint", "--no-config", "--format", "sarif", "--fail-on", "none", "."], in: folder + "/repo")
        let runs = sarif.json?["runs"] as? [[String: Any]] ?? []
        let uris = Set((runs.first?["results"] as? [[String: Any]] ?? []).compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        })
        #expect(uris.count == 2, "\(uris)")
        #expect(FileName(bytes: Array("a\\xff".utf8)).display != FileName(bytes: Array("a".utf8) + [0xFF]).display)
    }

    // MARK: Parsing

    /// N12: an apostrophe in a here-document does not hide the commands after it.
    @Test func aHereDocumentIsSkippedToItsDelimiter() throws {
        for opener in ["cat <<EOF", "cat <<'EOF'", "cat << \"EOF\"", "cat <<-EOF"] {
            let script = ["#!/bin/sh", opener, "it's a note", opener.hasSuffix("-EOF") ? "\tEOF" : "EOF",
                          "docker build -t registry.example.com/app:1.0-arm64 --platform linux/amd64 ."].joined(separator: "\n") + "\n"
            #expect(lintText(script, name: "build.sh").contains("tag-architecture-mismatch"), "\(opener)")
        }
        // A here-string is no here-document: the line after it is still read.
        let hereString = "#!/bin/sh\ncat <<< \"it is\"\ndocker build -t registry.example.com/app:1.0-arm64 --platform linux/amd64 .\n"
        #expect(lintText(hereString, name: "build.sh").contains("tag-architecture-mismatch"))
    }

    /// N4: a layout whose index.json leads through 4,000 nested indexes ends in a finding, not a stack overflow.
    @Test func aDeepChainOfIndexesIsAFindingNotACrash() throws {
        let folder = try makeScratch("nested-indexes")
        defer { removeScratch(folder) }
        let layout = folder + "/layout"
        try FileManager.default.createDirectory(atPath: layout + "/blobs/sha256", withIntermediateDirectories: true)
        func store(_ text: String) throws -> (digest: String, size: Int) {
            let bytes = Array(text.utf8)
            let hex = BlobHasher.digest(of: bytes, algorithm: "sha256")!.encoded
            try Data(bytes).write(to: URL(fileURLWithPath: layout + "/blobs/sha256/" + hex))
            return ("sha256:" + hex, bytes.count)
        }
        var child = try store(#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}"#)
        for _ in 0..<4000 {
            child = try store(#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"\#(child.digest)","size":\#(child.size)}]}"#)
        }
        try write(#"{"imageLayoutVersion": "1.0.0"}"#, to: layout + "/oci-layout")
        try write(#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"\#(child.digest)","size":\#(child.size)}]}"#, to: layout + "/index.json")
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "layout"], in: folder)
        #expect(outcome.status == ExitStatus.findings, Comment(rawValue: outcome.stderr))
        #expect(outcome.rules.contains("nesting-too-deep"))
    }
}

