/// Decides what a parsed document is, from its `mediaType` or else its shape.
public enum KindDetector {
    public static func detect(_ document: JSONValue) -> DocumentKind {
        if let elements = document.arrayElements {
            return !elements.isEmpty && elements.allSatisfy(isInspectEntry) ? .inspectOutput : .unknown
        }
        guard document.objectMembers != nil else { return .unknown }
        if isInspectEntry(document) { return .inspectOutput }
        // schemaVersion 1 is Docker schema 1 only when nothing says v2: an OCI or Docker v2 media type, or the
        // `manifests` / `config` of a v2 shape, makes it a v2 document with a wrong schemaVersion.
        if document["schemaVersion"]?.integerValue == 1, isSchema1(document) { return .dockerSchema1 }
        // A descriptor of a manifest or index (`oras manifest fetch --descriptor`, `crane digest --full-ref` tools):
        // digest and size with none of the document's own fields; its mediaType names what it points at.
        if document["digest"] != nil, document["size"] != nil, document["schemaVersion"] == nil,
            document["manifests"] == nil, document["config"] == nil, document["layers"] == nil
        {
            return .descriptor
        }
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

    private static func isSchema1(_ document: JSONValue) -> Bool {
        if let declared = document["mediaType"]?.stringValue, DocumentKind(mediaType: declared) != .dockerSchema1 { return false }
        return document["manifests"] == nil && document["config"] == nil
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
