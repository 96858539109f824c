import Foundation

/// Which part of a registry an audit takes: `--shard K/N` (a stable hash of repository and tag, so N machines each
/// audit a disjoint share and together all of it) and `--repositories` patterns for `--catalog`.
public struct AuditSelection: Sendable {
    public struct Shard: Sendable, Equatable {
        public let index: Int
        public let count: Int

        /// `K/N` with 0 <= K < N (Kubernetes' JOB_COMPLETION_INDEX counts from 0).
        public init?(parsing text: String) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, count <= 100_000, index >= 0, index < count
            else { return nil }
            self.index = index
            self.count = count
        }

        /// Whether this shard takes `key`: FNV-1a (64 bits) of its UTF-8 bytes, modulo the shard count. The same on
        /// every machine and in every release, so shards of one audit never overlap or miss.
        public func owns(_ key: String) -> Bool {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in key.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash % UInt64(count) == UInt64(index)
        }
    }

    /// A repository name pattern: a glob (`team/*`, `*-base`; `*` also crosses `/`), or a regular expression
    /// written `re:PATTERN` (matched against the whole name).
    public struct Pattern: Sendable {
        public let text: String
        private let regex: NSRegularExpression?

        public init(_ text: String) throws(ValidationFailure) {
            self.text = text
            if text.hasPrefix("re:") {
                do { regex = try NSRegularExpression(pattern: "^(?:" + text.dropFirst(3) + ")$") } catch {
                    throw ValidationFailure(message: "--repositories \(text): not a regular expression")
                }
            } else {
                regex = nil
            }
        }

        public func matches(_ name: String) -> Bool {
            if let regex { return regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil }
            return fnmatch(text, name, 0) == 0
        }
    }

    public struct ValidationFailure: Error, Sendable {
        public let message: String
    }

    public var shard: Shard?
    public var repositories: [Pattern] = []

    public init() {}

    /// Whether a repository listed by a catalog is audited.
    public func takes(repository name: String) -> Bool {
        repositories.isEmpty || repositories.contains { $0.matches(name) }
    }

    /// Whether this shard audits a tag or digest reference.
    public func owns(_ reference: RegistryReference) -> Bool {
        shard?.owns(reference.repository + (reference.tag.map { ":" + $0 } ?? "") + (reference.digest.map { "@\($0)" } ?? "")) ?? true
    }

    /// Whether this shard reports a failure to list a repository (each failure is reported by exactly one shard).
    public func reportsListing(of repository: String) -> Bool { shard?.owns(repository) ?? true }

    /// Whether this shard reports a failure of a whole catalog: shard 0.
    public var reportsCatalogs: Bool { (shard?.index ?? 0) == 0 }

    /// The references of a `--references-from` list: one per line; blank lines and `#` comments skipped.
    public static func references(fromList text: String, name: String) throws(ValidationFailure) -> [RegistryReference] {
        var references: [RegistryReference] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
            guard let reference = RegistryReference(parsing: entry) else {
                throw ValidationFailure(message: "\(name):\(number + 1): \"\(DisplayText.escaped(String(entry.prefix(200))))\" is not a registry reference (host/repository[:tag|@digest])")
            }
            references.append(reference)
        }
        return references
    }
}
