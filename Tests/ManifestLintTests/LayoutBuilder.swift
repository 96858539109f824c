import Foundation
@testable import ManifestLint

/// Writes small OCI image layouts for tests: blobs named by their SHA-256, `index.json` pretty-printed one
/// member per line so findings can be checked by line.
struct LayoutBuilder {
    let root: String

    init(root: String) throws {
        self.root = root
        try FileManager.default.createDirectory(atPath: root + "/blobs/sha256", withIntermediateDirectories: true)
        try #"{"imageLayoutVersion": "1.0.0"}"#.write(toFile: root + "/oci-layout", atomically: true, encoding: .utf8)
    }

    /// Stores bytes as a blob and returns a descriptor for it.
    @discardableResult
    func blob(_ bytes: [UInt8], mediaType: String, extra: String = "") throws -> (digest: String, descriptor: String) {
        let digest = BlobHasher.digest(of: bytes, algorithm: "sha256")!.description
        try Data(bytes).write(to: URL(fileURLWithPath: path(of: digest)))
        return (digest, #"{"mediaType": "\#(mediaType)", "digest": "\#(digest)", "size": \#(bytes.count)\#(extra)}"#)
    }

    func path(of digest: String) -> String { root + "/blobs/sha256/" + digest.dropFirst("sha256:".count) }

    /// One image: a layer, a config of `configPlatform`, a manifest; returns the manifest's digest and descriptor.
    func image(configPlatform: (os: String, architecture: String), layer: String) throws -> (manifest: String, config: String, layer: String, descriptor: String) {
        let layerBlob = try blob(Array(layer.utf8), mediaType: "application/vnd.oci.image.layer.v1.tar")
        let config = """
            {"architecture": "\(configPlatform.architecture)", "os": "\(configPlatform.os)", "rootfs": {"type": "layers", "diff_ids": ["\(layerBlob.digest)"]}}
            """
        let configBlob = try blob(Array(config.utf8), mediaType: MediaType.ociConfig)
        let manifest = """
            {
              "schemaVersion": 2,
              "mediaType": "\(MediaType.ociManifest)",
              "config": \(configBlob.descriptor),
              "layers": [
                \(layerBlob.descriptor)
              ]
            }
            """
        let manifestBlob = try blob(Array(manifest.utf8), mediaType: MediaType.ociManifest)
        return (manifestBlob.digest, configBlob.digest, layerBlob.digest, manifestBlob.descriptor)
    }

    /// `index.json` with one entry per line: the descriptor plus its platform.
    func writeIndex(_ entries: [(descriptor: String, platform: (os: String, architecture: String))]) throws {
        let lines = entries.map { entry in
            "    " + entry.descriptor.dropLast() + #", "platform": {"architecture": "\#(entry.platform.architecture)", "os": "\#(entry.platform.os)"}}"#
        }
        let index = """
            {
              "schemaVersion": 2,
              "mediaType": "\(MediaType.ociIndex)",
              "manifests": [
            \(lines.joined(separator: ",\n"))
              ]
            }

            """
        try index.write(toFile: root + "/index.json", atomically: true, encoding: .utf8)
    }

    /// A clean layout with linux/amd64 and linux/arm64 images.
    static func twoPlatforms(at root: String, arm64ConfigSays: String = "arm64") throws -> (builder: LayoutBuilder, amd64: (manifest: String, config: String, layer: String, descriptor: String), arm64: (manifest: String, config: String, layer: String, descriptor: String)) {
        let builder = try LayoutBuilder(root: root)
        let amd64 = try builder.image(configPlatform: ("linux", "amd64"), layer: "amd64 layer")
        let arm64 = try builder.image(configPlatform: ("linux", arm64ConfigSays), layer: "arm64 layer")
        try builder.writeIndex([(amd64.descriptor, ("linux", "amd64")), (arm64.descriptor, ("linux", "arm64"))])
        return (builder, amd64, arm64)
    }
}

extension LayoutBuilder {
    /// A layout whose `index.json` holds one tagged entry: an image index over one image per platform, each
    /// image's config saying `configArchitecture` (so an entry can lie about its platform).
    static func multiArch(at root: String, tag: String, entries: [(architecture: String, configArchitecture: String)]) throws {
        let builder = try LayoutBuilder(root: root)
        var lines: [String] = []
        for (offset, entry) in entries.enumerated() {
            let image = try builder.image(configPlatform: ("linux", entry.configArchitecture), layer: "\(tag) layer \(offset) \(entry.architecture)")
            lines.append(String(image.descriptor.dropLast()) + #", "platform": {"architecture": "\#(entry.architecture)", "os": "linux"}}"#)
        }
        let index = """
            {
              "schemaVersion": 2,
              "mediaType": "\(MediaType.ociIndex)",
              "manifests": [
                \(lines.joined(separator: ",\n    "))
              ]
            }
            """
        let indexBlob = try builder.blob(Array(index.utf8), mediaType: MediaType.ociIndex)
        try builder.writeTagged(indexBlob.descriptor, tag: tag)
    }

    /// A layout with one tagged single-platform image whose config says `configArchitecture`.
    static func singleImage(at root: String, tag: String, configArchitecture: String) throws {
        let builder = try LayoutBuilder(root: root)
        let image = try builder.image(configPlatform: ("linux", configArchitecture), layer: "\(tag) single layer")
        try builder.writeTagged(image.descriptor, tag: tag)
    }

    func writeTagged(_ descriptor: String, tag: String) throws {
        let entry = String(descriptor.dropLast()) + #", "annotations": {"org.opencontainers.image.ref.name": "\#(tag)"}}"#
        try #"{"schemaVersion": 2, "mediaType": "\#(MediaType.ociIndex)", "manifests": [\#(entry)]}"#
            .write(toFile: root + "/index.json", atomically: true, encoding: .utf8)
    }
}
