/// Where a selected value sits: a base pointer plus up to four steps kept inline, so selecting values
/// allocates nothing for their location. The pointer text is built only when a finding needs it.
struct ValuePath {
    enum Step {
        case key(String)
        case index(Int)
        case none
    }

    private var base: JSONPointer
    private var steps: (Step, Step, Step, Step) = (.none, .none, .none, .none)
    private var count = 0

    init(_ base: JSONPointer) { self.base = base }

    func appending(_ step: Step) -> ValuePath {
        var path = self
        if path.count == 4 {
            path.base = path.pointer
            path.steps = (.none, .none, .none, .none)
            path.count = 0
        }
        switch path.count {
        case 0: path.steps.0 = step
        case 1: path.steps.1 = step
        case 2: path.steps.2 = step
        default: path.steps.3 = step
        }
        path.count += 1
        return path
    }

    var pointer: JSONPointer {
        var result = base
        for step in [steps.0, steps.1, steps.2, steps.3].prefix(count) {
            switch step {
            case .key(let key): result = result.appending(key)
            case .index(let index): result = result.appending(index)
            case .none: break
            }
        }
        return result
    }
}

extension Selector {
    /// Every value the selector reaches from `value`, with its path; the allocation-light form of `select(from:at:)`.
    func selectPaths(from value: JSONValue, at path: ValuePath) -> [(path: ValuePath, value: JSONValue)] {
        var current = [(path: path, value: value)]
        for token in tokens {
            var next: [(path: ValuePath, value: JSONValue)] = []
            for item in current {
                switch item.value {
                case .object(let members):
                    if token == "*" {
                        for member in members { next.append((item.path.appending(.key(member.key)), member.value)) }
                    } else if let member = members.first(where: { $0.key == token }) {
                        next.append((item.path.appending(.key(token)), member.value))
                    }
                case .array(let elements):
                    if token == "*" {
                        for (index, element) in elements.enumerated() { next.append((item.path.appending(.index(index)), element)) }
                    } else if let index = Int(token), elements.indices.contains(index) {
                        next.append((item.path.appending(.index(index)), elements[index]))
                    }
                default:
                    break
                }
            }
            current = next
        }
        return current
    }
}
