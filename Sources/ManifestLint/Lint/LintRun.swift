import Foundation

/// Lints many inputs on all cores and hands the results over in input order while the run goes on.
public struct LintRun: Sendable {
    public var collector: InputCollector
    public var linter: Linter
    /// When set, findings get their fingerprints in the worker that found them.
    public var paths: RepositoryPaths?
    /// How many inputs may be linted ahead of the next one to hand over: what bounds memory on a large tree.
    public var window = 2048

    public init(collector: InputCollector, linter: Linter, paths: RepositoryPaths? = nil) {
        self.collector = collector
        self.linter = linter
        self.paths = paths
    }

    /// The results in input order, each followed by the results it led to (a layout's blobs).
    public func lint(_ arguments: [String]) -> [LintResult] {
        var results: [LintResult] = []
        lint(arguments) { results.append($0) }
        return results
    }

    /// Hands each result to `deliver` on the calling thread, in input order, each followed by the results it led to
    /// (a layout's blobs). The workers lint what the folder walk finds while it goes on; the walk waits when they
    /// are `window` inputs ahead of the next result to hand over, so memory stays flat however many files there
    /// are.
    public func lint(_ arguments: [String], deliver: (LintResult) -> Void) {
        // Rules that follow descriptors may reach any document of the run, so the inputs are listed first.
        if linter.policy?.engine.followsLinks == true, linter.links == nil {
            let items = collector.expand(arguments)
            var run = self
            run.linter.links = FileSetLinks(items: items, collector: collector)
            run.lint(deliver: deliver) { take in items.forEach(take) }
            return
        }
        lint(deliver: deliver) { take in collector.expand(arguments, each: take) }
    }

    /// Lints what `feed` hands over on the workers, delivering results in that order.
    private func lint(deliver: (LintResult) -> Void, feed: ((InputItem) -> Void) -> Void) {
        withoutActuallyEscaping(deliver) { deliver in
            let run = OrderedLints(workers: ProcessInfo.processInfo.activeProcessorCount, window: window, deliver: { result in
                linter.times.measureWall(.report) {
                    deliver(result)
                    for related in result.related { deliver(related) }
                }
            }) { item in lint(item) }
            linter.times.measureWall(.walk) { feed(run.take) }
            run.finish()
        }
    }

    private func lint(_ item: InputItem) -> LintResult {
        let input = linter.times.measure(.read) { collector.read(item) }
        var result = linter.lint(input)
        if let paths { linter.times.measure(.fingerprints) { Fingerprints.assign(to: &result, paths: paths) } }
        return result
    }
}

/// Inputs numbered in report order, linted by workers in that order and handed to `deliver` on the thread that
/// submits them (between submissions, and in `finish`). The workers start once two inputs wait; a run of one
/// input (a file named by a hook or an editor, standard input) is linted on the calling thread, starting none.
/// `@unchecked Sendable`: every variable is read and written under `condition`; `deliver` is called on the
/// submitting thread only.
private final class OrderedLints: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(number: Int, item: InputItem)] = []
    /// Where the queue's next input is (taken from the front: results are handed over in order).
    private var queueHead = 0
    private var finished: [Int: LintResult] = [:]
    /// Numbers given out so far.
    private var numbered = 0
    private var started = false
    private var closed = false
    /// The submitting thread waits in `handOver`.
    private var handingOverWaits = false
    /// Handed over so far (the next number to hand over).
    private var delivered = 0
    private let workers: Int
    private let window: Int
    /// How many results wake the waiting hand-over.
    private var batch: Int { max(1, window / 4) }
    private let deliver: (LintResult) -> Void
    private let work: @Sendable (InputItem) -> LintResult
    private let group = DispatchGroup()

    init(workers: Int, window: Int, deliver: @escaping (LintResult) -> Void, work: @escaping @Sendable (InputItem) -> LintResult) {
        self.workers = max(1, workers)
        self.window = max(1, window)
        self.deliver = deliver
        self.work = work
    }

    func take(_ item: InputItem) {
        condition.lock()
        let number = numbered
        numbered += 1
        enqueue(number, item)
        condition.unlock()
        handOver(waitingForAll: false)
    }

    /// Waits for every input to be linted and handed over.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        let inline = !started
        condition.unlock()
        if inline {
            while let (number, item) = next() { store(work(item), at: number) }
        }
        handOver(waitingForAll: true)
        group.wait()
    }

    /// Under the lock.
    private func enqueue(_ number: Int, _ item: InputItem) {
        queue.append((number, item))
        if queue.count - queueHead >= 2 { startWorkers() }
        // Only workers wait while this thread submits.
        condition.signal()
    }

    /// Hands over the results that are next in order. Waits for more while the workers are `window` inputs ahead,
    /// or until all are handed over when `waitingForAll`.
    private func handOver(waitingForAll: Bool) {
        condition.lock()
        while true {
            if let result = finished.removeValue(forKey: delivered) {
                delivered += 1
                condition.unlock()
                deliver(result)
                condition.lock()
                continue
            }
            let ahead = numbered - delivered
            let waiting = ahead > (waitingForAll ? 0 : window)
            guard waiting else { break }
            // Whatever waits is linted by the workers (started here when only one input was ever queued at once).
            startWorkers()
            handingOverWaits = true
            condition.wait()
            handingOverWaits = false
        }
        condition.unlock()
    }

    /// Under the lock.
    private func startWorkers() {
        guard !started else { return }
        started = true
        for _ in 0..<workers { DispatchQueue.global().async(group: group) { [self] in drain() } }
    }

    private func drain() {
        while let (number, item) = next() { store(work(item), at: number) }
    }

    private func store(_ result: LintResult, at number: Int) {
        condition.lock()
        finished[number] = result
        // The waiting hand-over is woken for a batch, not for every result (each wake-up costs two context switches
        // on cores the workers need), or when nothing is queued (the last results, or an input that blocks, such as
        // standard input, behind the ready ones).
        if handingOverWaits, finished[delivered] != nil, finished.count >= batch || queueHead == queue.count { condition.broadcast() }
        condition.unlock()
    }

    /// The next queued input, waiting for one; nil once `finish` was called and the queue is empty.
    private func next() -> (Int, InputItem)? {
        condition.lock()
        defer { condition.unlock() }
        while queueHead == queue.count && !closed { condition.wait() }
        guard queueHead < queue.count else { return nil }
        let next = queue[queueHead]
        queueHead += 1
        // The front is dropped now and then, so the queue holds no more than the inputs not yet taken.
        if queueHead >= 256 && queueHead * 2 >= queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return next
    }
}
