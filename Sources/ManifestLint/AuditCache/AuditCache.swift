import Crypto
import Foundation
import GRDB

/// What a registry audit keeps between runs (`--cache-dir`, default `$XDG_CACHE_HOME/manifestlint`): per tag the
/// digest and ETag last seen, and per tag, digest and policy the complete result. A re-run asks each tag with one
/// conditional `HEAD` and reuses the result when the digest and the policy (tool, rules, configuration, options)
/// are unchanged. SQLite in WAL mode (GRDB's `DatabasePool`): any number of runs may share one cache at once; a busy
/// database is waited for, never corrupted. Results over the size cap are evicted, least recently used first.
/// `@unchecked Sendable`: the pool is thread-safe.
public final class AuditCache: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The digest and ETag a tag had when it was last audited.
    public struct SeenTag: Sendable {
        public let digest: Digest
        public let etag: String?
    }

    private let pool: DatabasePool
    public let path: String
    /// Bytes of stored results kept at most.
    public let maximumBytes: Int
    /// The fingerprint of everything that decides a tag's result besides its digest.
    let policyKey: String

    /// Opens (or creates) the cache in `folder`.
    public init(folder: String, maximumBytes: Int, policyKey: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(description: "--cache-dir \(folder): cannot be created (\(error.localizedDescription))")
        }
        path = (folder as NSString).appendingPathComponent("audit.sqlite")
        self.maximumBytes = maximumBytes
        self.policyKey = policyKey
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1") { db in
                try db.execute(sql: """
                    CREATE TABLE tags (host TEXT NOT NULL, repository TEXT NOT NULL, tag TEXT NOT NULL,
                                       digest TEXT NOT NULL, etag TEXT, PRIMARY KEY (host, repository, tag));
                    CREATE TABLE results (key TEXT PRIMARY KEY, body BLOB NOT NULL, size INTEGER NOT NULL, used REAL NOT NULL);
                    CREATE INDEX results_used ON results (used);
                    """)
            }
            // Documents are kept per repository: that a repository has a blob is part of what is checked.
            migrator.registerMigration("v2 repository documents") { db in
                try db.execute(sql: """
                    CREATE TABLE repository_documents (place TEXT NOT NULL, digest TEXT NOT NULL, body BLOB NOT NULL, media_type TEXT,
                                                       size INTEGER NOT NULL, used REAL NOT NULL, PRIMARY KEY (place, digest));
                    CREATE INDEX repository_documents_used ON repository_documents (used);
                    """)
            }
            try migrator.migrate(pool)
        } catch {
            throw Failure(description: "the audit cache \(path) cannot be used: \(error)")
        }
    }

    /// The digest and ETag `host/repository:tag` had when a run last audited it.
    public func seen(host: String, repository: String, tag: String) -> SeenTag? {
        let row = try? pool.read { db in
            try Row.fetchOne(db, sql: "SELECT digest, etag FROM tags WHERE host = ? AND repository = ? AND tag = ?", arguments: [host, repository, tag])
        }
        guard let row, let text: String = row["digest"], let digest = try? Digest(parsing: text) else { return nil }
        return SeenTag(digest: digest, etag: row["etag"])
    }

    /// The stored result of `reference` at `digest` under this run's policy, if any.
    func result(for reference: RegistryReference, digest: Digest) -> LintResult? {
        let key = resultKey(reference, digest)
        let body = try? pool.write { db -> Data? in
            guard let body = try Data.fetchOne(db, sql: "SELECT body FROM results WHERE key = ?", arguments: [key]) else { return nil }
            try db.execute(sql: "UPDATE results SET used = ? WHERE key = ?", arguments: [Date().timeIntervalSince1970, key])
            return body
        }
        guard let body, let cached = try? JSONDecoder().decode(CachedResult.self, from: body) else { return nil }
        return cached.result
    }

    /// Stores a complete result, and the digest and ETag the tag has now. Failures to write are not the audit's
    /// failures: the next run asks again.
    func store(_ result: LintResult, for reference: RegistryReference, digest: Digest, etag: String?) {
        guard let tag = reference.tag, let body = try? JSONEncoder().encode(CachedResult(result)) else { return }
        let key = resultKey(reference, digest)
        try? pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO tags (host, repository, tag, digest, etag) VALUES (?, ?, ?, ?, ?)",
                           arguments: [reference.host, reference.repository, tag, digest.description, etag])
            try db.execute(sql: "INSERT OR REPLACE INTO results (key, body, size, used) VALUES (?, ?, ?, ?)",
                           arguments: [key, body, body.count, Date().timeIntervalSince1970])
        }
    }

    /// A manifest or config of the repository `place` (`host/repository`) by digest, as the registry served it
    /// there (content-addressed: the same under any policy). Never another repository's: whether a repository holds
    /// a blob is itself checked.
    func document(_ digest: Digest, in place: String) -> (bytes: [UInt8], mediaType: String?)? {
        let row = try? pool.write { db -> Row? in
            guard let row = try Row.fetchOne(db, sql: "SELECT body, media_type FROM repository_documents WHERE place = ? AND digest = ?",
                                             arguments: [place, digest.description]) else { return nil }
            try db.execute(sql: "UPDATE repository_documents SET used = ? WHERE place = ? AND digest = ?",
                           arguments: [Date().timeIntervalSince1970, place, digest.description])
            return row
        }
        guard let row, let body: Data = row["body"] else { return nil }
        let bytes = [UInt8](body)
        // What is read back must still hash to its name; anything else is dropped, not used.
        guard BlobHasher.digest(of: bytes, algorithm: digest.algorithm) == digest else { return nil }
        return (bytes, row["media_type"])
    }

    /// Keeps a document fetched from a registry, only when its bytes hash to the digest it was asked by.
    func storeDocument(_ bytes: [UInt8], digest: Digest, mediaType: String?, in place: String) {
        guard BlobHasher.digest(of: bytes, algorithm: digest.algorithm) == digest else { return }
        try? pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO repository_documents (place, digest, body, media_type, size, used) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [place, digest.description, Data(bytes), mediaType, bytes.count, Date().timeIntervalSince1970])
        }
    }

    /// Evicts the least recently used results and documents until what is stored fits `maximumBytes`; returns how
    /// many went.
    @discardableResult
    public func evict() -> Int {
        (try? pool.write { db -> Int in
            var total = (try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(size), 0) FROM results") ?? 0)
                + (try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(size), 0) FROM repository_documents") ?? 0)
            guard total > maximumBytes else { return 0 }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT 'results' AS kind, key AS name, '' AS place, size, used FROM results
                UNION ALL SELECT 'documents', digest, place, size, used FROM repository_documents ORDER BY used
                """)
            var doomed: [(kind: String, name: String, place: String)] = []
            while total > maximumBytes, let row = try rows.next() {
                doomed.append((row["kind"], row["name"], row["place"]))
                total -= row["size"] as Int
            }
            for entry in doomed {
                if entry.kind == "results" {
                    try db.execute(sql: "DELETE FROM results WHERE key = ?", arguments: [entry.name])
                } else {
                    try db.execute(sql: "DELETE FROM repository_documents WHERE place = ? AND digest = ?", arguments: [entry.place, entry.name])
                }
            }
            return doomed.count
        }) ?? 0
    }

    private func resultKey(_ reference: RegistryReference, _ digest: Digest) -> String {
        "\(policyKey) \(reference.host)/\(reference.repository):\(reference.tag ?? "")@\(digest)"
    }

    /// The fingerprint of what decides a result besides the document: the tool's version, every rule in force
    /// (as `RulePackSource` renders it, so a user's rule edit counts) with its severity and parameters, the
    /// built-in checks' overrides, and the audit's options.
    public static func policyKey(linter: Linter, options: [String]) -> String {
        var text = "\(ToolInfo.name) \(ToolInfo.version)\n"
        if let policy = linter.policy {
            let configured = policy.engine.rules.sorted { $0.rule.id < $1.rule.id }
            text += RulePackSource.render(configured.map(\.rule))
            for rule in configured {
                text += "\(rule.rule.id) \(rule.severity.rawValue) "
                text += rule.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") + "\n"
            }
            for (id, setting) in policy.schemaOverrides.sorted(by: { $0.key < $1.key }) {
                text += "\(id) \(setting.enabled.map(String.init) ?? "-") \(setting.severity?.rawValue ?? "-")\n"
            }
        }
        text += "max-size \(linter.maxDocumentSize)\n" + options.joined(separator: "\n")
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined().prefix(32).description
    }

    /// `$XDG_CACHE_HOME/manifestlint`, else `~/.cache/manifestlint`.
    public static var defaultFolder: String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/manifestlint" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/manifestlint"
    }
}
