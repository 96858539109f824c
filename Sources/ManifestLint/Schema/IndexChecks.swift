/// Checks of an OCI image index (image-index.md) and a Docker manifest list (manifest-v2-2.md).
enum IndexChecks {
    static func check(_ document: JSONValue, kind: DocumentKind, into collector: inout FindingCollector) {
        let isDocker = kind == .dockerList
        CommonChecks.checkSchemaVersion(document, into: &collector)
        // An OCI layout's index.json (tagged entries, signatures, SBOMs; no entry with a platform) is written
        // without a mediaType by containerd, oras, notation, skopeo and crane; the SHOULD is for indexes clients
        // select from.
        let entries = document["manifests"]?.arrayElements ?? []
        let isPlatformIndex = entries.contains { $0["platform"] != nil }
            && !entries.contains { $0["annotations"]?["org.opencontainers.image.ref.name"] != nil }
        if isDocker || isPlatformIndex || document["mediaType"] != nil {
            CommonChecks.checkDeclaredMediaType(document, kind: kind, required: isDocker, into: &collector)
        }
        for field in ["config", "layers"] where document[field] != nil {
            collector.report("ambiguous-document", .error, at: JSONPointer.root.appending(field),
                "an image index must not contain \"\(field)\": the document reads as both an index and a manifest")
        }
        if let manifests = collector.requireField("manifests", in: document, at: .root, what: "the index") {
            if let entries = manifests.arrayElements {
                for (index, entry) in entries.enumerated() {
                    let pointer = JSONPointer.root.appending("manifests").appending(index)
                    DescriptorChecks.check(entry, at: pointer, what: "manifests[\(index)]", into: &collector)
                    if isDocker { checkDockerEntry(entry, at: pointer, into: &collector) }
                }
            } else {
                collector.report("wrong-type", .error, at: JSONPointer.root.appending("manifests"),
                    "\"manifests\" is \(article(manifests.typeName)), expected an array of descriptors")
            }
        }
        CommonChecks.checkArtifactFields(document, into: &collector)
        if isDocker {
            for field in ["artifactType", "subject", "annotations"] where document[field] != nil {
                collector.report("docker-oci-field", .warning, at: JSONPointer.root.appending(field),
                    "\"\(field)\" is an OCI field; Docker manifest lists do not define it (use an OCI index)")
            }
        }
    }

    /// What a Docker list entry may point at (manifest-v2-2.md: generally schema 2, possibly schema 1); OCI
    /// manifests are tolerated here because the mixed-media-types rule reports them with better advice.
    static let dockerListChildTypes: Set<String> = [
        MediaType.dockerManifest, MediaType.dockerSchema1, MediaType.dockerSchema1Signed, MediaType.dockerList, MediaType.ociManifest, MediaType.ociIndex,
    ]

    /// Docker manifest-list entries: a Docker manifest type and a platform are required.
    private static func checkDockerEntry(_ entry: JSONValue, at pointer: JSONPointer, into collector: inout FindingCollector) {
        guard entry.objectMembers != nil else { return }
        if entry["platform"] == nil {
            collector.report("invalid-platform", .error, at: pointer,
                "a Docker manifest list entry must have a \"platform\" (manifest-v2-2.md)")
        }
        if let mediaType = entry["mediaType"]?.stringValue, MediaType.isWellFormed(mediaType), !dockerListChildTypes.contains(mediaType) {
            collector.report("unknown-manifest-media-type", .warning, at: pointer.appending("mediaType"),
                "\"\(mediaType)\" is not a manifest type a Docker manifest list can hold (expected \(MediaType.dockerManifest))")
        }
        for field in ["artifactType", "data", "annotations"] where entry[field] != nil {
            collector.report("docker-oci-field", .warning, at: pointer.appending(field),
                "\"\(field)\" is an OCI descriptor field; Docker manifest lists do not define it")
        }
    }
}
