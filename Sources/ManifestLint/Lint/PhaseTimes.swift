import Foundation

/// CPU time spent in each phase of linting, summed over all workers (`manifestlint lint --timings`, for the
/// benchmark's cost split). Each worker measures its own thread's CPU clock, so the phases add up to the CPU
/// time of the run, not its wall time.
/// `@unchecked Sendable`: the totals are only read and written under the lock.
public final class PhaseTimes: @unchecked Sendable {
    public enum Phase: String, CaseIterable, Sendable {
        /// CPU time, summed over the workers.
        case read, parse, schema, rules, positions, fingerprints, workflows
        /// Wall time of the steps on the main thread: the folder walk (which the workers overlap, linting what it
        /// has found) and the report (written as the results come back, so within the walk's time too).
        case walk, report

        public var isSerial: Bool { self == .walk || self == .report }
    }

    private var totals: [Phase: UInt64] = [:]
    private let lock = NSLock()

    public init() {}

    /// Runs `work`, adding the CPU time of the calling thread it took to `phase`.
    func measure<T>(_ phase: Phase, _ work: () -> T) -> T {
        let start = Self.threadCPU()
        let result = work()
        let elapsed = Self.threadCPU() &- start
        lock.lock()
        totals[phase, default: 0] &+= elapsed
        lock.unlock()
        return result
    }

    /// Runs `work` on the calling thread, adding the wall time it took to `phase` (the steps on the main thread).
    public func measureWall<T>(_ phase: Phase, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        let elapsed = DispatchTime.now().uptimeNanoseconds &- start
        lock.lock()
        totals[phase, default: 0] &+= elapsed
        lock.unlock()
        return result
    }

    /// The line `--timings` prints on standard error.
    public var summary: String {
        func list(serial: Bool) -> String {
            seconds.filter { $0.phase.isSerial == serial }.map { "\($0.phase.rawValue) " + String(format: "%.3f", $0.seconds) }.joined(separator: ", ")
        }
        return "timings: CPU seconds over all workers: \(list(serial: false)); wall seconds on the main thread (the walk overlaps the workers and includes the report, written as results come): \(list(serial: true))"
    }

    /// Seconds of CPU time per phase, in pipeline order.
    public var seconds: [(phase: Phase, seconds: Double)] {
        lock.lock()
        defer { lock.unlock() }
        return Phase.allCases.map { ($0, Double(totals[$0] ?? 0) / 1e9) }
    }

    private static func threadCPU() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return UInt64(now.tv_sec) &* 1_000_000_000 &+ UInt64(now.tv_nsec)
    }
}

extension Optional where Wrapped == PhaseTimes {
    /// `work`, its thread's CPU time measured when timing is on.
    func measure<T>(_ phase: PhaseTimes.Phase, _ work: () -> T) -> T {
        switch self {
        case .some(let times): return times.measure(phase, work)
        case .none: return work()
        }
    }

    /// `work`, its wall time measured when timing is on.
    public func measureWall<T>(_ phase: PhaseTimes.Phase, _ work: () throws -> T) rethrows -> T {
        switch self {
        case .some(let times): return try times.measureWall(phase, work)
        case .none: return try work()
        }
    }
}
