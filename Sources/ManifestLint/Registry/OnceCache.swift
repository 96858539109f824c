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

    /// Like `value(for:compute:)`, but with a `budget` the value is kept only while the budget holds it: a newly
    /// kept value makes the budget give up the oldest ones (of any cache sharing it), which later callers compute
    /// again. Memory stays bounded however many distinct keys an audit meets; only request counts change.
    func value(for key: Key, budget: ByteBudget?, cost: (Value) -> Int, compute: () throws -> Value) rethrows -> Value {
        lock.lock()
        let entry = entries[key] ?? Entry()
        entries[key] = entry
        lock.unlock()
        entry.lock.lock()
        if let value = entry.value {
            entry.lock.unlock()
            return value
        }
        let value: Value
        do {
            value = try compute()
        } catch {
            entry.lock.unlock()
            throw error
        }
        guard let budget else {
            entry.value = value
            entry.lock.unlock()
            return value
        }
        let (kept, evictions) = budget.take(cost(value)) { [weak self, weak entry] in
            guard let self, let entry else { return }
            self.forget(key, entry)
        }
        if kept { entry.value = value }
        entry.lock.unlock()
        // Run after this entry's lock is released: an eviction takes another entry's lock, whose holder may be
        // waiting for the budget this caller no longer holds.
        for evict in evictions { evict() }
        if !kept { forget(key, entry) }
        return value
    }

    /// Drops a value the budget gave up, and its key, unless the key has been given a new entry since.
    private func forget(_ key: Key, _ entry: Entry) {
        entry.lock.lock()
        entry.value = nil
        entry.lock.unlock()
        lock.lock()
        if entries[key] === entry { entries[key] = nil }
        lock.unlock()
    }
}

/// Bytes the caches of one audit may keep (`Limits.auditCacheBytes`), given up oldest first.
/// `@unchecked Sendable`: `remaining` and `kept` are only touched under `lock`.
final class ByteBudget: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var remaining: Int
    /// What is held, oldest first: its cost and how to give it up.
    private var kept: [(cost: Int, evict: @Sendable () -> Void)] = []
    private var oldest = 0

    init(_ bytes: Int) {
        capacity = bytes
        remaining = bytes
    }

    /// Takes `bytes` for a new value, giving up the oldest values until they fit. Returns whether the value may be
    /// kept (not when it alone is over the budget) and the evictions the caller runs once it holds no lock.
    func take(_ bytes: Int, evict: @escaping @Sendable () -> Void) -> (Bool, [@Sendable () -> Void]) {
        lock.lock()
        defer { lock.unlock() }
        guard bytes <= capacity else { return (false, []) }
        var evictions: [@Sendable () -> Void] = []
        while bytes > remaining, oldest < kept.count {
            remaining += kept[oldest].cost
            evictions.append(kept[oldest].evict)
            oldest += 1
        }
        if oldest > 1024, oldest * 2 > kept.count {
            kept.removeFirst(oldest)
            oldest = 0
        }
        remaining -= bytes
        kept.append((bytes, evict))
        return (true, evictions)
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
