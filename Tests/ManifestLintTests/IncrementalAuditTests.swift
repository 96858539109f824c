import Foundation
import Testing
@testable import ManifestLint

/// The audit cache (`--cache-dir`): a re-run over unchanged tags asks each with one conditional HEAD and reuses the
/// stored results; a moved tag, a changed policy or `--no-cache` checks again; two runs can share one cache.
/// Requests are counted by the fault proxy (no faults) in front of docker-registry.
@Suite("Incremental audits", .serialized)
struct IncrementalAuditTests {
    static let tags = 30

    private func populate(_ host: String) throws -> String {
        let repository = "cache-\(UUID().uuidString.prefix(8).lowercased())/app"
        let script = Repository.root.appendingPathComponent("Tests/Support/populate_registry.py").path
        let pushed = try runTool("python3", [script, host, repository, "\(Self.tags)", "4"], in: Repository.root.path)
        #expect(pushed.status == 0, Comment(rawValue: pushed.output))
        return repository
    }

    private func requests(_ proxy: String, in scratch: String) throws -> Int {
        let fetched = try runTool("python3", ["-c", "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())",
                                              "http://\(proxy)/_stats"], in: scratch)
        return (try JSONSerialization.jsonObject(with: Data(fetched.output.utf8)) as? [String: Any])?["requests"] as? Int ?? -1
    }

    private func withProxy(_ upstream: String, _ body: (String, String) throws -> Void) throws {
        let scratch = try makeScratch("incremental")
        defer { removeScratch(scratch) }
        let (proxy, port) = try startTestServer("fault_proxy.py", portFile: scratch + "/port", after: [upstream])
        defer { kill(proxy.processIdentifier, SIGKILL); proxy.waitUntilExit() }
        try body("127.0.0.1:\(port)", scratch)
    }

    private static func sortedFindings(_ outcome: ProcessOutcome) -> [String] {
        outcome.findings.map { "\($0["rule"] ?? "") \($0["path"] ?? "") \($0["pointer"] ?? "") \($0["line"] ?? 0):\($0["column"] ?? 0) \($0["message"] ?? "")" }.sorted()
    }

    @Test func aReRunOverUnchangedTagsReusesTheResults() throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let repository = try populate(host)
        try withProxy(host) { proxy, scratch in
            let lint = ["lint", "--no-config", "--insecure", "--cache-dir", scratch + "/cache", "--format", "json", "\(proxy)/\(repository)"]
            let first = try runManifestLint(lint)
            let afterFirst = try requests(proxy, in: scratch)
            #expect(first.status == 1 && first.rules == ["platform-mismatch"], Comment(rawValue: first.stderr))
            let second = try runManifestLint(lint + ["--progress"])
            // --progress into a log (not a terminal): a line per 5%, the last one with the cache hits.
            let lines = second.stderr.split(separator: "\n").filter { $0.hasPrefix("manifestlint: audited ") }
            #expect(lines.count >= 2 && lines.last == "manifestlint: audited \(Self.tags)/\(Self.tags) tags, \(lines.last?.split(separator: ",")[1].dropFirst() ?? "")"
                + ", \(Self.tags) from the cache", Comment(rawValue: second.stderr))
            let reRun = try requests(proxy, in: scratch) - afterFirst  // /_stats itself is not counted
            #expect(Self.sortedFindings(second) == Self.sortedFindings(first))
            #expect(second.status == first.status)
            // tags/list, then one HEAD per tag.
            #expect(Double(reRun) / Double(Self.tags) <= 1.05, "\(reRun) requests for \(Self.tags) tags (first run: \(afterFirst))")
            #expect(afterFirst > 4 * Self.tags, "the first run fetched the documents: \(afterFirst)")

            // A tag that moves is checked again: 1.0.0 now names an index with a mismatch.
            let script = Repository.root.appendingPathComponent("Tests/Support/populate_registry.py").path
            let moved = try runTool("python3", [script, host, repository, "1", "0"], in: Repository.root.path)
            #expect(moved.status == 0)
            let third = try runManifestLint(lint)
            #expect(third.findings.filter { $0["rule"] as? String == "platform-mismatch" }.count == 2, "\(third.findings)")
            #expect(third.findings.contains { ($0["path"] as? String ?? "").hasSuffix(":1.0.0") })

            // Another policy (a rule turned off) reuses no result, but the documents (content-addressed) come from
            // the cache: one HEAD per tag and the shared layer's HEAD, no manifest or config fetched again.
            let before = try requests(proxy, in: scratch)
            let otherPolicy = try runManifestLint(lint + ["--disable", "platform-mismatch"])
            #expect(otherPolicy.status == 0, Comment(rawValue: otherPolicy.stderr))
            let documentsReused = try requests(proxy, in: scratch) - before
            #expect(documentsReused <= Self.tags + 3, "\(documentsReused) requests")
            #expect(otherPolicy.findings.isEmpty, "\(otherPolicy.findings)")
            let uncached = try runManifestLint(["lint", "--no-config", "--insecure", "--no-cache", "--cache-dir", scratch + "/none", "--format", "json", "\(proxy)/\(repository)"])
            #expect(Self.sortedFindings(uncached) == Self.sortedFindings(third))
            #expect(!FileManager.default.fileExists(atPath: scratch + "/none"), "--no-cache writes nothing")
        }
    }

    /// Two audits sharing one cache at the same time both finish with the same findings, and the database stays sound.
    @Test func twoRunsShareOneCache() throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let repository = try populate(host)
        let scratch = try makeScratch("shared-cache")
        defer { removeScratch(scratch) }
        let lint = ["lint", "--no-config", "--insecure", "--cache-dir", scratch + "/cache", "--format", "json", "\(host)/\(repository)"]
        final class Outcomes: @unchecked Sendable {
            let lock = NSLock()
            var values: [Int: ProcessOutcome] = [:]
        }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let outcome = try? runManifestLint(lint)
            outcomes.lock.withLock { outcomes.values[index] = outcome }
        }
        let first = try #require(outcomes.values[0]), second = try #require(outcomes.values[1])
        #expect(first.status == 1 && second.status == 1, Comment(rawValue: first.stderr + second.stderr))
        #expect(Self.sortedFindings(first) == Self.sortedFindings(second))
        let check = try runTool("python3", ["-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])",
                                            scratch + "/cache/audit.sqlite"], in: scratch)
        #expect(check.output.trimmingCharacters(in: .whitespacesAndNewlines) == "ok", Comment(rawValue: check.output))
    }

    /// Results past the size cap are evicted, least recently used first.
    @Test func theCacheKeepsItsSizeCap() throws {
        let scratch = try makeScratch("cache-cap")
        defer { removeScratch(scratch) }
        let cache = try AuditCache(folder: scratch, maximumBytes: 3_000, policyKey: "test")
        let digest = try Digest(parsing: "sha256:" + String(repeating: "a", count: 64))
        for number in 0..<10 {
            let reference = RegistryReference(host: "registry.example", repository: "app").with(tag: "t\(number)")
            let finding = Finding(rule: "platform-mismatch", severity: .error, message: String(repeating: "m", count: 500), path: reference.displayPath,
                                  pointer: JSONPointer.root.appending("manifests").appending(number))
            cache.store(LintResult(path: reference.displayPath, kind: .ociIndex, findings: [finding]), for: reference, digest: digest, etag: nil)
            Thread.sleep(forTimeInterval: 0.002)
        }
        let evicted = cache.evict()
        #expect(evicted >= 5)
        let newest = RegistryReference(host: "registry.example", repository: "app").with(tag: "t9")
        let kept = try #require(cache.result(for: newest, digest: digest))
        #expect(kept.findings.first?.pointer.description == "/manifests/9" && kept.findings.first?.message.count == 500)
        #expect(cache.result(for: RegistryReference(host: "registry.example", repository: "app").with(tag: "t0"), digest: digest) == nil)
        #expect(cache.seen(host: "registry.example", repository: "app", tag: "t0")?.digest == digest, "what a tag named is kept")
    }

    /// Documents are kept per repository, checked against their digest: one repository's copy never stands in for
    /// another's (which may lack the blob), and bytes that do not hash to their name are not kept.
    @Test func documentsBelongToTheirRepository() throws {
        let scratch = try makeScratch("cache-documents")
        defer { removeScratch(scratch) }
        let cache = try AuditCache(folder: scratch, maximumBytes: 1 << 20, policyKey: "test")
        let config = Array(#"{"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": []}}"#.utf8)
        let digest = try #require(BlobHasher.digest(of: config, algorithm: "sha256"))
        cache.storeDocument(config, digest: digest, mediaType: nil, in: "registry.example/a")
        #expect(cache.document(digest, in: "registry.example/a")?.bytes == config)
        #expect(cache.document(digest, in: "registry.example/b") == nil)
        let other = try Digest(parsing: "sha256:" + String(repeating: "b", count: 64))
        cache.storeDocument(config, digest: other, mediaType: nil, in: "registry.example/a")
        #expect(cache.document(other, in: "registry.example/a") == nil, "bytes that are not the digest's are not kept")
    }
}
