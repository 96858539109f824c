/// Finds repository names that look like typos of another name in the same workflow: used once, within a
/// small edit distance (insertions, deletions, substitutions, swaps of neighbours) of a name used more often.
enum RepositoryTypo {
    static func find(in workflow: JSONValue, maxDistance requested: Int) -> [BuiltinCheck.Result] {
        let maxDistance = max(0, min(requested, 8))
        let repositories = (workflow["repositories"]?.arrayElements ?? []).compactMap { entry -> (name: String, uses: Int)? in
            guard let name = entry["name"]?.stringValue, let uses = entry["uses"]?.integerValue else { return nil }
            return (name, Int(uses))
        }
        // Candidates come from a search of the frequent names, not from comparing every pair: the names are
        // sorted, so a shared prefix (the registry and team part most names have) is one path of an implicit
        // trie, walked once per candidate with one row of the distance table per character, and abandoned as
        // soon as no name below it can come within `maxDistance`. The cells computed are bounded by a budget,
        // so even a hostile file costs a bounded time.
        var frequent: [(name: [UInt32], offset: Int)] = []
        for (offset, repository) in repositories.enumerated() where repository.uses > 1 && repository.name.unicodeScalars.count <= Self.longestName {
            frequent.append((repository.name.unicodeScalars.map(\.value), offset))
        }
        frequent.sort { $0.name.lexicographicallyPrecedes($1.name) }
        var search = PrefixSearch(names: frequent.map(\.name), offsets: frequent.map(\.offset), limit: maxDistance, budget: Limits.typoComparisons)
        var results: [BuiltinCheck.Result] = []
        for (position, candidate) in repositories.enumerated() where candidate.uses == 1 && candidate.name.count >= 4 {
            guard candidate.name.unicodeScalars.count <= Self.longestName else { continue }
            guard let found = search.matches(for: candidate.name.unicodeScalars.map(\.value)) else { return results }
            var closest: (offset: Int, distance: Int)?
            for (other, distance) in found {
                guard repositories[other].name != candidate.name else { continue }
                // The nearest name; among equals the most used, then the first written.
                if let best = closest {
                    let bestUses = repositories[best.offset].uses, uses = repositories[other].uses
                    guard (distance, -uses, other) < (best.distance, -bestUses, best.offset) else { continue }
                }
                closest = (other, distance)
            }
            guard let closest else { continue }
            let expected = repositories[closest.offset]
            results.append(BuiltinCheck.Result(below: ["repositories", String(position)], variables: [
                "value": candidate.name, "expected": expected.name, "uses": String(expected.uses),
                "distance": String(closest.distance),
            ], replacement: expected.name))
        }
        return results
    }

    /// Repository names are at most 255 characters; longer words are not names worth comparing.
    static let longestName = 255

    /// Optimal-string-alignment search of sorted names for those within `limit` of a query.
    struct PrefixSearch {
        let names: [[UInt32]]
        let offsets: [Int]
        let limit: Int
        var budget: Int
        private var query: [UInt32] = []
        private var found: [(offset: Int, distance: Int)] = []

        init(names: [[UInt32]], offsets: [Int], limit: Int, budget: Int) {
            self.names = names
            self.offsets = offsets
            self.limit = limit
            self.budget = budget
        }

        /// The names within `limit` of `query`, as (offset, distance); nil once the budget is spent.
        mutating func matches(for query: [UInt32]) -> [(offset: Int, distance: Int)]? {
            self.query = query
            found = []
            visit(names.indices, depth: 0, row: Array(0...query.count), previousRow: nil, previousCharacter: nil)
            return budget < 0 ? nil : found
        }

        /// `range`: the names that share their first `depth` characters; `row`: the distances between that
        /// prefix and each prefix of the query.
        private mutating func visit(_ range: Range<Int>, depth: Int, row: [Int], previousRow: [Int]?, previousCharacter: UInt32?) {
            var lower = range.lowerBound
            // Names that end here sort first.
            while lower < range.upperBound, names[lower].count == depth {
                if row[query.count] <= limit { found.append((offsets[lower], row[query.count])) }
                lower += 1
            }
            let rowMinimum = row.min() ?? 0
            while lower < range.upperBound {
                let character = names[lower][depth]
                var low = lower, high = range.upperBound
                while low < high {
                    let middle = (low + high) / 2
                    if names[middle][depth] <= character { low = middle + 1 } else { high = middle }
                }
                budget -= query.count + 1
                if budget < 0 { return }
                var next = [Int](repeating: depth + 1, count: query.count + 1)
                var nextMinimum = next[0]
                for column in stride(from: 1, through: query.count, by: 1) {
                    let cost = query[column - 1] == character ? 0 : 1
                    var value = Swift.min(row[column] + 1, next[column - 1] + 1, row[column - 1] + cost)
                    if let previousRow, let previousCharacter, column > 1, query[column - 2] == character, query[column - 1] == previousCharacter {
                        value = Swift.min(value, previousRow[column - 2] + 1)
                    }
                    next[column] = value
                    nextMinimum = Swift.min(nextMinimum, value)
                }
                // A transposition can still reach back to this row, so stop only when neither row can lead within the limit.
                if nextMinimum <= limit || rowMinimum < limit {
                    visit(lower..<low, depth: depth + 1, row: next, previousRow: row, previousCharacter: character)
                    if budget < 0 { return }
                }
                lower = low
            }
        }
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
