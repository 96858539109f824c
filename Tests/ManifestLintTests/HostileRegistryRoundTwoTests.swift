import Foundation
import Testing
@testable import ManifestLint

/// The registry defects of the second security review (N3, N4, N6, N15–N17, N19), against the review's own small
/// hostile registry (Tests/Support/fakereg.py, one hostile behaviour per mode, on 127.0.0.1). Each failed on the
/// build the review was made of.
@Suite("Hostile registries, round 2", .serialized)
struct HostileRegistryRoundTwoTests {
    /// Runs `body` with a fakereg.py of `mode` on loopback: its host, and a scratch folder.
    private func with(_ mode: String, argument: String? = nil, _ body: (_ host: String, _ scratch: String) throws -> Void) throws {
        let scratch = try makeScratch("fakereg-\(mode)")
        defer { removeScratch(scratch) }
        let (server, port) = try startTestServer("fakereg.py", portFile: scratch + "/port", mode: mode,
                                                 after: [scratch + "/auth.log"] + (argument.map { [$0] } ?? []))
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        try body("127.0.0.1:" + port.trimmingCharacters(in: .whitespacesAndNewlines), scratch)
    }

    private func lint(_ arguments: [String], in scratch: String, environment: [String: String] = [:]) throws -> (status: Int32, output: String, seconds: Double) {
        let started = Date()
        let outcome = try runTool(Repository.binary, ["lint", "--no-config", "--insecure"] + arguments, in: scratch, environment: environment)
        return (outcome.status, outcome.output, Date().timeIntervalSince(started))
    }

    /// N15: a registry that never answers is a timeout, reported as one, not retried.
    @Test func aTimeoutIsReportedAsOneAndNotRetried() throws {
        try with("slow") { host, scratch in
            let outcome = try lint(["--timeout", "2", "\(host)/app:1"], in: scratch)
            #expect(outcome.status == ExitStatus.incomplete)
            #expect(outcome.output.contains("timed out after 2 s"), Comment(rawValue: outcome.output))
            #expect(outcome.output.contains("manifestlint: docker://\(host)/app:1: "), "stderr names the reference")
            #expect(!outcome.output.contains("deadlineExceeded"))
            #expect(outcome.seconds < 3.5, "retried: \(outcome.seconds) s")
        }
    }

    /// `--deadline` bounds a whole audit: every reference not done by then is named, not checked (exit 3).
    @Test func theDeadlineBoundsAWholeAudit() throws {
        try with("slow") { host, scratch in
            let outcome = try lint(["--timeout", "30", "--deadline", "2", "--format", "json", "\(host)/app:1", "\(host)/app:2", "\(host)/other:3"], in: scratch)
            #expect(outcome.status == ExitStatus.incomplete)
            #expect(outcome.seconds < 6, "\(outcome.seconds) s")
            for reference in ["app:1", "app:2", "other:3"] { #expect(outcome.output.contains(reference), "\(reference) not named") }
            #expect(outcome.output.contains("--deadline"), Comment(rawValue: outcome.output))
        }
    }

    /// N16: a malformed response header is the registry's fault, not a refused request header.
    @Test func aBadResponseHeaderIsTheRegistrysFault() throws {
        try with("badheader") { host, scratch in
            let outcome = try lint(["--timeout", "5", "\(host)/app:1"], in: scratch)
            #expect(outcome.status == ExitStatus.incomplete)
            #expect(!outcome.output.contains("request header"), Comment(rawValue: outcome.output))
            #expect(outcome.output.contains("malformed HTTP response"))
        }
    }

    /// N19: `429 Retry-After: 30` is not waited out past --timeout.
    @Test func retryAfterLongerThanTheTimeoutIsNotWaitedFor() throws {
        try with("429") { host, scratch in
            let outcome = try lint(["--timeout", "2", "\(host)/app:1"], in: scratch)
            #expect(outcome.status == ExitStatus.incomplete)
            #expect(outcome.seconds < 10, "\(outcome.seconds) s")
            #expect(outcome.output.contains("not retried"), Comment(rawValue: outcome.output))
        }
    }

    /// N6: a layer dripped one byte every half second is cut off near --timeout with --verify-layers.
    @Test func aDripFedLayerIsCutOff() throws {
        try with("drip") { host, scratch in
            let outcome = try lint(["--verify-layers", "--timeout", "2", "\(host)/app:1"], in: scratch)
            #expect(outcome.seconds < 15, "\(outcome.seconds) s")
            #expect(outcome.output.contains("too slowly"), Comment(rawValue: outcome.output))
        }
    }

    /// N4 through a registry: a chain of 4,000 nested indexes is a finding, not a crash.
    @Test func aDeepChainFromARegistryIsAFinding() throws {
        try with("deep", argument: "4000") { host, scratch in
            let outcome = try lint(["--format", "json", "\(host)/app:1"], in: scratch)
            #expect(outcome.status < 128, Comment(rawValue: outcome.output))
            #expect(outcome.output.contains("nesting-too-deep"))
        }
    }

    /// N3: credentials never travel over plain HTTP to a host that is not loopback, whatever --insecure says; to
    /// loopback they may (the test registries here).
    @Test func credentialsStayOffPlainHTTPExceptToLoopback() throws {
        try with("auth") { host, scratch in
            try FileManager.default.createDirectory(atPath: scratch + "/docker", withIntermediateDirectories: true)
            let auth = Data("ci-bot:S3cret".utf8).base64EncodedString()
            try #"{"auths": {"\#(host)": {"auth": "\#(auth)"}}}"#
                .write(toFile: scratch + "/docker/config.json", atomically: true, encoding: .utf8)
            // Loopback by address: the credential is sent (the fake answers 404 afterwards).
            let loopback = try lint(["--timeout", "5", "\(host)/app:1"], in: scratch, environment: ["DOCKER_CONFIG": scratch + "/docker"])
            #expect(loopback.output.contains("not found"), Comment(rawValue: loopback.output))
            #expect(((try? String(contentsOfFile: scratch + "/auth.log", encoding: .utf8)) ?? "").contains("Basic"))
        }
    }

    /// N17: the credential helper's process group is killed when manifestlint is interrupted.
    @Test(arguments: [SIGTERM, SIGINT])
    func theCredentialHelperDiesWithManifestlint(signal: Int32) throws {
        try with("auth") { host, scratch in
            try FileManager.default.createDirectory(atPath: scratch + "/bin", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: scratch + "/docker", withIntermediateDirectories: true)
            try "#!/bin/sh\necho $$ > \"$HELPER_PIDFILE\"\nexec sleep 300\n".write(toFile: scratch + "/bin/docker-credential-slow", atomically: true, encoding: .utf8)
            chmod(scratch + "/bin/docker-credential-slow", 0o755)
            try #"{"credsStore": "slow"}"#.write(toFile: scratch + "/docker/config.json", atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Repository.binary)
            process.arguments = ["lint", "--no-config", "--insecure", "--timeout", "60", "\(host)/app:1"]
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = scratch + "/bin:" + (environment["PATH"] ?? "/usr/bin:/bin")
            environment["DOCKER_CONFIG"] = scratch + "/docker"
            environment["HELPER_PIDFILE"] = scratch + "/helper.pid"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            var helper: pid_t = 0
            let started = Date()
            while helper == 0, Date().timeIntervalSince(started) < 20 {
                helper = pid_t(((try? String(contentsOfFile: scratch + "/helper.pid", encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
                Thread.sleep(forTimeInterval: 0.1)
            }
            try #require(helper > 0)
            defer { kill(-helper, SIGKILL) }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            // During an audit the first signal ends it with a report of what was done: not checked, exit 3.
            #expect(process.terminationReason == .exit && process.terminationStatus == ExitStatus.incomplete)
            var gone = false
            for _ in 0..<30 where !gone {
                // Gone, or a zombie waiting for init to reap it (a container's PID 1 may never do so).
                let state = (try? String(contentsOfFile: "/proc/\(helper)/stat", encoding: .utf8))?.split(separator: ")").last?.split(separator: " ").first
                gone = kill(helper, 0) != 0 || state == "Z"
                if !gone { Thread.sleep(forTimeInterval: 0.1) }
            }
            #expect(gone, "the helper \(helper) outlived manifestlint")
        }
    }
}
