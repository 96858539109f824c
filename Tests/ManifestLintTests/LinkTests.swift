import Foundation
import Testing
@testable import ManifestLint

/// Rules that follow descriptors (`resolve()`, `referrers()` in CEL): the supply-chain pack over OCI layouts, the
/// files of one run, the referrers API of a small loopback registry (Tests/Support/referrers_registry.py) and the
/// tag fallbacks on Debian's docker-registry, plus the skip note where a linked document is not at hand. The
/// layouts are built byte for byte by Tests/Support/supply_chain_layouts.py (the pack's examples come from it too).
@Suite("Following descriptors", .serialized)
struct LinkTests {
    /// Writes one of supply_chain_layouts.py's layouts into `folder`.
    private func layout(_ kind: String, at folder: String) throws {
        let script = Repository.root.appendingPathComponent("Tests/Support/supply_chain_layouts.py").path
        let written = try runTool("python3", [script, "write", kind, folder], in: Repository.root.path)
        #expect(written.status == 0, Comment(rawValue: written.output))
    }

    private func supplyChain(_ inputs: [String], extra: [String] = []) throws -> ProcessOutcome {
        try runManifestLint(["lint", "--no-config", "--pack", "supply-chain", "--format", "json"] + extra + inputs)
    }

    private static func count(_ outcome: ProcessOutcome, _ rule: String) -> Int { outcome.rules.filter { $0 == rule }.count }

    @Test func layoutsGetTheFindingsTheirReferrersImply() throws {
        let scratch = try makeScratch("links-layouts")
        defer { removeScratch(scratch) }
        // kind: (signature errors, SBOM warnings, provenance warnings, config-platform errors)
        let expected: [String: [Int]] = [
            "attested-signed": [0, 0, 0, 0], "bare": [1, 2, 2, 0], "bare-swapped": [1, 2, 2, 1], "single-sbom": [1, 0, 1, 0],
            "fallback-signed": [0, 2, 2, 0], "cosign-signed": [0, 2, 2, 0], "referred": [0, 0, 2, 0],
        ]
        for (kind, counts) in expected.sorted(by: { $0.key < $1.key }) {
            try layout(kind, at: scratch + "/" + kind)
            let outcome = try supplyChain([scratch + "/" + kind])
            let found = ["supply-chain-signature", "supply-chain-sbom", "supply-chain-provenance", "supply-chain-config-platform"]
                .map { Self.count(outcome, $0) }
            #expect(found == counts, "\(kind): \(outcome.findings)")
            #expect(!outcome.rules.contains("rule-skipped") && !outcome.rules.contains("not-checked"), "\(kind): \(outcome.rules)")
            #expect(outcome.status == (counts[0] + counts[3] > 0 ? 1 : 0), "\(kind)")
        }
    }

    /// A lone index on disk names documents that are not at hand: each rule that needs them is skipped with one
    /// note, never a pass and never an error; `rule-skipped: off` silences the note like any rule.
    @Test func aLoneIndexSkipsTheRulesThatFollowDescriptors() throws {
        let scratch = try makeScratch("links-lone")
        defer { removeScratch(scratch) }
        try layout("bare", at: scratch + "/layout")
        let index = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch + "/layout/blobs/sha256").first { name in
            (try? String(contentsOfFile: scratch + "/layout/blobs/sha256/" + name, encoding: .utf8))?.contains("\"manifests\"") ?? false
        })
        let lone = scratch + "/index.json"
        try FileManager.default.copyItem(atPath: scratch + "/layout/blobs/sha256/" + index, toPath: lone)
        let outcome = try supplyChain([lone])
        #expect(outcome.status == 0, Comment(rawValue: outcome.stderr))
        let notes = outcome.findings.filter { $0["rule"] as? String == "rule-skipped" }
        let skipped = Set(notes.compactMap { ($0["message"] as? String)?.split(separator: " ").first.map(String.init) })
        #expect(skipped == ["supply-chain-sbom", "supply-chain-provenance", "supply-chain-config-platform", "supply-chain-signature"])
        #expect(notes.count == skipped.count, "one note per rule and document: \(notes)")
        #expect(notes.allSatisfy { $0["severity"] as? String == "note" })
        #expect(outcome.findings.count == notes.count, "no rule of the pack passed or failed: \(outcome.findings)")
        let silenced = try supplyChain([lone], extra: ["--disable", "rule-skipped"])
        #expect(silenced.findings.isEmpty && silenced.status == 0, "\(silenced.findings)")
    }

    /// Files linted together link by their sha256: the index, its manifests and their configs given as plain files
    /// (no layout) let the config-platform rule compare the entry with the config.
    @Test func filesOfOneRunLinkByDigest() throws {
        let scratch = try makeScratch("links-files")
        defer { removeScratch(scratch) }
        try layout("bare-swapped", at: scratch + "/layout")
        try FileManager.default.createDirectory(atPath: scratch + "/files", withIntermediateDirectories: true)
        for (number, name) in try FileManager.default.contentsOfDirectory(atPath: scratch + "/layout/blobs/sha256").sorted().enumerated() {
            try FileManager.default.copyItem(atPath: scratch + "/layout/blobs/sha256/" + name, toPath: scratch + "/files/doc\(number).json")
        }
        let outcome = try runManifestLint(["lint", "--no-config", "--enable", "supply-chain-config-platform", "--format", "json", scratch + "/files"])
        #expect(Self.count(outcome, "supply-chain-config-platform") == 1, "\(outcome.findings)")
        #expect(!outcome.rules.contains("rule-skipped"))
        let finding = try #require(outcome.findings.first { $0["rule"] as? String == "supply-chain-config-platform" })
        #expect(finding["message"] as? String == "the entry says linux/arm64 but the image's config says linux/amd64")
        #expect(outcome.status == 1)
    }

    /// A user's CEL rule whose expression fails on a document is reported as not checked (an error that fails the
    /// gate), and so is one whose `where:` expression fails; a link that is not at hand is a skip, not a failure.
    @Test func aFailingExpressionIsNotCheckedAndAnUnavailableLinkIsSkipped() throws {
        let scratch = try makeScratch("links-errors")
        defer { removeScratch(scratch) }
        let config = #"{"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:864417abdc3011c8966397143fd30328b1cbc792584adde0f33305b2c87f3a5f", "size": 88}"#
        let layer = #"{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": "sha256:cff12a61102de76635aa9ec7b96603479ea9a62191dedc3b9e31ab5e26ec1e6f", "size": 19}"#
        try write("""
            id: layer-budget
            title: t
            severity: error
            applies-to: [manifest]
            check:
              where:
                - expression: value.annotations["team"] != ""
              expression: size(value.layers) < 2
            message: m
            examples:
              valid:
                - name: one layer
                  document: '{"schemaVersion": 2, "config": \(config), "layers": [\(layer)], "annotations": {"team": "a"}}'
              invalid:
                - name: two layers
                  document: '{"schemaVersion": 2, "config": \(config), "layers": [\(layer), \(layer)], "annotations": {"team": "a"}}'
            """, to: scratch + "/rules/where.yaml")
        // Its examples: a manifest and its config as two files of one folder.
        let linux = #"{"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:519bbf4427ce65cd05f107f39ad9b781e44ef756339f8343303f898f41e110d0", "size": 86}"#
        try write("""
            id: config-is-linux
            title: t
            severity: error
            applies-to: [manifest]
            check:
              expression: resolve(value.config).os == "linux"
            message: m
            examples:
              valid:
                - name: a Linux config
                  files:
                    manifest.json: '{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": \(linux), "layers": []}'
                    config.json: '{"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": []}}'
              invalid:
                - name: a Windows config
                  files:
                    manifest.json: '{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": \(config), "layers": []}'
                    config.json: '{"architecture": "amd64", "os": "windows", "rootfs": {"type": "layers", "diff_ids": []}}'
            """, to: scratch + "/rules/resolve.yaml")
        let tested = try runManifestLint(["rules", "test", scratch + "/rules"])
        #expect(tested.status == 0, Comment(rawValue: String(decoding: tested.stdout, as: UTF8.self)))
        try layout("single-sbom", at: scratch + "/layout")
        let manifest = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch + "/layout/blobs/sha256").first { name in
            let text = (try? String(contentsOfFile: scratch + "/layout/blobs/sha256/" + name, encoding: .utf8)) ?? ""
            return text.contains("\"layers\"") && !text.contains("subject")
        })
        try FileManager.default.copyItem(atPath: scratch + "/layout/blobs/sha256/" + manifest, toPath: scratch + "/manifest.json")
        let outcome = try runManifestLint(["lint", "--no-config", "--rules", scratch + "/rules", "--format", "json", scratch + "/manifest.json"])
        let notChecked = outcome.findings.filter { $0["rule"] as? String == "not-checked" }
        #expect(notChecked.count == 1, "\(outcome.findings)")
        #expect((notChecked.first?["message"] as? String)?.hasPrefix("layer-budget: its expression failed:") ?? false, "\(notChecked)")
        let skipped = outcome.findings.filter { $0["rule"] as? String == "rule-skipped" }
        #expect(skipped.count == 1 && (skipped.first?["message"] as? String)?.hasPrefix("config-is-linux was not run here") == true, "\(skipped)")
        #expect(outcome.status == 3, "not checked makes the run incomplete")
        // In its layout the config is at hand: the rule runs and passes.
        let inLayout = try runManifestLint(["lint", "--no-config", "--rules", scratch + "/rules", "--format", "json", scratch + "/layout"])
        #expect(!inLayout.rules.contains("rule-skipped") && !inLayout.rules.contains("config-is-linux"), "\(inLayout.findings)")
    }

    /// The referrers API of distribution-spec 1.1, followed across `Link` pages, against the loopback server;
    /// and its 404, after which the `sha256-<hex>` tag is asked.
    @Test(arguments: ["paged", "no-api"])
    func referrersAPI(mode: String) throws {
        let scratch = try makeScratch("links-api-\(mode)")
        defer { removeScratch(scratch) }
        for kind in ["referred", "bare", "fallback-signed"] { try layout(kind, at: scratch + "/" + kind) }
        let (server, port) = try startTestServer("referrers_registry.py", portFile: scratch + "/port", mode: mode,
                                                  after: ["referred", "bare", "fallback-signed"].map { scratch + "/" + $0 })
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        let host = "127.0.0.1:\(port)"
        let outcome = try supplyChain(["\(host)/app", "\(host)/app2", "\(host)/app3"], extra: ["--insecure"])
        func count(_ rule: String, _ repository: String) -> Int {
            outcome.findings.filter { $0["rule"] as? String == rule && ($0["path"] as? String ?? "").contains("/\(repository):") }.count
        }
        // app: three referrers of the index through the API (two SBOMs, a signature); without the API none is found.
        #expect(count("supply-chain-signature", "app") == (mode == "paged" ? 0 : 1), "\(outcome.findings)")
        #expect(count("supply-chain-sbom", "app") == (mode == "paged" ? 0 : 2))
        #expect(count("supply-chain-provenance", "app") == 2)
        #expect(count("supply-chain-signature", "app2") == 1)
        // app3: the referrers list tagged sha256-<hex> is what a registry without the API keeps; with the API the
        // server finds the signature by its subject anyway.
        #expect(count("supply-chain-signature", "app3") == 0, "\(outcome.findings)")
        #expect(!outcome.rules.contains("not-checked") && !outcome.rules.contains("rule-skipped"), "\(outcome.findings)")
        let fetched = try runTool("python3", ["-c", "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())",
                                              "http://\(host)/_requests"], in: scratch)
        let log = fetched.output
        if mode == "paged" {
            #expect(log.contains("?page=1") && log.contains("?page=2"), "every page followed: \(log)")
        } else {
            #expect(log.contains("/manifests/sha256-"), "the tag fallback asked: \(log)")
        }
    }

    /// Debian's docker-registry (distribution 2.8) has no referrers API: the fallback tag `sha256-<hex>` and
    /// cosign's `sha256-<hex>.sig` tag, pushed as a client would, are found; an untagged signature is not.
    @Test func tagFallbacksOnDockerRegistry() throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let prefix = "links-\(UUID().uuidString.prefix(8).lowercased())"
        let script = Repository.root.appendingPathComponent("Tests/Support/supply_chain_layouts.py").path
        for kind in ["fallback-signed", "cosign-signed", "bare", "attested-signed"] {
            let pushed = try runTool("python3", [script, "push", kind, host, "\(prefix)/\(kind)"], in: Repository.root.path)
            #expect(pushed.status == 0, Comment(rawValue: pushed.output))
        }
        let outcome = try supplyChain(["fallback-signed", "cosign-signed", "bare", "attested-signed"].map { "\(host)/\(prefix)/\($0)" },
                                      extra: ["--insecure"])
        let unsigned = outcome.findings.filter { $0["rule"] as? String == "supply-chain-signature" }
            .compactMap { ($0["path"] as? String)?.split(separator: "/").last?.split(separator: ":").first.map(String.init) }
        // attested-signed's notation signature names the index by `subject` but no tag lists it: a registry
        // without the referrers API cannot show it, so the image counts as unsigned there.
        #expect(unsigned.sorted() == ["attested-signed", "bare"], "\(outcome.findings)")
        #expect(outcome.findings.filter { ($0["path"] as? String ?? "").contains("/attested-signed:") && $0["rule"] as? String == "supply-chain-sbom" }.isEmpty,
                "BuildKit attestation entries are read from the index itself")
        #expect(!outcome.rules.contains("not-checked") && !outcome.rules.contains("registry-error"), "\(outcome.findings)")
        #expect(outcome.status == 1)
    }
}
