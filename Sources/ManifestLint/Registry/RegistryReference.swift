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
    /// Whether an input without `docker://` or `oci://` reads as a file path, not a reference: its first or last
    /// component ends like the files manifestlint lints (`man.json/index.json`, `out.oci/index.json`). No
    /// registry host ends in `.json`, and a reference meant that way can be written `docker://...`.
    public static func namesAFile(_ input: String) -> Bool {
        guard !input.hasPrefix("docker://"), !input.hasPrefix("oci://"), !input.contains("@") else { return false }
        let components = input.split(separator: "/")
        guard components.count > 1, let first = components.first, let last = components.last else { return false }
        let fileEndings = [".json", ".yaml", ".yml", ".sh", ".ndjson", ".txt", ".mk"]
        return [first, last].contains { component in fileEndings.contains { component.lowercased().hasSuffix($0) } }
    }

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

    /// The distribution spec's tag grammar, `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`: names a registry lists are checked
    /// against it before they go into a URL or a report.
    public static func isValidTag(_ tag: String) -> Bool {
        let bytes = Array(tag.utf8)
        guard let first = bytes.first, bytes.count <= 128, isAlphanumeric(first) || first == UInt8(ascii: "_") else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// The repository name grammar: `/`-separated components of `[a-z0-9]+` joined by `.`, `_`, `__` or `-+`.
    public static func isValidRepository(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 255 else { return false }
        return name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { component in
            let bytes = Array(component.utf8)
            guard let first = bytes.first, let last = bytes.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last) else { return false }
            var index = 0
            while index < bytes.count {
                if isLowerAlphanumeric(bytes[index]) { index += 1; continue }
                // A separator run: ".", "_", "__", or any number of "-".
                var run = index
                while run < bytes.count, !isLowerAlphanumeric(bytes[run]) { run += 1 }
                let separator = bytes[index..<run]
                let valid = separator.elementsEqual([UInt8(ascii: ".")]) || separator.elementsEqual([UInt8(ascii: "_")])
                    || separator.elementsEqual([UInt8(ascii: "_"), UInt8(ascii: "_")]) || separator.allSatisfy { $0 == UInt8(ascii: "-") }
                guard valid else { return false }
                index = run
            }
            return true
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLowerAlphanumeric(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
