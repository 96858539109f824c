import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The pieces under `RegistryClient`: how one response is collected (capped, or streamed through a hash, with a
/// minimum rate), and which origin credentials may go to.

/// Collects a response: head, body up to a cap (or streamed through a hash).
/// `@unchecked Sendable`: async-http-client calls a delegate's methods one at a time on its channel's event loop.
final class BodyDelegate: HTTPClientResponseDelegate, @unchecked Sendable {
    typealias Response = RegistryResponse
    private let keep: Int
    private var hasher: BlobHasher?
    private var head: HTTPResponseHead?
    private var body: [UInt8] = []
    private var received = 0
    /// With a window: the body must bring `Limits.minimumBytesPerTimeout` bytes in every window of that many seconds.
    private let progressWindow: TimeInterval?
    private var windowStart = Date()
    private var windowBytes = 0

    init(keep: Int, hash: String?, progressWindow: TimeInterval? = nil) {
        self.keep = keep
        hasher = hash.flatMap(BlobHasher.init(algorithm:))
        self.progressWindow = progressWindow
    }

    func didReceiveHead(task: HTTPClient.Task<Response>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        self.head = head
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Response>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        received += buffer.readableBytes
        // Kept or only hashed, a body never runs past its cap: an endless stream is cut, not read forever.
        guard received <= keep else {
            return task.eventLoop.makeFailedFuture(RegistryError(.tooLarge, "the response is larger than \(keep) bytes"))
        }
        if let progressWindow {
            windowBytes += buffer.readableBytes
            let elapsed = Date().timeIntervalSince(windowStart)
            if elapsed >= progressWindow {
                guard windowBytes >= Limits.minimumBytesPerTimeout else {
                    return task.eventLoop.makeFailedFuture(RegistryError(.timedOut, "the body arrived too slowly: \(windowBytes) bytes in "
                        + "\(DisplayText.seconds(elapsed)), fewer than \(Limits.minimumBytesPerTimeout) per --timeout; cut off"))
                }
                windowStart = Date()
                windowBytes = 0
            }
        }
        if hasher != nil, (200..<300).contains(Int(head?.status.code ?? 0)) {
            buffer.withUnsafeReadableBytes { hasher?.update($0) }
        } else {
            body += buffer.readableBytesView
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didFinishRequest(task: HTTPClient.Task<Response>) throws -> Response {
        RegistryResponse(status: Int(head?.status.code ?? 0), headers: head?.headers ?? [:], body: body, received: received, digest: hasher?.finalize())
    }
}

/// Where credentials may go: a URL's scheme, host and port (the default port filled in). Two URLs of one origin
/// may share an `Authorization`; any difference means another party.
struct Origin: Equatable {
    let scheme: String
    let host: String
    let port: Int

    init?(url: String) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        self.scheme = scheme
        self.host = host
        port = components.port ?? (scheme == "https" ? 443 : 80)
    }

    /// A URL as messages show it: without its query, which may carry a token.
    static func withoutQuery(_ url: String) -> String {
        String(url.prefix { $0 != "?" })
    }
}
