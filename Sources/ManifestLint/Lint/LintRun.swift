import Foundation

/// Lints many inputs on all cores, keeping the order the inputs were given in.
public struct LintRun: Sendable {
    public var collector: InputCollector
    public var linter: Linter
    /// When set, findings get their fingerprints in the worker that found them.
    public var paths: RepositoryPaths?

    public init(collector: InputCollector, linter: Linter, paths: RepositoryPaths? = nil) {
        self.collector = collector
        self.linter = linter
        self.paths = paths
    }

    /// The results in input order. Files a folder walk finds are linted while the walk goes on (by `EarlyLints`'
    /// workers); what is left (named files, files reached through links, standard input) is linted after it.
    public func lint(_ arguments: [String]) -> [LintResult] {
        let early = EarlyLints(workers: ProcessInfo.processInfo.activeProcessorCount) { lint(.found($0)) }
        let items = linter.times.measureWall(.walk) { collector.expand(arguments, found: early.submit) }
        var earlyResults = early.finish()
        let later = items.indices.filter { items[$0].early == nil }
        let slots = ResultSlots(count: later.count)
        DispatchQueue.concurrentPerform(iterations: later.count) { slots.store(lint(items[later[$0]].item), at: $0) }
        var laterResults = slots.take()
        // Each result moved (not copied) into place, followed by the results it led to (a layout's blobs).
        var results: [LintResult] = []
        results.reserveCapacity(items.count)
        var nextLater = 0
        for item in items {
            let result: LintResult
            if let number = item.early {
                result = earlyResults[number].take()!
            } else {
                result = laterResults[nextLater].take()!
                nextLater += 1
            }
            results.append(result)
            results += result.related
        }
        return results
    }

    private func lint(_ item: InputItem) -> LintResult {
        let input = linter.times.measure(.read) { collector.read(item) }
        var result = linter.lint(input)
        if let paths { linter.times.measure(.fingerprints) { Fingerprints.assign(to: &result, paths: paths) } }
        return result
    }
}

/// Workers that lint files while the folder walk that finds them is still running: the walk submits each file
/// and goes on; `finish` waits for the queue to drain and returns the results by submission number. The workers
/// start with the first file submitted, so a run with no folder starts no thread.
/// `@unchecked Sendable`: the queue and flags are read and written under `condition`, the results by `ResultSlots`.
private final class EarlyLints: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [(number: Int, name: FileName)] = []
    private let results = ResultSlots(count: 0)
    private var started = false
    private var closed = false
    private let workers: Int
    private let work: @Sendable (FileName) -> LintResult
    private let group = DispatchGroup()

    init(workers: Int, work: @escaping @Sendable (FileName) -> LintResult) {
        self.workers = max(1, workers)
        self.work = work
    }

    /// Queues a file; returns its number.
    func submit(_ name: FileName) -> Int {
        condition.lock()
        defer { condition.unlock() }
        if !started {
            started = true
            for _ in 0..<workers { DispatchQueue.global().async(group: group) { [self] in drain() } }
        }
        let number = results.addSlot()
        pending.append((number, name))
        condition.signal()
        return number
    }

    private func drain() {
        while let (number, name) = next() { results.store(work(name), at: number) }
    }

    /// The next queued file, waiting for one; nil once `finish` was called and the queue is empty.
    private func next() -> (Int, FileName)? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty && !closed { condition.wait() }
        // Taken from the end: the order files are linted in does not matter, the results are kept by number.
        return pending.popLast()
    }

    /// Waits for every queued file to be linted; the results, handed over (every slot filled).
    func finish() -> [LintResult?] {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        group.wait()
        return results.take()
    }
}

/// Slots written once each from concurrent workers.
/// `@unchecked Sendable`: every slot is written by exactly one worker, and all access is under the lock.
private final class ResultSlots: @unchecked Sendable {
    private var storage: [LintResult?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// One more empty slot; its index.
    func addSlot() -> Int {
        lock.lock()
        defer { lock.unlock() }
        storage.append(nil)
        return storage.count - 1
    }

    func store(_ result: LintResult, at index: Int) {
        lock.lock()
        storage[index] = result
        lock.unlock()
    }

    /// The slots, handed over (the class keeps no copy).
    func take() -> [LintResult?] {
        lock.lock()
        defer { lock.unlock() }
        var taken: [LintResult?] = []
        swap(&taken, &storage)
        return taken
    }
}
