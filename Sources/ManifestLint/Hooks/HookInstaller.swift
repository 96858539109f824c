import Foundation

/// Installs and removes manifestlint's pre-push hook in a hooks folder without ever losing a user's hook:
/// an existing foreign hook is refused, or with `chain` kept under `PrePushHook.chainedName` and run first.
public struct HookInstaller: Sendable {
    public let hooksFolder: String

    public init(hooksFolder: String) { self.hooksFolder = hooksFolder }

    var hookPath: String { hooksFolder + "/pre-push" }
    var chainedPath: String { hooksFolder + "/" + PrePushHook.chainedName }

    public func isOurs(_ path: String) -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        return text.contains(PrePushHook.marker)
    }

    /// Returns what was done, for the user.
    public func install(binary: String, failOn: FailLevel, chain: Bool) throws(HookError) -> String {
        let manager = FileManager.default
        do { try manager.createDirectory(atPath: hooksFolder, withIntermediateDirectories: true) } catch {
            throw HookError("cannot create \(hooksFolder): \(error.localizedDescription)")
        }
        var chained = exists(chainedPath)
        var note = "installed \(hookPath)"
        // Where the script is written: the hook itself, or, when the hook is a symbolic link to manifestlint's
        // hook (kept in a tracked folder, say), the file it links to, so the link stays a link.
        var destination = hookPath
        if exists(hookPath) {
            if isOurs(hookPath) {
                note = "updated \(hookPath)"
                if isSymbolicLink(hookPath), let target = LayoutContentSource.realPath(hookPath) {
                    destination = target
                    note = "updated \(target) (linked from \(hookPath))"
                }
            } else if !chain {
                throw HookError("""
                    \(hookPath) already exists and was not written by manifestlint; it was left alone.
                    Re-run with --chain to keep it and run it before manifestlint, or call manifestlint from it yourself.
                    """)
            } else if chained {
                throw HookError("both \(hookPath) and \(chainedPath) exist; move one of them away first")
            } else {
                guard rename(hookPath, chainedPath) == 0 else {
                    throw HookError("cannot move \(hookPath) to \(chainedPath): \(String(cString: strerror(errno)))")
                }
                chained = true
                note = "installed \(hookPath); your hook now lives in \(chainedPath) and runs first"
            }
        }
        let script = PrePushHook.script(binary: binary, failOn: failOn.rawValue, chained: chained)
        do {
            try AtomicFile.write(Data(script.utf8), to: destination, replace: true)
        } catch {
            throw HookError(error.description)
        }
        chmod(destination, 0o755)
        return note
    }

    /// Removes manifestlint's hook (only if it carries the marker) and puts a chained user hook back.
    public func uninstall() throws(HookError) -> String {
        guard exists(hookPath) else { return "no pre-push hook in \(hooksFolder); nothing to do" }
        guard isOurs(hookPath) else { throw HookError("\(hookPath) was not installed by manifestlint; it was left alone") }
        // A link is removed as a link: the file it points to (in a tracked folder, say) is left alone.
        guard unlink(hookPath) == 0 else { throw HookError("cannot remove \(hookPath): \(String(cString: strerror(errno)))") }
        // lstat, not fileExists: a chained hook that is a dangling symbolic link is still the user's, and goes back.
        if exists(chainedPath) {
            guard rename(chainedPath, hookPath) == 0 else {
                throw HookError("removed manifestlint's hook but cannot move \(chainedPath) back: \(String(cString: strerror(errno)))")
            }
            return "removed manifestlint's hook and restored your hook to \(hookPath)"
        }
        return "removed \(hookPath)"
    }

    /// True when anything is at `path`, a dangling symbolic link included.
    private func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }
}

public struct HookError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
