/// cosign's tag scheme, used before the referrers API and wherever a registry lacks it (GHCR): the signatures,
/// attestations and SBOMs of `sha256:<hex>` are the manifests tagged `sha256-<hex>.sig`, `.att` and `.sbom`,
/// with no `subject`. `referrers()` lists them beside true referrers, with the artifact type cosign gives the same
/// artifacts in its referrers mode and the tag in `org.opencontainers.image.ref.name`.
enum CosignTags {
    static let kinds: [(suffix: String, artifactType: String)] = [
        (".sig", "application/vnd.dev.cosign.artifact.sig.v1+json"),
        (".att", "application/vnd.dev.cosign.artifact.att.v1+json"),
        (".sbom", "application/vnd.dev.cosign.artifact.sbom.v1+json"),
    ]

    static func tag(for digest: Digest, suffix: String) -> String { "\(digest.algorithm)-\(digest.encoded)\(suffix)" }

    /// The image a cosign tag is about, and the artifact type of what it tags; nil for any other tag.
    static func parse(_ tag: String) -> (image: Digest, artifactType: String)? {
        for kind in kinds where tag.hasSuffix(kind.suffix) {
            let name = tag.dropLast(kind.suffix.count)
            guard let dash = name.firstIndex(of: "-"),
                let image = try? Digest(parsing: name[..<dash] + ":" + name[name.index(after: dash)...])
            else { return nil }
            return (image, kind.artifactType)
        }
        return nil
    }

    /// The referrer descriptor for a manifest a cosign tag names.
    static func descriptor(tag: String, digest: Digest, size: Int, mediaType: String?, artifactType: String) -> JSONValue {
        .object([
            ("mediaType", .string(mediaType ?? MediaType.ociManifest)),
            ("digest", .string(digest.description)),
            ("size", .integer(Int64(size))),
            ("artifactType", .string(artifactType)),
            ("annotations", .object([("org.opencontainers.image.ref.name", .string(tag))])),
        ])
    }
}
