import Foundation

/// A registry repository's documents through the audit cache: manifests and configs by digest are read from disk
/// when a run already fetched them from this repository (they are immutable), and kept when fetched now. Layers are asked of the registry
/// as always (their `HEAD` is cheap, and they are not documents).
struct DiskCachedSource: ContentSource {
    let source: RegistryContentSource
    let cache: AuditCache

    func fetch(_ digest: Digest, limit: Int, as kind: BlobKind) -> BlobFetch {
        let place = source.host + "/" + source.repository
        if let stored = cache.document(digest, in: place), stored.bytes.count <= limit { return .found(stored.bytes) }
        let fetched = source.fetch(digest, limit: limit, as: kind)
        if case .found(let bytes) = fetched { cache.storeDocument(bytes, digest: digest, mediaType: nil, in: place) }
        return fetched
    }

    func verify(_ digest: Digest, declaredSize: Int64?) -> BlobVerification { source.verify(digest, declaredSize: declaredSize) }

    func displayPath(of digest: Digest) -> String { source.displayPath(of: digest) }

    var storeName: String { source.storeName }
}
