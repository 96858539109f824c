/// Which files found in folders are manifestlint's to lint: a file is linted when its content says it is a
/// manifest, index, layout or build workflow; any other JSON, YAML or extensionless file (`tsconfig.json` with
/// comments, `package.json`, `docker-compose.yml`, `LICENSE`) is counted as "other" and never reported.
/// Files named on the command line skip discovery (strict) unless `--discover` is given, as hooks do.
public enum Discovery {
    /// Extensions whose files a walk reads to decide.
    private static let candidateExtensions: Set<Substring> = ["json", "yaml", "yml", "sh", "bash", "mk", "make"]

    /// A file name a folder walk reads (when no `--include` is configured): JSON, YAML, shell scripts,
    /// Makefiles (`Makefile`, `Makefile.docker`, `*.mk`), HCL files (bake files among them), manifest templates (`manifest.tmpl`, `manifest.tpl`),
    /// `oci-layout`, and extensionless files (which are scripts when they start with a shell shebang).
    public static func isCandidate(name: String) -> Bool {
        let lower = name.asciiLowercased  // lowercased(), without Unicode tables for an ASCII name (a walk asks per file)
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else { return !lower.hasPrefix(".") }
        let extensionName = lower[lower.index(after: dot)...]
        // `docker buildx bake` HCL files (by name, or by a `target` block: `WorkflowFormat.syntax`) and
        // drone-manifest / manifest-tool templates (by name only).
        if extensionName == "hcl" { return true }
        if WorkflowFormat.isManifestTemplate(lower) { return true }
        return candidateExtensions.contains(extensionName) || isMakefile(name: lower)
    }

    /// `Makefile`, `makefile`, `GNUmakefile`, `Makefile.docker`, `release.mk`, `build.make`.
    static func isMakefile(name: String) -> Bool {
        let lower = name.asciiLowercased
        return ["makefile", "gnumakefile"].contains(lower) || lower.hasPrefix("makefile.") || lower.hasSuffix(".mk") || lower.hasSuffix(".make")
    }

    /// What a file named on the command line is when its name says it is something manifestlint does not check,
    /// and what to check it with: a Dockerfile (hadolint) or a Compose file; nil for anything else.
    public static func foreignKind(path: String) -> (kind: String, advice: String)? {
        let name = String(path.split(separator: "/").last ?? "").asciiLowercased
        if ["dockerfile", "containerfile"].contains(name) || name.hasPrefix("dockerfile.") || name.hasPrefix("containerfile.")
            || name.hasSuffix(".dockerfile") || name.hasSuffix(".containerfile") {
            return ("a Dockerfile", "lint it with hadolint")
        }
        let yaml = name.hasSuffix(".yml") || name.hasSuffix(".yaml")
        if yaml, name.hasPrefix("docker-compose") || name == "compose.yml" || name == "compose.yaml" || name.hasPrefix("compose.") {
            return ("a Compose file", "check it with `docker compose config`")
        }
        return nil
    }

    /// Byte strings only manifests, indexes, layouts and image configs carry.
    private static let markers: [[UInt8]] = [
        "\"imageLayoutVersion\"", "application/vnd.oci.image.", "application/vnd.docker.distribution.", "application/vnd.docker.container.image.",
    ].map { Array($0.utf8) }
    /// `schemaVersion` is common (Grafana dashboards carry one): a marker only beside a manifest's own members.
    private static let versionMarker = Array("\"schemaVersion\"".utf8)
    private static let memberMarkers: [[UInt8]] = ["\"manifests\"", "\"layers\"", "\"fsLayers\""].map { Array($0.utf8) }

    /// True when text that is not valid JSON still looks like a manifest: it starts like JSON (`{` or `[`, so a
    /// README that names a media type is not one) and carries a manifest marker, so its syntax error is worth
    /// reporting.
    public static func hasManifestMarkers(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        else { return false }
        return contains(markers, in: bytes) || (contains([versionMarker], in: bytes) && contains(memberMarkers, in: bytes))
    }

    /// For the first bytes of a file too large to read whole: only the unambiguous markers (a media type, the
    /// layout version). A multi-megabyte index names media types in every entry; a dashboard with
    /// `schemaVersion` and `layers` does not.
    public static func hasStrongManifestMarkers(_ bytes: [UInt8]) -> Bool {
        contains(markers, in: bytes)
    }

    /// Whether any needle is in `bytes`; each needle starts with `"` or `a`.
    static func contains(_ needles: [[UInt8]], in bytes: [UInt8]) -> Bool {
        // Every marker starts with `"` or `a`: look at those bytes only.
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "a") {
                for needle in needles where needle[0] == byte && bytes[index...].starts(with: needle) { return true }
            }
            index += 1
        }
        return false
    }

    /// True when a parsed JSON document is one of ours. Stricter than `KindDetector` (which, for a file named on
    /// the command line, names the closest kind): each kind needs the members that define it, so an inventory
    /// with `os` and `architecture` keys or a config with a `manifests` list is not taken for an image document.
    public static func isOurs(_ document: JSONValue, kind: DocumentKind, path: String) -> Bool {
        // A manifest or index with a wrong version is still one (and gets invalid-schema-version); a bare
        // `schemaVersion` is not (Grafana dashboards, other tools' files), nor one beside keys of those names that
        // hold no list (a tokenizer's vocabulary maps `"layers"` and `"schemaVersion"` to numbers).
        let hasManifestMembers = ["manifests", "layers", "fsLayers"].contains { document[$0]?.arrayElements != nil }
        if document["schemaVersion"] != nil, hasManifestMembers { return true }
        if let mediaType = document["mediaType"]?.stringValue, MediaType.isOCI(mediaType) || MediaType.isDocker(mediaType) { return true }
        switch kind {
        case .ociIndex, .dockerList:
            return LayoutDetection.layoutRoot(ofIndex: path) != nil
                || (document["manifests"]?.arrayElements).map { !$0.isEmpty && $0.allSatisfy(isDescriptor) } ?? false
        case .ociManifest, .dockerManifest:
            return document["config"].map(isDescriptor) ?? false
        case .ociConfig:
            // An image config has a rootfs; an inventory with os, architecture and a config object does not.
            guard let rootfs = document["rootfs"], rootfs.objectMembers != nil else { return false }
            return rootfs["type"] != nil || rootfs["diff_ids"] != nil
        case .dockerSchema1:
            // `schemaVersion: 1` alone is any versioned file (a shields.io badge); schema 1 has fsLayers.
            return document["fsLayers"] != nil
        case .descriptor:
            // A bare `{digest, size}` (a release asset) without an image media type is not worth linting on its own.
            return false
        case .layoutHeader:
            return true
        case .inspectOutput:
            return (document.arrayElements ?? [document]).allSatisfy(InspectEntry.isWellFormedEntry)
        case .workflow, .unknown:
            return false
        }
    }

    /// `{"mediaType"?, "digest": "algorithm:hex", "size": N}`.
    private static func isDescriptor(_ value: JSONValue) -> Bool {
        guard let digest = value["digest"]?.stringValue, value["size"]?.integerValue != nil else { return false }
        return digest.contains(":")
    }
}
