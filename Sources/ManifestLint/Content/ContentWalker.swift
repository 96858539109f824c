/// Deep checks: follows every descriptor reachable from an index into a content source and checks that the
/// content is there, is what the descriptor says (size, digest, media type), and that each index entry's
/// platform is the one its image's config states. Documents (indexes, manifests, image configs) are read and
/// linted like any input; layers are only streamed through their hash.
public struct ContentWalker {
    public let source: ContentSource
    /// Lints the documents met on the way (schema checks and rules), with deep layout walking turned off.
    public let linter: Linter
    /// The largest manifest, index or config read (registries refuse larger manifests).
    /// The largest manifest, index or config read (`--max-size`, default 4 MiB: what registries accept for a
    /// manifest).
    public var maxDocumentSize = Limits.documentSize

    public init(source: ContentSource, linter: Linter) {
        self.source = source
        self.linter = linter.forFetchedContent
    }

    public struct Outcome: Sendable {
        /// Findings about the root document (pointers into it, config overrides applied, not yet positioned).
        public var rootFindings: [Finding] = []
        /// One result per blob that has findings, positioned in that blob.
        public var blobResults: [LintResult] = []
        /// Blobs the store could not give now (`BlobFetch.unavailable`): not findings; what was below them is
        /// not checked.
        public var unavailable: [Unavailable] = []
        /// The platform the config of a root image manifest states (what a single-platform tag provides).
        public var rootPlatform: Platform?
    }

    public struct Unavailable: Sendable, Hashable {
        public let digest: Digest
        /// How findings would name the blob (`docker://host/repo@sha256:…`).
        public let path: String
        public let reason: String
    }

    /// Walks from a root document (an index, or an image manifest a tag points at: `reference` is that tag,
    /// whose architecture word is then checked against the image's config).
    public func walk(root: JSONValue, kind: DocumentKind? = nil, reference: String? = nil) -> Outcome {
        var state = State()
        let rootKind = kind ?? KindDetector.detect(root)
        let expectation = rootKind.isManifest ? reference.flatMap { Expectation(reference: $0, reportAt: JSONPointer.root.appending("config")) } : nil
        descend(root, kind: rootKind, in: nil, expecting: expectation, depth: 0, state: &state)
        var outcome = Outcome(rootFindings: linter.adjusted(state.findings[nil] ?? []))
        outcome.blobResults = state.order.compactMap { state.results[$0] }
        outcome.unavailable = state.unavailable
        if rootKind.isManifest, let config = root["config"]?["digest"]?.stringValue.flatMap({ try? Digest(parsing: $0) }) {
            outcome.rootPlatform = state.configPlatforms[config]?.platform
        }
        return outcome
    }

    /// Positions a document's findings once everything below it has been walked, and lets its bytes go: memory
    /// holds the documents on the current path from the root, not every document met.
    private func finish(_ digest: Digest, path: String, bytes: [UInt8], result: LintResult?, state: inout State) {
        var findings = result?.findings ?? []
        let added = (state.findings.removeValue(forKey: digest) ?? []).map { finding -> Finding in var copy = finding; copy.path = path; return copy }
        findings += Linter.locate(linter.adjusted(added), in: bytes, path: path)
        guard !findings.isEmpty else { return }
        findings.sort { ($0.position?.line ?? 0, $0.position?.column ?? 0, $0.rule) < ($1.position?.line ?? 0, $1.position?.column ?? 0, $1.rule) }
        state.results[digest] = LintResult(path: path, kind: result?.kind, findings: findings)
    }

    enum Role { case entry, config, layer, blob }

    /// What an index entry promises about the image it points at.
    struct Expectation {
        let platform: Platform?
        let reference: String?
        let pointer: JSONPointer
        let document: Digest?
        /// Where a tag that names another architecture is reported.
        let tagPointer: JSONPointer

        /// A tag's promise about the image manifest it points at.
        init?(reference: String, reportAt pointer: JSONPointer) {
            guard let tag = TagArchitecture.tag(of: reference), TagArchitecture.platform(namedIn: tag) != nil else { return nil }
            platform = nil
            self.reference = reference
            self.pointer = pointer
            tagPointer = pointer
            document = nil
        }

        init?(entry: JSONValue, at pointer: JSONPointer, in document: Digest?) {
            let annotations = entry["annotations"]
            guard annotations?["vnd.docker.reference.type"] == nil else { return nil }  // attestations describe, they do not run
            let platform = entry["platform"].flatMap(Platform.init(json:))?.normalized()
            if let platform, platform.os == "unknown" || platform.architecture == "unknown" { return nil }
            let reference = annotations?["org.opencontainers.image.ref.name"]?.stringValue
            guard platform != nil || reference.flatMap(TagArchitecture.tag(of:)).flatMap(TagArchitecture.platform(namedIn:)) != nil else { return nil }
            self.platform = platform
            self.reference = reference
            self.pointer = pointer
            self.document = document
            tagPointer = pointer.appending("annotations").appending("org.opencontainers.image.ref.name")
        }
    }

    struct State {
        var findings: [Digest?: [Finding]] = [:]
        /// Results of documents already walked, positioned; reported in `order` (the order they were met).
        var results: [Digest: LintResult] = [:]
        var order: [Digest] = []
        /// The size of each document read, to check later descriptors of the same digest against.
        var sizes: [Digest: Int] = [:]
        /// Each distinct layer or blob is hashed once, however many descriptors share it.
        var verifications: [Digest: BlobVerification] = [:]
        var visited: Set<Digest> = []
        /// The platform each image manifest's config states, for entries that point at an already visited manifest.
        var configPlatforms: [Digest: (platform: Platform, config: Digest)] = [:]

        var unavailable: [Unavailable] = []

        mutating func report(_ rule: String, _ severity: Severity, in document: Digest?, at pointer: JSONPointer, _ message: String) {
            findings[document, default: []].append(Finding(rule: rule, severity: severity, message: message, pointer: pointer))
        }
    }

    /// `depth` counts the documents above this descriptor: past `Limits.nestingDepth` the descriptor is reported and
    /// not followed, so a hostile chain of indexes (a layout or a registry) ends in a finding, never a stack overflow.
    private func visit(_ descriptor: JSONValue, at pointer: JSONPointer, in parent: Digest?, role: Role, expecting: Expectation?, depth: Int, state: inout State) {
        // Digests that fail the grammar were reported by the schema checks; no path is ever built from them.
        guard let text = descriptor["digest"]?.stringValue, let digest = try? Digest(parsing: text) else { return }
        let declaredSize = descriptor["size"]?.integerValue
        let mediaType = descriptor["mediaType"]?.stringValue ?? ""
        let name = source.displayPath(of: digest)

        if role == .layer || (role == .config && !Self.isReadableConfig(mediaType)) {
            let verification = state.verifications[digest] ?? source.verify(digest, declaredSize: declaredSize)
            state.verifications[digest] = verification
            switch verification {
            case .missing:
                if role == .layer {
                    state.report("missing-layer", .warning, in: parent, at: pointer.appending("digest"), "layer \(digest) is not in \(source.storeName) (\(name))")
                } else {
                    state.report("missing-blob", .error, in: parent, at: pointer.appending("digest"), "config \(digest) is not in \(source.storeName) (\(name))")
                }
            case .outside(let reason):
                state.report("blob-outside-layout", .error, in: parent, at: pointer.appending("digest"), reason)
            case .failed(let reason):
                state.report("unreadable-blob", .error, in: parent, at: pointer.appending("digest"), "\(name) cannot be read: \(reason)")
            case .unavailable(let reason):
                state.unavailable.append(Unavailable(digest: digest, path: name, reason: reason))
            case .unsupported(let size), .present(let size):
                checkSize(size, declaredSize, at: pointer, in: parent, name: name, state: &state)
            case .longer(let limit):
                state.report("size-mismatch", .error, in: parent, at: pointer.appending("size"),
                    "the descriptor says \(declaredSize ?? Int64(limit)) bytes but \(name) is longer (reading stopped after \(limit))")
            case .verified(let size, let actual):
                checkSize(size, declaredSize, at: pointer, in: parent, name: name, state: &state)
                checkDigest(actual, digest, at: pointer, in: parent, name: name, state: &state)
            }
            return
        }

        if state.visited.contains(digest) {
            // The same blob from another descriptor: that descriptor's size must match too.
            if let size = state.sizes[digest] { checkSize(size, declaredSize, at: pointer, in: parent, name: name, state: &state) }
            if let expecting, let known = state.configPlatforms[digest] { compare(expecting, known.platform, config: known.config, state: &state) }
            return
        }
        guard depth < Limits.nestingDepth else {
            state.report("nesting-too-deep", .error, in: parent, at: pointer.appending("digest"),
                "\(name) is more than \(Limits.nestingDepth) documents below the root (index within index); not followed")
            return
        }
        state.visited.insert(digest)

        let bytes: [UInt8]
        switch source.fetch(digest, limit: maxDocumentSize, as: role == .config ? .blob : .manifest) {
        case .missing:
            state.report("missing-blob", .error, in: parent, at: pointer.appending("digest"),
                "\(role == .config ? "config" : "manifest") \(digest) is not in \(source.storeName) (\(name))")
            return
        case .outside(let reason):
            state.report("blob-outside-layout", .error, in: parent, at: pointer.appending("digest"), reason)
            return
        case .failed(let reason):
            state.report("unreadable-blob", .error, in: parent, at: pointer.appending("digest"), "\(name) cannot be read: \(reason)")
            return
        case .unavailable(let reason):
            // Fetched again by the next tag that needs it only if the cache let it go; reported once per audit.
            state.visited.remove(digest)
            state.unavailable.append(Unavailable(digest: digest, path: name, reason: reason))
            return
        case .tooLarge(let size):
            checkSize(size, declaredSize, at: pointer, in: parent, name: name, state: &state)
            state.report("document-too-large", .error, in: parent, at: pointer.appending("digest"),
                "\(name) is \(size) bytes, more than the \(maxDocumentSize) bytes a manifest or config may be (--max-size); not read")
            return
        case .found(let found):
            bytes = found
        }
        state.sizes[digest] = bytes.count
        state.order.append(digest)
        checkSize(bytes.count, declaredSize, at: pointer, in: parent, name: name, state: &state)
        if let actual = BlobHasher.digest(of: bytes, algorithm: digest.algorithm) {
            checkDigest(actual, digest, at: pointer, in: parent, name: name, state: &state)
        }

        var documentLinter = linter
        if role == .config { documentLinter.forcedMediaType = MediaType.ociConfig }
        let checked = documentLinter.checkDocument(bytes: bytes, path: name, descriptor: descriptor)
        let document: JSONValue
        let kind: DocumentKind
        let result: LintResult
        switch checked {
        case .unparsable(let result):
            finish(digest, path: name, bytes: bytes, result: result, state: &state)
            return
        case .parsed(let value, let detected, let findings):
            document = value
            kind = detected
            result = LintResult(path: name, kind: kind, findings: Linter.locate(findings, in: bytes, path: name))
        }

        if role == .entry { checkMediaType(declared: mediaType, child: document, kind: kind, at: pointer, in: parent, name: name, state: &state) }
        descend(document, kind: kind, in: digest, expecting: expecting, depth: depth + 1, state: &state)
        finish(digest, path: name, bytes: bytes, result: result, state: &state)
    }

    /// Follows the descriptors of a document that has been read (`digest` nil for the root).
    private func descend(_ document: JSONValue, kind: DocumentKind, in digest: Digest?, expecting: Expectation?, depth: Int, state: inout State) {
        switch kind {
        case .ociIndex, .dockerList:
            for (index, entry) in (document["manifests"]?.arrayElements ?? []).enumerated() {
                let entryPointer = JSONPointer.root.appending("manifests").appending(index)
                visit(entry, at: entryPointer, in: digest, role: .entry, expecting: Expectation(entry: entry, at: entryPointer, in: digest), depth: depth, state: &state)
            }
        case .ociManifest, .dockerManifest:
            if let config = document["config"] {
                visit(config, at: JSONPointer.root.appending("config"), in: digest, role: .config, expecting: expecting, depth: depth, state: &state)
                if let digest, let configDigest = config["digest"]?.stringValue.flatMap({ try? Digest(parsing: $0) }),
                    let platform = state.configPlatforms[configDigest]?.platform
                {
                    state.configPlatforms[digest] = (platform, configDigest)
                }
            }
            for (index, layer) in (document["layers"]?.arrayElements ?? []).enumerated() {
                visit(layer, at: JSONPointer.root.appending("layers").appending(index), in: digest, role: .layer, expecting: nil, depth: depth, state: &state)
            }
        case .ociConfig:
            guard let architecture = document["architecture"]?.stringValue, let os = document["os"]?.stringValue else { return }
            let platform = Platform(os: os, architecture: architecture, variant: document["variant"]?.stringValue ?? "",
                                    osVersion: document["os.version"]?.stringValue ?? "").normalized()
            guard let digest else { return }
            state.configPlatforms[digest] = (platform, digest)
            if let expecting { compare(expecting, platform, config: digest, state: &state) }
        default:
            break
        }
    }

    /// Configs of the image config types are read and checked; other artifact configs are only verified.
    private static func isReadableConfig(_ mediaType: String) -> Bool {
        mediaType == MediaType.ociConfig || mediaType == MediaType.dockerConfig
    }

    private func checkSize(_ size: Int, _ declared: Int64?, at pointer: JSONPointer, in parent: Digest?, name: String, state: inout State) {
        guard let declared, declared != Int64(size) else { return }
        state.report("size-mismatch", .error, in: parent, at: pointer.appending("size"), "the descriptor says \(declared) bytes but \(name) has \(size)")
    }

    private func checkDigest(_ actual: Digest, _ declared: Digest, at pointer: JSONPointer, in parent: Digest?, name: String, state: inout State) {
        guard actual != declared else { return }
        state.report("digest-mismatch", .error, in: parent, at: pointer.appending("digest"), "the content of \(name) hashes to \(actual), not \(declared)")
    }

    private func checkMediaType(declared: String, child: JSONValue, kind: DocumentKind, at pointer: JSONPointer, in parent: Digest?, name: String, state: inout State) {
        guard !declared.isEmpty else { return }
        let actual = child["mediaType"]?.stringValue ?? kind.declaredMediaType
        guard let actual, actual != declared else { return }
        let how = child["mediaType"] == nil ? "is shaped as \(actual) (it states no mediaType)" : "says \(actual)"
        state.report("media-type-mismatch", .error, in: parent, at: pointer.appending("mediaType"), "the descriptor says \(declared) but \(name) \(how)")
    }

    private func compare(_ expectation: Expectation, _ config: Platform, config configDigest: Digest, state: inout State) {
        let configName = source.displayPath(of: configDigest)
        if let entry = expectation.platform {
            let differs = entry.os != config.os || entry.architecture != config.architecture
                || (entry.variant != config.variant && !(config.variant.isEmpty && entry.architecture != "arm"))
                || (!entry.osVersion.isEmpty && !config.osVersion.isEmpty && entry.osVersion != config.osVersion)
            if differs {
                state.report("platform-mismatch", .error, in: expectation.document, at: expectation.pointer.appending("platform"),
                    "the entry says \(Self.describe(entry)) but the image's config (\(configName)) says \(Self.describe(config))")
            }
            return
        }
        guard let reference = expectation.reference, let tag = TagArchitecture.tag(of: reference),
            let named = TagArchitecture.platform(namedIn: tag)
        else { return }
        let differs = named.architecture != config.architecture
            || (!named.variant.isEmpty && named.architecture == "arm" && named.variant != config.variant)
        if differs {
            state.report("tag-architecture-mismatch", .error, in: expectation.document,
                at: expectation.tagPointer,
                "tag \"\(tag)\" names \(named.variant.isEmpty ? named.architecture : named.architecture + "/" + named.variant) but the image's config (\(configName)) says \(Self.describe(config))")
        }
    }

    private static func describe(_ platform: Platform) -> String {
        platform.osVersion.isEmpty ? platform.description : platform.description + " (os.version \(platform.osVersion))"
    }
}
