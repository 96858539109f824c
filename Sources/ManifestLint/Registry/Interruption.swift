import Foundation

/// SIGINT and SIGTERM during a registry audit: the first one asks the audit to stop starting tags, so the run ends
/// with a valid report of what was done, every tag not audited named as not checked (exit 3); a second one ends
/// the process at once (the default action). Credential helpers' process groups are killed either way, as
/// `HelperGroups` does. The handler only stores the signal's number (async-signal-safe).
public enum Interruption {
    /// The signal received, 0 for none. Written by the handler, read by the audit's workers.
    nonisolated(unsafe) private static let received: UnsafeMutablePointer<Int32> = {
        let cell = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        cell.initialize(to: 0)
        return cell
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var catching = false

    /// The signal that interrupted the audit, if one did.
    public static var signal: Int32? {
        let value = received.pointee
        return value == 0 ? nil : value
    }

    /// `SIGINT`, `SIGTERM`.
    public static func name(_ signal: Int32) -> String { signal == SIGTERM ? "SIGTERM" : signal == SIGINT ? "SIGINT" : "signal \(signal)" }

    /// Installs the handlers for the time of an audit (a signal that was ignored stays ignored).
    public static func catchSignals() {
        lock.withLock {
            guard !catching else { return }
            catching = true
            for signal in [SIGINT, SIGTERM] {
                HelperGroups.installHandler(signal) { signal in
                    Interruption.received.pointee = signal
                    HelperGroups.killAll()
                    // The next one ends the process.
                    Glibc.signal(signal, SIG_DFL)
                }
            }
        }
    }

    /// Puts the default actions back once the audit is over (a signal during the rest of the run ends it).
    public static func release() {
        lock.withLock {
            guard catching else { return }
            catching = false
            for signal in [SIGINT, SIGTERM] { Glibc.signal(signal, SIG_DFL) }
        }
    }

    static var isCatching: Bool { lock.withLock { catching } }
}
