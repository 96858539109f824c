import Foundation

/// The documents of one registry repository, for rules that follow descriptors: manifests and configs by digest
/// (through the audit's content source, so each is fetched once), and referrers from the referrers API or its
/// tag fallback, plus the BuildKit attestation entries of the indexes audited in the repository.
public struct RegistryLinks: LinkedContent {
    private let client: RegistryClient
    private let host: String
    private let repository: String
    private let documents: LinkedDocuments
    private let known: KnownReferrers

    public init(client: RegistryClient, host: String, repository: String, source: any ContentSource, maxSize: Int) {
        self.client = client
        self.host = host
        self.repository = repository
        documents = LinkedDocuments(source: source, maxSize: maxSize)
        known = KnownReferrers()
    }

    public func document(_ digest: Digest, mediaType: String?) -> LinkLookup<JSONValue> {
        documents.document(digest, mediaType: mediaType)
    }

    public func referrers(_ digest: Digest) -> LinkLookup<[JSONValue]> {
        known.referrers(of: digest) { () -> LinkLookup<[JSONValue]> in
            do throws(RegistryError) {
                var found = try client.referrers(repository, of: digest, host: host)
                for kind in CosignTags.kinds {
                    let tag = CosignTags.tag(for: digest, suffix: kind.suffix)
                    do throws(RegistryError) {
                        let manifest = try client.manifest(repository, tag, host: host)
                        found.append(CosignTags.descriptor(tag: tag, digest: manifest.digest, size: manifest.bytes.count,
                                                           mediaType: manifest.mediaType, artifactType: kind.artifactType))
                    } catch where error.kind == .notFound {
                        continue
                    }
                }
                return .found(found)
            } catch {
                return .failed(error.description)
            }
        }
    }

    public func noteIndex(_ index: JSONValue) { known.note(index) }
}

/// Referrers asked of the registry, once per digest, and attestation entries seen in indexes.
/// `@unchecked Sendable`: every member is guarded by `lock`.
final class KnownReferrers: @unchecked Sendable {
    private let lock = NSLock()
    private var asked: [Digest: LinkLookup<[JSONValue]>] = [:]
    private var attestations: [Digest: [JSONValue]] = [:]

    func note(_ index: JSONValue) {
        let entries = JSONValue.attestationEntries(of: index)
        guard !entries.isEmpty else { return }
        lock.withLock {
            for (image, entry) in entries where !(attestations[image]?.contains(entry) ?? false) {
                attestations[image, default: []].append(entry)
            }
        }
    }

    func referrers(of digest: Digest, ask: () -> LinkLookup<[JSONValue]>) -> LinkLookup<[JSONValue]> {
        let answer = lock.withLock { asked[digest] } ?? {
            let fresh = ask()
            lock.withLock { asked[digest] = fresh }
            return fresh
        }()
        guard case .found(let listed) = answer else { return answer }
        return .found(listed + (lock.withLock { attestations[digest] } ?? []))
    }
}
