/// Checks of an OCI image index (image-index.md) and a Docker manifest list (manifest-v2-2.md).
enum IndexChecks {
    static func check(_ document: JSONValue, kind: DocumentKind, into collector: inout FindingCollector) {
        let isDocker = kind == .dockerList
        CommonChecks.checkSchemaVersion(document, into: &collector)
        CommonChecks.checkDeclaredMediaType(document, kind: kind, required: isDocker, into: &collector)
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

    /// Docker manifest-list entries: a Docker manifest type and a platform are required.
    private static func checkDockerEntry(_ entry: JSONValue, at pointer: JSONPointer, into collector: inout FindingCollector) {
        guard entry.objectMembers != nil else { return }
        if entry["platform"] == nil {
            collector.report("invalid-platform", .error, at: pointer,
                "a Docker manifest list entry must have a \"platform\" (manifest-v2-2.md)")
        }
        for field in ["artifactType", "data", "annotations"] where entry[field] != nil {
            collector.report("docker-oci-field", .warning, at: pointer.appending(field),
                "\"\(field)\" is an OCI descriptor field; Docker manifest lists do not define it")
        }
    }
}
