import Foundation
import Testing
@testable import ManifestLint

/// Platform comparison as containerd's `platforms` package does it (issue 13), with its own test tables, and the
/// entry rules on `docker manifest inspect -v` output.
@Suite("Platform parity with containerd")
struct PlatformParityTests {
    /// Rows of a fixture TSV, without `#` comment lines.
    static func rows(_ name: String) -> [[String]] {
        let text = (try? String(contentsOfFile: Repository.fixture("containerd/" + name), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// containerd's specifier syntax as its tables write it: `os[(version[+feature…])]/arch[/variant]`.
    static func platform(_ specifier: String) throws -> Platform {
        var parts = specifier.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var version = "", features: [String] = []
        if let open = parts[0].firstIndex(of: "("), parts[0].hasSuffix(")") {
            let inside = parts[0][parts[0].index(after: open)..<parts[0].index(before: parts[0].endIndex)]
            let pieces = inside.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
            version = pieces[0]
            features = Array(pieces.dropFirst())
            parts[0] = String(parts[0][..<open])
        }
        try #require(parts.count >= 2)
        return Platform(os: parts[0], architecture: parts[1], variant: parts.count > 2 ? parts[2] : "", osVersion: version, osFeatures: features)
    }

    @Test func normalizeMatchesContainerdsTable() throws {
        let rows = Self.rows("normalize.tsv")
        #expect(rows.count >= 19)
        for row in rows {
            let input = try JanssonParser.parse(Array(row[0].utf8)).get()
            let normalized = try #require(Platform(json: input)).normalized()
            let features = try JSONSerialization.jsonObject(with: Data(row[5].utf8)) as? [String] ?? []
            #expect(normalized.os == row[1] && normalized.architecture == row[2] && normalized.variant == row[3], "\(row[0])")
            #expect(normalized.osVersion == row[4], "\(row[0])")
            #expect(normalized.osFeatures == features, "\(row[0])")
        }
    }

    @Test func strictMatchingMatchesContainerdsOnlyStrictTable() throws {
        let rows = Self.rows("only-strict.tsv")
        #expect(rows.count >= 129)
        for row in rows {
            let spec = try Self.platform(row[0]), candidate = try Self.platform(row[1])
            #expect(spec.strictlyMatches(candidate) == (row[2] == "true"), "OnlyStrict(\(row[0])).Match(\(row[1]))")
            // Entries whose selection keys are equal are the ones that strictly match each other both ways.
            if row[2] == "true", spec.osVersion.isEmpty == candidate.osVersion.isEmpty {
                #expect(spec.normalized().selectionKey == candidate.normalized().selectionKey, "\(row[0]) ~ \(row[1])")
            }
        }
    }

    private static func index(_ platforms: [String]) -> String {
        let entries = platforms.enumerated().map { offset, platform in
            let digit = String(offset + 1)
            return #"{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\#(String(repeating: digit, count: 64))", "platform": \#(platform)}"#
        }
        return #"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [\#(entries.joined(separator: ", "))]}"#
    }

    /// Duplicates as containerd sees them: arm64 `v8`/`v8.0` are arm64, `v9.0` is `v9`, repeated features are
    /// one, and Windows compares major.minor.build only.
    @Test(arguments: [
        (#"{"os": "linux", "architecture": "arm64", "variant": "v8.0"}"#, #"{"os": "linux", "architecture": "arm64"}"#, true),
        (#"{"os": "linux", "architecture": "arm64", "variant": "v9.0"}"#, #"{"os": "linux", "architecture": "arm64", "variant": "v9"}"#, true),
        (#"{"os": "linux", "architecture": "arm64", "variant": "v9"}"#, #"{"os": "linux", "architecture": "arm64"}"#, false),
        (#"{"os": "linux", "architecture": "amd64", "os.features": ["sse4", "sse4"]}"#, #"{"os": "linux", "architecture": "amd64", "os.features": ["sse4"]}"#, true),
        (#"{"os": "windows", "architecture": "amd64", "os.version": "10.0.17763.4377"}"#, #"{"os": "windows", "architecture": "amd64", "os.version": "10.0.17763.5458"}"#, true),
        (#"{"os": "windows", "architecture": "amd64", "os.version": "10.0.17763.4377"}"#, #"{"os": "windows", "architecture": "amd64", "os.version": "10.0.20348.1726"}"#, false),
        (#"{"os": "linux", "architecture": "arm", "variant": "armv7"}"#, #"{"os": "linux", "architecture": "arm", "variant": "v7"}"#, false),
    ])
    func duplicatesAsContainerdSelects(first: String, second: String, duplicate: Bool) throws {
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "-"], stdin: Data(Self.index([first, second]).utf8))
        #expect(outcome.rules.contains("duplicate-platform") == duplicate, "\(first) vs \(second): \(outcome.rules)")
    }

    /// `docker manifest inspect -v` arrays are lists: duplicates across the array, required platforms and the
    /// entry rules (missing-variant) apply, at pointers into the array.
    @Test func inspectVerboseArraysGetTheIndexAndEntryRules() throws {
        func entry(_ reference: String, _ digit: String, _ platform: String) -> String {
            #"{"Ref": "example.com/app:1.0@sha256:\#(String(repeating: digit, count: 64))", "Descriptor": {"mediaType": "application/vnd.docker.distribution.manifest.v2+json", "digest": "sha256:\#(String(repeating: digit, count: 64))", "size": 1, "platform": \#(platform)}}"#
        }
        let output = "[" + [
            entry("a", "1", #"{"architecture": "amd64", "os": "linux"}"#),
            entry("b", "2", #"{"architecture": "arm", "os": "linux"}"#),
            entry("c", "3", #"{"architecture": "amd64", "os": "linux"}"#),
        ].joined(separator: ",\n") + "]"
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "-"], stdin: Data(output.utf8))
        let byRule = Dictionary(grouping: outcome.findings, by: { $0["rule"] as? String ?? "" })
        #expect(byRule["duplicate-platform"]?.first?["pointer"] as? String == "/2/Descriptor")
        #expect((byRule["duplicate-platform"]?.first?["message"] as? String)?.contains("/0/Descriptor") == true)
        #expect(byRule["missing-variant"]?.first?["pointer"] as? String == "/1/Descriptor")
        #expect(byRule["required-platforms"]?.first?["pointer"] as? String == "")
        #expect(byRule["required-platforms"]?.first?["severity"] as? String == "error")
    }

    /// The Docker 18.02–18.06 shape `{Ref, Digest, SchemaV2Manifest, Platform}` (still in Docker's documentation).
    @Test func theOlderInspectShapeIsRecognisedAndChecked() throws {
        let output = """
            [{"Ref": "docker.io/example/app:1.0-arm64", "Digest": "sha256:\(String(repeating: "1", count: 64))",
              "SchemaV2Manifest": {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
                "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 1, "digest": "sha256:\(String(repeating: "a", count: 64))"},
                "layers": []},
              "Platform": {"architecture": "amd64", "os": "linux"}},
             {"Ref": "docker.io/example/app:1.0-arm", "Digest": "sha256:\(String(repeating: "2", count: 64))",
              "Platform": {"architecture": "arm", "os": "linux"}}]
            """
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "-"], stdin: Data(output.utf8))
        #expect(!outcome.rules.contains("unknown-document"))
        let byRule = Dictionary(grouping: outcome.findings, by: { $0["rule"] as? String ?? "" })
        #expect(byRule["tag-architecture-mismatch"]?.first?["pointer"] as? String == "/0/Platform")
        #expect(byRule["missing-variant"]?.first?["pointer"] as? String == "/1")
        #expect(byRule["required-platforms"] != nil)
    }
}
