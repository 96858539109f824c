import Foundation
import Testing
@testable import ManifestLint

/// Deep checks of OCI image layouts on disk, through the binary.
@Suite("OCI layouts")
struct LayoutTests {
    private func lint(_ folder: String) throws -> ProcessOutcome {
        try runManifestLint(["lint", "--no-config", "--format", "json", folder])
    }

    @Test func aCleanTwoPlatformLayoutLintsClean() throws {
        let scratch = try makeScratch("layout-clean")
        defer { removeScratch(scratch) }
        _ = try LayoutBuilder.twoPlatforms(at: scratch + "/layout")
        let outcome = try lint(scratch + "/layout")
        #expect(outcome.status == 0)
        #expect(outcome.findings.isEmpty, Comment(rawValue: "\(outcome.findings)"))
        #expect((outcome.json?["summary"] as? [String: Any])?["files"] as? Int == 2)  // oci-layout and index.json
    }

    /// `--max-size` bounds what a layout walk reads too: a manifest over it is document-too-large naming the limit,
    /// and a higher `--max-size` reads it (the walk used a fixed 4 MiB whatever the option said).
    @Test func theLayoutWalkHonoursMaxSize() throws {
        let scratch = try makeScratch("layout-max-size")
        defer { removeScratch(scratch) }
        let builder = try LayoutBuilder(root: scratch + "/layout")
        let image = try builder.image(configPlatform: ("linux", "amd64"), layer: "amd64 layer")
        try builder.writeIndex([(image.descriptor, ("linux", "amd64"))])
        // A limit the index and header fit under and the manifest does not.
        func size(_ path: String) throws -> Int { try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0 }
        let limit = max(try size(scratch + "/layout/index.json"), try size(scratch + "/layout/oci-layout"))
        try #require(try size(builder.path(of: image.manifest)) > limit)
        let small = try runManifestLint(["lint", "--no-config", "--disable", "required-platforms", "--format", "json", "--max-size", String(limit), scratch + "/layout"])
        let tooLarge = small.findings.filter { $0["rule"] as? String == "document-too-large" }
        #expect(!tooLarge.isEmpty && tooLarge.allSatisfy { ($0["message"] as? String)?.contains("the \(limit) bytes a manifest or config may be") == true },
                Comment(rawValue: "\(small.findings)"))
        #expect(try runManifestLint(["lint", "--no-config", "--disable", "required-platforms", "--max-size", "100000", scratch + "/layout"]).status == 0)
    }

    @Test func anArm64EntryWhoseConfigSaysAmd64() throws {
        let scratch = try makeScratch("layout-platform")
        defer { removeScratch(scratch) }
        _ = try LayoutBuilder.twoPlatforms(at: scratch + "/layout", arm64ConfigSays: "amd64")
        let outcome = try lint(scratch + "/layout")
        #expect(outcome.status == 1)
        let finding = try #require(outcome.findings.first { $0["rule"] as? String == "platform-mismatch" })
        #expect(finding["pointer"] as? String == "/manifests/1/platform")
        #expect((finding["path"] as? String)?.hasSuffix("layout/index.json") == true)
        #expect(finding["line"] as? Int == 6)  // the second entry's line
        #expect((finding["message"] as? String)?.contains("the entry says linux/arm64 but the image's config") == true)
        #expect(outcome.rules.filter { $0 == "platform-mismatch" }.count == 1)
        // Severity overrides reach the deep checks' findings on index.json itself.
        let relaxed = try runManifestLint(["lint", "--no-config", "--disable", "required-platforms", "--severity", "platform-mismatch=warning", "--format", "json", scratch + "/layout"])
        #expect(relaxed.status == 0)
        #expect(relaxed.findings.first { $0["rule"] as? String == "platform-mismatch" }?["severity"] as? String == "warning")
    }

    @Test func aCorruptedManifestBlob() throws {
        let scratch = try makeScratch("layout-corrupt")
        defer { removeScratch(scratch) }
        let layout = try LayoutBuilder.twoPlatforms(at: scratch + "/layout")
        let path = layout.builder.path(of: layout.arm64.manifest)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 3")  // same size, new content
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = try lint(scratch + "/layout")
        let finding = try #require(outcome.findings.first { $0["rule"] as? String == "digest-mismatch" })
        #expect(finding["pointer"] as? String == "/manifests/1/digest")
        #expect(!outcome.rules.contains("size-mismatch"))
    }

    @Test func aDeletedConfigAndLayer() throws {
        let scratch = try makeScratch("layout-missing")
        defer { removeScratch(scratch) }
        let layout = try LayoutBuilder.twoPlatforms(at: scratch + "/layout")
        try FileManager.default.removeItem(atPath: layout.builder.path(of: layout.amd64.config))
        try FileManager.default.removeItem(atPath: layout.builder.path(of: layout.arm64.layer))
        let outcome = try lint(scratch + "/layout")
        #expect(outcome.status == 1)
        let missing = try #require(outcome.findings.first { $0["rule"] as? String == "missing-blob" })
        #expect(missing["severity"] as? String == "error")
        #expect(missing["pointer"] as? String == "/config/digest")
        #expect((missing["path"] as? String)?.hasSuffix(String(layout.amd64.manifest.dropFirst(7))) == true)
        let layer = try #require(outcome.findings.first { $0["rule"] as? String == "missing-layer" })
        #expect(layer["severity"] as? String == "warning")
        // The layer's severity is configurable like any rule's.
        let strict = try runManifestLint(["lint", "--no-config", "--severity", "missing-layer=error", "--format", "json", scratch + "/layout"])
        #expect(strict.findings.first { $0["rule"] as? String == "missing-layer" }?["severity"] as? String == "error")
    }

    @Test func traversalDigestsAndSymlinksReadNothingOutside() throws {
        let scratch = try makeScratch("layout-traversal")
        defer { removeScratch(scratch) }
        let layout = try LayoutBuilder.twoPlatforms(at: scratch + "/layout")
        // A file outside the layout that would give findings if it were read as a manifest.
        try #"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": {}, "layers": []}"#
            .write(toFile: scratch + "/outside.json", atomically: true, encoding: .utf8)
        // The arm64 manifest blob becomes a symbolic link out of the layout.
        let linked = layout.builder.path(of: layout.arm64.manifest)
        try FileManager.default.removeItem(atPath: linked)
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: "../../../outside.json")
        // And a third entry with a traversal digest.
        var index = try String(contentsOfFile: scratch + "/layout/index.json", encoding: .utf8)
        index = index.replacingOccurrences(of: "\n  ]", with: ",\n    {\"mediaType\": \"\(MediaType.ociManifest)\", \"digest\": \"sha256:../../../outside.json\", \"size\": 1, \"platform\": {\"architecture\": \"s390x\", \"os\": \"linux\"}}\n  ]")
        try index.write(toFile: scratch + "/layout/index.json", atomically: true, encoding: .utf8)

        let outcome = try lint(scratch + "/layout")
        #expect(outcome.status == 1)
        let outside = try #require(outcome.findings.first { $0["rule"] as? String == "blob-outside-layout" })
        #expect(outside["pointer"] as? String == "/manifests/1/digest")
        #expect((outside["message"] as? String)?.contains("outside the layout; it was not read") == true)
        let traversal = try #require(outcome.findings.first { $0["rule"] as? String == "invalid-digest" })
        #expect(traversal["pointer"] as? String == "/manifests/2/digest")
        #expect(traversal["severity"] as? String == "error")
        // Nothing from outside.json was linted: every finding is about the layout's own files.
        for finding in outcome.findings {
            #expect((finding["path"] as? String)?.hasPrefix(scratch + "/layout/") == true)
            #expect(finding["rule"] as? String != "empty-layers")
        }
    }

    @Test func realWorldLayoutsFromTheSharedCorpus() throws {
        let corpus = Repository.fixture("real-world-layouts")
        let testIndex = try lint(corpus + "/go-containerregistry-test_index")
        let mismatches = testIndex.findings.filter { $0["rule"] as? String == "media-type-mismatch" }.compactMap { $0["pointer"] as? String }
        #expect(Set(mismatches) == ["/manifests/0/mediaType", "/manifests/1/mediaType", "/manifests/3/mediaType"])
        #expect(!testIndex.rules.contains("digest-mismatch") && !testIndex.rules.contains("missing-blob"))

        let sizes = try lint(corpus + "/containers-image-delete_image_multiple_images")
        let size = try #require(sizes.findings.first { $0["rule"] as? String == "size-mismatch" })
        #expect((size["message"] as? String)?.contains("says 585 bytes") == true)
        #expect((size["path"] as? String)?.hasSuffix("0dc27f36a618c110ae851662c13283e9fbc1b5a5de003befc4bcefa5a05d2eef") == true)

        let missing = try lint(corpus + "/go-containerregistry-test_gc_image_unknown_mediatype")
        #expect(missing.rules.contains("missing-blob"))
    }
}
