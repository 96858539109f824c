import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A path as the file system knows it (bytes, which need not be UTF-8) and as reports show it: UTF-8 names as
/// they are, other bytes as `\xNN`, so `caf\xe9.json` is read by its real name and shown legibly. In a name that
/// has either, every backslash is shown as `\\`: the shown text (which reports, baselines and SARIF URIs use as
/// the file's identity) then names one file only, so a file literally named `img\xff.json` (shown
/// `img\\xff.json`) never passes for the byte 0xFF.
public struct FileName: Sendable, Hashable {
    public let display: String
    /// The bytes of a name that is not UTF-8; nil when `display` holds them exactly (the usual case, which keeps
    /// one copy of each name a folder walk lists).
    private let rawBytes: [UInt8]?

    /// The path's bytes, without a terminating NUL.
    public var bytes: [UInt8] { rawBytes ?? Array(display.utf8) }

    /// How many bytes the path has (without building them).
    var byteCount: Int { rawBytes?.count ?? display.utf8.count }

    public init(_ path: String) {
        if path.utf8.contains(Self.backslash) {
            self.init(bytes: Array(path.utf8))
        } else {
            self.init(display: path, rawBytes: nil)
        }
    }

    private init(display: String, rawBytes: [UInt8]?) {
        self.display = display
        self.rawBytes = rawBytes
    }

    public init(bytes: [UInt8]) {
        if !bytes.contains(Self.backslash), let text = String(validating: bytes, as: UTF8.self) {
            self.init(display: text, rawBytes: nil)
        } else {
            self.init(display: Self.displayText(bytes), rawBytes: bytes)
        }
    }

    /// `folder/name`.
    func appending(_ component: [UInt8]) -> FileName {
        // The usual case, a UTF-8 folder and name, without a byte copy of the folder (a walk does this per entry).
        if rawBytes == nil, !component.contains(Self.backslash), let name = String(validating: component, as: UTF8.self) {
            return FileName(display.utf8.last == UInt8(ascii: "/") ? display + name : display + "/" + name)
        }
        return FileName(bytes: bytes.last == UInt8(ascii: "/") ? bytes + component : bytes + [UInt8(ascii: "/")] + component)
    }

    func withCString<T>(_ body: (UnsafePointer<CChar>) -> T) -> T {
        guard let rawBytes else { return display.withCString(body) }
        return (rawBytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    func open(_ flags: Int32, mode: mode_t = 0o644) -> Int32 { withCString { Glibc.open($0, flags, mode) } }

    /// `stat` (following links) or `lstat`; nil when the call fails.
    func status(following: Bool) -> stat? {
        var info = stat()
        let result = withCString { following ? stat($0, &info) : lstat($0, &info) }
        return result == 0 ? info : nil
    }

    /// The canonical absolute path (`realpath`), as bytes.
    func realPath() -> [UInt8]? {
        withCString { pointer -> [UInt8]? in
            guard let resolved = realpath(pointer, nil) else { return nil }
            defer { free(resolved) }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
        }
    }

    private static let backslash = UInt8(ascii: "\\")

    static func displayText(_ bytes: [UInt8]) -> String {
        if !bytes.contains(backslash), let text = String(validating: bytes, as: UTF8.self) { return text }
        var result = ""
        var index = 0
        while index < bytes.count {
            // The longest valid UTF-8 sequence starting here, else one escaped byte.
            var decoded: String?
            for length in (1...min(4, bytes.count - index)).reversed() {
                if let text = String(validating: bytes[index..<(index + length)], as: UTF8.self), text.unicodeScalars.count == 1 {
                    decoded = text
                    index += length
                    break
                }
            }
            if decoded == "\\" {
                result += "\\\\"
            } else if let decoded { result += decoded } else {
                result += "\\x" + String(bytes[index], radix: 16, uppercase: false).leftPadded(to: 2)
                index += 1
            }
        }
        return result
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

/// A device and inode: what a folder or file is, whatever the path it was reached by.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
