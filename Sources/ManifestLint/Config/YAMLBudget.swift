import Yams

/// Counts the nodes of a composed YAML tree as a reader visits them, aliases expanded. Composing shares the
/// aliased nodes, so a small "billion laughs" file composes quickly but explodes when walked; this count stops
/// at the limit, so its cost is bounded by the limit and never by the expansion.
enum YAMLBudget {
    /// True when walking `root` would visit more than `limit` nodes.
    static func exceeds(_ root: Node, limit: Int) -> Bool {
        var visited = 0
        var pending = [root]
        while let node = pending.popLast() {
            visited += 1
            if visited > limit { return true }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return false
    }

    static func message(limit: Int) -> String {
        "its aliases expand to more than \(limit) nodes (a YAML alias bomb?); it was not read"
    }
}
