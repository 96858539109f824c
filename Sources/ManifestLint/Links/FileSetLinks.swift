import Foundation

/// The files of one run, for rules that follow descriptors: `manifestlint lint index.json amd64.json config.json`
/// (the output of `crane manifest`, `skopeo inspect --raw` or `oras manifest fetch` saved side by side) lets a
/// rule go from the index to each manifest and config by digest, and find referrers by their `subject`. The files
/// are read again and hashed on the first lookup, once; standard input is not among them.
public struct FileSetLinks: LinkedContent {
    private let set: FileSet

    public init(items: [InputItem], collector: InputCollector) {
        set = FileSet(items: items, collector: collector)
    }

    public func document(_ digest: Digest, mediaType: String?) -> LinkLookup<JSONValue> {
        let files = set.files()
        if let limit = files.incomplete { return .failed(limit) }
        guard let document = files.documents[digest] else {
            return .unavailable("\(digest) is not among the files linted (\(NoLinkedContent.advice))")
        }
        return .found(document)
    }

    public func listing(_ digest: Digest) -> JSONValue? { set.files().entries[digest] }

    public func referrers(_ digest: Digest) -> LinkLookup<[JSONValue]> {
        let files = set.files()
        if let limit = files.incomplete { return .failed(limit) }
        // Files hold some documents, not a registry: that none of them names `digest` as its subject does not
        // mean the registry holds no referrer of it, so only referrers that are there are an answer.
        guard let found = files.referrers[digest], !found.isEmpty else {
            return .unavailable("no referrer of \(digest) is among the files linted, and files cannot show that there is none "
                + "(lint the OCI layout folder or the registry reference to ask)")
        }
        return .found(found)
    }
}

/// Every JSON document of a run's files by its sha256 digest, and the referrers among them, read once.
/// `@unchecked Sendable`: `found` is computed under `lock` and never changes after.
final class FileSet: @unchecked Sendable {
    struct Files {
        var documents: [Digest: JSONValue] = [:]
        var referrers: [Digest: [JSONValue]] = [:]
        /// The first index entry among the files that lists each digest.
        var entries: [Digest: JSONValue] = [:]
        var incomplete: String?
    }

    private let items: [InputItem]
    private let collector: InputCollector
    private let lock = NSLock()
    private var found: Files?

    init(items: [InputItem], collector: InputCollector) {
        self.items = items
        self.collector = collector
    }

    func files() -> Files {
        lock.withLock {
            if let found { return found }
            let read = read()
            found = read
            return read
        }
    }

    private func read() -> Files {
        var files = Files()
        let readable = items.filter { if case .file = $0 { true } else if case .found = $0 { true } else { false } }
        guard readable.count <= Limits.fileSetDocuments else {
            files.incomplete = "the run has \(readable.count) files, more than the \(Limits.fileSetDocuments) rules may follow descriptors into; "
                + "lint the documents of one image together"
            return files
        }
        var held = 0
        for item in readable {
            guard case .success(let bytes) = collector.read(item).contents, bytes.first == UInt8(ascii: "{"),
                held + bytes.count * 4 <= Limits.linkedDocumentBytes,
                let digest = BlobHasher.digest(of: bytes, algorithm: "sha256"),
                case .success(let document) = JanssonParser.parse(bytes)
            else { continue }
            held += bytes.count * 4
            files.documents[digest] = document
            if let subject = document["subject"]?["digest"]?.stringValue.flatMap({ try? Digest(parsing: $0) }) {
                files.referrers[subject, default: []].append(.referrerDescriptor(of: document, digest: digest, size: bytes.count, mediaType: nil))
            }
            for (image, entry) in JSONValue.attestationEntries(of: document) { files.referrers[image, default: []].append(entry) }
            for entry in document["manifests"]?.arrayElements ?? [] {
                guard let listed = entry["digest"]?.stringValue.flatMap({ try? Digest(parsing: $0) }), files.entries[listed] == nil else { continue }
                files.entries[listed] = entry
            }
        }
        return files
    }
}
