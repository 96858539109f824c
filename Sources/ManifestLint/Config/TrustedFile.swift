import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a config or rule file as text, refusing what repository content could use to make manifestlint read
/// something else: a link whose real path leaves the tree the file belongs to, anything under `/proc`, `/sys` or
/// `/dev`, and anything that is not a regular file (a FIFO, a device, a socket). The text must be UTF-8 without
/// control characters other than tab, line feed and carriage return, so that no error message can quote binary
/// data (such as `/proc/self/environ`) back. Errors name the file, never its contents.
public enum TrustedFile {
    /// The largest config or rule file read.
    public static let sizeLimit = 1 << 20

    /// The text of `path`. `tree`: the folder the file must really lie in (a repository's config folder), or nil
    /// for a file the user named on the command line, which may be anywhere but must still be a regular file.
    public static func text(_ path: String, what: String, inside tree: String?) throws(YAMLFileError) -> String {
        func refuse(_ reason: String) -> YAMLFileError {
            YAMLFileError(path: path, line: 1, column: 1, message: "\(what) refused: \(reason)")
        }
        guard let real = realPath(path) else {
            throw YAMLFileError(path: path, line: 1, column: 1, message: "cannot read the \(what): \(String(cString: strerror(errno)))")
        }
        for system in ["/proc/", "/sys/", "/dev/"] where real.hasPrefix(system) || real + "/" == system {
            throw refuse("it leads to \(DisplayText.escaped(real)), a system file, not a text file of the repository")
        }
        if let tree, let realTree = realPath(tree), !(real == realTree || real.hasPrefix(realTree == "/" ? "/" : realTree + "/")) {
            throw refuse("it is a link to \(DisplayText.escaped(real)), outside \(DisplayText.escaped(realTree)); "
                + "a repository's config and rule files are read only from inside it")
        }
        let descriptor = Glibc.open(real, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw refuse(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw refuse("not a regular file")
        }
        guard info.st_size <= sizeLimit else { throw refuse("\(info.st_size) bytes, more than \(sizeLimit)") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw refuse(String(cString: strerror(errno))) }
            if count == 0 { break }
            filled += count
        }
        guard filled <= Int(info.st_size) else { throw refuse("it changed while it was read") }
        bytes.removeSubrange(filled...)
        var line = 1
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F {
                throw YAMLFileError(path: path, line: line, column: 1,
                    message: "the \(what) holds a control character (byte 0x\(String(byte, radix: 16))); it must be text (contents not shown)")
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw YAMLFileError(path: path, line: 1, column: 1, message: "the \(what) is not UTF-8 text (contents not shown)")
        }
        return text
    }

    private static func realPath(_ path: String) -> String? {
        FileName(path).realPath().map { String(decoding: $0, as: UTF8.self) }
    }
}
