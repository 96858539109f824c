/// The rules manifestlint knows: the default pack compiled into the binary plus user rule folders,
/// and the built-in schema and loading checks (which have ids and severities but no rule files).
public struct RuleCatalog: Sendable {
    public private(set) var rules: [Rule]

    /// The default pack from `Rules/`, compiled into the binary by `scripts/embed-rules` (no YAML at start-up).
    public static func defaultPack() throws(YAMLFileError) -> RuleCatalog {
        RuleCatalog(rules: DefaultRulePack.rules())
    }

    public init(rules: [Rule]) { self.rules = rules }

    /// Adds user rules; a user rule with the id of a default rule replaces it.
    public mutating func add(_ more: [Rule]) throws(YAMLFileError) {
        for rule in more {
            if SchemaRules.all[rule.id] != nil {
                throw YAMLFileError(path: rule.source, line: 1, column: 1, message: "rule id \"\(rule.id)\" is a built-in schema check; choose another id")
            }
            rules.removeAll { $0.id == rule.id }
            rules.append(rule)
        }
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// Every known id: rule files and built-in checks.
    public var allIDs: Set<String> { Set(rules.map(\.id)).union(SchemaRules.all.keys) }
}

/// The built-in schema and strict-loading checks, by id, with their titles (for `manifestlint rules`,
/// configuration validation and SARIF rule metadata).
public enum SchemaRules {
    public static let all: [String: (title: String, severity: Severity)] = [
        "json-syntax": ("The file is valid JSON", .error),
        "duplicate-key": ("Object keys are unique", .error),
        "invalid-utf8": ("The document is UTF-8", .error),
        "null-character": ("Strings contain no NUL character", .error),
        "number-out-of-range": ("Numbers fit in 64-bit integers", .error),
        "trailing-data": ("Nothing follows the JSON document", .error),
        "nesting-too-deep": ("Nesting stays within the depth limits (JSON nesting, indexes within indexes)", .error),
        "empty-document": ("The document is not empty", .error),
        "document-too-large": ("The document is within the size limit", .error),
        "unreadable-input": ("The input can be read", .error),
        "skipped-input": ("Folder walks read only regular files inside the folder", .note),
        "unsupported-input": ("Named inputs are kinds of file manifestlint checks (not a Dockerfile or Compose file)", .error),
        "not-checked": ("Everything the run was asked to check is checked (no limit cut it short)", .error),
        "invalid-schema-version": ("schemaVersion is 2", .error),
        "missing-field": ("Required fields are present", .error),
        "wrong-type": ("Fields have their JSON types", .error),
        "missing-media-type": ("OCI documents state their mediaType", .warning),
        "media-type-mismatch": ("mediaType matches the document", .error),
        "invalid-media-type": ("Media types follow RFC 6838", .error),
        "invalid-digest": ("Digests follow the digest grammar", .error),
        "invalid-size": ("Sizes are non-negative integers", .error),
        "invalid-url": ("urls are absolute URIs", .error),
        "non-http-url": ("urls use http or https", .warning),
        "invalid-annotations": ("Annotations map strings to strings", .error),
        "invalid-data": ("data is padded base64", .error),
        "data-mismatch": ("data matches size and digest", .error),
        "invalid-platform": ("platform has os and architecture", .error),
        "ambiguous-document": ("A document is either an index or a manifest", .error),
        "empty-layers": ("A manifest has at least one layer", .error),
        "missing-artifact-type": ("The empty config comes with artifactType", .error),
        "invalid-rootfs": ("rootfs.type is layers", .error),
        "invalid-env": ("Env entries are NAME=value", .error),
        "invalid-layout-version": ("imageLayoutVersion is 1.0.0", .error),
        "docker-oci-field": ("Docker documents carry no OCI-only fields", .warning),
        "unexpected-config-media-type": ("A Docker manifest's config is a Docker config", .warning),
        "deprecated-schema1": ("Docker schema 1 is not used", .warning),
        "unknown-document": ("The document is of a known kind", .note),
        "digest-mismatch": ("Blobs hash to the digest their descriptor states", .error),
        "size-mismatch": ("Blobs have the size their descriptor states", .error),
        "missing-blob": ("Manifests, indexes and configs a layout refers to are present", .error),
        "missing-layer": ("Layers a layout refers to are present", .warning),
        "blob-outside-layout": ("Blobs are read only from inside the layout", .error),
        "unreadable-blob": ("Blobs can be read", .error),
        "platform-mismatch": ("An index entry's platform is its image config's platform", .error),
        "registry-error": ("The registry answers", .error),
        "yaml-syntax": ("A workflow YAML file can be read", .error),
        "unknown-manifest-media-type": ("Docker list entries point at Docker manifest types", .warning),
    ]
}
