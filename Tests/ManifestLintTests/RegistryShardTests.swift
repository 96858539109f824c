import Foundation
import Testing
@testable import ManifestLint

/// Scaling an audit out: `--shard K/N` splits the tags of a catalog by a stable hash, `--repositories` filters the
/// catalog, `--references-from` reads references from a list, and `report merge` puts the shards' reports together
/// again, equal to one run over everything.
@Suite("Registry shards", .serialized)
struct RegistryShardTests {
    /// Two repositories of 12 tags under one prefix (one planted mismatch each) and a third the filter leaves out.
    private func populate(_ host: String) throws -> String {
        let prefix = "shards-\(UUID().uuidString.prefix(8).lowercased())"
        let script = Repository.root.appendingPathComponent("Tests/Support/populate_registry.py").path
        for (name, mismatched) in [("api", "3"), ("web", "8"), ("other", "1")] {
            let pushed = try runTool("python3", [script, host, "\(prefix)/\(name)", "12", mismatched], in: Repository.root.path)
            #expect(pushed.status == 0, Comment(rawValue: pushed.output))
        }
        return prefix
    }

    private static func findings(_ file: String) throws -> (findings: [String], summary: [String: Int]) {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        let findings = (report["findings"] as? [[String: Any]] ?? []).map { finding in
            String(decoding: try! JSONSerialization.data(withJSONObject: finding, options: [.sortedKeys]), as: UTF8.self)
        }
        return (findings.sorted(), report["summary"] as? [String: Int] ?? [:])
    }

    @Test func fourShardsMergedEqualOneRun() throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let prefix = try populate(host)
        let scratch = try makeScratch("shards")
        defer { removeScratch(scratch) }
        let common = ["lint", "--no-config", "--insecure", "--catalog", host, "--repositories", "\(prefix)/api", "--repositories", "re:\(prefix)/w.*"]
        let full = try runManifestLint(common + ["--format", "json", "--output", scratch + "/full.json"])
        #expect(full.status == 1, Comment(rawValue: full.stderr))
        var sizes: [Int] = []
        for shard in 0..<4 {
            let part = try runManifestLint(common + ["--shard", "\(shard)/4", "--allow-empty", "--format", "json", "--output", scratch + "/shard-\(shard).json"])
            #expect(part.status <= 1, Comment(rawValue: part.stderr))
            sizes.append(try Self.findings(scratch + "/shard-\(shard).json").summary["files"] ?? 0)
        }
        #expect(sizes.filter { $0 > 0 }.count >= 2, "the tags spread over the shards: \(sizes)")
        let merged = try runManifestLint(["report", "merge", "--output", scratch + "/merged.json"] + (0..<4).map { scratch + "/shard-\($0).json" })
        #expect(merged.status == 1, "an error finding among the shards: exit 1 (\(merged.stderr))")
        let one = try Self.findings(scratch + "/full.json"), all = try Self.findings(scratch + "/merged.json")
        #expect(all.findings == one.findings)
        #expect(all.summary == one.summary)
        #expect(one.findings.count == 2 && one.summary["files"] == 24, "\(one)")
        #expect(!one.findings.contains { $0.contains("/other") }, "the filter left out \(prefix)/other")

        // SARIF: one run per shard, or one run; both valid SARIF 2.1.0 holding every result.
        for shard in 0..<4 {
            _ = try runManifestLint(common + ["--shard", "\(shard)/4", "--allow-empty", "--format", "sarif", "--output", scratch + "/shard-\(shard).sarif"])
        }
        let shards = (0..<4).map { scratch + "/shard-\($0).sarif" }
        _ = try runManifestLint(["report", "merge", "--output", scratch + "/runs.sarif"] + shards)
        _ = try runManifestLint(["report", "merge", "--single-run", "--output", scratch + "/one.sarif"] + shards)
        try expectValidSARIF(scratch + "/runs.sarif")
        try expectValidSARIF(scratch + "/one.sarif")
        let runs = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/runs.sarif"))) as? [String: Any])["runs"] as? [[String: Any]]
        #expect(runs?.count == 4)
        let single = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/one.sarif"))) as? [String: Any])["runs"] as? [[String: Any]]
        let results = single?.first?["results"] as? [[String: Any]] ?? []
        #expect(single?.count == 1 && results.count == 2)
        let rules = ((single?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String, "ruleIndex renumbered against the merged rules")
        }
        // An input is never the output.
        let refused = try runManifestLint(["report", "merge", "--output", scratch + "/shard-0.json", scratch + "/shard-0.json", scratch + "/shard-1.json"])
        #expect(refused.status == 2 && refused.stderr.contains("one of the reports being merged"))
        #expect(try Self.findings(scratch + "/shard-0.json").summary["files"] == sizes[0], "the input is untouched")
    }

    @Test func referencesFromAList() throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let prefix = try populate(host)
        let list = "# the tags to audit\n\(host)/\(prefix)/api:1.0.3\n\n  \(host)/\(prefix)/web:1.0.0  \n"
        let outcome = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "--references-from", "-"], stdin: Data(list.utf8))
        #expect(outcome.status == 1, Comment(rawValue: outcome.stderr))
        #expect(outcome.rules == ["platform-mismatch"])
        #expect((outcome.json?["summary"] as? [String: Any])?["files"] as? Int == 2)
        let bad = try runManifestLint(["lint", "--no-config", "--references-from", "-"], stdin: Data("\(host)/\(prefix)/api:1.0.3\nnot a reference\n".utf8))
        #expect(bad.status == 2 && bad.stderr.contains("-:2:"), Comment(rawValue: bad.stderr))
    }

    @Test func shardsSplitByAStableHash() throws {
        let shards = (0..<4).map { AuditSelection.Shard(parsing: "\($0)/4")! }
        let keys = (0..<1000).map { "team/app:1.0.\($0)" }
        for key in keys { #expect(shards.filter { $0.owns(key) }.count == 1) }
        let counts = shards.map { shard in keys.filter(shard.owns).count }
        #expect(counts.allSatisfy { $0 > 150 }, "\(counts)")
        // FNV-1a of "team/app:1.0.0" is 0x5825ab48bce41455 (Python gives the same): shard 1 of 4 and 1 of 7, in
        // every release, or the shards of one audit run by two versions would overlap.
        #expect(shards[1].owns("team/app:1.0.0") && AuditSelection.Shard(parsing: "1/7")!.owns("team/app:1.0.0"))
        #expect(AuditSelection.Shard(parsing: "0/1")!.owns("x"))
        #expect(AuditSelection.Shard(parsing: "4/4") == nil && AuditSelection.Shard(parsing: "-1/4") == nil && AuditSelection.Shard(parsing: "1/0") == nil)
        let glob = try AuditSelection.Pattern("team/*"), regex = try AuditSelection.Pattern("re:team/(api|web)")
        #expect(glob.matches("team/api") && glob.matches("team/x/y") && !glob.matches("other/api"))
        #expect(regex.matches("team/web") && !regex.matches("team/webx"))
    }
}

/// A tag list longer than `--max-list-entries` is not refused whole: the entries up to the cap are audited and the
/// rest is reported as not audited (exit 3). Tests/Support/synthetic_registry.py makes up 2,500 tags.
@Suite("Registry list caps", .serialized)
struct RegistryListCapTests {
    @Test func aListPastTheCapIsAuditedUpToItAndTheRestReported() throws {
        let scratch = try makeScratch("list-cap")
        defer { removeScratch(scratch) }
        let (server, port) = try startTestServer("synthetic_registry.py", portFile: scratch + "/port", after: ["2500"])
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        let outcome = try runManifestLint(["lint", "--no-config", "--insecure", "--no-cache", "--no-deep", "--max-list-entries", "1200",
                                           "--format", "json", "127.0.0.1:\(port)/synthetic/app"], timeout: 300)
        #expect(outcome.status == ExitStatus.incomplete, Comment(rawValue: outcome.stderr))
        let errors = outcome.findings.filter { $0["rule"] as? String == "registry-error" }
        #expect(errors.count == 1 && (errors.first?["message"] as? String ?? "").contains("lists more than 1200 entries; the first 1200 were audited"),
                "\(errors)")
        // The 1,200 tags listed first, and the note: 1,201 results.
        #expect((outcome.json?["summary"] as? [String: Any])?["files"] as? Int == 1201)
    }
}
