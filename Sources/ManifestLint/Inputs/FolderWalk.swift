import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One walk of a folder for `InputCollector`: every entry that is not plainly a regular file `lstat`ed, links followed only to real paths inside
/// the walked folder, each folder entered once, special files skipped with a reason.
struct FolderWalk {
    struct Entry {
        let name: FileName
        /// The file's device and inode; nil for a regular file the directory listing itself vouched for (no `lstat`
        /// then: `InputCollector` asks for it only when the walk met links to files, which need it).
        var identity: FileIdentity?
        /// Reached through a symbolic link (to a file inside the tree).
        let throughLink: Bool
        /// The number `onFile` gave the file, when it took it.
        var early: Int?
    }

    /// Called with each file the walk keeps, as it meets it; returns a number for a file it takes (see
    /// `InputCollector.expand(_:found:)`).
    var onFile: ((Entry) -> Int?)?

    let collector: InputCollector
    let root: FileName
    /// The walked folder's real path, with a trailing slash: what "inside the tree" means.
    private let realRoot: [UInt8]
    private(set) var files: [Entry] = []
    private(set) var skipped: [(display: String, reason: String)] = []
    private var enteredFolders: Set<FileIdentity> = []

    /// The files found, handed over (the walk keeps no copy).
    mutating func takeFiles() -> [Entry] {
        defer { files = [] }
        return files
    }

    init(collector: InputCollector, root: FileName) {
        self.collector = collector
        var trimmed = root.bytes
        while trimmed.count > 1, trimmed.last == UInt8(ascii: "/") { trimmed.removeLast() }
        self.root = FileName(bytes: trimmed)
        let real = self.root.realPath() ?? trimmed
        realRoot = real.last == UInt8(ascii: "/") ? real : real + [UInt8(ascii: "/")]
    }

    mutating func run() {
        guard let info = root.status(following: true) else { return }
        enteredFolders.insert(FileIdentity(info))
        walk(root, relative: "", depth: 0)
    }

    private func isInside(_ real: [UInt8]) -> Bool {
        real.starts(with: realRoot) || real + [UInt8(ascii: "/")] == realRoot
    }

    private mutating func walk(_ folder: FileName, relative: String, depth: Int) {
        guard depth < Limits.walkDepth else {
            skipped.append((folder.display, "more than \(Limits.walkDepth) folders deep"))
            return
        }
        guard let directory = folder.withCString({ opendir($0) }) else { return }
        defer { closedir(directory) }
        // An OCI layout's blobs are checked from its index.json (each by its role); read on their own they
        // would be unnamed configs and layers.
        let isLayout = folder.appending(Array("oci-layout".utf8)).status(following: false).map { $0.st_mode & S_IFMT == S_IFREG } ?? false
        // In a folder that can be searched, an entry the listing says is a regular file needs no `lstat` (one system
        // call per file saved); where it cannot, `lstat` fails as before and the entry is left out.
        let searchable = folder.withCString { access($0, X_OK) } == 0
        while let entry = readdir(directory) {
            // Read in place up to its NUL: a record is only as long as its name, so copying the whole 256-byte
            // `d_name` field reads past the end of the last record of the buffer (AddressSanitizer saw it).
            let namePointer = (UnsafeRawPointer(entry) + Self.nameOffset).assumingMemoryBound(to: UInt8.self)
            let nameBytes = Array(UnsafeBufferPointer(start: namePointer, count: strlen(UnsafeRawPointer(namePointer).assumingMemoryBound(to: CChar.self))))
            if nameBytes == [UInt8(ascii: ".")] || nameBytes == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            let path = folder.appending(nameBytes)
            let name = FileName.displayText(nameBytes)
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if searchable, entry.pointee.d_type == UInt8(DT_REG), path.byteCount < Int(PATH_MAX) {
                if collector.wants(name: name, relativePath: relativePath) {
                    var file = Entry(name: path, identity: nil, throughLink: false)
                    file.early = onFile?(file)
                    files.append(file)
                }
                continue
            }
            // By the full path, as every later step opens it: an entry whose path is too long to open is left out here.
            guard let own = path.status(following: false) else { continue }
            var info = own
            var throughLink = false
            if own.st_mode & S_IFMT == S_IFLNK {
                guard let target = path.status(following: true), let real = path.realPath() else {
                    if collector.wants(name: name, relativePath: relativePath) { skipped.append((path.display, "a symbolic link whose target does not exist")) }
                    continue
                }
                guard isInside(real) else {
                    if target.st_mode & S_IFMT == S_IFDIR || collector.wants(name: name, relativePath: relativePath) {
                        skipped.append((path.display, "a symbolic link to \(FileName.displayText(real)), outside the folder being linted"))
                    }
                    continue
                }
                info = target
                throughLink = true
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard !Self.skippedFolders.contains(name), !(isLayout && name == "blobs"), !collector.matches(relativePath, collector.exclude) else { continue }
                // Entered once, however many links lead to it: no loops, no exponential walks.
                guard enteredFolders.insert(FileIdentity(info)).inserted else { continue }
                walk(path, relative: relativePath, depth: depth + 1)
            case S_IFREG:
                if collector.wants(name: name, relativePath: relativePath) {
                    var file = Entry(name: path, identity: FileIdentity(info), throughLink: throughLink)
                    file.early = onFile?(file)
                    files.append(file)
                }
            default:
                if collector.wants(name: name, relativePath: relativePath) {
                    skipped.append((path.display, "\(Self.kind(info.st_mode)), not a regular file"))
                }
            }
        }
    }

    /// Where a directory entry's name starts in its record.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Folders never entered: version-control data and installed dependencies (other people's files, where a
    /// finding is nobody's to fix). Hidden folders are entered: `.github`, `.gitlab`, `.azure-pipelines`, `.ci`.
    static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules", ".venv", "__pycache__", ".terraform", ".build"]

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }
}
