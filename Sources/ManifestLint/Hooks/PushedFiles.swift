import Foundation

/// The files a pushed commit changes, written into a scratch folder exactly as committed, for the pre-push hook
/// to lint there. Everything crosses from git NUL-separated and as bytes (`-z`), so no file name is quoted,
/// escaped or lost (`café.json`, a tab, a newline, a quote); only regular files are taken (a committed symbolic
/// link or a submodule is not a manifest), and only those a folder walk would lint (`InputCollector` globs).
public struct PushedFiles {
    public let collector: InputCollector
    public init(collector: InputCollector) {
        self.collector = collector
    }

    /// What `extract` wrote: how many files, and the ones to name to `lint` (relative to the folder, as bytes).
    public struct Extracted {
        public var written = 0
        public var listed: [[UInt8]] = []
    }

    /// Writes the wanted files of `commit` (all of them, or those changed since `base`) under `folder`. A change to
    /// any file of an OCI layout (a folder holding `oci-layout`), a deletion included, brings the whole layout as
    /// the commit has it, blobs in full, so that the lint of its `index.json` sees what the push does: an edited or
    /// deleted blob is a `digest-mismatch` or `missing-blob` there, never a pass. `listed` names what lint is to
    /// check: each wanted file, and a layout's files outside its `blobs/` (which its index leads to).
    public func extract(commit: String, base: String?, into folder: String) throws(HookError) -> Extracted {
        var changed: Set<[UInt8]>?
        if let base {
            let names = try GitRunner.output(["diff", "-z", "--name-only", "--no-renames", "--diff-filter=ACMRTD", base, commit, "--"], nil)
            changed = Set(Self.split(names))
        }
        var records: [(oid: String, path: [UInt8], size: Int)] = []
        for record in Self.split(try GitRunner.output(["ls-tree", "-r", "-z", "-l", "--full-tree", commit], nil)) {
            // "<mode> <type> <oid> <size>\t<path>" (the size right-aligned after spaces)
            guard let tab = record.firstIndex(of: 0x09) else { continue }
            let fields = record[..<tab].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            let path = Array(record[(tab + 1)...])
            guard fields.count == 4, fields[1] == "blob", fields[0] == "100644" || fields[0] == "100755", let size = Int(fields[3]) else { continue }
            let components = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            guard !components.contains(where: { $0.isEmpty || $0.elementsEqual([0x2E]) || $0.elementsEqual([0x2E, 0x2E]) }) else { continue }
            records.append((fields[2], path, size))
        }
        let layouts = Layouts(paths: records.map(\.path))
        let touched = changed.map { Set($0.compactMap(layouts.root(of:))) } ?? layouts.roots
        var wanted: [(oid: String, path: [UInt8], size: Int, whole: Bool)] = []
        var extracted = Extracted()
        for record in records {
            let name = FileName.displayText(Array(record.path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last ?? []))
            let isWanted = changed?.contains(record.path) ?? true
            let linted = collector.wants(name: name, relativePath: FileName.displayText(record.path))
            if let root = layouts.root(of: record.path), touched.contains(root) {
                wanted.append((record.oid, record.path, record.size, true))
                if linted, !layouts.isBlob(record.path, in: root) { extracted.listed.append(record.path) }
            } else if isWanted, linted {
                wanted.append((record.oid, record.path, record.size, false))
                extracted.listed.append(record.path)
            }
        }
        extracted.written = wanted.count
        guard !wanted.isEmpty else { return extracted }
        let requests = folder + "/.manifestlint-objects"
        guard FileManager.default.createFile(atPath: requests, contents: Data(wanted.map { $0.oid + "\n" }.joined().utf8)) else {
            throw HookError("cannot write into \(folder)")
        }
        defer { unlink(requests) }
        // Streamed: each blob goes from git's output into its file in chunks, so memory does not grow with the
        // size of a pushed file. A file over --max-size gets only the first bytes lint looks at to tell a manifest
        // from another file (`Limits.markerPrefix`), then is extended to its size without data (a sparse file):
        // lint sees the same size and the same first bytes, and nothing else is read or written.
        try GitRunner.stream(["cat-file", "--batch"], requests) { (reader: inout StreamReader) throws(HookError) in
            for file in wanted {
                // "<oid> blob <size>\n<content>\n"
                let header = try reader.line().split(separator: 0x20)
                guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)), size == file.size else {
                    throw HookError("git cat-file answered something unexpected for \(file.oid)")
                }
                let target = FileName(folder).appending(file.path)
                try Self.createParents(of: file.path, in: folder)
                let descriptor = target.open(O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC)
                guard descriptor >= 0 else { throw HookError("cannot write \(target.display): \(String(cString: strerror(errno)))") }
                defer { close(descriptor) }
                _ = fchmod(descriptor, 0o644)
                let kept = size > collector.maxDocumentSize && !file.whole ? min(size, Limits.markerPrefix) : size
                try reader.copy(kept, to: descriptor, name: target.display)
                try reader.skip(size - kept + 1)
                if kept < size, ftruncate(descriptor, off_t(size)) != 0 { throw HookError("cannot write \(target.display)") }
            }
        }
        return extracted
    }

    /// The OCI layouts of a commit: the folders that hold an `oci-layout` file (the empty path for the root).
    struct Layouts {
        let roots: Set<[UInt8]>

        init(paths: [[UInt8]]) {
            let marker = Array("oci-layout".utf8)
            var roots: Set<[UInt8]> = []
            for path in paths {
                if path == marker { roots.insert([]) }
                if path.count > marker.count, path.suffix(marker.count + 1) == [UInt8(ascii: "/")] + marker {
                    roots.insert(Array(path.dropLast(marker.count + 1)))
                }
            }
            self.roots = roots
        }

        /// The innermost layout a path lies in.
        func root(of path: [UInt8]) -> [UInt8]? {
            var best: [UInt8]?
            for root in roots where root.isEmpty || (path.count > root.count && path.starts(with: root) && path[root.count] == UInt8(ascii: "/")) {
                if root.count >= (best?.count ?? -1) { best = root }
            }
            return best
        }

        func isBlob(_ path: [UInt8], in root: [UInt8]) -> Bool {
            path.starts(with: (root.isEmpty ? [] : root + [UInt8(ascii: "/")]) + Array("blobs/".utf8))
        }
    }

    private static func createParents(of path: [UInt8], in folder: String) throws(HookError) {
        var current = FileName(folder)
        let components = path.split(separator: UInt8(ascii: "/"))
        for component in components.dropLast() {
            current = current.appending(Array(component))
            if current.withCString({ mkdir($0, 0o755) }) != 0, errno != EEXIST {
                throw HookError("cannot create \(current.display): \(String(cString: strerror(errno)))")
            }
        }
    }

    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0, omittingEmptySubsequences: true).map(Array.init)
    }

}

/// Runs git (standard input from a file, or none) with its standard output read through a `StreamReader`.
enum GitRunner {
    /// The whole standard output (listings, which are small).
    static func output(_ arguments: [String], _ input: String? = nil) throws(HookError) -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(arguments, input) { (reader: inout StreamReader) throws(HookError) in bytes = try reader.rest() }
        return bytes
    }

    /// Hands the output to `read` as it comes, in chunks; what `read` leaves is drained.
    static func stream(_ arguments: [String], _ input: String?, _ read: (inout StreamReader) throws(HookError) -> Void) throws(HookError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotePath=false"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        if let input { process.standardInput = FileHandle(forReadingAtPath: input) } else { process.standardInput = FileHandle.nullDevice }
        do { try process.run() } catch { throw HookError("cannot run git: \(error.localizedDescription)") }
        var reader = StreamReader(descriptor: output.fileHandleForReading.fileDescriptor)
        var failure: HookError?
        do { try read(&reader) } catch { failure = error }
        // Whatever was not read is drained, so git is never left blocked on a full pipe.
        reader.drain()
        process.waitUntilExit()
        if let failure { throw failure }
        guard process.terminationStatus == 0 else { throw HookError("git \(arguments.first ?? "") failed (exit \(process.terminationStatus))") }
    }
}

/// Reads a pipe in chunks of 64 KiB: lines, exact byte counts copied to a file or skipped, or the rest.
struct StreamReader {
    private let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var finished = false

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Refills the buffer when it is empty; false at end of input.
    private mutating func fill() throws(HookError) -> Bool {
        if start < end { return true }
        if finished { return false }
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
        if count < 0 {
            if errno == EINTR { return try fill() }
            throw HookError("cannot read from git: \(String(cString: strerror(errno)))")
        }
        start = 0
        end = count
        finished = count == 0
        return count > 0
    }

    /// The next line, without its newline; an error at end of input.
    mutating func line() throws(HookError) -> [UInt8] {
        var line: [UInt8] = []
        while try fill() {
            if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
                line += buffer[start..<newline]
                start = newline + 1
                return line
            }
            line += buffer[start..<end]
            start = end
            guard line.count <= 4096 else { break }
        }
        throw HookError("git cat-file ended early")
    }

    /// Copies exactly `count` bytes to `target`.
    mutating func copy(_ count: Int, to target: Int32, name: String) throws(HookError) {
        var left = count
        while left > 0 {
            guard try fill() else { throw HookError("git cat-file ended early") }
            let take = min(left, end - start)
            let written = buffer.withUnsafeBytes { Glibc.write(target, $0.baseAddress! + start, take) }
            guard written == take else { throw HookError("cannot write \(name)") }
            start += take
            left -= take
        }
    }

    /// Skips exactly `count` bytes.
    mutating func skip(_ count: Int) throws(HookError) {
        var left = count
        while left > 0 {
            guard try fill() else { throw HookError("git cat-file ended early") }
            let take = min(left, end - start)
            start += take
            left -= take
        }
    }

    /// Everything up to the end of input (small outputs: listings).
    mutating func rest() throws(HookError) -> [UInt8] {
        var bytes: [UInt8] = []
        while try fill() {
            bytes += buffer[start..<end]
            start = end
        }
        return bytes
    }

    mutating func drain() {
        while (try? fill()) == true { start = end }
    }
}
