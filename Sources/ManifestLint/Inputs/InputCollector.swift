import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A document to lint: where it came from and its bytes, or why it could not be read.
public struct InputDocument: Sendable {
    public let path: String
    public let contents: Result<[UInt8], InputError>
    /// Linted only when its content is ours (see `Discovery`): found in a folder, or named with `--discover`.
    public var discovered = false
    /// Found under a `.github/workflows/` folder that GitHub does not run: one below the walked folder, in a folder
    /// that is no repository of its own (a test fixture, a project template, a package of a monorepo). Such a file
    /// is a workflow by its content only, not by its folder's name.
    public var inWorkflowFolderNotRun = false
}

/// Why an input could not be read. `notFound` and `unreadable` make the exit code 2; `skipped` is a note about a
/// special file or a link out of the tree that a folder walk met and left alone.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case unreadable(String, reason: String)
    case tooLarge(String, size: Int, limit: Int)
    case skipped(String, reason: String)
    /// Something the run was asked to read and did not, for a limit (too deep, a path too long, a FIFO whose writer
    /// never came): the run is incomplete.
    case notChecked(String, reason: String)
    /// Found by discovery, too large to read whole, and without a manifest marker in its first bytes.
    case otherFile(String)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
        case .tooLarge(let path, let size, let limit):
            return "\(path): \(size) bytes is over the \(limit)-byte limit for one document (raise it with --max-size)"
        case .skipped(let path, let reason): return "\(path): not read (\(reason))"
        case .notChecked(let path, let reason): return "\(path): not checked (\(reason))"
        case .otherFile(let path): return "\(path): not a manifest or build workflow"
        }
    }
}

/// One input a set of arguments names: a file (by the bytes the file system knows it by, and the name reports
/// show), standard input, or something a folder walk met and deliberately did not read.
public enum InputItem: Sendable {
    /// A file named on the command line: linted whatever it is, unless the collector discovers named files.
    case file(FileName)
    /// A file a folder walk found: linted when its content is ours. `workflowFolderNotRun`: see
    /// `InputDocument.inWorkflowFolderNotRun`.
    case found(FileName, workflowFolderNotRun: Bool = false)
    case standardInput
    case skipped(display: String, reason: String)
    /// What a walk could not read (see `InputError.unreadable`, `.notChecked`): reported, and the run is incomplete.
    case notChecked(display: String, error: InputError)

    public var display: String {
        switch self {
        case .file(let name), .found(let name, _): return name.display
        case .standardInput: return "-"
        case .skipped(let display, _), .notChecked(let display, _): return display
        }
    }
}

/// Expands the command-line paths into documents: files as given, folders walked recursively for candidate files
/// (`Discovery.isCandidate`, or the include globs when configured) matching none of the exclude globs, `-` for
/// standard input.
///
/// A walk never leaves its folder and never loops: entries are `lstat`ed, a symbolic link is followed only when
/// its real path lies inside the walked folder, every folder is entered once (device and inode), and FIFOs,
/// sockets and devices are reported as skipped instead of opened. Names that are not UTF-8 are kept as bytes.
public struct InputCollector: Sendable {
    /// Globs of file names walks read; empty: every `Discovery` candidate.
    public var include: [String] = []
    public var exclude: [String] = []
    public var maxDocumentSize = Limits.documentSize
    /// `--discover`: files named on the command line are linted only when their content is ours, as if found in
    /// a folder (for hooks that pass changed files by name).
    public var discoverNamedFiles = false
    /// Files manifestlint itself reads or writes (the baseline, the report); skipped inside folders.
    public var ownFiles: Set<String> = []
    /// Seconds a FIFO named on the command line may wait for its writer (`--timeout`) before it is reported as
    /// not checked.
    public var fifoWriterWait = Limits.fifoWriterWait
    /// Files named by bytes (`--files-from`, the pre-push hook's list), linted before the arguments as if named on
    /// the command line: at any depth, in any folder, names that are not UTF-8 kept exactly.
    public var listed: [FileName] = []

    public init(include: [String] = [], exclude: [String] = [], maxDocumentSize: Int = Limits.documentSize) {
        self.include = include
        self.exclude = exclude
        self.maxDocumentSize = maxDocumentSize
    }

    /// The inputs a set of arguments names, in report order (each folder's files sorted by name).
    public func expand(_ arguments: [String]) -> [InputItem] {
        var items: [InputItem] = []
        expand(arguments) { items.append($0) }
        return items
    }

    /// Hands the inputs a set of arguments names to `take` in report order, each as soon as it is known: a folder's
    /// files while its walk goes on (so that they can be linted, and reported, before it ends).
    public func expand(_ arguments: [String], each take: (InputItem) -> Void) {
        for name in listed { take(discoverNamedFiles ? .found(name) : .file(name)) }
        for argument in arguments {
            if argument == "-" {
                take(.standardInput)
                continue
            }
            let name = FileName(argument)
            guard name.status(following: true).map({ $0.st_mode & S_IFMT == S_IFDIR }) == true else {
                take(discoverNamedFiles ? .found(name) : .file(name))
                continue
            }
            expand(folder: name, each: take)
        }
    }

    /// Whether a found file is in a `.github/workflows/` folder below the walked one whose parent holds no `.git`:
    /// GitHub runs only the workflows at a repository's root.
    static func inWorkflowFolderNotRun(_ name: FileName, walked folder: FileName) -> Bool {
        let display = name.display
        guard let marker = display.range(of: "/.github/workflows/", options: .backwards) else { return false }
        let parent = String(display[..<marker.lowerBound])
        // The walked folder's own `.github/workflows/` (its display is the parent's) is run.
        let root = folder.display.hasSuffix("/") && folder.display.count > 1 ? String(folder.display.dropLast()) : folder.display
        guard parent != root else { return false }
        return FileName(parent + "/.git").status(following: false) == nil
    }

    private func expand(folder: FileName, each take: (InputItem) -> Void) {
        let own = Set(ownFiles.map { RepositoryPaths.standardized(RepositoryPaths.absolute($0, in: FileManager.default.currentDirectoryPath)) })
        // Only a file with the last component of an own file can be one: the others skip the path arithmetic.
        let ownNames = Set(own.map { String($0.lastPathComponent) })
        func isOwn(_ name: FileName) -> Bool {
            !own.isEmpty && ownNames.contains(String(name.display.lastPathComponent))
                && own.contains(RepositoryPaths.standardized(RepositoryPaths.absolute(name.display, in: FileManager.default.currentDirectoryPath)))
        }
        var links: LinkedFiles?
        var walk = FolderWalk(collector: self, root: folder)
        walk.run { event in
            switch event {
            case .file(let name): if !isOwn(name) { take(.found(name, workflowFolderNotRun: Self.inWorkflowFolderNotRun(name, walked: folder))) }
            case .link(let name, let identity):
                guard !isOwn(name) else { return }
                if links == nil { links = LinkedFiles(collector: self, folder: folder, isOwn: isOwn) }
                if links!.keeps(identity) { take(.found(name, workflowFolderNotRun: Self.inWorkflowFolderNotRun(name, walked: folder))) }
            case .skipped(let display, let reason): take(.skipped(display: display, reason: reason))
            case .notChecked(let display, let error): take(.notChecked(display: display, error: error))
            }
        }
    }

    func matches(_ path: String, _ globs: [String]) -> Bool {
        globs.contains { fnmatch($0, path, 0) == 0 }
    }

    func wants(name: String, relativePath relative: String) -> Bool {
        let included = include.isEmpty ? Discovery.isCandidate(name: name) : matches(relative, include) || matches(name, include)
        return included && !matches(relative, exclude) && !matches(name, exclude)
    }

    /// Reads one input.
    public func read(_ item: InputItem) -> InputDocument {
        switch item {
        case .standardInput:
            return InputDocument(path: "-", contents: readBounded(descriptor: STDIN_FILENO, path: "-"))
        case .skipped(let display, let reason):
            return InputDocument(path: display, contents: .failure(.skipped(display, reason: reason)))
        case .notChecked(let display, let error):
            return InputDocument(path: display, contents: .failure(error))
        case .file(let name):
            return read(name)
        case .found(let name, let workflowFolderNotRun):
            var document = read(name, discovering: true)
            document.discovered = true
            document.inWorkflowFolderNotRun = workflowFolderNotRun
            return document
        }
    }

    /// Reads one path named on the command line (or standard input for `-`), refusing documents over the size limit.
    public func read(_ path: String) -> InputDocument {
        path == "-" ? read(.standardInput) : read(FileName(path))
    }

    /// Opens without blocking (a FIFO with no writer would block `open` forever), then reads a regular file by its
    /// size, and a FIFO or character device named explicitly (process substitution, `/dev/stdin`) like standard
    /// input: never more than the size limit plus one byte.
    func read(_ name: FileName, discovering: Bool = false) -> InputDocument {
        let path = name.display
        let descriptor = name.open(O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return InputDocument(path: path, contents: .failure(code == ENOENT ? .notFound(path) : .unreadable(path, reason: String(cString: strerror(code)))))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return InputDocument(path: path, contents: .failure(.unreadable(path, reason: String(cString: strerror(errno)))))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            let size = Int(info.st_size)
            if size > maxDocumentSize {
                if discovering, !mayBeOurs(descriptor: descriptor, name: name) { return InputDocument(path: path, contents: .failure(.otherFile(path))) }
                return InputDocument(path: path, contents: .failure(.tooLarge(path, size: size, limit: maxDocumentSize)))
            }
            return InputDocument(path: path, contents: readBounded(descriptor: descriptor, path: path, expected: size))
        case S_IFIFO:
            // Open without a writer, a FIFO reads as end of file at once: wait for the writer first (its first
            // bytes, or the pipe becoming empty-but-connected), then read it like standard input.
            guard let first = awaitWriter(descriptor) else {
                return InputDocument(path: path, contents: .failure(.notChecked(path, reason: "a FIFO no writer opened within \(DisplayText.seconds(fifoWriterWait))")))
            }
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
            return InputDocument(path: path, contents: readBounded(descriptor: descriptor, path: path, prefix: first))
        case S_IFCHR:
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
            return InputDocument(path: path, contents: readBounded(descriptor: descriptor, path: path))
        default:
            return InputDocument(path: path, contents: .failure(.unreadable(path, reason: "not a regular file")))
        }
    }

    /// For a found file too large to read: whether its name or first 64 KiB say it may be a manifest or workflow
    /// (then it is reported as too large; otherwise it is another file, like a large `package-lock.json`).
    private func mayBeOurs(descriptor: Int32, name: FileName) -> Bool {
        let display = name.display
        if WorkflowFormat.format(namedBy: display) != nil { return true }
        if let syntax = WorkflowFormat.syntax(path: display, bytes: []), syntax == .shell { return true }
        var prefix = [UInt8](repeating: 0, count: Limits.markerPrefix)
        let count = prefix.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
        prefix.removeSubrange(max(0, count)...)
        return Discovery.hasStrongManifestMarkers(prefix) || WorkflowFormat.hasShellShebang(prefix)
    }

    /// Waits, without blocking, for a writer to open the FIFO open on `descriptor`: the bytes it has written so far
    /// (empty when it is connected and has written nothing yet), or nil when none came within `fifoWriterWait`.
    /// A read of 0 bytes means no writer is connected, which is what "not yet" looks like.
    private func awaitWriter(_ descriptor: Int32) -> [UInt8]? {
        let deadline = Date().addingTimeInterval(fifoWriterWait)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count > 0 { return Array(chunk[0..<count]) }
            if count < 0, errno == EAGAIN { return [] }
            if count < 0, errno != EINTR { return [] }  // the blocking read that follows reports the error
            if Date() >= deadline { return nil }
            usleep(10_000)
        }
    }

    /// Reads until end of input or one byte past the size limit, whichever comes first. `expected` (a regular
    /// file's size) lets the bytes be read straight into a buffer of that size; a file that turns out longer is
    /// read on in chunks, so the limit holds whatever the size said.
    private func readBounded(descriptor: Int32, path: String, expected: Int? = nil, prefix: [UInt8] = []) -> Result<[UInt8], InputError> {
        let cap = maxDocumentSize + 1
        var bytes: [UInt8] = prefix
        if let expected {
            var failure: Int32?
            // One byte more than expected: reading it means the file grew, and the loop below goes on.
            bytes = [UInt8](unsafeUninitializedCapacity: min(cap, expected + 1)) { buffer, initialized in
                var filled = 0
                while filled < buffer.count {
                    let count = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if count == 0 { break }
                    filled += count
                }
                initialized = filled
            }
            if let failure { return .failure(.unreadable(path, reason: String(cString: strerror(failure)))) }
            if bytes.count <= expected { return .success(bytes) }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < cap {
            let wanted = min(chunk.count, cap - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(path, reason: String(cString: strerror(errno))))
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        if bytes.count > maxDocumentSize {
            return .failure(.tooLarge(path, size: bytes.count, limit: maxDocumentSize))
        }
        return .success(bytes)
    }
}

/// Which files reached through links a folder walk keeps: a file reached both by its own name and through a link
/// inside the tree is linted once, by its name; one reached only through links, once, by the first link. Worked out
/// when the walk meets its first link to a file, by two walks of the tree (the links' targets, then the files that
/// have those identities by name), so that each link is decided where it stands and the run is not held up: only
/// trees with links to files pay for them, and what is kept is one identity per link.
struct LinkedFiles {
    private var taken: Set<FileIdentity> = []

    init(collector: InputCollector, folder: FileName, isOwn: (FileName) -> Bool) {
        var targets: Set<FileIdentity> = []
        var links = FolderWalk(collector: collector, root: folder)
        links.run { event in
            if case .link(let name, let identity) = event, !isOwn(name) { targets.insert(identity) }
        }
        var named = FolderWalk(collector: collector, root: folder)
        named.run { event in
            guard case .file(let name) = event, !isOwn(name), let identity = name.status(following: false).map(FileIdentity.init),
                  targets.contains(identity) else { return }
            taken.insert(identity)
        }
    }

    /// Whether the link met now (in walk order) is linted.
    mutating func keeps(_ identity: FileIdentity) -> Bool { taken.insert(identity).inserted }
}
