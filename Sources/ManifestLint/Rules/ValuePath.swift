/// Where a selected value sits below the value a selection started from: up to eight steps, each the
/// position of an array element or of an object member, kept inline so that selecting values allocates and
/// retains nothing. It becomes a JSON pointer only when a finding needs one, by walking the same steps again.
struct ValuePath {
    /// The deepest selection a rule may make (`given` plus `field`); the rule loader enforces it.
    static let capacity = 8

    private var steps = SIMD8<Int32>()
    private(set) var count = 0

    init() {}

    func appending(_ position: Int) -> ValuePath {
        precondition(count < Self.capacity, "selection deeper than \(Self.capacity) levels")
        var path = self
        path.steps[count] = Int32(truncatingIfNeeded: position)
        path.count += 1
        return path
    }

    /// The pointer of the selected value, given the pointer of and the value at the selection's start.
    func pointer(from base: JSONPointer, in start: JSONValue) -> JSONPointer {
        var result = base
        var current = start
        for step in 0..<count {
            let position = Int(steps[step])
            switch current {
            case .object(let members):
                result = result.appending(members[position].key)
                current = members[position].value
            case .array(let elements):
                result = result.appending(position)
                current = elements[position]
            default:
                return result
            }
        }
        return result
    }
}

extension Selector {
    /// Every value the selector reaches from `value`, with its path relative to `path`'s start.
    func selectPaths(from value: JSONValue, at path: ValuePath) -> [(path: ValuePath, value: JSONValue)] {
        var results: [(path: ValuePath, value: JSONValue)] = []
        collect(from: value, at: path, step: 0, into: &results)
        return results
    }

    /// Appends every value the selector reaches from `value` to `results`, without intermediate arrays.
    func selectPaths(from value: JSONValue, at path: ValuePath, into results: inout [(path: ValuePath, value: JSONValue)]) {
        collect(from: value, at: path, step: 0, into: &results)
    }

    private func collect(from value: JSONValue, at path: ValuePath, step: Int, into results: inout [(path: ValuePath, value: JSONValue)]) {
        guard step < steps.count else {
            results.append((path, value))
            return
        }
        // One switch per level (not over a tuple of step and value, which copies both).
        switch value {
        case .object(let members):
            switch steps[step] {
            case .any:
                for position in members.indices { collect(from: members[position].value, at: path.appending(position), step: step + 1, into: &results) }
            case .name(let name, _):
                if let position = JSONValue.position(of: name, in: members) {
                    collect(from: members[position].value, at: path.appending(position), step: step + 1, into: &results)
                }
            }
        case .array(let elements):
            switch steps[step] {
            case .any:
                for position in elements.indices { collect(from: elements[position], at: path.appending(position), step: step + 1, into: &results) }
            case .name(_, let index?):
                if elements.indices.contains(index) { collect(from: elements[index], at: path.appending(index), step: step + 1, into: &results) }
            case .name(_, nil):
                break
            }
        default:
            break
        }
    }
}
