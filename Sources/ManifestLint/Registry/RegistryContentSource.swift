import Foundation

/// A repository of a registry as the content source of the deep checks: manifests from the manifests
/// endpoint, configs from the blobs endpoint, layers by HEAD (or streamed through their hash when asked).
public struct RegistryContentSource: ContentSource {
    public let client: RegistryClient
    public let host: String
    public let repository: String
    /// Hash layers instead of only asking for their size.
    public let verifyLayers: Bool

    public init(client: RegistryClient, host: String, repository: String, verifyLayers: Bool) {
        self.client = client
        self.host = host
        self.repository = repository
        self.verifyLayers = verifyLayers
    }

    public func displayPath(of digest: Digest) -> String { "docker://\(host)/\(repository)@\(digest)" }

    public var storeName: String { "repository \(host)/\(repository)" }

    public func fetch(_ digest: Digest, limit: Int, as kind: BlobKind) -> BlobFetch {
        do {
            switch kind {
            case .manifest: return .found(try client.manifest(repository, digest.description, host: host, limit: limit).bytes)
            case .blob: return .found(try client.blob(repository, digest, host: host, limit: limit))
            }
        } catch {
            switch error.kind {
            case .notFound: return .missing
            case .tooLarge: return .tooLarge(size: limit + 1)
            // Only a 2xx answer is content: whatever else the registry said is no fact about the blob.
            default: return .unavailable(error.description)
            }
        }
    }

    public func verify(_ digest: Digest, declaredSize: Int64?) -> BlobVerification {
        // A stream longer than the descriptor says is cut there: an endless layer is a size mismatch, not a hang.
        let limit = declaredSize.map { Int(clamping: $0) } ?? Int.max
        do {
            if verifyLayers {
                let hashed: (size: Int, digest: Digest?)?
                do {
                    hashed = try client.hashBlob(repository, digest, host: host, limit: limit)
                } catch where error.kind == .tooLarge {
                    return .longer(limit: limit)
                }
                guard let hashed else { return .missing }
                guard let computed = hashed.digest else { return .unsupported(size: hashed.size) }
                return .verified(size: hashed.size, digest: computed)
            }
            guard let size = try client.blobSize(repository, digest, host: host) else { return .missing }
            return .present(size: size)
        } catch {
            return error.kind == .notFound ? .missing : .unavailable(error.description)
        }
    }
}
