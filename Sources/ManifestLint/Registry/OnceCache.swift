import Foundation

/// Values computed at most once per key, shared by concurrent workers: the first worker to ask computes while
/// later ones for the same key wait for its answer. Keys of the audit are content-addressed, so a dependency
/// cycle between computations (which would wait forever) cannot arise.
/// `@unchecked Sendable`: every access to `entries` holds `lock`, and an entry's value is read and written under its own lock.
final class OnceCache<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private final class Entry: @unchecked Sendable {  // @unchecked: `value` is only touched under `lock`
        let lock = NSLock()
        var value: Value?
    }

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]

    func value(for key: Key, compute: () throws -> Value) rethrows -> Value {
        try value(for: key, budget: nil, cost: { _ in 0 }, compute: compute)
    }

    /// Like `value(for:compute:)`, but the value is kept only while `budget` can pay `cost(value)` bytes; past
    /// that it goes to this caller alone and the next caller computes it again. Memory stays bounded however
    /// many distinct keys an audit meets.
    func value(for key: Key, budget: ByteBudget?, cost: (Value) -> Int, compute: () throws -> Value) rethrows -> Value {
        lock.lock()
        let entry = entries[key] ?? Entry()
        entries[key] = entry
        lock.unlock()
        entry.lock.lock()
        defer { entry.lock.unlock() }
        if let value = entry.value { return value }
        let value = try compute()
        if budget?.take(cost(value)) ?? true { entry.value = value }
        return value
    }
}

/// Bytes the caches of one audit may keep (`Limits.auditCacheBytes`).
/// `@unchecked Sendable`: `remaining` is only touched under `lock`.
final class ByteBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int

    init(_ bytes: Int) { remaining = bytes }

    /// Takes `bytes` from the budget when it has them.
    func take(_ bytes: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard bytes <= remaining else { return false }
        remaining -= bytes
        return true
    }
}

/// A content source that asks its store for each digest once; the audit keeps one per repository, so tags
/// that share manifests, configs and layers fetch them once.
/// `@unchecked Sendable`: its state is the two OnceCaches, which lock; the wrapped source is Sendable.
final class CachingContentSource: ContentSource, @unchecked Sendable {
    private let source: ContentSource
    private let fetches = OnceCache<String, BlobFetch>()
    private let verifications = OnceCache<Digest, BlobVerification>()
    private let budget: ByteBudget

    init(_ source: ContentSource, budget: ByteBudget) {
        self.source = source
        self.budget = budget
    }

    func fetch(_ digest: Digest, limit: Int, as kind: BlobKind) -> BlobFetch {
        fetches.value(for: "\(kind) \(limit) \(digest)", budget: budget, cost: { fetch in
            if case .found(let bytes) = fetch { return bytes.count }
            return 0
        }) { source.fetch(digest, limit: limit, as: kind) }
    }

    func verify(_ digest: Digest, declaredSize: Int64?) -> BlobVerification {
        verifications.value(for: digest) { source.verify(digest, declaredSize: declaredSize) }
    }

    func displayPath(of digest: Digest) -> String { source.displayPath(of: digest) }

    var storeName: String { source.storeName }
}
