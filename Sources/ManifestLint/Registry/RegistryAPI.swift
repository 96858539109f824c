import Foundation

/// The distribution API calls an audit makes.
extension RegistryClient {
    public struct Manifest: Sendable {
        public let bytes: [UInt8]
        public let mediaType: String?
        /// The digest of the bytes received.
        public let digest: Digest
        /// What the registry said the digest is (`Docker-Content-Digest`), when it said.
        public let announced: String?
    }

    private func scope(_ repository: String) -> String { "repository:\(repository):pull" }

    /// `GET /v2/<name>/manifests/<reference>` with every manifest type accepted, capped at `limit` bytes.
    public func manifest(_ repository: String, _ reference: String, host: String, limit: Int = 4 << 20) throws(RegistryError) -> Manifest {
        let url = baseURL(host) + "/v2/\(repository)/manifests/\(reference)"
        let pinned = try? Digest(parsing: reference)
        let what = "manifest \(host)/\(repository)\(pinned == nil ? ":" : "@")\(reference)"
        let response: RegistryResponse
        do {
            response = try send(.GET, url, host: host, scope: scope(repository), accept: Self.manifestTypes + [MediaType.dockerSchema1Signed], keep: limit)
        } catch where error.kind == .tooLarge {
            throw RegistryError(.tooLarge, "\(what) is larger than \(limit) bytes (the manifest limit); not read")
        }
        try expectSuccess(response, what: what)
        let algorithm = pinned?.algorithm ?? "sha256"
        guard let digest = BlobHasher.digest(of: response.body, algorithm: algorithm) else {
            throw RegistryError(.protocolViolation, "cannot hash with \(algorithm)")
        }
        return Manifest(bytes: response.body, mediaType: response.headers.first(name: "Content-Type"), digest: digest,
                        announced: response.headers.first(name: "Docker-Content-Digest"))
    }

    /// `HEAD /v2/<name>/manifests/<reference>`: the digest the registry announces (`Docker-Content-Digest`),
    /// nil when it announces none. Throws notFound for a missing tag.
    public func manifestDigest(_ repository: String, _ reference: String, host: String) throws(RegistryError) -> Digest? {
        try manifestHead(repository, reference, host: host, ifNoneMatch: nil).digest
    }

    /// What a conditional `HEAD` of a tag says: unchanged since the ETag given (304), or its digest and ETag now.
    public struct ManifestHead: Sendable {
        public let digest: Digest?
        public let etag: String?
        public let notModified: Bool
    }

    /// `HEAD /v2/<name>/manifests/<tag>` with `If-None-Match` when an ETag is known (the audit cache's re-run).
    public func manifestHead(_ repository: String, _ reference: String, host: String, ifNoneMatch etag: String?) throws(RegistryError) -> ManifestHead {
        let url = baseURL(host) + "/v2/\(repository)/manifests/\(reference)"
        let response = try send(.HEAD, url, host: host, scope: scope(repository), accept: Self.manifestTypes + [MediaType.dockerSchema1Signed],
                                extra: etag.map { [("If-None-Match", $0)] } ?? [])
        if response.status == 304, etag != nil { return ManifestHead(digest: nil, etag: etag, notModified: true) }
        try expectSuccess(response, what: "manifest \(host)/\(repository):\(reference)")
        return ManifestHead(digest: response.headers.first(name: "Docker-Content-Digest").flatMap { try? Digest(parsing: $0) },
                            etag: response.headers.first(name: "ETag"), notModified: false)
    }

    /// `GET /v2/<name>/blobs/<digest>`, capped at `limit` bytes.
    public func blob(_ repository: String, _ digest: Digest, host: String, limit: Int) throws(RegistryError) -> [UInt8] {
        let response = try send(.GET, baseURL(host) + "/v2/\(repository)/blobs/\(digest)", host: host, scope: scope(repository), keep: limit)
        try expectSuccess(response, what: "blob \(digest)")
        return response.body
    }

    /// `HEAD /v2/<name>/blobs/<digest>`: the size, or nil when absent.
    public func blobSize(_ repository: String, _ digest: Digest, host: String) throws(RegistryError) -> Int? {
        let response = try send(.HEAD, baseURL(host) + "/v2/\(repository)/blobs/\(digest)", host: host, scope: scope(repository))
        if response.status == 404 { return nil }
        try expectSuccess(response, what: "blob \(digest)")
        return response.headers.first(name: "Content-Length").flatMap(Int.init) ?? 0
    }

    /// Streams a blob through its digest's hash; the size and computed digest, or nil when absent.
    /// More than `limit` bytes fail with a `.tooLarge` error.
    public func hashBlob(_ repository: String, _ digest: Digest, host: String, limit: Int = Int.max) throws(RegistryError) -> (size: Int, digest: Digest?)? {
        let response = try send(.GET, baseURL(host) + "/v2/\(repository)/blobs/\(digest)", host: host, scope: scope(repository), keep: limit,
                                hash: digest.algorithm)
        if response.status == 404 { return nil }
        try expectSuccess(response, what: "blob \(digest)")
        return (response.received, response.digest)
    }

    /// The descriptors of a manifest's referrers: `GET /v2/<name>/referrers/<digest>` (distribution-spec 1.1,
    /// following `Link` pages), or, where the registry has no referrers API (it answers 404), the spec's tag
    /// fallback: the index tagged `<algorithm>-<encoded>` (truncated to 128 characters), none when that tag is absent.
    public func referrers(_ repository: String, of digest: Digest, host: String) throws(RegistryError) -> [JSONValue] {
        let what = "the referrers of \(host)/\(repository)@\(digest)"
        var next: String? = baseURL(host) + "/v2/\(repository)/referrers/\(digest)"
        var descriptors: [JSONValue] = []
        var fetched: Set<String> = []
        while let url = next {
            guard fetched.insert(url).inserted, fetched.count <= Limits.listPages else {
                throw RegistryError(.protocolViolation, "\(what): the Link pagination repeats a page or passes \(Limits.listPages) pages; stopped")
            }
            let response = try send(.GET, url, host: host, scope: scope(repository), accept: [MediaType.ociIndex], keep: Limits.listPageSize)
            if response.status == 404, fetched.count == 1 { return try referrersByTag(repository, of: digest, host: host) }
            try expectSuccess(response, what: what)
            descriptors += try Self.indexEntries(response.body, what: what)
            next = response.headers.first(name: "Link").flatMap { Self.nextLink($0) }.map { link in
                link.hasPrefix("/") ? baseURL(host) + link : link
            }
        }
        return descriptors
    }

    private func referrersByTag(_ repository: String, of digest: Digest, host: String) throws(RegistryError) -> [JSONValue] {
        let tag = String("\(digest.algorithm)-\(digest.encoded)".prefix(128))
        let index: Manifest
        do {
            index = try manifest(repository, tag, host: host, limit: Limits.listPageSize)
        } catch where error.kind == .notFound {
            return []
        }
        return try Self.indexEntries(index.bytes, what: "the referrers tag \(host)/\(repository):\(tag)")
    }

    /// The `manifests` of an image index a registry answered; anything else is a protocol violation.
    private static func indexEntries(_ body: [UInt8], what: String) throws(RegistryError) -> [JSONValue] {
        guard case .success(let index) = JanssonParser.parse(body), let entries = index["manifests"]?.arrayElements else {
            throw RegistryError(.protocolViolation, "\(what): the answer is not an image index")
        }
        return entries
    }

    /// A tag list or catalog: its first `cap` entries, and why it stopped there when it holds more.
    public struct Listing: Sendable {
        public var names: [String]
        public var truncated: RegistryError?
    }

    /// Every tag of a repository (up to `cap`), following `Link` pagination.
    public func tags(_ repository: String, host: String, cap: Int = Limits.listEntries) throws(RegistryError) -> Listing {
        try paginate(baseURL(host) + "/v2/\(repository)/tags/list?n=\(Limits.listPageEntries)", host: host, scope: scope(repository), key: "tags",
                     what: "repository \(host)/\(repository)", cap: cap)
    }

    /// Every repository of a registry (`/v2/_catalog`, up to `cap`), following `Link` pagination.
    public func catalog(host: String, cap: Int = Limits.listEntries) throws(RegistryError) -> Listing {
        try paginate(baseURL(host) + "/v2/_catalog?n=\(Limits.listPageEntries)", host: host, scope: "registry:catalog:*", key: "repositories",
                     what: "the catalog of \(host)", cap: cap)
    }

    private func paginate(_ first: String, host: String, scope: String, key: String, what: String, cap: Int) throws(RegistryError) -> Listing {
        var items: [String] = []
        var next: String? = first
        // Bounded three ways: a page already fetched ends the walk, and so do the page and entry limits.
        var fetched: Set<String> = []
        while let url = next {
            guard fetched.insert(url).inserted else {
                throw RegistryError(.protocolViolation, "\(what): the registry's Link pagination returns to a page already read; stopped")
            }
            guard fetched.count <= Limits.listPages else {
                throw RegistryError(.protocolViolation, "\(what): more than \(Limits.listPages) pages; stopped")
            }
            guard items.count < cap else {
                // More than the cap: the entries up to it are audited, the rest is reported, not refused whole.
                return Listing(names: items, truncated: RegistryError(.protocolViolation,
                    "\(what) lists more than \(cap) entries; the first \(cap) were audited and the rest were not (--max-list-entries)"))
            }
            let response = try send(.GET, url, host: host, scope: scope, keep: Limits.listPageSize)
            try expectSuccess(response, what: what)
            guard let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] else {
                throw RegistryError(.protocolViolation, "\(what): \(url) did not answer JSON")
            }
            let page = object[key] as? [String] ?? []
            items += page
            if items.count > cap {
                items.removeLast(items.count - cap)
                return Listing(names: items, truncated: RegistryError(.protocolViolation,
                    "\(what) lists more than \(cap) entries; the first \(cap) were audited and the rest were not (--max-list-entries)"))
            }
            next = response.headers.first(name: "Link").flatMap { Self.nextLink($0) }.map { link in
                link.hasPrefix("/") ? baseURL(host) + link : link
            }
        }
        return Listing(names: items)
    }

    /// `</v2/_catalog?last=b&n=100>; rel="next"` → `/v2/_catalog?last=b&n=100`.
    static func nextLink(_ header: String) -> String? {
        for part in header.split(separator: ",") where part.contains("rel=\"next\"") || part.contains("rel=next") {
            guard let open = part.firstIndex(of: "<"), let close = part.firstIndex(of: ">"), open < close else { continue }
            return String(part[part.index(after: open)..<close])
        }
        return nil
    }

    private func expectSuccess(_ response: RegistryResponse, what: String) throws(RegistryError) {
        switch response.status {
        case 200..<300: return
        case 404: throw RegistryError(.notFound, "\(what) was not found (HTTP 404)", status: 404)
        default: throw RegistryError(.http, "\(what): HTTP \(response.status)", status: response.status)
        }
    }
}
