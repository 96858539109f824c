import Foundation

/// Runs `work` for every index below `count` on at most `concurrency` threads (registry requests block their
/// thread), returning the results in index order; `finished` is told how many are done after each one.
func boundedParallelMap<Result: Sendable>(
    _ count: Int, concurrency: Int, finished: (@Sendable (Int) -> Void)? = nil, _ work: @escaping @Sendable (Int) -> Result
) -> [Result] {
    let results = ResultSlots<Result>(count: count)
    let group = DispatchGroup()
    for _ in 0..<max(1, min(concurrency, count)) {
        DispatchQueue.global().async(group: group) {
            while let index = results.take() {
                let done = results.store(work(index), at: index)
                finished?(done)
            }
        }
    }
    group.wait()
    return results.all
}

/// The work queue and result slots of `boundedParallelMap`.
/// `@unchecked Sendable`: every field is only touched under `lock`.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]
    private var next = 0
    private var done = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index to work on, or nil when all are taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    /// Keeps a result; returns how many have finished.
    func store(_ result: Result, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
        done += 1
        return done
    }

    var all: [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
