/// Checks of an OCI image manifest (manifest.md) and a Docker image manifest v2 schema 2.
enum ManifestChecks {
    static func check(_ document: JSONValue, kind: DocumentKind, into collector: inout FindingCollector) {
        let isDocker = kind == .dockerManifest
        CommonChecks.checkSchemaVersion(document, into: &collector)
        CommonChecks.checkDeclaredMediaType(document, kind: kind, required: isDocker, into: &collector)
        if document["manifests"] != nil {
            collector.report("ambiguous-document", .error, at: JSONPointer.root.appending("manifests"),
                "an image manifest must not contain \"manifests\": the document reads as both a manifest and an index")
        }
        let config = collector.requireField("config", in: document, at: .root, what: "the manifest")
        if let config {
            DescriptorChecks.check(config, at: JSONPointer.root.appending("config"), what: "\"config\"", into: &collector)
        }
        if let layers = collector.requireField("layers", in: document, at: .root, what: "the manifest") {
            checkLayers(layers, isDocker: isDocker, into: &collector)
        }
        CommonChecks.checkArtifactFields(document, into: &collector)
        if config?["mediaType"]?.stringValue == MediaType.ociEmpty, document["artifactType"] == nil {
            collector.report("missing-artifact-type", .error, at: JSONPointer.root.appending("config").appending("mediaType"),
                "the config is the empty descriptor, so \"artifactType\" MUST be set (manifest.md)")
        }
        if isDocker {
            checkDockerConfigType(config, into: &collector)
            for field in ["artifactType", "subject", "annotations"] where document[field] != nil {
                collector.report("docker-oci-field", .warning, at: JSONPointer.root.appending(field),
                    "\"\(field)\" is an OCI field; Docker image manifests do not define it (use an OCI manifest)")
            }
        }
    }

    private static func checkLayers(_ layers: JSONValue, isDocker: Bool, into collector: inout FindingCollector) {
        let pointer = JSONPointer.root.appending("layers")
        guard let elements = layers.arrayElements else {
            collector.report("wrong-type", .error, at: pointer,
                "\"layers\" is \(article(layers.typeName)), expected an array of descriptors")
            return
        }
        if elements.isEmpty {
            collector.report("empty-layers", isDocker ? .warning : .error, at: pointer,
                "\"layers\" is empty; it needs at least one descriptor (an artifact without content uses the empty descriptor)")
        }
        for (index, layer) in elements.enumerated() {
            DescriptorChecks.check(layer, at: pointer.appending(index), what: "layers[\(index)]", into: &collector)
        }
    }

    private static func checkDockerConfigType(_ config: JSONValue?, into collector: inout FindingCollector) {
        guard let mediaType = config?["mediaType"]?.stringValue, mediaType != MediaType.dockerConfig else { return }
        collector.report("unexpected-config-media-type", .warning, at: JSONPointer.root.appending("config").appending("mediaType"),
            "a Docker image manifest's config should be \"\(MediaType.dockerConfig)\", not \"\(mediaType)\"")
    }
}
