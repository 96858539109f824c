/// Documents a rule may reach from the one it checks: the document a descriptor names, and the referrers of a
/// manifest (the documents whose `subject` names it). An OCI layout, a registry repository, or the files of one
/// run provide them; a lone file provides none. The one seam between CEL's `resolve()`/`referrers()` and storage.
public protocol LinkedContent: Sendable {
    /// The document `digest` names, parsed. `mediaType` (the descriptor's) says which registry endpoint serves it.
    func document(_ digest: Digest, mediaType: String?) -> LinkLookup<JSONValue>
    /// The descriptors of the documents whose `subject` is `digest`, shaped as the `manifests` of an OCI referrers
    /// index (`mediaType`, `artifactType`, `digest`, `size`, `annotations`), plus BuildKit attestation manifests
    /// (index entries whose `vnd.docker.reference.digest` annotation names `digest`).
    func referrers(_ digest: Digest) -> LinkLookup<[JSONValue]>
    /// Tells the store about an index being checked, before its rules run: its attestation entries are referrers
    /// of the images they describe (BuildKit predates the referrers API).
    func noteIndex(_ index: JSONValue)
    /// The descriptor another document of the store lists `digest` by (an index entry, with its platform), for a
    /// document that was read directly rather than reached through it; nil when none does.
    func listing(_ digest: Digest) -> JSONValue?
}

extension LinkedContent {
    public func noteIndex(_ index: JSONValue) {}
    public func listing(_ digest: Digest) -> JSONValue? { nil }
}

public enum LinkLookup<Value: Sendable>: Sendable {
    case found(Value)
    /// Not at hand (a lone file, a blob the store does not hold): a rule that needs it is skipped with a note.
    case unavailable(String)
    /// The store did not answer (a registry error): the rule is not checked and the run is incomplete.
    case failed(String)
}

/// What a lone file offers: nothing to follow.
public struct NoLinkedContent: LinkedContent {
    public init() {}

    static let advice = "lint the OCI layout folder, the registry reference, or the documents together to follow descriptors"

    public func document(_ digest: Digest, mediaType: String?) -> LinkLookup<JSONValue> {
        .unavailable("\(digest) is not at hand (a lone document; \(Self.advice))")
    }

    public func referrers(_ digest: Digest) -> LinkLookup<[JSONValue]> {
        .unavailable("the referrers of \(digest) are not at hand (a lone document; \(Self.advice))")
    }
}

/// What rules may know of a document besides its content: the descriptor it was reached by and the documents
/// linked to it. Built only when a rule uses `descriptor`, `resolve()` or `referrers()`.
public struct RuleContext: Sendable {
    public var links: any LinkedContent = NoLinkedContent()
    /// The descriptor this document was reached by (an index entry, with its platform and annotations), or
    /// `{mediaType, digest, size}` computed for a document read directly; null for a layout's `index.json`,
    /// which is not content-addressed.
    public var descriptor: JSONValue = .null

    public init() {}
}

extension JSONValue {
    /// The referrers-index shape of a descriptor for `document`, reached by `descriptor` (the OCI 1.1
    /// referrers API's rule: `artifactType` is the manifest's, else its config's media type).
    static func referrerDescriptor(of document: JSONValue, digest: Digest, size: Int, mediaType: String?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("mediaType", .string(document["mediaType"]?.stringValue ?? mediaType ?? MediaType.ociManifest)),
            ("digest", .string(digest.description)),
            ("size", .integer(Int64(size))),
        ]
        if let artifactType = document["artifactType"]?.stringValue ?? document["config"]?["mediaType"]?.stringValue {
            members.append(("artifactType", .string(artifactType)))
        }
        if let annotations = document["annotations"], case .object = annotations { members.append(("annotations", annotations)) }
        return .object(members)
    }

    /// The BuildKit attestation entries of an index, by the image digest each describes.
    static func attestationEntries(of index: JSONValue) -> [(image: Digest, entry: JSONValue)] {
        (index["manifests"]?.arrayElements ?? []).compactMap { entry in
            guard entry["annotations"]?["vnd.docker.reference.type"]?.stringValue == "attestation-manifest",
                let text = entry["annotations"]?["vnd.docker.reference.digest"]?.stringValue,
                let image = try? Digest(parsing: text)
            else { return nil }
            return (image, entry)
        }
    }
}
