/// What `manifestlint lint` may audit in a registry: one tag or digest, a whole repository, or (with
/// `--catalog`) a whole registry. Written `registry.example.com/team/app:tag`, `…@sha256:…`, or with a
/// `docker://` / `oci://` prefix. Without a prefix the first component must look like a host (a `.` or `:`, or
/// `localhost`), as docker's own reference grammar requires, so that relative paths stay paths; with one, a
/// name without a host is on Docker Hub (`docker://alpine:3.20` is `docker.io/library/alpine:3.20`).
public struct RegistryReference: Sendable, Hashable, CustomStringConvertible {
    public let host: String
    public let repository: String
    public let tag: String?
    public let digest: Digest?

    public init(host: String, repository: String, tag: String? = nil, digest: Digest? = nil) {
        self.host = host
        self.repository = repository
        self.tag = tag
        self.digest = digest
    }

    /// Parses a reference; nil when the text is not one (then it is a file path).
    public init?(parsing input: String) {
        var text = Substring(input)
        var explicit = false
        for prefix in ["docker://", "oci://"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            explicit = true
        }
        let first = text.firstIndex(of: "/").map { String(text[..<$0]) }
        let looksLikeHost = first.map { $0.contains(".") || $0.contains(":") || $0 == "localhost" } ?? false
        var host: String
        var rest: String
        if looksLikeHost, let first {
            host = first
            rest = String(text.dropFirst(first.count + 1))
        } else if explicit {
            // `docker://alpine:3.20` and `docker://team/app` are Docker Hub, as skopeo and docker read them.
            host = "docker.io"
            rest = String(text)
        } else {
            return nil
        }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || ".-:[]".contains($0) }) else { return nil }
        if host == "index.docker.io" || host == "registry-1.docker.io" { host = "docker.io" }
        var digest: Digest?
        if let at = rest.firstIndex(of: "@") {
            guard let parsed = try? Digest(parsing: String(rest[rest.index(after: at)...])) else { return nil }
            digest = parsed
            rest = String(rest[..<at])
        }
        var tag: String?
        if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("/") {
            tag = String(rest[rest.index(after: colon)...])
            rest = String(rest[..<colon])
            guard let tag, !tag.isEmpty, tag.count <= 128,
                tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }) else { return nil }
        }
        let components = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.isEmpty, components.allSatisfy({ component in
            !component.isEmpty && component.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) }
        }) else { return nil }
        // Docker Hub's official images live under library/.
        if host == "docker.io", !rest.contains("/") { rest = "library/" + rest }
        self.init(host: host, repository: rest, tag: tag, digest: digest)
    }

    /// Tag or digest to fetch; nil for a whole repository.
    public var selector: String? { digest?.description ?? tag }

    public var description: String {
        var text = host + "/" + repository
        if let tag { text += ":" + tag }
        if let digest { text += "@\(digest)" }
        return text
    }

    /// How findings name it (the artifact URI in SARIF).
    public var displayPath: String { "docker://" + description }

    func with(tag: String) -> RegistryReference { RegistryReference(host: host, repository: repository, tag: tag) }
}
