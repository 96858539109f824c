import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Why talking to a registry failed; the message never contains a credential.
public struct RegistryError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable { case unreachable, timedOut, authentication, notFound, http, tooLarge, protocolViolation }
    public let kind: Kind
    public let description: String
    public var status: Int?

    /// An attempt that received nothing for a while (`RegistryClient.stallTimeout`): worth another attempt.
    var stalled = false
    /// The connection was refused (most often a wrong address): tried again once only.
    var refused = false
    /// The host and port a transport failure happened at.
    var place: String?

    init(_ kind: Kind, _ description: String, status: Int? = nil, stalled: Bool = false, place: String? = nil) {
        self.kind = kind
        self.description = description
        self.status = status
        self.stalled = stalled
        self.place = place
    }
}

/// One HTTP answer, body kept (up to a cap) or only hashed.
struct RegistryResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]
    /// The body's size and digest when the request asked for hashing.
    let received: Int
    let digest: Digest?
}

/// A blocking client for the OCI distribution API on async-http-client: Accept headers for every manifest
/// type, bearer-token and basic auth from `WWW-Authenticate` challenges, retries with backoff on 429 and 5xx
/// (honouring `Retry-After`), redirects followed by hand so `Authorization` never goes to another host, and
/// bodies capped. Call it from worker threads, never from an event loop.
/// `@unchecked Sendable`: the authorization cache is only touched under `lock`; HTTPClient is thread-safe.
public final class RegistryClient: @unchecked Sendable {
    public struct Options: Sendable {
        /// Plain HTTP instead of HTTPS for every host, only when asked for.
        public var insecure = false
        /// Hosts spoken to over plain HTTP (from the config file), the others keeping HTTPS.
        public var insecureHosts: Set<String> = []
        public var timeout: TimeInterval = 30
        /// When the whole audit must be over (`--deadline`): no request starts or waits past it, and one under way
        /// is cut off then, so every reference not done is reported as not checked instead of holding the run.
        public var deadline: Date?
        /// Attempts after the first, for transient failures; --timeout bounds them all.
        public var retries = 8
        /// First backoff delay; doubled after each retry, up to `maximumBackoff`.
        public var backoff: TimeInterval = 0.25
        public var maximumBackoff: TimeInterval = 2
        /// The longest `Retry-After` honoured.
        public var maximumWait: TimeInterval = 30
        /// Connections kept per registry host: as many as the audit's workers.
        public var connections = 8

        public init() {}
    }

    public static let manifestTypes = [MediaType.ociIndex, MediaType.ociManifest, MediaType.dockerList, MediaType.dockerManifest]

    let options: Options
    private let http: HTTPClient
    private let credentials: DockerCredentialStore
    private let lock = NSLock()
    /// Authorization header values by host and scope (`Bearer …` or `Basic …`).
    private var authorizations: [String: String] = [:]

    public init(options: Options = Options(), credentials: DockerCredentialStore = DockerCredentialStore()) {
        self.options = options
        var credentials = credentials
        credentials.helperTimeout = options.timeout
        self.credentials = credentials
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10), read: .milliseconds(Int64(Self.stallTimeout(options.timeout) * 1000))))
        configuration.httpVersion = .http1Only
        // A refused connection fails now; send() retries it once itself instead of waiting out the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, options.connections)
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    deinit { try? http.syncShutdown() }

    /// Docker Hub's references say docker.io; its API is served from registry-1.docker.io.
    func baseURL(_ host: String) -> String {
        (options.insecure || options.insecureHosts.contains(host) ? "http://" : "https://") + (host == "docker.io" ? "registry-1.docker.io" : host)
    }

    // MARK: - Requests

    /// Sends a request with authentication, retries and redirects. `keep` caps the body kept in memory;
    /// `hash` streams the body through that algorithm instead.
    ///
    /// Credentials go only to the registry's own origin (scheme, host and port): a redirect or a `Link` URL to
    /// anything else is requested without `Authorization`, and its 401 challenges are not answered. A secure
    /// registry is never followed down to plain HTTP.
    func send(_ method: HTTPMethod, _ url: String, host: String, scope: String, accept: [String] = [], keep: Int = 4 << 20, hash: String? = nil,
              extra: [(name: String, value: String)] = []) throws(RegistryError) -> RegistryResponse {
        let registry = Origin(url: baseURL(host))
        var target = url
        var redirects = 0
        var attempt = 0
        var challenged = false
        // --timeout bounds the whole request, retries and Retry-After waits included (and --deadline the audit).
        let requestDeadline = min(Date().addingTimeInterval(options.timeout), options.deadline ?? .distantFuture)
        while true {
            let origin = Origin(url: target)
            if registry?.scheme == "https", origin?.scheme != "https" {
                throw RegistryError(.protocolViolation, "\(host) sent manifestlint to \(DisplayText.escaped(Origin.withoutQuery(target))), "
                    + "off HTTPS; refused (a registry reached over HTTPS is never followed to plain HTTP)")
            }
            let sendAuthorization = origin != nil && origin == registry
            var headers = HTTPHeaders()
            if !accept.isEmpty { headers.add(name: "Accept", value: accept.joined(separator: ", ")) }
            headers.add(name: "User-Agent", value: "\(ToolInfo.name)/\(ToolInfo.version)")
            for header in extra { headers.add(name: header.name, value: header.value) }
            if sendAuthorization, let authorization = cachedAuthorization(host: host, scope: scope) { headers.add(name: "Authorization", value: authorization) }
            let response: RegistryResponse
            do {
                response = try perform(method, target, headers: headers, keep: keep, hash: hash, until: requestDeadline)
            } catch let error as RegistryError {
                // A reset or dropped connection, a body cut short, an answer that stalled: tried again after a
                // jittered backoff while the request's --timeout (and the audit's --deadline) leave time for it.
                let transient = error.kind == .unreachable || error.stalled
                // A refused connection is most often a wrong address, not a fault in flight: tried again once.
                let refused = error.refused
                let wait = Self.jittered(min(options.backoff * pow(2, Double(attempt)), options.maximumBackoff))
                if transient, attempt < (refused ? min(options.retries, 1) : options.retries), wait + 0.2 < requestDeadline.timeIntervalSinceNow {
                    attempt += 1
                    pause(wait)
                    continue
                }
                let auditOver = options.deadline.map { Date() >= $0.addingTimeInterval(-0.1) } ?? false
                if error.kind == .timedOut, !auditOver, error.stalled || (attempt > 0 && error.place != nil) {
                    throw RegistryError(.timedOut, "\(error.place ?? host) timed out after \(DisplayText.seconds(options.timeout)) "
                        + "(--timeout \(DisplayText.seconds(options.timeout)); \(attempt + 1) attempt\(attempt == 0 ? "" : "s"))")
                }
                if error.kind == .unreachable, attempt > 0, !refused {
                    throw RegistryError(.unreachable, "\(error.description) (\(attempt + 1) attempts)")
                }
                throw error
            } catch {
                throw RegistryError(.unreachable, "\(host): \(error)")
            }
            switch response.status {
            case 401 where sendAuthorization && !challenged:
                challenged = true
                try authenticate(host: host, scope: scope, challenge: response.headers.first(name: "WWW-Authenticate"))
                continue
            case 401 where !sendAuthorization:
                throw RegistryError(.authentication, "\(DisplayText.escaped(Origin.withoutQuery(target))) asked for credentials; "
                    + "it is not \(host), so none were sent", status: 401)
            case 401:
                if let credential = credentials.credential(for: host) {
                    throw RegistryError(.authentication, "\(host) refused the credentials for \(credential.username) (HTTP 401)", status: 401)
                }
                throw noCredentials(host)
            case 403:
                throw RegistryError(.authentication, "\(host) denied access to \(scope) (HTTP 403)", status: 403)
            case 301, 302, 303, 307, 308:
                guard redirects < 5, let location = response.headers.first(name: "Location") else {
                    throw RegistryError(.protocolViolation, "\(target): too many redirects", status: response.status)
                }
                redirects += 1
                // The next round checks the new origin: credentials stay with the registry's.
                target = URL(string: location, relativeTo: URL(string: target))?.absoluteURL.absoluteString ?? location
                continue
            case 429, 500, 502, 503, 504:
                guard attempt < options.retries else {
                    throw RegistryError(.http, "\(target) answered HTTP \(response.status) \(attempt + 1) times", status: response.status)
                }
                attempt += 1
                let retryAfter = response.headers.first(name: "Retry-After").flatMap(TimeInterval.init)
                let wait = min(retryAfter ?? Self.jittered(min(options.backoff * pow(2, Double(attempt - 1)), options.maximumBackoff)), options.maximumWait)
                guard wait < requestDeadline.timeIntervalSinceNow else {
                    throw RegistryError(.http, "\(target) answered HTTP \(response.status) and asked to retry after \(DisplayText.seconds(wait)), "
                        + "past --timeout \(DisplayText.seconds(options.timeout)) for this request (or the audit's --deadline); not retried",
                        status: response.status)
                }
                pause(wait)
                continue
            default:
                return response
            }
        }
    }

    private func pause(_ seconds: TimeInterval) {
        if seconds > 0 { Thread.sleep(forTimeInterval: seconds) }
    }

    /// A backoff delay spread over half to one and a half times itself, so workers that failed together do not
    /// all come back at the same moment.
    static func jittered(_ seconds: TimeInterval) -> TimeInterval { seconds * Double.random(in: 0.5..<1.5) }

    /// How long an attempt may go without receiving a byte before it counts as stalled (and is tried again):
    /// a third of --timeout, at least a second.
    static func stallTimeout(_ timeout: TimeInterval) -> TimeInterval { max(1, timeout / 3) }

    /// One attempt, which must be over by `until` (the request's --timeout, or sooner the audit's --deadline).
    private func perform(_ method: HTTPMethod, _ url: String, headers: HTTPHeaders, body: String? = nil, keep: Int, hash: String?,
                         until requestDeadline: Date = .distantFuture) throws -> RegistryResponse {
        let request: HTTPClient.Request
        do {
            request = try HTTPClient.Request(url: url, method: method, headers: headers, body: body.map { .string($0) })
        } catch {
            throw RegistryError(.protocolViolation, "\(url) is not a URL manifestlint can request")
        }
        // A streamed body must also keep moving: fewer than `Limits.minimumBytesPerTimeout` bytes in any --timeout
        // window ends it, so a registry that drips a huge layer is cut off near --timeout, not after hours.
        let delegate = BodyDelegate(keep: keep, hash: hash, progressWindow: hash != nil ? options.timeout : nil)
        // Every request has a deadline. A streamed layer gets --timeout plus a second per MiB it may carry (at
        // most its declared size), so a large layer can arrive; the progress bound above ends a drip-fed one.
        var seconds = max(0.05, min(options.timeout, requestDeadline.timeIntervalSinceNow))
        if hash != nil { seconds += Double(min(keep, 1 << 40)) / 1_048_576 }
        var cutByDeadline = false
        if let deadline = options.deadline {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw RegistryError(.timedOut, "the audit's --deadline passed before \(DisplayText.escaped(Origin.withoutQuery(url))) was requested") }
            if left <= seconds + 0.05 { (seconds, cutByDeadline) = (min(seconds, left), true) }
        }
        do {
            let deadline: NIODeadline = .now() + .milliseconds(Int64(min(seconds, 30 * 86_400) * 1000))
            return try http.execute(request: request, delegate: delegate, deadline: deadline).futureResult.wait()
        } catch let error as RegistryError {
            throw error
        } catch {
            let place = "\(URL(string: url)?.host ?? url)\(URL(string: url)?.port.map { ":\($0)" } ?? "")"
            switch Self.describe(error) {
            case .timedOut where cutByDeadline:
                throw RegistryError(.timedOut, "\(place) had not answered when the audit's --deadline passed")
            case .stalled:
                // No byte for a third of --timeout: send() tries again while the request's time lasts.
                throw RegistryError(.timedOut, "\(place) sent nothing for \(DisplayText.seconds(Self.stallTimeout(options.timeout)))",
                                    stalled: true, place: place)
            case .timedOut:
                throw RegistryError(.timedOut, "\(place) timed out after \(DisplayText.seconds(options.timeout)) (--timeout \(DisplayText.seconds(options.timeout)))",
                                    place: place)
            case .malformedResponse:
                throw RegistryError(.protocolViolation, "\(place) sent a malformed HTTP response (\(Self.parserProblem(error)))")
            case .refusedRequestHeader:
                throw RegistryError(.protocolViolation, "a request header for \(place) was refused by the HTTP client (value not shown)")
            case .other(let reason):
                var failure = RegistryError(.unreachable, "cannot reach \(place): \(reason)")
                failure.refused = reason == "connection refused"
                throw failure
            }
        }
    }

    private enum TransportFailure: Equatable {
        case timedOut, stalled, malformedResponse, refusedRequestHeader
        case other(String)
    }

    /// What a transport error means; never the error's own text when it could quote a header (a token).
    private static func describe(_ error: Error) -> TransportFailure {
        let text = String(describing: error)
        let type = String(reflecting: Swift.type(of: error))
        // The response could not be parsed (llhttp's errors): the registry's fault, whatever the field was.
        if type.contains("HTTPParserError") { return .malformedResponse }
        if text.contains("readTimeout") { return .stalled }
        if text.contains("deadlineExceeded") || text.contains("Timeout") || text.contains("timeout") { return .timedOut }
        if text.contains("HeaderField") || text.contains("header") { return .refusedRequestHeader }
        if text.contains("connectionRefused") || text.contains("Connection refused") { return .other("connection refused") }
        if text.contains("NIOSSL") || text.contains("handshake") { return .other("TLS failed (use --insecure for a plain-HTTP registry)") }
        return .other(DisplayText.escaped(text))
    }

    /// The parser's word for what was wrong (`invalidHeaderToken`), which names no value.
    private static func parserProblem(_ error: Error) -> String {
        let text = String(describing: error)
        let word = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).last.map(String.init) ?? ""
        return word.isEmpty ? "unparsable" : word
    }


    // MARK: - Authentication

    private func key(_ host: String, _ scope: String) -> String { host + " " + scope }

    private func cachedAuthorization(host: String, scope: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return authorizations[key(host, scope)] ?? authorizations[key(host, "*")]
    }

    private func store(_ authorization: String, host: String, scope: String) {
        lock.lock()
        authorizations[key(host, scope)] = authorization
        lock.unlock()
    }

    /// Whether a credential may be sent to `url`: over HTTPS, or plain HTTP to a loopback address only. Whatever
    /// `--insecure` or a config says, a password or token never crosses a network in clear text.
    private func mayCarryCredentials(_ url: String) -> Bool {
        guard let origin = Origin(url: url) else { return false }
        return origin.scheme == "https" || Self.isLoopback(origin.host)
    }

    /// 127.0.0.0/8, ::1 and localhost.
    public static func isLoopback(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), let end = name.firstIndex(of: "]") { name = String(name[name.index(after: name.startIndex)..<end]) }
        else if let colon = name.lastIndex(of: ":"), name.firstIndex(of: ":") == colon { name = String(name[..<colon]) }
        if name == "localhost" || name == "::1" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    private func clearText(_ host: String) -> RegistryError {
        RegistryError(.authentication, "\(host) asked for credentials over plain HTTP; none were sent (credentials travel over HTTPS, "
            + "or plain HTTP to a loopback address only)", status: 401)
    }

    private func noCredentials(_ host: String) -> RegistryError {
        let why = credentials.helperFailure(for: host).map { " (\($0))" } ?? " (docker login, or ~/.docker/config.json)"
        return RegistryError(.authentication, "\(host) requires authentication and no credentials were found" + why, status: 401)
    }

    private func authenticate(host: String, scope: String, challenge: String?) throws(RegistryError) {
        guard let challenge else {
            throw RegistryError(.authentication, "\(host) answered 401 without a WWW-Authenticate challenge", status: 401)
        }
        let credential = credentials.credential(for: host)
        let parameters = Self.challengeParameters(challenge)
        if challenge.lowercased().hasPrefix("basic") {
            guard let credential else { throw noCredentials(host) }
            guard mayCarryCredentials(baseURL(host)) else { throw clearText(host) }
            guard !credential.isIdentityToken else {
                throw RegistryError(.authentication, "\(host) asks for basic auth but the stored credential is an identity token", status: 401)
            }
            store(credential.basicHeader, host: host, scope: "*")
            return
        }
        guard challenge.lowercased().hasPrefix("bearer"), let realm = parameters["realm"], var components = URLComponents(string: realm) else {
            throw RegistryError(.authentication, "\(host) asked for an authentication scheme manifestlint does not speak", status: 401)
        }
        // A credential never crosses the network in clear for a registry reached over HTTPS.
        if Origin(url: baseURL(host))?.scheme == "https", components.scheme?.lowercased() != "https" {
            throw RegistryError(.authentication, "\(host) named a token service that is not HTTPS (\(DisplayText.escaped(Origin.withoutQuery(realm)))); "
                + "refused, so no credential was sent", status: 401)
        }
        if credential != nil, !mayCarryCredentials(realm) { throw clearText(host) }
        var query = [URLQueryItem]()
        if let service = parameters["service"] { query.append(URLQueryItem(name: "service", value: service)) }
        query.append(URLQueryItem(name: "scope", value: parameters["scope"] ?? scope))
        var headers = HTTPHeaders()
        var body: String?
        if let credential, credential.isIdentityToken {
            // OAuth2 refresh-token grant (distribution's token spec, "oauth.md"): POST a form, get access_token.
            query += [URLQueryItem(name: "grant_type", value: "refresh_token"), URLQueryItem(name: "client_id", value: ToolInfo.name),
                      URLQueryItem(name: "refresh_token", value: credential.secret)]
            var form = URLComponents()
            form.queryItems = query
            body = form.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
            headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        } else {
            components.queryItems = (components.queryItems ?? []) + query
            if let credential { headers.add(name: "Authorization", value: credential.basicHeader) }
        }
        guard let tokenURL = components.url?.absoluteString else {
            throw RegistryError(.authentication, "\(host) gave an unusable token realm", status: 401)
        }
        let response: RegistryResponse
        do {
            response = try perform(body == nil ? .GET : .POST, tokenURL, headers: headers, body: body, keep: 1 << 20, hash: nil)
        } catch let error as RegistryError {
            throw error
        } catch {
            throw RegistryError(.authentication, "cannot get a token for \(host): \(error)")
        }
        guard response.status == 200 else {
            throw RegistryError(.authentication, credential == nil
                ? "the token service of \(host) refused anonymous access (HTTP \(response.status)); log in first"
                : "the token service of \(host) refused the \(credential!.isIdentityToken ? "identity token" : "credentials for \(credential!.username)") (HTTP \(response.status))", status: response.status)
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any],
            let token = (object["token"] as? String) ?? (object["access_token"] as? String)
        else { throw RegistryError(.authentication, "the token service of \(host) sent no token") }
        // A header value is visible ASCII; anything else (CR, LF) would be refused by the HTTP client with the
        // token quoted in its error, so it is refused here without it.
        guard !token.isEmpty, token.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw RegistryError(.authentication, "the token service of \(host) sent a token with characters a header cannot carry (not shown)")
        }
        store("Bearer " + token, host: host, scope: scope)
    }

    /// `Bearer realm="https://auth.example.com/token",service="registry",scope="repository:app:pull"`.
    static func challengeParameters(_ challenge: String) -> [String: String] {
        var result: [String: String] = [:]
        guard let space = challenge.firstIndex(of: " ") else { return result }
        var rest = challenge[challenge.index(after: space)...]
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "," }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                let end = rest.firstIndex(of: "\"") ?? rest.endIndex
                value = String(rest[..<end])
                rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            } else {
                let end = rest.firstIndex(of: ",") ?? rest.endIndex
                value = String(rest[..<end])
                rest = rest[end...]
            }
            result[name] = value
        }
        return result
    }
}
