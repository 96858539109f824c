/// Finds repository names that look like typos of another name in the same workflow: used once, within a
/// small edit distance (insertions, deletions, substitutions, swaps of neighbours) of a name used more often.
enum RepositoryTypo {
    static func find(in workflow: JSONValue, maxDistance: Int) -> [BuiltinCheck.Result] {
        let repositories = (workflow["repositories"]?.arrayElements ?? []).compactMap { entry -> (name: String, uses: Int)? in
            guard let name = entry["name"]?.stringValue, let uses = entry["uses"]?.integerValue else { return nil }
            return (name, Int(uses))
        }
        var results: [BuiltinCheck.Result] = []
        for (index, candidate) in repositories.enumerated() where candidate.uses == 1 && candidate.name.count >= 4 {
            let closest = repositories
                .filter { $0.uses > candidate.uses && $0.name != candidate.name }
                .map { (name: $0.name, uses: $0.uses, distance: distance(candidate.name, $0.name, limit: maxDistance)) }
                .filter { $0.distance <= maxDistance }
                .min { ($0.distance, -$0.uses) < ($1.distance, -$1.uses) }
            guard let closest else { continue }
            results.append(BuiltinCheck.Result(below: ["repositories", String(index)], variables: [
                "value": candidate.name, "expected": closest.name, "uses": String(closest.uses),
                "distance": String(closest.distance),
            ], replacement: closest.name))
        }
        return results
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
