import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing a report where the user asked (`--output`): into the named path, as a shell redirection does. A
/// regular file is truncated and written; a device, FIFO or `/dev/stdout` is written to; a symbolic link is
/// followed to its target. Nothing is ever renamed over the path, so `--output /dev/null` run as root leaves
/// the device alone.
public enum OutputFile {
    public static func write(_ data: some ContiguousBytes, to path: String) throws(BaselineError) {
        let descriptor = open(path)
        guard descriptor >= 0 else { throw BaselineError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        if let failure = data.withUnsafeBytes({ writeAll($0, to: descriptor) }) {
            throw BaselineError("cannot write \(path): \(String(cString: strerror(failure)))")
        }
    }

    static func open(_ path: String) -> Int32 { Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }

    /// Writes the whole buffer; the `errno` of a failure.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var written = 0
        while written < buffer.count {
            let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return nil
    }
}

/// Where a report goes, written piece by piece while the run goes on: standard output, or the `--output` path. A
/// regular file there (or a path that does not exist yet) keeps what it holds until the run is over: the pieces
/// gather in a `Spool` beside it, written into the path by `close` as `OutputFile` writes, so a run stopped half-way
/// leaves the previous report as it was and the walk never meets a half-written one. A device, FIFO or pipe
/// (`/dev/null`, `>(jq .)`) is written to as the pieces come. The first failure to write is kept (and what follows
/// not written): `close` throws it.
public final class ReportOutput {
    private let descriptor: Int32
    private let path: String?
    /// Where the pieces gather for a regular file, until `close`.
    private let spool: Spool?
    private var failure: Int32?

    /// Standard output (a failure to write it, such as a closed pipe, is the reader's choice, not an error).
    public init() {
        descriptor = STDOUT_FILENO
        path = nil
        spool = nil
    }

    /// The `--output` path; throws when it cannot be written (checked before the run, so that a long run does not
    /// end in that error).
    public init(path: String) throws(BaselineError) {
        self.path = path
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            descriptor = OutputFile.open(path)
            guard descriptor >= 0 else { throw BaselineError("cannot write \(path): \(String(cString: strerror(errno)))") }
            spool = nil
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            let exists = access(path, F_OK) == 0
            guard exists ? access(path, W_OK) == 0 : access(folder.isEmpty ? "." : folder, W_OK | X_OK) == 0 else {
                throw BaselineError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            descriptor = -1
            spool = try Spool(near: folder.isEmpty ? "." : folder)
        }
    }

    public func write(_ bytes: [UInt8]) {
        if let spool { return spool.write(bytes) }
        guard failure == nil else { return }
        failure = bytes.withUnsafeBytes { OutputFile.writeAll($0, to: descriptor) }
    }

    /// What a spool holds, appended.
    func write(contentsOf other: Spool) {
        other.forEachChunk { write($0) }
    }

    /// Writes a spooled report into its path and closes the output; throws the first failure to write it.
    public func close() throws(BaselineError) {
        guard let path else { return }
        if let spool {
            failure = spool.failure
            if failure == nil {
                let destination = OutputFile.open(path)
                if destination < 0 { failure = errno } else {
                    spool.forEachChunk { chunk in
                        if failure == nil { failure = chunk.withUnsafeBytes { OutputFile.writeAll($0, to: destination) } }
                    }
                    if failure == nil { failure = spool.failure }
                    Glibc.close(destination)
                }
            }
        } else {
            Glibc.close(descriptor)
        }
        if let failure { throw BaselineError("cannot write \(path): \(String(cString: strerror(failure)))") }
    }
}

/// An unnamed file a report gathers in (made, then unlinked at once, so nothing is left behind whatever happens):
/// in the folder it is meant for when it can be (the report's own file system), else in `$TMPDIR` or `/tmp`.
/// The first failure to write or read it is kept.
final class Spool {
    private let descriptor: Int32
    private(set) var failure: Int32?
    /// Bytes written.
    private(set) var size = 0

    init(near folder: String? = nil) throws(BaselineError) {
        for place in [folder, ProcessInfo.processInfo.environment["TMPDIR"], "/tmp"].compactMap({ $0 }) where !place.isEmpty {
            var template = Array((place + "/.manifestlint-report.XXXXXX").utf8CString)
            let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard made >= 0 else { continue }
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            _ = fcntl(made, F_SETFD, FD_CLOEXEC)
            descriptor = made
            return
        }
        throw BaselineError("cannot make a temporary file for the report in \(folder ?? "/tmp"): \(String(cString: strerror(errno)))")
    }

    deinit { close(descriptor) }

    func write(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        failure = bytes.withUnsafeBytes { OutputFile.writeAll($0, to: descriptor) }
        size += bytes.count
    }

    /// Everything written, read back from the start in chunks of 64 KiB.
    func forEachChunk(_ body: ([UInt8]) -> Void) {
        guard failure == nil else { return }
        var offset = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while offset < size {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            if count == 0 {
                failure = EIO  // shorter than what was written to it
                return
            }
            body(Array(buffer[0..<count]))
            offset += count
        }
    }
}
