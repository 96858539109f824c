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
        let data: [UInt8]
        switch HelperProcess.run(["/usr/bin/env", program, "get"], input: Array(host.utf8), timeout: timeout, outputLimit: Limits.helperOutput) {
        case .notStarted(let reason):
            return .failure(HelperFailure(description: "\(program) could not be started: \(reason)"))
        case .timedOut:
            return .failure(HelperFailure(description: "\(program) did not answer within \(Int(timeout)) s; it was stopped"))
        case .exited(127, _):
            // env exits 127 when the program is not on PATH.
            return .failure(HelperFailure(description: "\(program) is not installed on PATH"))
        case .exited(let status, let output):
            // What a failing helper printed is not repeated: some print the secret they could not store or parse.
            guard status == 0 else {
                return .failure(HelperFailure(description: "\(program) found no credentials for \(host) (exit status \(status))"))
            }
            data = output
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(data))) as? [String: Any],
            let username = object["Username"] as? String, let secret = object["Secret"] as? String
        else { return .failure(HelperFailure(description: "\(program) answered something other than {\"Username\", \"Secret\"}")) }
        // Helpers hand identity tokens over with the user name "<token>", as docker-credential-helpers define.
        return .success(RegistryCredential(username: username, secret: secret, isIdentityToken: username == "<token>"))
    }
}
