import Foundation

/// The files a pushed commit changes, written into a scratch folder exactly as committed, for the pre-push hook
/// to lint there. Everything crosses from git NUL-separated and as bytes (`-z`), so no file name is quoted,
/// escaped or lost (`café.json`, a tab, a newline, a quote); only regular files are taken (a committed symbolic
/// link or a submodule is not a manifest), and only those a folder walk would lint (`InputCollector` globs).
public struct PushedFiles {
    public let collector: InputCollector
    /// Runs git with arguments, standard input from a file (or none), and returns its standard output.
    let git: ([String], String?) throws(HookError) -> [UInt8]

    public init(collector: InputCollector) {
        self.collector = collector
        git = Self.runGit
    }

    /// Writes the wanted files of `commit` (all of them, or those changed since `base`) under `folder`; returns
    /// how many were written.
    public func extract(commit: String, base: String?, into folder: String) throws(HookError) -> Int {
        var changed: Set<[UInt8]>?
        if let base {
            let names = try git(["diff", "-z", "--name-only", "--no-renames", "--diff-filter=ACMRT", base, commit, "--"], nil)
            changed = Set(Self.split(names))
        }
        var wanted: [(oid: String, path: [UInt8])] = []
        for record in Self.split(try git(["ls-tree", "-r", "-z", "--full-tree", commit], nil)) {
            // "<mode> <type> <oid>\t<path>"
            guard let tab = record.firstIndex(of: 0x09) else { continue }
            let fields = record[..<tab].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            let path = Array(record[(tab + 1)...])
            guard fields.count == 3, fields[1] == "blob", fields[0] == "100644" || fields[0] == "100755" else { continue }
            if let changed, !changed.contains(path) { continue }
            let components = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            guard !components.contains(where: { $0.isEmpty || $0.elementsEqual([0x2E]) || $0.elementsEqual([0x2E, 0x2E]) }) else { continue }
            let name = FileName.displayText(Array(components.last ?? []))
            guard collector.wants(name: name, relativePath: FileName.displayText(path)) else { continue }
            wanted.append((fields[2], path))
        }
        guard !wanted.isEmpty else { return 0 }
        let requests = folder + "/.manifestlint-objects"
        guard FileManager.default.createFile(atPath: requests, contents: Data(wanted.map { $0.oid + "\n" }.joined().utf8)) else {
            throw HookError("cannot write into \(folder)")
        }
        defer { unlink(requests) }
        var output = try git(["cat-file", "--batch"], requests)[...]
        for file in wanted {
            // "<oid> blob <size>\n<content>\n"
            guard let newline = output.firstIndex(of: 0x0A) else { throw HookError("git cat-file ended early") }
            let header = output[output.startIndex..<newline].split(separator: 0x20)
            guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)), newline + 1 + size <= output.endIndex else {
                throw HookError("git cat-file answered something unexpected for \(file.oid)")
            }
            let content = output[(newline + 1)..<(newline + 1 + size)]
            output = output[min(output.endIndex, newline + 2 + size)...]
            let target = FileName(folder).appending(file.path)
            try Self.createParents(of: file.path, in: folder)
            let descriptor = target.open(O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { throw HookError("cannot write \(target.display): \(String(cString: strerror(errno)))") }
            defer { close(descriptor) }
            _ = fchmod(descriptor, 0o644)
            let written = content.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written == content.count else { throw HookError("cannot write \(target.display)") }
        }
        return wanted.count
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

    private static func runGit(_ arguments: [String], _ input: String?) throws(HookError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotePath=false"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        if let input { process.standardInput = FileHandle(forReadingAtPath: input) } else { process.standardInput = FileHandle.nullDevice }
        do { try process.run() } catch { throw HookError("cannot run git: \(error.localizedDescription)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw HookError("git \(arguments.first ?? "") failed (exit \(process.terminationStatus))") }
        return [UInt8](data)
    }
}
