import Foundation

/// Turns the paths findings carry into paths relative to the repository root, as code scanning, GitHub
/// annotations and baselines need them. The root is the nearest folder above the working folder that holds
/// `.git`, else the working folder.
public struct RepositoryPaths: Sendable {
    /// Absolute, without a trailing slash.
    public let root: String
    private let workingFolder: String

    public init(workingFolder: String = FileManager.default.currentDirectoryPath, root: String? = nil) {
        let working = Self.standardized(workingFolder)
        self.workingFolder = working
        self.root = root.map { Self.standardized(Self.absolute($0, in: working)) } ?? Self.repositoryRoot(above: working) ?? working
    }

    /// The path relative to the root, or nil when it lies outside (or is standard input).
    public func relative(_ path: String) -> String? {
        guard path != "-", !Self.isReference(path) else { return nil }
        return relative(standardized: Self.standardized(Self.absolute(path, in: workingFolder)))
    }

    /// The path as reports show it: relative to the root when inside, else absolute.
    public func display(_ path: String) -> String {
        guard path != "-", !Self.isReference(path) else { return path }
        let absolute = Self.standardized(Self.absolute(path, in: workingFolder))
        return relative(standardized: absolute) ?? absolute
    }

    private func relative(standardized absolute: String) -> String? {
        if absolute == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : nil
    }

    /// A `file://` URI of the root, with the trailing slash SARIF's `originalUriBaseIds` need.
    public var rootURI: String { "file://" + URIText.encodePath(root == "/" ? "/" : root + "/") }

    /// A registry reference (`docker://…`) rather than a file path: it holds `://`. Searched in the bytes of an
    /// ASCII path; by characters otherwise, as a `/` followed by a combining mark is not the character `/`.
    private static func isReference(_ path: String) -> Bool {
        let bytes = path.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return path.contains("://") }
        var index = bytes.startIndex
        while let colon = bytes[index...].firstIndex(of: UInt8(ascii: ":")) {
            if bytes[colon...].starts(with: "://".utf8) { return true }
            index = bytes.index(after: colon)
        }
        return false
    }

    static func absolute(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : folder + "/" + path
    }

    /// Removes `.` and `..` components and doubled slashes, without touching the file system.
    static func standardized(_ path: String) -> String {
        // An ASCII path is split at its `/` bytes; any other by characters, as a `/` followed by a combining mark
        // is not the character `/` (the two give the same parts for ASCII, and bytes cost a tenth as much).
        let parts = path.utf8.allSatisfy({ $0 < 0x80 })
            ? path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
            : path.split(separator: "/", omittingEmptySubsequences: true)
        var kept: [Substring] = []
        for part in parts {
            if part == "." { continue }
            if part == ".." { if !kept.isEmpty { kept.removeLast() }; continue }
            kept.append(part)
        }
        return "/" + kept.joined(separator: "/")
    }

    private static func repositoryRoot(above folder: String) -> String? {
        var current = folder
        while true {
            if FileManager.default.fileExists(atPath: current + "/.git") { return current }
            if current == "/" { return nil }
            current = standardized(current + "/..")
        }
    }
}

/// Percent-encoding for the path part of URIs (RFC 3986 unreserved characters and `/` stay as they are).
public enum URIText {
    public static func encodePath(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let keep = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || "-._~/".utf8.contains(byte)
            if keep { result.unicodeScalars.append(Unicode.Scalar(byte)) } else { result += String(format: "%%%02X", byte) }
        }
        return result
    }
}
