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
        var chained = manager.fileExists(atPath: chainedPath)
        var note = "installed \(hookPath)"
        if manager.fileExists(atPath: hookPath) || isSymbolicLink(hookPath) {
            if isOurs(hookPath) {
                note = "updated \(hookPath)"
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
            try AtomicFile.write(Data(script.utf8), to: hookPath, replace: true)
        } catch {
            throw HookError(error.description)
        }
        chmod(hookPath, 0o755)
        return note
    }

    /// Removes manifestlint's hook (only if it carries the marker) and puts a chained user hook back.
    public func uninstall() throws(HookError) -> String {
        let manager = FileManager.default
        guard manager.fileExists(atPath: hookPath) else { return "no pre-push hook in \(hooksFolder); nothing to do" }
        guard isOurs(hookPath) else { throw HookError("\(hookPath) was not installed by manifestlint; it was left alone") }
        guard unlink(hookPath) == 0 else { throw HookError("cannot remove \(hookPath): \(String(cString: strerror(errno)))") }
        if manager.fileExists(atPath: chainedPath) {
            guard rename(chainedPath, hookPath) == 0 else {
                throw HookError("removed manifestlint's hook but cannot move \(chainedPath) back: \(String(cString: strerror(errno)))")
            }
            return "removed manifestlint's hook and restored your hook to \(hookPath)"
        }
        return "removed \(hookPath)"
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }
}

public struct HookError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
