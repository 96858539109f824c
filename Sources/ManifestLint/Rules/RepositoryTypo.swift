/// Finds repository names that look like typos of another name in the same workflow: used once, within a
/// small edit distance (insertions, deletions, substitutions, swaps of neighbours) of a name used more often.
enum RepositoryTypo {
    static func find(in workflow: JSONValue, maxDistance requested: Int) -> [BuiltinCheck.Result] {
        let maxDistance = max(0, min(requested, 8))
        let repositories = (workflow["repositories"]?.arrayElements ?? []).compactMap { entry -> (name: String, uses: Int)? in
            guard let name = entry["name"]?.stringValue, let uses = entry["uses"]?.integerValue else { return nil }
            return (name, Int(uses))
        }
        // Names used more than once, by length in scalars, each with the set of scalars it contains as a bit mask:
        // an edit changes at most two bits, so a pair whose masks differ in more than 2·maxDistance bits is
        // rejected without computing a distance. Comparisons stop at a budget, so a hostile file costs a bounded time.
        var frequentByLength: [Int: [(offset: Int, mask: UInt64)]] = [:]
        for (offset, repository) in repositories.enumerated() where repository.uses > 1 {
            frequentByLength[repository.name.unicodeScalars.count, default: []].append((offset, Self.mask(repository.name)))
        }
        var budget = Limits.typoComparisons
        var results: [BuiltinCheck.Result] = []
        for (index, candidate) in repositories.enumerated() where candidate.uses == 1 && candidate.name.count >= 4 {
            let length = candidate.name.unicodeScalars.count
            let candidateMask = Self.mask(candidate.name)
            var closest: (offset: Int, distance: Int)?
            for otherLength in max(0, length - maxDistance)...(length + maxDistance) {
                for other in frequentByLength[otherLength] ?? [] {
                    guard budget > 0 else { return results }
                    budget -= 1
                    guard (candidateMask ^ other.mask).nonzeroBitCount <= 2 * maxDistance else { continue }
                    let name = repositories[other.offset].name
                    guard name != candidate.name else { continue }
                    let found = distance(candidate.name, name, limit: maxDistance)
                    guard found <= maxDistance else { continue }
                    // The nearest name; among equals the most used, then the first written.
                    if let best = closest {
                        let bestUses = repositories[best.offset].uses, uses = repositories[other.offset].uses
                        guard (found, -uses, other.offset) < (best.distance, -bestUses, best.offset) else { continue }
                    }
                    closest = (other.offset, found)
                }
            }
            guard let closest else { continue }
            let expected = repositories[closest.offset]
            results.append(BuiltinCheck.Result(below: ["repositories", String(index)], variables: [
                "value": candidate.name, "expected": expected.name, "uses": String(expected.uses),
                "distance": String(closest.distance),
            ], replacement: expected.name))
        }
        return results
    }

    /// Which scalars a name contains, folded into 64 bits.
    private static func mask(_ name: String) -> UInt64 {
        name.unicodeScalars.reduce(UInt64(0)) { $0 | (1 << UInt64($1.value % 64)) }
    }

    /// Optimal string alignment distance, stopping early once it exceeds `limit`.
    static func distance(_ left: String, _ right: String, limit: Int) -> Int {
        let a = Array(left.unicodeScalars), b = Array(right.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [Int](repeating: 0, count: b.count + 1)
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], previous2[j - 2] + 1) }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            previous2 = previous
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
