import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a short-lived helper program (a docker credential helper) with a deadline: spawned in a process group of
/// its own, fed its input, its output read up to a cap, and the whole group killed when the deadline passes or
/// when children it left behind keep the output open after it exited. Foundation's `Process` is not used: its
/// termination is only noticed once the output pipe closes, which a background child can prevent forever.
struct HelperProcess {
    enum Outcome {
        case exited(status: Int32, output: [UInt8])
        case timedOut
        case notStarted(String)
    }

    static func run(_ arguments: [String], input: [UInt8], timeout: TimeInterval, outputLimit: Int) -> Outcome {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0 else { return .notStarted(String(cString: strerror(errno))) }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            return .notStarted(String(cString: strerror(errno)))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        for descriptor in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, descriptor) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own, so the deadline can stop whatever it started; default signal handling and an
        // empty mask (the test runner's threads block signals, and children inherit the mask).
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, &cArguments, environ)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1]); close(fromChild[0])
            return .notStarted(String(cString: strerror(spawned)))
        }
        defer { close(fromChild[0]) }
        // Killed with its group if manifestlint is interrupted (Ctrl-C, a cancelled CI job): never left behind.
        HelperGroups.add(pid)
        defer { HelperGroups.remove(pid) }
        // The input is a host name: far below a pipe's buffer, so this never blocks. A helper that has already
        // exited makes the write fail with EPIPE; SIGPIPE is blocked around it (and a pending one taken) so that
        // does not kill manifestlint, and the exit status says what happened.
        var pipeSignal = sigset_t(), previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        _ = input.withUnsafeBytes { Glibc.write(toChild[1], $0.baseAddress, $0.count) }
        close(toChild[1])
        var pending = sigset_t()
        sigpending(&pending)
        if sigismember(&pending, SIGPIPE) == 1 {
            var timeoutZero = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeSignal, nil, &timeoutZero)
        }
        pthread_sigmask(SIG_SETMASK, &previous, nil)

        let deadline = Date().addingTimeInterval(timeout)
        _ = fcntl(fromChild[0], F_SETFL, fcntl(fromChild[0], F_GETFL) | O_NONBLOCK)
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var status: Int32 = 0
        var exited = false
        var endOfOutput = false
        var exitedAt: Date?
        while true {
            if !endOfOutput {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(fromChild[0], $0.baseAddress!, $0.count) }
                if count == 0 { endOfOutput = true }
                if count > 0 { output += buffer[0..<min(count, max(0, outputLimit - output.count))] }
            }
            if !exited, waitpid(pid, &status, WNOHANG) == pid {
                exited = true
                exitedAt = Date()
            }
            if exited && endOfOutput { break }
            // Exited, but something it started still holds the output: stop that too, a moment later.
            if let exitedAt, Date().timeIntervalSince(exitedAt) > 1 || Date() > deadline {
                kill(-pid, SIGKILL)
                break
            }
            if !exited, Date() > deadline {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                return .timedOut
            }
            var poller = pollfd(fd: fromChild[0], events: Int16(POLLIN), revents: 0)
            _ = poll(&poller, 1, endOfOutput ? 10 : 50)
        }
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return .exited(status: code, output: output)
    }
}

/// The process groups of the helpers running now, so that SIGINT, SIGTERM and SIGHUP kill them before manifestlint
/// ends (a helper in a group of its own gets no signal from the terminal, and would otherwise be re-parented to
/// init and go on). The handler, installed with the first helper, reads a fixed table (async-signal-safe), kills
/// each group, then restores the default action and raises the signal again, so the exit status is the usual
/// 128 + signal. A signal that was ignored when manifestlint started stays ignored.
enum HelperGroups {
    static let capacity = 256
    /// Group ids, 0 for a free slot. Written under `lock`; read by the handler without it (a slot is one word).
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<pid_t> = {
        let table = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
        table.initialize(repeating: 0, count: capacity)
        return table
    }()
    private static let lock = NSLock()
    /// Set once, under `lock`.
    nonisolated(unsafe) private static var installed = false

    static func add(_ group: pid_t) {
        lock.lock()
        defer { lock.unlock() }
        if !installed {
            installed = true
            // During an audit, Interruption's handler kills the groups itself and lets the audit end with a report.
            for signal in [SIGINT, SIGTERM, SIGHUP] where !(Interruption.isCatching && signal != SIGHUP) { install(signal) }
        }
        for index in 0..<capacity where slots[index] == 0 {
            slots[index] = group
            return
        }
    }

    static func remove(_ group: pid_t) {
        lock.lock()
        defer { lock.unlock() }
        for index in 0..<capacity where slots[index] == group { slots[index] = 0 }
    }

    /// Kills every helper group now (from a signal handler: reads the fixed table only).
    static func killAll() {
        for index in 0..<capacity {
            let group = slots[index]
            if group > 0, kill(-group, SIGKILL) == 0 { waitpid(group, nil, 0) }
        }
    }

    private static func install(_ signal: Int32) {
        installHandler(signal) { signal in
            // Killed and reaped: the helper (our child, its group's leader) leaves no zombie behind either.
            HelperGroups.killAll()
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
    }

    /// Installs `handler` for `signal` unless the signal is ignored (a signal ignored at start stays ignored), and
    /// unblocks it for this thread.
    static func installHandler(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var current = sigaction()
        guard sigaction(signal, nil, &current) == 0 else { return }
        let ignored = unsafeBitCast(SIG_IGN, to: Int.self)
        if let installed = current.__sigaction_handler.sa_handler, unsafeBitCast(installed, to: Int.self) == ignored { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
        // A parent that blocked it (a test runner's threads do, and children inherit the mask) would keep it
        // pending forever: this thread takes it.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
