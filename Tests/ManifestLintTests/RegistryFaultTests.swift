import Foundation
import Testing
@testable import ManifestLint

/// Registry audits through a fault-injecting proxy (Tests/Support/fault_proxy.py) in front of Debian's
/// docker-registry: connection resets, 503, 429 with Retry-After, stalls and truncated bodies are retried, and
/// the audit reports exactly what the direct run reports; what still cannot be fetched is named as incomplete
/// (exit 3), once per blob, and never becomes a finding.
@Suite("Registry faults", .serialized)
struct RegistryFaultTests {
    static let tags = 40
    static let mismatched = [7, 23]

    /// A repository of `tags` multi-platform tags, two of them with a planted platform mismatch; its name.
    private func populate(_ host: String) throws -> String {
        let repository = "faults-\(UUID().uuidString.prefix(8).lowercased())/app"
        let script = Repository.root.appendingPathComponent("Tests/Support/populate_registry.py").path
        let pushed = try runTool("python3", [script, host, repository, "\(Self.tags)", Self.mismatched.map(String.init).joined(separator: ",")],
                                 in: Repository.root.path)
        #expect(pushed.status == 0, Comment(rawValue: pushed.output))
        return repository
    }

    /// Findings as comparable lines, the registry's address left out.
    private static func lines(_ outcome: ProcessOutcome, host: String) -> [String] {
        outcome.findings.map { finding in
            ["rule", "path", "pointer", "message"].map { (finding[$0] as? String ?? "").replacingOccurrences(of: host, with: "HOST") }
                .joined(separator: " | ")
        }.sorted()
    }

    private func throughProxy(_ upstream: String, _ faults: [String], _ body: (String, String) throws -> Void) throws {
        let scratch = try makeScratch("fault-proxy")
        defer { removeScratch(scratch) }
        let (proxy, port) = try startTestServer("fault_proxy.py", portFile: scratch + "/port", after: [upstream] + faults)
        defer { kill(proxy.processIdentifier, SIGKILL); proxy.waitUntilExit() }
        try body("127.0.0.1:\(port)", scratch)
    }

    private func faultsMade(_ proxy: String, in scratch: String) throws -> [String: Int] {
        let fetched = try runTool("python3", ["-c", "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode())",
                                              "http://\(proxy)/_stats"], in: scratch)
        let stats = try JSONSerialization.jsonObject(with: Data(fetched.output.utf8)) as? [String: Any]
        return stats?["faults"] as? [String: Int] ?? [:]
    }

    /// The rates of the field report (1 in 13 reset, 1 in 7 answered 503, 1 in 17 answered 429 Retry-After: 1):
    /// the audit through the proxy equals the direct one, finding for finding.
    @Test func retriedFaultsGiveExactlyTheDirectRunsFindings() throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let repository = try populate(host)
        let direct = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "\(host)/\(repository)"])
        #expect(direct.status == 1, Comment(rawValue: direct.stderr))
        #expect(direct.rules.filter { $0 == "platform-mismatch" }.count == Self.mismatched.count, "\(direct.findings)")
        #expect(Set(direct.rules) == ["platform-mismatch"], "\(direct.findings)")
        try throughProxy(host, ["reset=0.077", "503=0.143", "429=0.059", "seed=11"]) { proxy, scratch in
            let audited = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "--timeout", "10", "\(proxy)/\(repository)"],
                                              timeout: 300)
            #expect(Self.lines(audited, host: proxy) == Self.lines(direct, host: host), Comment(rawValue: audited.stderr))
            #expect(audited.status == direct.status)
            #expect((audited.json?["summary"] as? [String: Any])?["files"] as? Int == (direct.json?["summary"] as? [String: Any])?["files"] as? Int)
            let made = try faultsMade(proxy, in: scratch)
            #expect((made["reset"] ?? 0) > 0 && (made["503"] ?? 0) > 0 && (made["429"] ?? 0) > 0, "the proxy injected faults: \(made)")
        }
    }

    /// Stalled answers (the read goes quiet) and bodies cut off after half their declared length are tried again.
    @Test func stallsAndTruncatedBodiesAreRetried() throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let repository = try populate(host)
        let direct = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "\(host)/\(repository)"])
        try throughProxy(host, ["stall=0.02", "truncate=0.1", "stall-seconds=30", "seed=5"]) { proxy, scratch in
            let audited = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "--timeout", "9", "\(proxy)/\(repository)"],
                                              timeout: 300)
            #expect(Self.lines(audited, host: proxy) == Self.lines(direct, host: host), Comment(rawValue: audited.stderr))
            let made = try faultsMade(proxy, in: scratch)
            #expect((made["truncate"] ?? 0) > 0, "\(made)")
        }
    }

    /// Every blob answered 503 whatever the retries: each tag that could not be finished is named, each blob is one
    /// `registry-error` however many tags share it, and nothing about the blobs is a finding (no size, digest or
    /// platform finding from an error response). SARIF says the run did not succeed.
    @Test func whatCannotBeFetchedIsNamedAndNeverAFinding() throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let repository = try populate(host)
        try throughProxy(host, ["503=1.0", "only=blobs"]) { proxy, scratch in
            let audited = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "json", "--timeout", "2", "\(proxy)/\(repository)"],
                                              timeout: 300)
            #expect(audited.status == ExitStatus.incomplete, Comment(rawValue: audited.stderr))
            #expect(Set(audited.rules) == ["registry-error"], "\(audited.findings.prefix(5))")
            let errors = audited.findings.filter { $0["rule"] as? String == "registry-error" }
            let paths = errors.compactMap { $0["path"] as? String }
            #expect(Set(paths).count == paths.count, "one entry per blob")
            // Two configs per tag, and the layer every image shares: once.
            #expect(errors.count == 2 * Self.tags + 1, "\(errors.count) entries")
            let named = Set(errors.flatMap { error -> [String] in
                let message = error["message"] as? String ?? ""
                return (0..<Self.tags).map { "\(proxy)/\(repository):1.0.\($0)" }.filter { message.contains($0 + ")") || message.contains($0 + ",") || message.contains($0 + " ") }
            })
            #expect(named.count == Self.tags, "every tag named: \(named.count)")
            #expect(errors.allSatisfy { ($0["message"] as? String ?? "").contains("503") }, "the cause is given")
            // Every stderr line names the reference it is about.
            for line in audited.stderr.split(separator: "\n") where line.hasPrefix("manifestlint: ") {
                #expect(line.contains("docker://\(proxy)/\(repository)"), "\(line)")
            }
            let sarif = try runManifestLint(["lint", "--no-config", "--insecure", "--format", "sarif", "--timeout", "2", "\(proxy)/\(repository):1.0.0"])
            let runs = (sarif.json?["runs"] as? [[String: Any]]) ?? []
            let invocation = (runs.first?["invocations"] as? [[String: Any]])?.first
            #expect(invocation?["executionSuccessful"] as? Bool == false, Comment(rawValue: "\(invocation ?? [:])"))
            _ = scratch
        }
    }

    /// SIGINT or SIGTERM during an audit: the run stops starting tags and ends with a valid report of what was done,
    /// the tags not audited named as not checked (exit 3; SARIF `executionSuccessful: false`).
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedAuditLeavesAValidPartialReport(signal: Int32) throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let repository = try populate(host)
        try throughProxy(host, ["delay=0.15"]) { proxy, scratch in
            let format = signal == SIGINT ? "sarif" : "json"
            let report = scratch + "/report." + format
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Repository.binary)
            process.arguments = ["lint", "--no-config", "--insecure", "--concurrency", "2", "--format", format, "--output", report, "\(proxy)/\(repository)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: 3)
            kill(process.processIdentifier, signal)
            let signalled = Date()
            process.waitUntilExit()
            #expect(Date().timeIntervalSince(signalled) < 15, "ended soon after the signal")
            #expect(process.terminationStatus == ExitStatus.incomplete)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
            let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
            if signal == SIGINT {
                try expectValidSARIF(report)
                let run = (object["runs"] as? [[String: Any]])?.first
                let invocation = (run?["invocations"] as? [[String: Any]])?.first
                #expect(invocation?["executionSuccessful"] as? Bool == false)
                // What was not checked is a tool execution notification, not a result.
                let messages = (invocation?["toolExecutionNotifications"] as? [[String: Any]] ?? []).compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
                #expect(messages.contains { $0.contains("interrupted by \(name)") }, "\(messages)")
            } else {
                let findings = object["findings"] as? [[String: Any]] ?? []
                let note = try #require(findings.first { ($0["message"] as? String ?? "").contains("interrupted by \(name)") })
                let message = note["message"] as? String ?? ""
                let skipped = (0..<Self.tags).filter { message.contains("1.0.\($0),") || message.contains("1.0.\($0))") }.count
                let audited = (object["summary"] as? [String: Any])?["files"] as? Int ?? 0
                // Every tag either audited (one file) or named as not audited; the note itself counts as a file too.
                #expect(skipped > 0 && audited - 1 + skipped == Self.tags, "audited \(audited), skipped \(skipped)")
            }
        }
    }
}
