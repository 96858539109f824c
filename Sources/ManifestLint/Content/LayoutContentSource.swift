import Foundation

/// Content of an OCI image layout on disk (`blobs/<algorithm>/<encoded>`). Paths are built only from digests that
/// passed the digest grammar (no `/`, no `..`), and a blob whose real path leaves the layout (a symbolic link
/// out of it) is refused before it is opened.
public struct LayoutContentSource: ContentSource {
    /// The layout folder as given, for display.
    public let root: String
    /// Its real path, for the containment check.
    private let realRoot: String

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        realRoot = Self.realPath(self.root) ?? self.root
    }

    public func displayPath(of digest: Digest) -> String { "\(root)/blobs/\(digest.algorithm)/\(digest.encoded)" }

    public var storeName: String { "the layout" }

    /// The blob's real path inside the layout, or why it cannot be read.
    private func locate(_ digest: Digest) -> Result<String, BlobLocation> {
        let path = displayPath(of: digest)
        var info = stat()
        guard lstat(path, &info) == 0 else { return .failure(.missing) }
        guard let real = Self.realPath(path) else { return .failure(.missing) }
        guard real.hasPrefix(realRoot + "/") else {
            return .failure(.outside("\(path) resolves to \(real), outside the layout; it was not read"))
        }
        return .success(real)
    }

    private enum BlobLocation: Error {
        case missing
        case outside(String)
    }

    /// Opens a blob for reading after the containment check; the caller closes the descriptor.
    private func openBlob(_ digest: Digest) -> Result<Int32, OpenFailure> {
        switch locate(digest) {
        case .success(let real):
            // O_NONBLOCK: a FIFO with no writer would block open() forever; the type is checked right after.
            let descriptor = open(real, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { return .failure(.failed(String(cString: strerror(errno)))) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                let kind = info.st_mode & S_IFMT == S_IFDIR ? "a folder" : "not a regular file"
                close(descriptor)
                return .failure(.failed(kind))
            }
            return .success(descriptor)
        case .failure(.missing): return .failure(.missing)
        case .failure(.outside(let reason)): return .failure(.outside(reason))
        }
    }

    private enum OpenFailure: Error {
        case missing
        case outside(String)
        case failed(String)
    }

    public func fetch(_ digest: Digest, limit: Int, as kind: BlobKind) -> BlobFetch {
        let descriptor: Int32
        switch openBlob(digest) {
        case .success(let opened): descriptor = opened
        case .failure(.missing): return .missing
        case .failure(.outside(let reason)): return .outside(reason)
        case .failure(.failed(let reason)): return .failed(reason)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failed("not a regular file") }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size: size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0 { return .failed(String(cString: strerror(errno))) }
            if count == 0 { break }
            filled += count
        }
        return .found(Array(bytes[0..<filled]))
    }

    public func verify(_ digest: Digest, declaredSize: Int64?) -> BlobVerification {
        let descriptor: Int32
        switch openBlob(digest) {
        case .success(let opened): descriptor = opened
        case .failure(.missing): return .missing
        case .failure(.outside(let reason)): return .outside(reason)
        case .failure(.failed(let reason)): return .failed(reason)
        }
        defer { close(descriptor) }
        var hasher = BlobHasher(algorithm: digest.algorithm)
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var size = 0
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress!, chunk)
            if count < 0 { return .failed(String(cString: strerror(errno))) }
            if count == 0 { break }
            hasher?.update(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            size += count
        }
        guard let hasher else { return .unsupported(size: size) }
        return .verified(size: size, digest: hasher.finalize())
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
