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

    public func lint(_ arguments: [String]) -> [LintResult] {
        let items = linter.times.measureWall(.walk) { collector.expand(arguments) }
        let slots = ResultSlots(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let input = linter.times.measure(.read) { collector.read(items[index]) }
            var result = linter.lint(input)
            if let paths { linter.times.measure(.fingerprints) { Fingerprints.assign(to: &result, paths: paths) } }
            slots.store(result, at: index)
        }
        return slots.flattened()
    }
}

/// Fixed slots written once each from concurrent workers.
/// `@unchecked Sendable`: every slot is written by exactly one worker, under the lock.
private final class ResultSlots: @unchecked Sendable {
    private var storage: [LintResult?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ result: LintResult, at index: Int) {
        lock.lock()
        storage[index] = result
        lock.unlock()
    }

    /// Each result followed by the results it led to (a layout's blobs), without a temporary array per result.
    func flattened() -> [LintResult] {
        var results: [LintResult] = []
        results.reserveCapacity(storage.count)
        for case let result? in storage {
            results.append(result)
            results += result.related
        }
        return results
    }
}
