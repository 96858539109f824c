import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One walk of a folder for `InputCollector`, in report order: each folder's entries sorted by their shown names
/// (a sub-folder as `name/`, which puts its files where a sort of the whole paths would), so that files can be
/// linted and reported while the walk goes on. Every entry that is not plainly a regular file is `lstat`ed, links
/// are followed only to real paths inside the walked folder, each folder is entered once, and special files are
/// skipped with a reason. Memory is one folder's listing per level, whatever the size of the tree.
struct FolderWalk {
    /// What the walk meets, in report order.
    enum Event {
        /// A file taken by its own name.
        case file(FileName)
        /// A file reached through a symbolic link inside the tree, with its device and inode: linted only when no
        /// file of the tree has that identity by its own name, which `InputCollector` knows once the walk is done.
        case link(FileName, FileIdentity)
        case skipped(display: String, reason: String)
        /// A folder or entry the walk was asked to read and could not (unreadable, or a limit): the run is incomplete.
        case notChecked(display: String, error: InputError)
    }

    let collector: InputCollector
    let root: FileName
    /// The walked folder's real path, with a trailing slash: what "inside the tree" means.
    private let realRoot: [UInt8]
    private var enteredFolders: Set<FileIdentity> = []

    init(collector: InputCollector, root: FileName) {
        self.collector = collector
        var trimmed = root.bytes
        while trimmed.count > 1, trimmed.last == UInt8(ascii: "/") { trimmed.removeLast() }
        self.root = FileName(bytes: trimmed)
        let real = self.root.realPath() ?? trimmed
        realRoot = real.last == UInt8(ascii: "/") ? real : real + [UInt8(ascii: "/")]
    }

    /// Walks the tree, handing each event to `emit` in report order.
    mutating func run(_ emit: (Event) -> Void) {
        guard let info = root.status(following: true) else { return }
        enteredFolders.insert(FileIdentity(info))
        walk(root, relative: "", depth: 0, emit)
    }

    private func isInside(_ real: [UInt8]) -> Bool {
        real.starts(with: realRoot) || real + [UInt8(ascii: "/")] == realRoot
    }

    /// Whether the folder at `real` (a real path inside the tree) is walked by its own name: each folder from the
    /// root down to it can be listed and is entered (not a skipped folder, a layout's blobs or excluded, and within
    /// the depth limit).
    private func isWalkedByName(_ real: [UInt8]) -> Bool {
        guard real.count >= realRoot.count else { return true }
        let components = real[realRoot.count...].split(separator: UInt8(ascii: "/"))
        guard components.count < Limits.walkDepth else { return false }
        var folder = FileName(bytes: realRoot.count > 1 ? Array(realRoot.dropLast()) : realRoot)
        var relative = ""
        for component in components {
            guard folder.withCString({ access($0, R_OK | X_OK) }) == 0 else { return false }
            let name = FileName.displayText(Array(component))
            relative = relative.isEmpty ? name : relative + "/" + name
            let isLayout = Self.isLayout(folder)
            if Self.isSkipped(name, at: folder.appending(Array(component)), in: folder) || (isLayout && name == "blobs") || collector.matches(relative, collector.exclude) { return false }
            folder = folder.appending(Array(component))
        }
        return true
    }

    /// One entry of a folder, classified, with the key it is sorted by.
    private struct Listed {
        enum Action {
            case event(Event)
            case folder(FileName, relative: String, identity: FileIdentity)
        }
        let key: String
        /// Second key: an entry left out sorts after a file with the same shown path (as the merge of the two
        /// sorted lists did before the walk was ordered).
        let skipped: Bool
        let action: Action
    }

    private mutating func walk(_ folder: FileName, relative: String, depth: Int, _ emit: (Event) -> Void) {
        guard depth < Limits.walkDepth else {
            emit(.notChecked(display: folder.display, error: .notChecked(folder.display, reason: "more than \(Limits.walkDepth) folders deep")))
            return
        }
        guard var listing = list(folder, relative: relative, depth: depth) else {
            let reason = String(cString: strerror(errno))
            emit(.notChecked(display: folder.display, error: .unreadable(folder.display, reason: "a folder that cannot be listed: \(reason)")))
            return
        }
        listing.sort { $0.key == $1.key ? !$0.skipped && $1.skipped : $0.key < $1.key }
        for entry in listing {
            switch entry.action {
            case .event(let event): emit(event)
            case .folder(let path, let relativePath, let identity):
                // Entered once, however many links lead to it: no loops, no exponential walks.
                guard enteredFolders.insert(identity).inserted else { continue }
                walk(path, relative: relativePath, depth: depth + 1, emit)
            }
        }
    }

    /// The entries of one folder the walk keeps, unsorted; nil (with `errno` set) when the folder cannot be listed.
    private func list(_ folder: FileName, relative: String, depth: Int) -> [Listed]? {
        guard let directory = folder.withCString({ opendir($0) }) else { return nil }
        defer { closedir(directory) }
        // An OCI layout's blobs are checked from its index.json (each by its role); read on their own they
        // would be unnamed configs and layers.
        let isLayout = Self.isLayout(folder)
        // In a folder that can be searched, an entry the listing says is a regular file needs no `lstat` (one system
        // call per file saved); where it cannot, `lstat` fails as before and the entry is left out.
        let searchable = folder.withCString { access($0, X_OK) } == 0
        // A sub-folder one level too deep is reported by its own path (sorted as a file would be), not walked.
        let tooDeep = depth + 1 >= Limits.walkDepth
        var listing: [Listed] = []
        func skip(_ path: FileName, _ name: String, _ reason: String) {
            listing.append(Listed(key: name, skipped: true, action: .event(.skipped(display: path.display, reason: reason))))
        }
        func notChecked(_ path: FileName, _ name: String, _ error: InputError) {
            listing.append(Listed(key: name, skipped: true, action: .event(.notChecked(display: path.display, error: error))))
        }
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
                    listing.append(Listed(key: name, skipped: false, action: .event(.file(path))))
                }
                continue
            }
            // By the full path, as every later step opens it. An entry that cannot be looked at (a path over PATH_MAX,
            // a folder that can be listed but not searched) is reported as not checked, unless it is a file the
            // walk would not read anyway: nothing is left out in silence.
            guard let own = path.status(following: false) else {
                let code = errno
                let type = entry.pointee.d_type
                let mayMatter = type == UInt8(DT_DIR) ? !Self.isSkipped(name, at: path, in: folder) && !collector.matches(relativePath, collector.exclude)
                    : type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) || collector.wants(name: name, relativePath: relativePath)
                guard mayMatter else { continue }
                notChecked(path, name, code == ENAMETOOLONG
                    ? .notChecked(path.display, reason: "its path is longer than PATH_MAX (\(PATH_MAX) bytes)")
                    : .unreadable(path.display, reason: String(cString: strerror(code))))
                continue
            }
            var info = own
            var throughLink = false
            if own.st_mode & S_IFMT == S_IFLNK {
                guard let target = path.status(following: true), let real = path.realPath() else {
                    if collector.wants(name: name, relativePath: relativePath) { skip(path, name, "a symbolic link whose target does not exist") }
                    continue
                }
                guard isInside(real) else {
                    if target.st_mode & S_IFMT == S_IFDIR || collector.wants(name: name, relativePath: relativePath) {
                        skip(path, name, "a symbolic link to \(FileName.displayText(real)), outside the folder being linted")
                    }
                    continue
                }
                // A folder the walk enters by its own name is entered by it, not through a link: the names reports
                // show (and baselines keep) do not depend on which path a listing happens to give first.
                if target.st_mode & S_IFMT == S_IFDIR, isWalkedByName(real) { continue }
                info = target
                throughLink = true
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard !Self.isSkipped(name, at: path, in: folder), !(isLayout && name == "blobs"), !collector.matches(relativePath, collector.exclude) else { continue }
                listing.append(Listed(key: tooDeep ? name : name + "/", skipped: tooDeep, action: .folder(path, relative: relativePath, identity: FileIdentity(info))))
            case S_IFREG:
                if collector.wants(name: name, relativePath: relativePath) {
                    let event: Event = throughLink ? .link(path, FileIdentity(info)) : .file(path)
                    listing.append(Listed(key: name, skipped: false, action: .event(event)))
                }
            default:
                if collector.wants(name: name, relativePath: relativePath) { skip(path, name, "\(Self.kind(info.st_mode)), not a regular file") }
            }
        }
        return listing
    }

    /// Whether a folder is an OCI layout (holds a regular `oci-layout` file): its `blobs` are checked from its
    /// index.json, not walked.
    private static func isLayout(_ folder: FileName) -> Bool {
        folder.appending(Array("oci-layout".utf8)).status(following: false).map { $0.st_mode & S_IFMT == S_IFREG } ?? false
    }

    /// Where a directory entry's name starts in its record.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Folders never entered: version-control data and installed dependencies (other people's files, where a
    /// finding is nobody's to fix). Hidden folders are entered: `.github`, `.gitlab`, `.azure-pipelines`, `.ci`.
    static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules", ".venv", "__pycache__", ".terraform", ".build"]

    /// Whether the walk leaves a folder out: one of `skippedFolders`, a `vendor` folder that Go (`go mod vendor`
    /// writes `vendor/modules.txt`) or Composer (`vendor/autoload.php`) filled with other projects' files, or a
    /// project template's folder: named by a template expression (`{{cookiecutter.repo_slug}}`, `{{ project_name }}`)
    /// beside the template's own `cookiecutter.json` or `copier.yml`, its files become another project's once
    /// rendered (`{% raw %}` and `{{ }}` left in them are no YAML). A marker file alone never hides a folder: a pull
    /// request could add one (review 7 hid `.github/` behind an empty `pyvenv.cfg`), so a virtual environment is
    /// walked, and the links it holds are reported as skipped.
    static func isSkipped(_ name: String, at folder: FileName, in parent: FileName) -> Bool {
        if skippedFolders.contains(name) { return true }
        func holds(_ place: FileName, _ marker: String) -> Bool {
            place.appending(Array(marker.utf8)).status(following: false).map { $0.st_mode & S_IFMT == S_IFREG } ?? false
        }
        if name.contains("{{"), name.contains("}}") {
            return ["cookiecutter.json", "copier.yml", "copier.yaml"].contains { holds(parent, $0) }
        }
        guard name == "vendor" else { return false }
        return holds(folder, "modules.txt") || holds(folder, "autoload.php")
    }

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
