import Foundation
import Testing
@testable import ManifestLint

/// The seeds' flow with the real docker CLI (client only: `docker manifest` needs no engine) against the loopback
/// docker-registry that scripts/test starts: images pushed with skopeo, a list made with `docker manifest create`,
/// annotated with swapped architectures and pushed; then manifestlint on the registry and on what
/// `docker manifest inspect [-v]` prints.
@Suite("docker CLI end to end", .serialized)
struct DockerCLITests {
    static let missing = "needs the docker CLI, skopeo and the test registry: run ./scripts/test"

    private struct Setup {
        let host: String
        let dockerConfig: String
        let scratch: String
    }

    private func setup() throws -> Setup {
        let host = try #require(RegistryTests.plain, Comment(rawValue: Self.missing))
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/local/bin/docker") || FileManager.default.isExecutableFile(atPath: "/usr/bin/docker"),
                     Comment(rawValue: Self.missing))
        let scratch = try makeScratch("docker-cli")
        let config = scratch + "/docker-config"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        return Setup(host: host, dockerConfig: config, scratch: scratch)
    }

    private func docker(_ arguments: [String], _ setup: Setup) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["DOCKER_CONFIG"] = setup.dockerConfig
        return try runTool("docker", arguments, in: setup.scratch, environment: environment)
    }

    /// `--preserve-digests`: skopeo may otherwise compress uncompressed layers, which rewrites every manifest
    /// and leaves attestations naming digests the copied index no longer has.
    private func skopeoCopy(_ layout: String, tag: String, to destination: String) throws {
        let copied = try runTool("skopeo", ["copy", "--all", "--quiet", "--dest-tls-verify=false", "--preserve-digests",
                                            "oci:\(layout):\(tag)", "docker://\(destination)"], in: layout)
        #expect(copied.status == 0, Comment(rawValue: copied.output))
    }

    private static func errors(_ outcome: ProcessOutcome) -> [String] {
        outcome.findings.filter { $0["severity"] as? String == "error" }.map { "\($0["rule"] as! String) \($0["pointer"] as! String)" }.sorted()
    }

    /// `docker manifest create` from two pushed images, `annotate` with the architectures swapped, `push`: the
    /// registry audit sees each entry contradict its image's config, and `docker manifest inspect -v` output
    /// (whose Ref names each member's tag) shows each tag pointing at the other architecture.
    @Test func swappedAnnotationsAreCaughtInTheRegistryAndInInspectOutput() throws {
        let setup = try setup()
        defer { removeScratch(setup.scratch) }
        let repository = "\(setup.host)/seeds-\(UUID().uuidString.prefix(8).lowercased())"
        for architecture in ["amd64", "arm64"] {
            try LayoutBuilder.singleImage(at: setup.scratch + "/" + architecture, tag: "1.0-\(architecture)", configArchitecture: architecture)
            try skopeoCopy(setup.scratch + "/" + architecture, tag: "1.0-\(architecture)", to: "\(repository):1.0-\(architecture)")
        }
        let list = "\(repository):1.0"
        let created = try docker(["manifest", "create", "--insecure", list, "\(repository):1.0-amd64", "\(repository):1.0-arm64"], setup)
        #expect(created.status == 0, Comment(rawValue: created.output))
        #expect(try docker(["manifest", "annotate", "--arch", "arm64", list, "\(repository):1.0-amd64"], setup).status == 0)
        #expect(try docker(["manifest", "annotate", "--arch", "amd64", list, "\(repository):1.0-arm64"], setup).status == 0)
        let pushed = try docker(["manifest", "push", "--insecure", list], setup)
        #expect(pushed.status == 0, Comment(rawValue: pushed.output))

        let audit = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", list])
        #expect(audit.status == 1)
        #expect(Self.errors(audit) == ["platform-mismatch /manifests/0/platform", "platform-mismatch /manifests/1/platform"])

        let plain = try docker(["manifest", "inspect", "--insecure", list], setup)
        #expect(plain.status == 0, Comment(rawValue: plain.output))
        // The list alone looks right: amd64 and arm64, each once.
        #expect(try runManifestLint(["lint", "--no-config", "-"], stdin: Data(plain.output.utf8)).status == 0)

        let verbose = try docker(["manifest", "inspect", "-v", "--insecure", list], setup)
        #expect(verbose.status == 0, Comment(rawValue: verbose.output))
        let piped = try runManifestLint(["lint", "--no-config", "--format", "json", "-"], stdin: Data(verbose.output.utf8))
        #expect(piped.status == 1)
        #expect(Self.errors(piped) == ["tag-architecture-mismatch /0/Descriptor/platform", "tag-architecture-mismatch /1/Descriptor/platform"])
        #expect(piped.findings.allSatisfy { ($0["message"] as? String)?.contains("names /") == false })
    }

    /// `docker manifest create --amend` adds a second linux/amd64 entry: a duplicate in the registry and in both
    /// inspect outputs.
    @Test func amendingAListLeavesADuplicate() throws {
        let setup = try setup()
        defer { removeScratch(setup.scratch) }
        let repository = "\(setup.host)/amend-\(UUID().uuidString.prefix(8).lowercased())"
        for (tag, architecture) in [("1.0-amd64", "amd64"), ("1.0-arm64", "arm64"), ("1.1-amd64", "amd64")] {
            try LayoutBuilder.singleImage(at: setup.scratch + "/" + tag, tag: tag, configArchitecture: architecture)
            try skopeoCopy(setup.scratch + "/" + tag, tag: tag, to: "\(repository):\(tag)")
        }
        let list = "\(repository):1"
        #expect(try docker(["manifest", "create", "--insecure", list, "\(repository):1.0-amd64", "\(repository):1.0-arm64"], setup).status == 0)
        let amended = try docker(["manifest", "create", "--insecure", "--amend", list, "\(repository):1.1-amd64"], setup)
        #expect(amended.status == 0, Comment(rawValue: amended.output))
        #expect(try docker(["manifest", "push", "--insecure", list], setup).status == 0)

        let audit = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", list])
        #expect(Self.errors(audit) == ["duplicate-platform /manifests/2"])
        let plain = try docker(["manifest", "inspect", "--insecure", list], setup)
        #expect(Self.errors(try runManifestLint(["lint", "--no-config", "--format", "json", "-"], stdin: Data(plain.output.utf8))) == ["duplicate-platform /manifests/2"])
        let verbose = try docker(["manifest", "inspect", "-v", "--insecure", list], setup)
        #expect(Self.errors(try runManifestLint(["lint", "--no-config", "--format", "json", "-"], stdin: Data(verbose.output.utf8))) == ["duplicate-platform /2/Descriptor"])
    }

    /// A BuildKit-style index (two images, two attestation manifests) through plain `docker manifest inspect`,
    /// which drops the annotations: the unknown/unknown entries are neither duplicates nor platforms.
    @Test func plainInspectOfAnIndexWithAttestationsIsClean() throws {
        let setup = try setup()
        defer { removeScratch(setup.scratch) }
        let builder = try LayoutBuilder(root: setup.scratch + "/buildkit")
        var entries: [String] = []
        var attestations: [String] = []
        for architecture in ["amd64", "arm64"] {
            let image = try builder.image(configPlatform: ("linux", architecture), layer: "buildkit \(architecture)")
            entries.append(String(image.descriptor.dropLast()) + #", "platform": {"architecture": "\#(architecture)", "os": "linux"}}"#)
            let statement = try builder.blob(Array(#"{"_type": "https://in-toto.io/Statement/v0.1", "subject": "\#(architecture)"}"#.utf8), mediaType: "application/vnd.in-toto+json")
            let config = try builder.blob(Array(#"{"architecture": "unknown", "os": "unknown", "rootfs": {"type": "layers", "diff_ids": ["\#(statement.digest)"]}}"#.utf8), mediaType: MediaType.ociConfig)
            let manifest = try builder.blob(Array(#"{"schemaVersion": 2, "mediaType": "\#(MediaType.ociManifest)", "config": \#(config.descriptor), "layers": [\#(statement.descriptor)]}"#.utf8), mediaType: MediaType.ociManifest)
            attestations.append(String(manifest.descriptor.dropLast()) + #", "platform": {"architecture": "unknown", "os": "unknown"}, "annotations": {"vnd.docker.reference.digest": "\#(image.manifest)", "vnd.docker.reference.type": "attestation-manifest"}}"#)
        }
        let index = try builder.blob(Array(#"{"schemaVersion": 2, "mediaType": "\#(MediaType.ociIndex)", "manifests": [\#((entries + attestations).joined(separator: ", "))]}"#.utf8), mediaType: MediaType.ociIndex)
        try builder.writeTagged(index.descriptor, tag: "1.0")
        let reference = "\(setup.host)/buildkit-\(UUID().uuidString.prefix(8).lowercased()):1.0"
        try skopeoCopy(setup.scratch + "/buildkit", tag: "1.0", to: reference)

        let plain = try docker(["manifest", "inspect", "--insecure", reference], setup)
        #expect(plain.status == 0, Comment(rawValue: plain.output))
        #expect(plain.output.components(separatedBy: "\"unknown\"").count - 1 == 4, "two unknown/unknown entries, annotations dropped")
        #expect(!plain.output.contains("vnd.docker.reference.type"))
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "-"], stdin: Data(plain.output.utf8))
        #expect(outcome.status == 0, Comment(rawValue: "\(outcome.findings)"))
        #expect(try runManifestLint(["lint", "--no-config", "--insecure", reference]).status == 0)
    }
}
