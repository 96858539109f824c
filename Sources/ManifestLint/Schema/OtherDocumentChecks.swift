import Foundation

/// Checks of the smaller document kinds: layout header, descriptor, Docker schema 1.
enum OtherDocumentChecks {
    /// The `oci-layout` file (image-layout.md).
    static func checkLayoutHeader(_ document: JSONValue, into collector: inout FindingCollector) {
        guard let version = collector.requireField("imageLayoutVersion", in: document, at: .root, what: "the oci-layout file") else { return }
        guard let text = version.stringValue else {
            collector.report("wrong-type", .error, at: JSONPointer.root.appending("imageLayoutVersion"),
                "\"imageLayoutVersion\" is \(article(version.typeName)), expected the string \"1.0.0\"")
            return
        }
        if text != "1.0.0" {
            collector.report("invalid-layout-version", .error, at: JSONPointer.root.appending("imageLayoutVersion"),
                "\"imageLayoutVersion\" is \"\(text)\", expected \"1.0.0\"")
        }
    }

    /// Docker image manifest schema 1: recognised, deprecated, and checked only for its shape.
    static func checkSchema1(_ document: JSONValue, into collector: inout FindingCollector) {
        collector.report("deprecated-schema1", .warning, at: JSONPointer.root.appending("schemaVersion"),
            "Docker image manifest schema 1 is deprecated and rejected by current registries; push schema 2 or OCI instead")
        for field in ["fsLayers", "history"] { collector.expectType(field, in: document, at: .root, ["array"]) }
        collector.expectType("signatures", in: document, at: .root, ["array"])
    }

    /// `docker manifest inspect -v` output: one `{Ref, Descriptor, Raw, SchemaV2Manifest|OCIManifest}` (or the
    /// older `{Ref, Digest, SchemaV2Manifest, Platform}`) or an array of them.
    static func checkInspectOutput(_ document: JSONValue, into collector: inout FindingCollector) {
        let entries = document.arrayElements.map { Array($0.enumerated()) } ?? [(0, document)]
        let isArray = document.arrayElements != nil
        for (index, entry) in entries {
            let base = isArray ? JSONPointer.root.appending(index) : JSONPointer.root
            _ = collector.string("Ref", in: entry, at: base)
            if InspectEntry(value: entry).isOlderShape, entry["Digest"] != nil {
                if let digest = entry["Digest"] { _ = DescriptorChecks.checkDigest(digest, at: base.appending("Digest"), into: &collector) }
                if let platform = entry["Platform"] { PlatformChecks.check(platform, at: base.appending("Platform"), into: &collector) }
                checkInspectManifests(entry, at: base, into: &collector)
                continue
            }
            guard let descriptor = collector.requireField("Descriptor", in: entry, at: base, what: "the inspect entry") else { continue }
            DescriptorChecks.check(descriptor, at: base.appending("Descriptor"), what: "\"Descriptor\"", into: &collector)
            checkInspectManifests(entry, at: base, into: &collector)
            if let raw = entry["Raw"]?.stringValue {
                let digest = descriptor["digest"]?.stringValue.flatMap { try? Digest(parsing: $0) }
                DescriptorChecks.checkData(.string(raw), digest: digest, size: descriptor["size"]?.integerValue,
                    at: base.appending("Raw"), into: &collector)
            }
        }
    }

    private static func checkInspectManifests(_ entry: JSONValue, at base: JSONPointer, into collector: inout FindingCollector) {
        for (field, kind) in [("SchemaV2Manifest", DocumentKind.dockerManifest), ("OCIManifest", .ociManifest)] {
            guard let manifest = entry[field] else { continue }
            var nested = FindingCollector()
            ManifestChecks.check(manifest, kind: kind, into: &nested)
            for finding in nested.findings {
                collector.report(finding.rule, finding.severity, at: JSONPointer(base.tokens + [field] + finding.pointer.tokens), finding.message)
            }
        }
    }
}
