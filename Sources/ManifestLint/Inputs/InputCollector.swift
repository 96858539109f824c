import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A document to lint: where it came from and its bytes, or why it could not be read.
public struct InputDocument: Sendable {
    public let path: String
    public let contents: Result<[UInt8], InputError>
}

/// Why an input could not be read. Any of these makes the exit code 2.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, reason: String)
    case tooLarge(String, size: Int, limit: Int)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
        case .tooLarge(let path, let size, let limit):
            return "\(path): \(size) bytes is over the \(limit)-byte limit for one document (raise it with --max-size)"
        }
    }
}

/// Expands the command-line paths into documents: files as given, folders walked recursively
/// for files matching the include globs and none of the exclude globs, `-` for standard input.
public struct InputCollector: Sendable {
    public var include: [String] = ["*.json"]
    public var exclude: [String] = []
    public var maxDocumentSize = 4 * 1024 * 1024
    /// Files manifestlint itself reads or writes (the baseline, the report); skipped inside folders.
    public var ownFiles: Set<String> = []

    public init(include: [String] = ["*.json"], exclude: [String] = [], maxDocumentSize: Int = 4 * 1024 * 1024) {
        self.include = include
        self.exclude = exclude
        self.maxDocumentSize = maxDocumentSize
    }

    /// The file paths a set of arguments names, in a stable order (folders sorted).
    public func expand(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument -> [String] in
            var isFolder: ObjCBool = false
            guard argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue else {
                return [argument]
            }
            return filesBelow(argument)
        }
    }

    private func filesBelow(_ folder: String) -> [String] {
        var files: [String] = []
        walk(folder: folder.hasSuffix("/") ? String(folder.dropLast()) : folder, relative: "", into: &files)
        guard !ownFiles.isEmpty else { return files.sorted() }
        let own = Set(ownFiles.map { RepositoryPaths.standardized(RepositoryPaths.absolute($0, in: FileManager.default.currentDirectoryPath)) })
        return files.filter { !own.contains(RepositoryPaths.standardized(RepositoryPaths.absolute($0, in: FileManager.default.currentDirectoryPath))) }.sorted()
    }

    /// Walks a folder with readdir, using the entry type it reports to avoid a stat per file.
    private func walk(folder: String, relative: String, into files: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                var info = stat()
                isFolder = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                if !name.hasPrefix(".") || name == ".github", !matches(relativePath, exclude) { walk(folder: path, relative: relativePath, into: &files) }
            } else if matches(relativePath, include) || matches(name, include), !matches(relativePath, exclude), !matches(name, exclude) {
                files.append(path)
            }
        }
    }

    private func matches(_ path: String, _ globs: [String]) -> Bool {
        globs.contains { fnmatch($0, path, 0) == 0 }
    }

    /// Reads one path (or standard input for `-`), refusing documents over the size limit.
    public func read(_ path: String) -> InputDocument {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > maxDocumentSize {
                return InputDocument(path: path, contents: .failure(.tooLarge(path, size: data.count, limit: maxDocumentSize)))
            }
            return InputDocument(path: path, contents: .success([UInt8](data)))
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            return InputDocument(path: path, contents: .failure(errno == ENOENT ? .notFound(path) : .unreadable(path, reason: reason)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return InputDocument(path: path, contents: .failure(.unreadable(path, reason: "not a regular file")))
        }
        let size = Int(info.st_size)
        if size > maxDocumentSize {
            return InputDocument(path: path, contents: .failure(.tooLarge(path, size: size, limit: maxDocumentSize)))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0 { return InputDocument(path: path, contents: .failure(.unreadable(path, reason: String(cString: strerror(errno))))) }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return InputDocument(path: path, contents: .success(bytes))
    }
}
