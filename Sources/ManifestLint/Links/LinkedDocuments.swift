import Foundation

/// Linked documents read from a content source (a layout's blobs, a registry repository), each parsed once and
/// kept while the bytes held stay under `Limits.linkedDocumentBytes` (a parsed document is counted at four times
/// its size). Shared by the rules of every document of one layout or repository, from several threads.
/// `@unchecked Sendable`: every member is guarded by `lock`.
final class LinkedDocuments: @unchecked Sendable {
    private let source: any ContentSource
    private let maxSize: Int
    private let lock = NSLock()
    private var cache: [Digest: LinkLookup<JSONValue>] = [:]
    private var held = 0

    init(source: any ContentSource, maxSize: Int) {
        self.source = source
        self.maxSize = maxSize
    }

    /// The document `digest` names: manifests and indexes from the manifest endpoint, anything else (a config)
    /// from the blob endpoint; with no media type, the manifest endpoint first.
    func document(_ digest: Digest, mediaType: String?) -> LinkLookup<JSONValue> {
        if let known = lock.withLock({ cache[digest] }) { return known }
        let kind: BlobKind = mediaType.map { MediaType.manifestTypes.contains($0) || $0.contains("manifest") } ?? true ? .manifest : .blob
        var fetched = source.fetch(digest, limit: maxSize, as: kind)
        if case .missing = fetched, mediaType == nil { fetched = source.fetch(digest, limit: maxSize, as: .blob) }
        let name = source.displayPath(of: digest)
        let lookup: LinkLookup<JSONValue>
        var cost = 0
        switch fetched {
        case .found(let bytes):
            switch JanssonParser.parse(bytes) {
            case .success(let value):
                lookup = .found(value)
                cost = bytes.count * 4
            case .failure(let error):
                lookup = .failed("\(name) is not valid JSON (line \(error.line), column \(error.column): \(error.message))")
            }
        case .missing: lookup = .unavailable("\(digest) is not in \(source.storeName) (\(name))")
        case .tooLarge(let size): lookup = .failed("\(name) is \(size) bytes, more than the \(maxSize) a manifest or config may be")
        case .outside(let reason): lookup = .failed(reason)
        case .failed(let reason): lookup = .failed("\(name) cannot be read: \(reason)")
        case .unavailable(let reason): lookup = .failed("\(name) could not be fetched: \(reason)")
        }
        lock.withLock {
            guard held + cost <= Limits.linkedDocumentBytes else { return }
            held += cost
            cache[digest] = lookup
        }
        return lookup
    }
}
