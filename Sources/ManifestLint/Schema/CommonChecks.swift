/// Checks shared by indexes and manifests.
enum CommonChecks {
    static func checkSchemaVersion(_ document: JSONValue, into collector: inout FindingCollector) {
        guard let version = collector.requireField("schemaVersion", in: document, at: .root, what: "the document") else { return }
        if version.integerValue != 2 {
            let shown = version.integerValue.map(String.init) ?? article(version.typeName)
            collector.report("invalid-schema-version", .error, at: JSONPointer.root.appending("schemaVersion"),
                "\"schemaVersion\" is \(shown), expected 2")
        }
    }

    /// The document's own `mediaType`: OCI says SHOULD be present, Docker says MUST; when present it must match.
    static func checkDeclaredMediaType(_ document: JSONValue, kind: DocumentKind, required: Bool, into collector: inout FindingCollector) {
        guard let expected = kind.declaredMediaType else { return }
        guard let value = document["mediaType"] else {
            if required {
                collector.report("missing-field", .error, at: .root, "the document has no \"mediaType\" (required: \(expected))")
            } else {
                collector.report("missing-media-type", .warning, at: .root,
                    "the document has no \"mediaType\"; it SHOULD say \"\(expected)\" so clients need not guess")
            }
            return
        }
        guard let text = value.stringValue else {
            collector.report("wrong-type", .error, at: JSONPointer.root.appending("mediaType"),
                "\"mediaType\" is \(article(value.typeName)), expected a string")
            return
        }
        if text != expected {
            collector.report("media-type-mismatch", .error, at: JSONPointer.root.appending("mediaType"),
                "\"mediaType\" is \"\(text)\" but the document is \(article(kind.rawValue)) (expected \"\(expected)\")")
        }
    }

    /// `artifactType`, `subject` and `annotations` at the top of an index or manifest.
    static func checkArtifactFields(_ document: JSONValue, into collector: inout FindingCollector) {
        if let artifactType = document["artifactType"] {
            DescriptorChecks.checkMediaType(artifactType, field: "artifactType", at: JSONPointer.root.appending("artifactType"), into: &collector)
        }
        if let subject = document["subject"] {
            DescriptorChecks.check(subject, at: JSONPointer.root.appending("subject"), what: "\"subject\"", into: &collector)
        }
        collector.expectStringMap("annotations", in: document, at: .root, rule: "invalid-annotations")
    }
}
