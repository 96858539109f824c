/// A path from a subject to the values a check looks at: JSON-pointer tokens where `*` matches
/// every element of an array or member of an object (`/manifests/*/platform`).
public struct Selector: Sendable, Hashable, CustomStringConvertible {
    public let tokens: [String]

    public init(parsing text: String) {
        tokens = text.isEmpty || text == "/" ? [] : text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    public var description: String { tokens.isEmpty ? "" : "/" + tokens.joined(separator: "/") }

    /// Every value the selector reaches from `value`, with its pointer.
    public func select(from value: JSONValue, at pointer: JSONPointer) -> [(pointer: JSONPointer, value: JSONValue)] {
        var current = [(pointer: pointer, value: value)]
        for token in tokens {
            current = current.flatMap { item -> [(pointer: JSONPointer, value: JSONValue)] in
                switch item.value {
                case .object(let members):
                    if token == "*" { return members.map { (item.pointer.appending($0.key), $0.value) } }
                    return members.first { $0.key == token }.map { [(item.pointer.appending(token), $0.value)] } ?? []
                case .array(let elements):
                    if token == "*" { return elements.enumerated().map { (item.pointer.appending($0.offset), $0.element) } }
                    guard let index = Int(token), elements.indices.contains(index) else { return [] }
                    return [(item.pointer.appending(index), elements[index])]
                default:
                    return []
                }
            }
        }
        return current
    }

    /// The value at this path when it has no wildcard (nil when absent or when the path has a `*`).
    public func value(in value: JSONValue) -> JSONValue? {
        var current = value
        for token in tokens {
            switch current {
            case .object(let members):
                guard token != "*", let member = members.first(where: { $0.key == token }) else { return nil }
                current = member.value
            case .array(let elements):
                guard let index = Int(token), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}

/// The generic check functions a rule file can name.
public enum CheckFunction: String, Sendable, CaseIterable {
    /// `field` must exist on each selected value (`fields` for several).
    case present
    /// `field` must not exist.
    case absent
    /// `field` must equal `options.value`.
    case equals
    /// `field` (a string) must match `options.regex` (or must not, with `options.match: false`).
    case pattern
    /// `transform(field)` must be one of `options.values`.
    case enumeration
    /// `field` must already be written as `transform` would write it.
    case canonical
    /// The number of selected values must be within `options.min` ... `options.max`.
    case count
    /// No two selected values may share `transform(field)` plus the `options.key-fields`.
    case unique
    /// `transform(field)` over all selected values must include every one of `options.values`.
    case includesAll = "includes-all"
    /// Each `field` value must be among the values at `options.targets` (relative to the subject).
    case references
    /// `transform(field)` must be the same for every selected value that has one.
    case allEqual = "all-equal"
    /// A named function implemented in Swift (`options.name`), for checks a selector cannot state.
    case builtin
}

/// A condition a selected value must meet for a check to look at it (`where:` in rule files).
public struct Condition: Sendable {
    public enum Test: Sendable {
        case present(Bool)
        case equals(JSONValue)
        case oneOf([JSONValue])
        case noneOf([JSONValue])
    }

    public let field: Selector
    public let transform: ValueTransform?
    public let test: Test
}

/// One declarative check of a rule.
public struct CheckSpec: Sendable {
    /// Where to look, relative to the subject; several selectors are concatenated.
    public let given: [Selector]
    /// Conditions every selected value must meet to be checked.
    public let conditions: [Condition]
    public let function: CheckFunction
    /// The field of each selected value that the function reads (the value itself when empty).
    public let field: Selector
    public let transform: ValueTransform?
    /// Function options; a string `{{name}}` stands for the rule parameter `name`.
    public let options: [String: JSONValue]
    /// The check runs only when this selector finds something in the subject.
    public let onlyIfPresent: Selector?
    /// A message for this check, replacing the rule's.
    public let message: String?
}
