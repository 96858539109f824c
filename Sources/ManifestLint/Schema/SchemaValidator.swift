/// Runs the schema checks that fit a document's kind.
public enum SchemaValidator {
    /// Validates `document` as `kind`; when `forcedMediaType` is set, the document must not declare another.
    public static func validate(_ document: JSONValue, as kind: DocumentKind, forcedMediaType: String? = nil) -> [Finding] {
        var collector = FindingCollector()
        var forcedMismatch = false
        if let forcedMediaType, let declared = document["mediaType"]?.stringValue, declared != forcedMediaType,
            kind != .descriptor
        {
            collector.report("media-type-mismatch", .error, at: JSONPointer.root.appending("mediaType"),
                "the document says \"\(declared)\" but was checked as \"\(forcedMediaType)\"")
            forcedMismatch = true
        }
        switch kind {
        case .ociIndex, .dockerList: IndexChecks.check(document, kind: kind, into: &collector)
        case .ociManifest, .dockerManifest: ManifestChecks.check(document, kind: kind, into: &collector)
        case .ociConfig: ConfigChecks.check(document, into: &collector)
        case .descriptor: DescriptorChecks.check(document, at: .root, what: "the descriptor", into: &collector)
        case .layoutHeader: OtherDocumentChecks.checkLayoutHeader(document, into: &collector)
        case .dockerSchema1: OtherDocumentChecks.checkSchema1(document, into: &collector)
        case .inspectOutput: OtherDocumentChecks.checkInspectOutput(document, into: &collector)
        case .workflow: break  // workflows are checked by the rules over their intent document
        case .unknown:
            if let version = document["schemaVersion"], version.integerValue != 2 {
                collector.report("invalid-schema-version", .error, at: JSONPointer.root.appending("schemaVersion"),
                    "unknown \"schemaVersion\" \(version.integerValue.map(String.init) ?? version.typeName): manifests and indexes are 2 (1 is the deprecated Docker schema 1)")
                break
            }
            collector.report("unknown-document", .note, at: .root,
                "not recognised as a manifest, index, config, descriptor or layout file; skipped (use --media-type to force a kind)")
        }
        guard forcedMismatch else { return collector.findings }
        // One mismatch at /mediaType is enough: the kind checks would repeat it in their own words.
        var first = true
        return collector.findings.filter { finding in
            guard finding.rule == "media-type-mismatch", finding.pointer == JSONPointer.root.appending("mediaType") else { return true }
            defer { first = false }
            return first
        }
    }
}
