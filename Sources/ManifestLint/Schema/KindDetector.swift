/// Decides what a parsed document is, from its `mediaType` or else its shape.
public enum KindDetector {
    public static func detect(_ document: JSONValue) -> DocumentKind {
        if let elements = document.arrayElements {
            return !elements.isEmpty && elements.allSatisfy(isInspectEntry) ? .inspectOutput : .unknown
        }
        guard document.objectMembers != nil else { return .unknown }
        if isInspectEntry(document) { return .inspectOutput }
        if document["schemaVersion"]?.integerValue == 1 { return .dockerSchema1 }
        if let mediaType = document["mediaType"]?.stringValue, let kind = DocumentKind(mediaType: mediaType),
            kind != .descriptor, !contradictsShape(kind, document)
        {
            return kind
        }
        // The shape says index or manifest; the family (Docker or OCI) comes from the declared media type, even a
        // misspelt one, else from the entries or the config, so the advice keeps the document in its family.
        if document["manifests"] != nil { return isDockerFamily(document, members: document["manifests"]?.arrayElements ?? []) ? .dockerList : .ociIndex }
        if document["config"] != nil, document["layers"] != nil || document["schemaVersion"] != nil {
            return isDockerFamily(document, members: [document["config"] ?? .null]) ? .dockerManifest : .ociManifest
        }
        if document["imageLayoutVersion"] != nil { return .layoutHeader }
        if document["rootfs"] != nil || (document["architecture"] != nil && document["os"] != nil) { return .ociConfig }
        if document["digest"] != nil, document["size"] != nil { return .descriptor }
        return .unknown
    }

    /// A declared manifest type on an index-shaped document (or the reverse): the shape decides,
    /// and the declared type is then reported as a mismatch.
    private static func contradictsShape(_ kind: DocumentKind, _ document: JSONValue) -> Bool {
        let indexShaped = document["manifests"] != nil && document["config"] == nil && document["layers"] == nil
        let manifestShaped = document["manifests"] == nil && document["config"] != nil
        return (kind.isManifest && indexShaped) || (kind.isIndex && manifestShaped)
    }

    private static func isDockerFamily(_ document: JSONValue, members: [JSONValue]) -> Bool {
        if let declared = document["mediaType"]?.stringValue, MediaType.isDocker(declared) || MediaType.isOCI(declared) {
            return MediaType.isDocker(declared)
        }
        let types = members.compactMap { $0["mediaType"]?.stringValue }
        return !types.isEmpty && types.allSatisfy(MediaType.isDocker)
    }

    private static func isInspectEntry(_ value: JSONValue) -> Bool { InspectEntry.isEntry(value) }
}
