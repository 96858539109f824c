import Foundation
import Testing
@testable import ManifestLint

/// A registry that attacks its client (Tests/Support/hostile_registry.py) and credential helpers that misbehave:
/// the security review's registry defects (D3, D6, D11, D12, D14, D21, D22, D26), each of which the 0.1.0 build
/// failed: credentials sent to another host, endless pagination and layers, tokens and helper output printed,
/// tag names injected into stderr and report paths, helpers that never answer.
@Suite("Hostile registries", .serialized)
struct HostileRegistryTests {
    /// Starts the hostile registry; returns its host, the sink's port and a scratch folder with a docker config
    /// holding alice:wonderland for it.
    private func start(_ body: (_ host: String, _ sink: Int, _ scratch: String) throws -> Void) throws {
        let scratch = try makeScratch("hostile-registry")
        defer { removeScratch(scratch) }
        let (server, written) = try startTestServer("hostile_registry.py", portFile: scratch + "/ports")
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        let ports = written.split(separator: " ").compactMap { Int($0) }
        try #require(ports.count == 2)
        let host = "127.0.0.1:\(ports[0])"
        try #"{"auths": {"\#(host)": {"auth": "\#(Data("alice:wonderland".utf8).base64EncodedString())"}}}"#
            .write(toFile: scratch + "/config.json", atomically: true, encoding: .utf8)
        try body(host, ports[1], scratch)
    }

    private func lint(_ arguments: [String], in scratch: String, environment: [String: String] = [:]) throws -> (status: Int32, output: String, seconds: Double) {
        let started = Date()
        let outcome = try runTool(Repository.binary, ["lint", "--no-config", "--insecure"] + arguments, in: scratch,
                                  environment: ["DOCKER_CONFIG": scratch].merging(environment) { _, new in new })
        return (outcome.status, outcome.output, Date().timeIntervalSince(started))
    }

    private static let secrets = ["wonderland", Data("alice:wonderland".utf8).base64EncodedString(), "HELPER-SECRET-XYZ", "X-Injected"]

    @Test func credentialsNeverFollowALinkToAnotherHost() throws {
        try start { host, sink, scratch in
            let outcome = try lint(["--no-deep", "--format", "json", "\(host)/linkother"], in: scratch)
            let seen = try runTool("python3", ["-c", "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:\(sink)/_sink').read().decode())"], in: scratch)
            // The sink was asked for page two (so the Link was followed) and saw no Authorization.
            #expect(seen.output.trimmingCharacters(in: .whitespacesAndNewlines) == #"[""]"#, Comment(rawValue: seen.output + outcome.output))
        }
    }

    @Test func aSelfReferencingLinkStopsWithAClearError() throws {
        try start { host, _, scratch in
            let outcome = try lint(["--no-deep", "\(host)/linkloop"], in: scratch)
            #expect(outcome.status == ExitStatus.incomplete)
            #expect(outcome.output.contains("returns to a page already read"), Comment(rawValue: outcome.output))
            #expect(outcome.seconds < 30)
        }
    }

    @Test func tagNamesThatBreakTheGrammarAreReportedEscapedAndNeverRequested() throws {
        try start { host, _, scratch in
            for format in ["text", "github", "json", "sarif"] {
                let outcome = try lint(["--no-deep", "--format", format, "\(host)/badtags"], in: scratch)
                #expect(outcome.status == ExitStatus.incomplete)
                let lines = outcome.output.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(!lines.contains { $0.hasPrefix("::error title=pwned") }, Comment(rawValue: outcome.output))
                #expect(!outcome.output.contains("\u{1B}"), "raw ESC in \(format) output")
                #expect(outcome.output.contains("invalid tag names"))
            }
            // The valid tag is still audited: two results, the listing's error and the clean "ok".
            let json = try lint(["--no-deep", "--format", "json", "--output", "report.json", "\(host)/badtags"], in: scratch)
            #expect(json.status == ExitStatus.incomplete)
            let report = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/report.json"))) as? [String: Any])
            #expect((report["summary"] as? [String: Any])?["files"] as? Int == 2)
            let messages = (report["findings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            #expect(messages.allSatisfy { !$0.contains("\n") && !$0.contains("\u{1B}") }, Comment(rawValue: messages.joined(separator: "|")))
        }
    }

    @Test func anEndlessLayerIsCutAtItsDeclaredSize() throws {
        try start { host, _, scratch in
            let outcome = try lint(["--verify-layers", "--timeout", "5", "--format", "json", "\(host)/endless:latest"], in: scratch)
            #expect(outcome.status == 1, Comment(rawValue: outcome.output))
            #expect(outcome.output.contains("size-mismatch"))
            #expect(outcome.seconds < 30)
        }
    }

    @Test func aTokenWithCRLFIsRefusedWithoutBeingPrinted() throws {
        try start { host, _, scratch in
            for format in ["text", "json", "sarif", "junit", "github"] {
                let outcome = try lint(["--format", format, "\(host)/crlf:latest"], in: scratch)
                #expect(outcome.status == ExitStatus.incomplete)
                // The token's own text: "abc", as it was, turns up by chance in the hex of a fingerprint or digest.
                #expect(!outcome.output.contains("CRLF-TOKEN-SECRET"), Comment(rawValue: outcome.output))
                #expect(!outcome.output.contains("X-Injected"))
            }
        }
    }

    /// Writes a `docker-credential-NAME` script into `scratch/bin` and points the docker config at it.
    private func helper(_ name: String, _ script: String, host: String, scratch: String) throws -> [String: String] {
        try FileManager.default.createDirectory(atPath: scratch + "/bin", withIntermediateDirectories: true)
        let path = scratch + "/bin/docker-credential-" + name
        try ("#!/bin/sh\n" + script + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        try #"{"credHelpers": {"\#(host)": "\#(name)"}}"#.write(toFile: scratch + "/config.json", atomically: true, encoding: .utf8)
        return ["PATH": scratch + "/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
    }

    @Test func aHelperThatNeverAnswersIsStoppedAtTheTimeout() throws {
        try start { host, _, scratch in
            let environment = try helper("hang", "exec sleep 1000", host: host, scratch: scratch)
            let outcome = try lint(["--timeout", "2", "\(host)/plain:latest"], in: scratch, environment: environment)
            #expect(outcome.status == ExitStatus.incomplete)
            #expect(outcome.output.contains("did not answer within 2 s"), Comment(rawValue: outcome.output))
            #expect(outcome.seconds < 20)
        }
    }

    @Test func aHelperWhoseChildHoldsItsOutputStillAnswers() throws {
        try start { host, _, scratch in
            let environment = try helper("bgchild", #"sleep 1000 & echo '{"Username": "alice", "Secret": "wonderland"}'"#, host: host, scratch: scratch)
            let outcome = try lint(["--no-deep", "--timeout", "5", "\(host)/plain:latest"], in: scratch, environment: environment)
            #expect(outcome.status == 0, Comment(rawValue: outcome.output))
            #expect(outcome.seconds < 20)
        }
    }

    @Test func whatAFailingHelperPrintsIsNeverRepeated() throws {
        try start { host, _, scratch in
            let environment = try helper("leaky", #"echo '{"Username":"alice","Secret":"HELPER-SECRET-XYZ"} credentials not found'; exit 1"#,
                                         host: host, scratch: scratch)
            for format in ["text", "json", "sarif"] {
                let outcome = try lint(["--format", format, "\(host)/plain:latest"], in: scratch, environment: environment)
                #expect(outcome.status == ExitStatus.incomplete)
                for secret in Self.secrets { #expect(!outcome.output.contains(secret), "\(secret) printed with \(format)") }
            }
        }
    }

    @Test func originsDecideWhereCredentialsGo() {
        let registry = Origin(url: "https://registry.example.com/v2/")
        #expect(Origin(url: "https://registry.example.com:443/v2/app/tags/list?last=a") == registry)
        #expect(Origin(url: "https://REGISTRY.example.com/x") == registry)
        #expect(Origin(url: "http://registry.example.com/v2/") != registry)  // a downgrade is another origin
        #expect(Origin(url: "https://registry.example.com:5000/v2/") != registry)
        #expect(Origin(url: "https://evil.example.com/v2/") != registry)
        #expect(Origin(url: "not a url") == nil)
        #expect(Origin.withoutQuery("https://h/token?refresh_token=secret") == "https://h/token")
    }

    @Test func registryNamesAreCheckedAgainstTheDistributionGrammar() {
        #expect(RegistryReference.isValidTag("v1.2.3-rc_1"))
        #expect(RegistryReference.isValidTag("_private"))
        #expect(!RegistryReference.isValidTag(".hidden"))
        #expect(!RegistryReference.isValidTag("ok\n::error title=x::y"))
        #expect(!RegistryReference.isValidTag(String(repeating: "a", count: 129)))
        #expect(RegistryReference.isValidRepository("library/alpine"))
        #expect(RegistryReference.isValidRepository("team/my-app__x/v1.2"))
        #expect(!RegistryReference.isValidRepository("Team/app"))
        #expect(!RegistryReference.isValidRepository("app/"))
        #expect(!RegistryReference.isValidRepository("a\u{1B}b"))
    }
}
