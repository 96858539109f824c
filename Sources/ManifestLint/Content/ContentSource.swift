/// Where deep checks get content by digest: an OCI layout on disk today, a registry for the audit. The one
/// seam between the checks and storage; implementations must never reach outside their store.
public protocol ContentSource: Sendable {
    /// Reads a whole blob that should be a document (index, manifest, config), refusing more than `limit` bytes.
    func fetch(_ digest: Digest, limit: Int, as kind: BlobKind) -> BlobFetch
    /// Streams a blob (a layer) through the digest's hash without holding it in memory, reading no more than
    /// `declaredSize` bytes (plus one, to notice a longer blob) when a descriptor states a size.
    func verify(_ digest: Digest, declaredSize: Int64?) -> BlobVerification
    /// How findings about a blob name it (`layout/blobs/sha256/ab12…`).
    func displayPath(of digest: Digest) -> String
    /// What messages call the store a blob is missing from (`the layout`, `repository registry.example.com/app`).
    var storeName: String { get }
}

/// Registries serve manifests and other blobs from different endpoints; files do not care.
public enum BlobKind: Sendable {
    case manifest, blob
}

public enum BlobFetch: Sendable {
    case found([UInt8])
    case missing
    case tooLarge(size: Int)
    /// The blob would be read from outside the store (a symbolic link out of the layout, say); nothing was read.
    case outside(String)
    case failed(String)
    /// The store could not answer now (a registry's 5xx or 429 after retries, a dropped connection, a timeout):
    /// nothing is known about the blob, so this is not a finding about it; the run is incomplete.
    case unavailable(String)
}

public enum BlobVerification: Sendable {
    /// The size read and the digest computed with the same algorithm.
    case verified(size: Int, digest: Digest)
    case missing
    case outside(String)
    /// The blob exists with this size; its content was not hashed (a registry's HEAD).
    case present(size: Int)
    /// An algorithm manifestlint cannot compute (the blob exists).
    case unsupported(size: Int)
    /// The blob is longer than the descriptor says: reading stopped after `limit` bytes.
    case longer(limit: Int)
    case failed(String)
    /// See `BlobFetch.unavailable`.
    case unavailable(String)
}
