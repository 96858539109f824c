import Foundation

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
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            let name = (relative as NSString).lastPathComponent
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            if isFolder.boolValue {
                if name.hasPrefix(".") || matches(relative, exclude) { enumerator.skipDescendants() }
                continue
            }
            if matches(relative, include) || matches(name, include), !matches(relative, exclude), !matches(name, exclude) {
                files.append(path)
            }
        }
        return files.sorted()
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
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return InputDocument(path: path, contents: .failure(.notFound(path)))
        }
        if let size = attributes[.size] as? Int, size > maxDocumentSize {
            return InputDocument(path: path, contents: .failure(.tooLarge(path, size: size, limit: maxDocumentSize)))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return InputDocument(path: path, contents: .failure(.unreadable(path, reason: "permission denied or not a regular file")))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return InputDocument(path: path, contents: .success([UInt8](data)))
        } catch {
            return InputDocument(path: path, contents: .failure(.unreadable(path, reason: "\(error.localizedDescription)")))
        }
    }
}
