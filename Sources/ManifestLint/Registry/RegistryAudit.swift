import Foundation

/// Audits what a registry serves: tags, whole repositories (every tag) and whole registries (`_catalog`),
/// with the same schema checks, rules and deep checks as files. Each digest is fetched and checked once however
/// many tags point at it, while findings are reported for every tag; a bounded number of requests run at a time.
public struct RegistryAudit: Sendable {
    public let client: RegistryClient
    public let linter: Linter
    public var concurrency = 8
    /// Follow indexes into manifests and configs (the deep checks); off checks only what each tag points at.
    public var deep = true
    /// Hash layers instead of asking only for their size.
    public var verifyLayers = false
    /// Entries taken from one tag list or catalog (`--max-list-entries`); the rest is reported as not audited.
    public var maximumListEntries = Limits.listEntries
    /// Results kept between runs (nil: `--no-cache`, or not asked for).
    public var cache: AuditCache?
    /// Which shard of the audit, and which repositories of a catalog.
    public var selection = AuditSelection()
    /// Where an audit is: tags done of all, how many of those failed (not checked), and how many came from the cache.
    public struct Progress: Sendable {
        public let done: Int
        public let total: Int
        public let failed: Int
        public let reused: Int
    }

    /// Called as tags finish.
    public var progress: (@Sendable (Progress) -> Void)?

    public init(client: RegistryClient, linter: Linter) {
        self.client = client
        self.linter = linter.forFetchedContent
    }

    /// The audit, each result handed to `deliver` (on the calling thread) as soon as its chunk of tags is done, in a
    /// stable order (by reference as given, tags sorted): memory holds `Limits.auditChunk` tags' results, not the
    /// whole registry's.
    public func audit(references: [RegistryReference], catalogs: [String], deliver: (LintResult) -> Void) {
        var failures: [LintResult] = []
        var targets: [RegistryReference] = []
        var repositories: [RegistryReference] = []
        for host in catalogs {
            do {
                let listing = try client.catalog(host: host, cap: maximumListEntries)
                let names = listing.names
                if selection.reportsCatalogs, let truncated = listing.truncated { failures.append(Self.failure("docker://\(host)", truncated)) }
                repositories += names.filter { RegistryReference.isValidRepository($0) && selection.takes(repository: $0) }
                    .map { RegistryReference(host: host, repository: $0) }
                if selection.reportsCatalogs, let invalid = Self.invalidNames(names.filter { !RegistryReference.isValidRepository($0) }, what: "repository names", in: "the catalog of \(host)") {
                    failures.append(Self.failure("docker://\(host)", invalid))
                }
            } catch {
                if selection.reportsCatalogs { failures.append(Self.failure("docker://\(host)", error)) }
            }
        }
        for reference in references {
            if reference.selector == nil { repositories.append(reference) } else { targets.append(reference) }
        }
        // A tag named twice (or also reached through its repository) is audited and reported once. Tags a listing
        // brings are unique within it, so only the references named directly need remembering.
        var named = Set<String>()
        var tags = targets.filter { named.insert($0.description).inserted && selection.owns($0) }
        // Repositories are listed in parallel too: a catalog can hold thousands. Each listing is turned into
        // references as soon as it is read and then let go (a registry of 200,000 tags is held once, not thrice).
        var listings = boundedParallelMap(repositories.count, concurrency: concurrency) { [client, repositories, maximumListEntries] index -> Result<RegistryClient.Listing, RegistryError> in
            let repository = repositories[index]
            do throws(RegistryError) {
                return .success(try client.tags(repository.repository, host: repository.host, cap: maximumListEntries))
            } catch {
                return .failure(error)
            }
        }
        for (position, repository) in repositories.enumerated() {
            let listing = listings[position]
            listings[position] = .success(RegistryClient.Listing(names: []))
            switch listing {
            case .success(let listing):
                let names = listing.names
                if selection.reportsListing(of: repository.repository), let truncated = listing.truncated {
                    failures.append(Self.failure(repository.displayPath, truncated))
                }
                // Names that break the tag grammar never reach a URL or a report path (they could carry newlines):
                // they are reported, and the valid tags are audited.
                for name in names.filter(RegistryReference.isValidTag).sorted() {
                    let reference = repository.with(tag: name)
                    if selection.owns(reference), named.isEmpty || !named.contains(reference.description) { tags.append(reference) }
                }
                if selection.reportsListing(of: repository.repository),
                   let invalid = Self.invalidNames(names.filter { !RegistryReference.isValidTag($0) }, what: "tag names",
                                                   in: "repository \(repository.host)/\(repository.repository)") {
                    failures.append(Self.failure(repository.displayPath, invalid))
                }
            case .failure(let error):
                if selection.reportsListing(of: repository.repository) { failures.append(Self.failure(repository.displayPath, error)) }
            }
        }
        listings = []
        let shared = SharedState()
        let total = tags.count
        var finished: (@Sendable (Int) -> Void)?
        failures.forEach(deliver)
        var skipped: [RegistryReference] = []
        for start in stride(from: 0, to: tags.count, by: Limits.auditChunk) {
            let chunk = Array(tags[start..<min(start + Limits.auditChunk, tags.count)])
            if let progress {
                finished = { done in
                    progress(Progress(done: start + done, total: total, failed: shared.failedCount, reused: shared.reusedCount))
                }
            }
            let audited = boundedParallelMap(chunk.count, concurrency: concurrency, finished: finished) { index -> LintResult? in
                // Interrupted: no tag is started any more; those under way finish.
                guard Interruption.signal == nil else { return nil }
                let result = audit(chunk[index], shared: shared)
                if result.findings.contains(where: \.marksIncomplete) { shared.countFailure() }
                return result
            }
            for (reference, result) in zip(chunk, audited) {
                guard let result else {
                    skipped.append(reference)
                    continue
                }
                deliver(result)
                result.related.forEach(deliver)
            }
            // The chunk's documents and results are freed: hand their pages back, so that the allocator's arenas do
            // not grow with the number of chunks.
            FreedMemory.release()
        }
        (shared.unavailableResults() + Self.interrupted(skipped)).forEach(deliver)
    }

    /// One `registry-error` per repository whose tags an interruption left unaudited, naming them.
    static func interrupted(_ skipped: [RegistryReference]) -> [LintResult] {
        guard !skipped.isEmpty else { return [] }
        let reason = Interruption.signal.map(Interruption.name) ?? "a signal"
        var byRepository: [String: [String]] = [:]
        var order: [String] = []
        for reference in skipped {
            let key = "docker://\(reference.host)/\(reference.repository)"
            if byRepository[key] == nil { order.append(key) }
            byRepository[key, default: []].append(reference.tag ?? reference.digest?.description ?? "latest")
        }
        return order.map { key in
            let names = byRepository[key] ?? []
            return failure(key, RegistryError(.unreachable, "\(names.count) tag\(names.count == 1 ? "" : "s") not audited: the audit was interrupted by \(reason) "
                + "(\(names.joined(separator: ", ")))"))
        }
    }

    /// A tag through the cache: one conditional `HEAD`, and the stored result when the digest and the policy are
    /// unchanged; otherwise checked, and stored when the check was complete.
    private func audit(_ reference: RegistryReference, shared: SharedState) -> LintResult {
        guard let cache, let tag = reference.tag, reference.digest == nil else { return check(reference, shared: shared).result }
        let seen = cache.seen(host: reference.host, repository: reference.repository, tag: tag)
        let head: RegistryClient.ManifestHead
        do {
            head = try client.manifestHead(reference.repository, tag, host: reference.host, ifNoneMatch: seen?.etag)
        } catch {
            return Self.failure(reference.displayPath, error)
        }
        let digest = head.notModified ? seen?.digest : head.digest
        if let digest, var cached = cache.result(for: reference, digest: digest) {
            cached.related = cached.related.filter { shared.firstReport(of: $0.path) }
            shared.countReuse()
            return cached
        }
        let checked = check(reference, shared: shared, known: digest)
        if checked.complete, let fetched = checked.digest {
            var stored = checked.result
            stored.related = checked.allRelated
            cache.store(stored, for: reference, digest: fetched, etag: head.notModified ? seen?.etag : head.etag)
        }
        return checked.result
    }

    private struct Checked {
        var result: LintResult
        /// Every blob result of the walk, before the audit-wide first-report filter (what the cache stores).
        var allRelated: [LintResult] = []
        var digest: Digest?
        /// Nothing in it was left unchecked (no registry error, no blob that could not be fetched).
        var complete = false
    }

    private func check(_ reference: RegistryReference, shared: SharedState, known: Digest? = nil) -> Checked {
        let path = reference.displayPath
        let manifest: RegistryClient.Manifest
        do {
            manifest = try fetchManifest(reference, shared: shared, known: known)
        } catch {
            return Checked(result: Self.failure(path, error))
        }
        var extra: [Finding] = []
        if let announced = manifest.announced, announced != manifest.digest.description {
            extra.append(Finding(rule: "digest-mismatch", severity: .error,
                message: "the registry says the manifest is \(announced) (Docker-Content-Digest) but it hashes to \(manifest.digest)"))
        }
        if let digest = reference.digest, digest != manifest.digest {
            extra.append(Finding(rule: "digest-mismatch", severity: .error, message: "asked for \(digest) but the manifest received hashes to \(manifest.digest)"))
        }
        extra = linter.adjusted(extra)
        // The schema checks and rules see only the document, so tags sharing a digest share one check.
        // A parsed document takes several times its bytes in memory.
        // Rules that follow links see the repository's referrers, so their checks are shared within a repository only.
        var linter = linter
        let source = shared.source(host: reference.host, repository: reference.repository) { () -> ContentSource in
            let registry = RegistryContentSource(client: client, host: reference.host, repository: reference.repository, verifyLayers: verifyLayers)
            return cache.map { DiskCachedSource(source: registry, cache: $0) } ?? registry
        }
        var key = manifest.digest.description
        if linter.policy?.engine.followsLinks == true {
            linter.links = shared.links(host: reference.host, repository: reference.repository) {
                RegistryLinks(client: client, host: reference.host, repository: reference.repository, source: source, maxSize: linter.maxDocumentSize)
            }
            key = "\(reference.host)/\(reference.repository)@\(key)"
        }
        let checked = shared.checks.value(for: key, budget: shared.budget, cost: { _ in manifest.bytes.count * 4 }) {
            linter.checkDocument(bytes: manifest.bytes, path: path)
        }
        switch checked {
        case .unparsable(let result):
            let located = LintResult(path: path, kind: nil, findings: Self.locate(result.findings + extra, in: manifest, path: path))
            return Checked(result: located, digest: manifest.digest, complete: !located.findings.contains(where: \.marksIncomplete))
        case .parsed(let document, let kind, var findings):
            findings += extra
            findings += linter.adjusted(Self.contentTypeFindings(manifest, document))
            var related: [LintResult] = [], allRelated: [LintResult] = []
            var unavailable = false
            var rootPlatform: Platform?
            if deep {
                // The walk runs for each tag (a tag's name is checked against the config), over content each
                // repository fetches once.
                var walker = ContentWalker(source: source, linter: linter)
                walker.maxDocumentSize = linter.maxDocumentSize
                let outcome = walker.walk(root: document, kind: kind, reference: reference.description)
                findings += outcome.rootFindings
                allRelated = outcome.blobResults
                related = outcome.blobResults.filter { shared.firstReport(of: $0.path) }
                shared.note(outcome.unavailable, neededBy: reference.description)
                unavailable = !outcome.unavailable.isEmpty
                rootPlatform = outcome.rootPlatform
            }
            var result = LintResult(path: path, kind: kind, findings: Self.locate(findings, in: manifest, path: path))
            result.related = related
            result.platforms = kind.isManifest ? rootPlatform.map { [$0.description] } ?? []
                : (document["manifests"]?.arrayElements ?? []).compactMap { entry in
                    entry["platform"].flatMap(Platform.init(json:))?.normalized() }.filter { $0.os != "unknown" }.map(\.description)
            let complete = !unavailable && !(findings + allRelated.flatMap(\.findings)).contains(where: \.marksIncomplete)
            return Checked(result: result, allRelated: allRelated, digest: manifest.digest, complete: complete)
        }
    }

    /// The manifest a reference names, fetched once per digest: a tag is resolved with HEAD first, and its
    /// body fetched only when no other tag already brought that digest.
    private func fetchManifest(_ reference: RegistryReference, shared: SharedState, known: Digest? = nil) throws(RegistryError) -> RegistryClient.Manifest {
        var digest = reference.digest ?? known
        if digest == nil {
            do {
                digest = try client.manifestDigest(reference.repository, reference.tag ?? "latest", host: reference.host)
            } catch where error.status == 405 || error.status == 501 {
                digest = nil  // no HEAD here: the GET below learns the digest
            }
        }
        guard let digest else {
            let manifest = try client.manifest(reference.repository, reference.selector ?? "latest", host: reference.host)
            _ = shared.manifests.value(for: manifest.digest) { (reference.repository, .success(manifest)) }
            return manifest
        }
        let fetch = { [cache] () -> Result<RegistryClient.Manifest, RegistryError> in
            // Content-addressed: a manifest an earlier run fetched by this digest is read from the cache.
            // (Only one stored with the Content-Type it was served with: the media-type check needs it.)
            let place = reference.host + "/" + reference.repository
            if let stored = cache?.document(digest, in: place), stored.mediaType != nil {
                return .success(RegistryClient.Manifest(bytes: stored.bytes, mediaType: stored.mediaType, digest: digest, announced: nil))
            }
            do throws(RegistryError) {
                let manifest = try client.manifest(reference.repository, digest.description, host: reference.host)
                cache?.storeDocument(manifest.bytes, digest: digest, mediaType: manifest.mediaType, in: place)
                return .success(manifest)
            } catch {
                return .failure(error)
            }
        }
        let cached = shared.manifests.value(for: digest, budget: shared.budget, cost: { entry in
            (try? entry.result.get())?.bytes.count ?? 0
        }) { (reference.repository, fetch()) }
        // A failure belongs to the repository that met it (no access there, say): others ask for themselves.
        if case .failure = cached.result, cached.repository != reference.repository { return try fetch().get() }
        return try cached.result.get()
    }

    /// Clients pick a parser by the `Content-Type` the registry serves; one that contradicts the document's own
    /// `mediaType` (the type given when it was pushed) breaks pulls on some clients and not others.
    static func contentTypeFindings(_ manifest: RegistryClient.Manifest, _ document: JSONValue) -> [Finding] {
        guard let served = manifest.mediaType?.split(separator: ";").first.map({ $0.trimmingCharacters(in: .whitespaces) }),
            case .string(let declared)? = document["mediaType"], served != declared,
            served != "application/json", served != "application/octet-stream"
        else { return [] }
        return [Finding(rule: "media-type-mismatch", severity: .error, message: "the registry serves this manifest as \(served) (Content-Type) but its mediaType says \(declared)",
                        pointer: JSONPointer.root.appending("mediaType"))]
    }

    /// Positions findings in the fetched manifest and stamps them with its digest (the tag may move later).
    private static func locate(_ findings: [Finding], in manifest: RegistryClient.Manifest, path: String) -> [Finding] {
        var located = Linter.locate(findings, in: manifest.bytes, path: path)
        for index in located.indices { located[index].digest = manifest.digest.description }
        return located
    }

    /// An error naming what a registry listed that is not a valid name (escaped, the first one only).
    static func invalidNames(_ names: [String], what: String, in place: String) -> RegistryError? {
        guard let first = names.first else { return nil }
        let shown = DisplayText.escaped(String(first.prefix(80)))
        return RegistryError(.protocolViolation, "\(place) lists \(names.count) invalid \(what) (first: \"\(shown)\"); they were not audited")
    }

    static func failure(_ path: String, _ error: RegistryError) -> LintResult {
        let finding = Finding(rule: "registry-error", severity: .error, message: error.description, path: path,
                              position: SourcePosition(line: 1, column: 1))
        return LintResult(path: path, kind: nil, findings: [finding])
    }
}

/// What the workers of one audit share.
/// `@unchecked Sendable`: the reported set is only touched under `lock`; the caches lock themselves.
private final class SharedState: @unchecked Sendable {
    /// Manifests by digest: content-addressed, so one fetch serves every tag and repository that has it. Each
    /// entry remembers the repository it was fetched from.
    let manifests = OnceCache<Digest, (repository: String, result: Result<RegistryClient.Manifest, RegistryError>)>()
    /// Schema checks and rules of each manifest digest.
    let checks = OnceCache<String, Linter.Checked>()
    private let sources = OnceCache<String, CachingContentSource>()
    private let linked = OnceCache<String, RegistryLinks>()
    /// What the caches above may keep in all; past it, content is fetched (or checked) again when met again.
    let budget = ByteBudget(Limits.auditCacheBytes)
    private let lock = NSLock()
    private var reported: Set<String> = []

    /// The content source of one repository, shared by its tags.
    func source(host: String, repository: String, make: () -> ContentSource) -> CachingContentSource {
        sources.value(for: host + "/" + repository) { CachingContentSource(make(), budget: budget) }
    }

    /// The linked content of one repository, shared by its tags (referrers are asked once per digest).
    func links(host: String, repository: String, make: () -> RegistryLinks) -> RegistryLinks {
        linked.value(for: host + "/" + repository, compute: make)
    }

    private var unavailable: [String: (reason: String, references: Set<String>)] = [:]
    private var reused = 0
    private var failed = 0

    func countReuse() { lock.withLock { reused += 1 } }
    func countFailure() { lock.withLock { failed += 1 } }
    var reusedCount: Int { lock.withLock { reused } }
    var failedCount: Int { lock.withLock { failed } }

    /// Blobs a tag's walk could not fetch (after retries), with the tag that needed them.
    func note(_ blobs: [ContentWalker.Unavailable], neededBy reference: String) {
        guard !blobs.isEmpty else { return }
        lock.withLock {
            for blob in blobs {
                unavailable[blob.path, default: (blob.reason, [])].references.insert(reference)
            }
        }
    }

    /// One `registry-error` per blob that could not be fetched, however many tags needed it, naming each of them:
    /// the run is incomplete, and nothing about the blob became a finding.
    func unavailableResults() -> [LintResult] {
        lock.withLock {
            unavailable.sorted { $0.key < $1.key }.map { path, entry in
                let references = entry.references.sorted()
                let what = references.count == 1 ? "the check of \(references[0])" : "the checks of \(references.count) tags (\(references.joined(separator: ", ")))"
                return RegistryAudit.failure(path, RegistryError(.http, "could not be fetched, so \(what) did not finish: \(entry.reason)"))
            }
        }
    }

    /// True the first time a blob's findings are reported in this audit.
    func firstReport(of path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return reported.insert(path).inserted
    }
}
