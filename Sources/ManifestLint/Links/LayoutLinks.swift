import Foundation

/// The documents of an OCI image layout, for rules that follow descriptors. A layout has no referrers API, so the
/// referrers of a manifest are found by scanning: every index and manifest reachable from `index.json` (where
/// oras, notation, skopeo, crane and buildx put signatures, SBOMs and attestations) whose `subject` names it,
/// and the BuildKit attestation entries that describe it. The scan runs once, on the first `referrers()` call.
public struct LayoutLinks: LinkedContent {
    private let documents: LinkedDocuments
    private let scan: ReferrerScan

    /// The layout's `index.json` is the first index noted (it is checked before anything it leads to).
    public init(source: LayoutContentSource, maxSize: Int) {
        documents = LinkedDocuments(source: source, maxSize: maxSize)
        scan = ReferrerScan(documents: documents, storeName: source.storeName)
    }

    public func noteIndex(_ index: JSONValue) { scan.start(from: index) }

    public func document(_ digest: Digest, mediaType: String?) -> LinkLookup<JSONValue> {
        documents.document(digest, mediaType: mediaType)
    }

    public func referrers(_ digest: Digest) -> LinkLookup<[JSONValue]> {
        let found = scan.result()
        if let incomplete = found.incomplete { return .failed(incomplete) }
        return .found(found.referrers[digest] ?? [])
    }
}

/// The referrers of every document reachable from a layout's `index.json`, computed once.
/// `@unchecked Sendable`: `result` is computed under `lock` and never changes after.
final class ReferrerScan: @unchecked Sendable {
    struct Found {
        var referrers: [Digest: [JSONValue]] = [:]
        /// Why the scan could not read everything (a limit, an unreadable index): referrers may be missing.
        var incomplete: String?
    }

    private var index: JSONValue?
    private let documents: LinkedDocuments
    private let storeName: String
    private let lock = NSLock()
    private var found: Found?

    init(documents: LinkedDocuments, storeName: String) {
        self.documents = documents
        self.storeName = storeName
    }

    /// Sets where the scan starts, once.
    func start(from index: JSONValue) {
        lock.withLock { if self.index == nil { self.index = index } }
    }

    func result() -> Found {
        lock.withLock {
            if let found { return found }
            let computed = scan()
            found = computed
            return computed
        }
    }

    /// Breadth-first from `index.json`, reading indexes and manifests only (an entry whose media type is not a
    /// manifest type is an artifact blob: never read).
    private func scan() -> Found {
        var result = Found()
        guard let index else { return result }
        var queue: [(descriptor: JSONValue, depth: Int)] = (index["manifests"]?.arrayElements ?? []).map { ($0, 0) }
        for (image, entry) in JSONValue.attestationEntries(of: index) { result.referrers[image, default: []].append(entry) }
        var seen: Set<Digest> = []
        var next = 0
        while next < queue.count {
            let (descriptor, depth) = queue[next]
            next += 1
            guard let text = descriptor["digest"]?.stringValue, let digest = try? Digest(parsing: text), !seen.contains(digest) else { continue }
            let mediaType = descriptor["mediaType"]?.stringValue
            guard mediaType.map({ MediaType.manifestTypes.contains($0) }) ?? true, depth < Limits.nestingDepth else { continue }
            guard seen.count < Limits.referrerScanDocuments else {
                result.incomplete = "\(storeName) holds more than \(Limits.referrerScanDocuments) indexes and manifests; the referrer scan stopped there"
                break
            }
            seen.insert(digest)
            if let tag = descriptor["annotations"]?["org.opencontainers.image.ref.name"]?.stringValue, let cosign = CosignTags.parse(tag) {
                let size = descriptor["size"]?.integerValue.map { Int($0) } ?? 0
                result.referrers[cosign.image, default: []].append(
                    CosignTags.descriptor(tag: tag, digest: digest, size: size, mediaType: mediaType, artifactType: cosign.artifactType))
            }
            guard case .found(let document) = documents.document(digest, mediaType: mediaType) else { continue }
            if let subject = document["subject"]?["digest"]?.stringValue.flatMap({ try? Digest(parsing: $0) }) {
                let size = descriptor["size"]?.integerValue.map { Int($0) } ?? 0
                result.referrers[subject, default: []].append(.referrerDescriptor(of: document, digest: digest, size: size, mediaType: mediaType))
            }
            if document["manifests"] != nil {
                for (image, entry) in JSONValue.attestationEntries(of: document) { result.referrers[image, default: []].append(entry) }
                queue += (document["manifests"]?.arrayElements ?? []).map { ($0, depth + 1) }
            }
        }
        return result
    }
}
