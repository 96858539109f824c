/// Which job waits for which, transitively, computed once per file. Matrix instances share their job's needs,
/// so the order is kept per job name, as bit sets (a file of 2,000 jobs in 2,000 stages is 2,000 × 32 words);
/// instances of one job wait for none of their siblings.
struct JobOrder {
    private var index: [String: Int] = [:]
    private var names: [String] = []
    private var ancestors: [[UInt64]] = []

    init(_ jobs: [PipelineJob]) {
        for job in jobs where index[job.name] == nil {
            index[job.name] = names.count
            names.append(job.name)
        }
        let words = (names.count + 63) / 64
        var parents = Array(repeating: [Int](), count: names.count)
        var seen: Set<String> = []
        for job in jobs where seen.insert(job.name).inserted {
            guard let child = index[job.name] else { continue }
            for need in job.needs.map(\.name) + job.implicitNeeds {
                parents[child] += indices(of: need).filter { $0 != child }
            }
        }
        // Ancestors in an order where parents come first; a cycle is cut where it closes.
        var state = Array(repeating: 0, count: names.count)  // 0 new, 1 on the path, 2 done
        ancestors = Array(repeating: Array(repeating: 0, count: words), count: names.count)
        for start in names.indices where state[start] == 0 {
            var stack: [(node: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let top = stack.last {
                if top.next < parents[top.node].count {
                    stack[stack.count - 1].next += 1
                    let parent = parents[top.node][top.next]
                    if state[parent] == 0 {
                        state[parent] = 1
                        stack.append((parent, 0))
                    }
                    continue
                }
                stack.removeLast()
                state[top.node] = 2
                var bits = ancestors[top.node]
                for parent in parents[top.node] {
                    bits[parent / 64] |= 1 << UInt64(parent % 64)
                    for word in 0..<words { bits[word] |= ancestors[parent][word] }
                }
                ancestors[top.node] = bits
            }
        }
    }

    /// The job names a `needs:` entry stands for: the job; `stage:X` is each job of Azure stage X.
    private func indices(of need: String) -> [Int] {
        guard need.hasPrefix("stage:") else { return index[need].map { [$0] } ?? [] }
        let prefix = String(need.dropFirst("stage:".count)) + "."
        return names.indices.filter { names[$0].hasPrefix(prefix) }
    }

    /// True when job `name` waits for job `other` (directly or through others).
    func waits(_ name: String, for other: String) -> Bool {
        guard let child = index[name], let parent = index[other], child != parent else { return false }
        return ancestors[child][parent / 64] & (1 << UInt64(parent % 64)) != 0
    }
}
