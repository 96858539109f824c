/// One entry of `docker manifest inspect -v` output, in either shape Docker has printed: the current
/// `{Ref, Descriptor, Raw, SchemaV2Manifest|OCIManifest}` and the Docker 18.02–18.06 shape
/// `{Ref, Digest, SchemaV2Manifest, Platform}` (still the one in Docker's reference documentation).
/// `descriptor` presents either as an index entry, so entry rules run on both; `tokens(for:)` maps a pointer
/// into that descriptor back to where the value stands in the entry.
struct InspectEntry {
    let value: JSONValue

    /// True for an object of either shape.
    static func isEntry(_ value: JSONValue) -> Bool {
        guard value["Ref"] != nil else { return false }
        return value["Descriptor"] != nil || (value["Digest"] != nil && (value["SchemaV2Manifest"] != nil || value["Platform"] != nil))
    }

    /// True for an entry whose members have the types `docker manifest inspect -v` prints: a `Ref` string with a
    /// `Descriptor` object (or, in the older shape, a `Digest` string). A folder walk takes only such entries for
    /// inspect output: a tokenizer's vocabulary maps `"Ref"` and `"Descriptor"` to numbers.
    static func isWellFormedEntry(_ value: JSONValue) -> Bool {
        value["Ref"]?.stringValue != nil && (value["Descriptor"]?.objectMembers != nil || value["Digest"]?.stringValue != nil)
    }

    /// The 18.02–18.06 shape, whose descriptor members are spread over the entry.
    var isOlderShape: Bool { value["Descriptor"] == nil }

    /// The entry as an index entry descriptor.
    var descriptor: JSONValue? {
        if let descriptor = value["Descriptor"] { return descriptor }
        var members: [(key: String, value: JSONValue)] = []
        if let mediaType = value["SchemaV2Manifest"]?["mediaType"] { members.append(("mediaType", mediaType)) }
        if let digest = value["Digest"] { members.append(("digest", digest)) }
        if let platform = value["Platform"] { members.append(("platform", platform)) }
        return .object(members)
    }

    /// Where a member of `descriptor` stands in the entry.
    func tokens(for descriptorTokens: [String]) -> [String] {
        guard isOlderShape else { return ["Descriptor"] + descriptorTokens }
        guard let first = descriptorTokens.first else { return [] }
        let rest = Array(descriptorTokens.dropFirst())
        switch first {
        case "platform": return ["Platform"] + rest
        case "digest": return ["Digest"] + rest
        case "mediaType": return ["SchemaV2Manifest", "mediaType"] + rest
        default: return []
        }
    }
}
