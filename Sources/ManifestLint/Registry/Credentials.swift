import Foundation

/// A user name and secret for one registry, or an OAuth identity (refresh) token as `az acr login` and
/// `docker login` with a browser flow leave. Never printed: `description` hides the secret.
public struct RegistryCredential: Sendable, CustomStringConvertible {
    public let username: String
    let secret: String
    /// True when `secret` is an identity token, exchanged at the token service instead of sent as a password.
    let isIdentityToken: Bool

    public init(username: String, secret: String, isIdentityToken: Bool = false) {
        self.username = username
        self.secret = secret
        self.isIdentityToken = isIdentityToken
    }

    public var description: String { "\(username):<hidden>" }

    var basicHeader: String { "Basic " + Data("\(username):\(secret)".utf8).base64EncodedString() }
}

/// Credentials as the docker CLI keeps them: `~/.docker/config.json` (or `$DOCKER_CONFIG/config.json`) with
/// `auths` entries and `credHelpers` / `credsStore` naming `docker-credential-NAME` programs.
public struct DockerCredentialStore: Sendable {
    private let auths: [String: RegistryCredential]
    private let helpers: [String: String]
    private let defaultStore: String?
    /// What helpers answered, so each runs once per host and audit.
    private let helperAnswers = OnceCache<String, Result<RegistryCredential, HelperFailure>>()
    /// Seconds a credential helper may take before it is stopped (the registry `--timeout`).
    public var helperTimeout: TimeInterval = 30

    /// Why a configured credential helper gave nothing; shown in the authentication error.
    struct HelperFailure: Error, CustomStringConvertible {
        let description: String
    }

    public init(configPath: String? = nil) {
        let environment = ProcessInfo.processInfo.environment
        let path = configPath ?? (environment["DOCKER_CONFIG"].map { $0 + "/config.json" }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.docker/config.json")
        var auths: [String: RegistryCredential] = [:]
        var helpers: [String: String] = [:]
        var store: String?
        if let data = FileManager.default.contents(atPath: path),
            let config = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        {
            for (host, value) in config["auths"] as? [String: Any] ?? [:] {
                guard let entry = value as? [String: Any] else { continue }
                if let token = entry["identitytoken"] as? String, !token.isEmpty {
                    auths[Self.normalize(host)] = RegistryCredential(username: "<token>", secret: token, isIdentityToken: true)
                } else if let encoded = entry["auth"] as? String, let decoded = Data(base64Encoded: encoded).map({ String(decoding: $0, as: UTF8.self) }),
                    let colon = decoded.firstIndex(of: ":")
                {
                    auths[Self.normalize(host)] = RegistryCredential(username: String(decoded[..<colon]), secret: String(decoded[decoded.index(after: colon)...]))
                } else if let username = entry["username"] as? String, let password = entry["password"] as? String {
                    auths[Self.normalize(host)] = RegistryCredential(username: username, secret: password)
                }
            }
            for (host, helper) in config["credHelpers"] as? [String: String] ?? [:] { helpers[Self.normalize(host)] = helper }
            store = config["credsStore"] as? String
        }
        self.auths = auths
        self.helpers = helpers
        defaultStore = store
    }

    /// `https://index.docker.io/v1/` and `registry.example.com` both key by host.
    static func normalize(_ host: String) -> String {
        var text = host
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        if let slash = text.firstIndex(of: "/") { text = String(text[..<slash]) }
        return text == "index.docker.io" || text == "registry-1.docker.io" ? "docker.io" : text
    }

    /// The credential for a registry host, from a helper if one is configured for it, else from `auths`.
    public func credential(for host: String) -> RegistryCredential? {
        if let answer = helperAnswer(for: host), case .success(let credential) = answer { return credential }
        return auths[Self.normalize(host)]
    }

    /// Why the helper configured for a host gave no credential, when one is configured and failed.
    func helperFailure(for host: String) -> String? {
        guard let answer = helperAnswer(for: host), case .failure(let failure) = answer else { return nil }
        return failure.description
    }

    private func helperAnswer(for host: String) -> Result<RegistryCredential, HelperFailure>? {
        let key = Self.normalize(host)
        guard let helper = helpers[key] ?? (auths[key] == nil ? defaultStore : nil) else { return nil }
        return helperAnswers.value(for: helper + " " + key) { Self.runHelper(helper, host: Self.helperServer(key), timeout: helperTimeout) }
    }

    /// Docker Hub credentials are stored under the server URL `docker login` uses.
    static func helperServer(_ host: String) -> String { host == "docker.io" ? "https://index.docker.io/v1/" : host }

    /// `docker-credential-NAME get`, host on standard input, `{"Username": ..., "Secret": ...}` on output.
    /// Bounded: the helper gets `helperTimeout` seconds, and then it and its process group are killed; at most
    /// `Limits.helperOutput` bytes of its output are read, and none of it is ever repeated in a message.
    private static func runHelper(_ name: String, host: String, timeout: TimeInterval) -> Result<RegistryCredential, HelperFailure> {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            return .failure(HelperFailure(description: "the credential helper name \"\(DisplayText.escaped(name))\" is not a plain program name"))
        }
        let program = "docker-credential-\(name)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program, "get"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { return .failure(HelperFailure(description: "\(program) could not be started: \(error)")) }
        let reader = CappedReader(descriptor: output.fileHandleForReading.fileDescriptor, limit: Limits.helperOutput)
        // A helper that is missing or quits early has closed its end: the throwing write reports EPIPE instead of
        // trapping (FileHandle.write(_:) crashes on it), and the exit status below says what happened.
        try? input.fileHandleForWriting.write(contentsOf: Data(host.utf8))
        try? input.fileHandleForWriting.close()
        let deadline = DispatchTime.now() + timeout
        func killGroup() {
            let pid = process.processIdentifier
            kill(-pid, SIGKILL)  // the helper's process group: children it left behind too
            kill(pid, SIGKILL)
        }
        if exited.wait(timeout: deadline) == .timedOut {
            killGroup()
            exited.wait()
            return .failure(HelperFailure(description: "\(program) did not answer within \(Int(timeout)) s; it was stopped"))
        }
        // It exited; a child it left running may still hold the output open, so wait for the end of output only
        // until the deadline (and a moment), then stop that child too and use what arrived.
        if !reader.finished(by: min(deadline, .now() + 1)) { killGroup() }
        let data = reader.bytes
        // env exits 127 when the program is not on PATH.
        if process.terminationStatus == 127 { return .failure(HelperFailure(description: "\(program) is not installed on PATH")) }
        guard process.terminationStatus == 0 else {
            // What a failing helper printed is not repeated: some print the secret they could not store or parse.
            return .failure(HelperFailure(description: "\(program) found no credentials for \(host) (exit status \(process.terminationStatus))"))
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(data))) as? [String: Any],
            let username = object["Username"] as? String, let secret = object["Secret"] as? String
        else { return .failure(HelperFailure(description: "\(program) answered something other than {\"Username\", \"Secret\"}")) }
        // Helpers hand identity tokens over with the user name "<token>", as docker-credential-helpers define.
        return .success(RegistryCredential(username: username, secret: secret, isIdentityToken: username == "<token>"))
    }
}

/// Reads a pipe on a background thread up to a byte limit, so the caller can wait for it with a deadline.
/// `@unchecked Sendable`: `collected` and `done` are only touched under `lock`.
private final class CappedReader: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [UInt8] = []
    private let finishedReading = DispatchSemaphore(value: 0)

    init(descriptor: Int32, limit: Int) {
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                lock.lock()
                let room = max(0, limit - collected.count)
                collected += buffer[0..<min(count, room)]
                lock.unlock()
            }
            finishedReading.signal()
        }
    }

    /// True when the output ended before `deadline`.
    func finished(by deadline: DispatchTime) -> Bool { finishedReading.wait(timeout: deadline) == .success }

    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
