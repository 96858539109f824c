/// A path from a subject to the values a check looks at: JSON-pointer tokens where `*` matches
/// every element of an array or member of an object (`/manifests/*/platform`).
public struct Selector: Sendable, Hashable, CustomStringConvertible {
    /// One step of a selector, decided once when the rule is loaded.
    enum Step: Sendable, Hashable {
        case any
        /// An object member name, or an array index when the token is a number.
        case name(String, index: Int?)
    }

    public let tokens: [String]
    let steps: [Step]

    public init(parsing text: String) {
        self.init(tokens: text.isEmpty || text == "/" ? [] : text.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.utf8.contains(UInt8(ascii: "~")) ? $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") : String($0)
        })
    }

    /// A selector of already unescaped tokens (`*` is the wildcard).
    init(tokens: [String]) {
        self.tokens = tokens
        steps = tokens.map { $0 == "*" ? .any : .name(KnownStrings.shared.canonical($0), index: Int($0)) }
    }

    public var description: String { tokens.isEmpty ? "" : "/" + tokens.joined(separator: "/") }

    /// How many levels the selector descends.
    public var depth: Int { steps.count }

    /// The value at this path when it has no wildcard (nil when absent or when the path has a `*`).
    public func value(in value: JSONValue) -> JSONValue? {
        var current = value
        for step in steps {
            guard case .name(let name, let index) = step, let next = Self.child(of: current, name: name, index: index) else { return nil }
            current = next
        }
        return current
    }

    /// True when the selector reaches at least one value from `value`.
    func reaches(from value: JSONValue) -> Bool { reaches(from: value, step: 0) }

    private func reaches(from value: JSONValue, step: Int) -> Bool {
        guard step < steps.count else { return true }
        switch steps[step] {
        case .name(let name, let index):
            return Self.child(of: value, name: name, index: index).map { reaches(from: $0, step: step + 1) } ?? false
        case .any:
            switch value {
            case .object(let members): return members.contains { reaches(from: $0.value, step: step + 1) }
            case .array(let elements): return elements.contains { reaches(from: $0, step: step + 1) }
            default: return false
            }
        }
    }

    private static func child(of value: JSONValue, name: String, index: Int?) -> JSONValue? {
        switch value {
        case .object(let members): return JSONValue.position(of: name, in: members).map { members[$0].value }
        case .array(let elements):
            guard let index, elements.indices.contains(index) else { return nil }
            return elements[index]
        default: return nil
        }
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
    /// A CEL expression (`expression:` in a rule file, kept in `options.expression`), evaluated for each selected
    /// value: `false`, or a non-empty list of violations, is a finding (see docs/writing-rules.md).
    case expression

    /// Whether the function reads the values at `field` of the selected values (the others read `field` themselves,
    /// or not at all).
    var readsFieldValues: Bool {
        switch self {
        case .equals, .pattern, .enumeration, .canonical, .includesAll, .references, .allEqual: return true
        case .present, .absent, .count, .unique, .builtin, .expression: return false
        }
    }
}

/// A condition a selected value must meet for a check to look at it (`where:` in rule files).
public struct Condition: Sendable {
    public enum Test: Sendable {
        case present(Bool)
        case equals(JSONValue)
        case oneOf([JSONValue])
        case noneOf([JSONValue])
        /// A CEL expression over `value` (the selected value), `subject`, `params`, `now` and `descriptor`.
        case expression(String)
    }

    public let field: Selector
    public let transform: ValueTransform?
    public let test: Test
    /// `or-absent: true`: the condition also holds when the field is missing (`artifactType` absent, or an image config type).
    public var orAbsent = false
}

/// One declarative check of a rule.
/// A class, not a struct: evaluators read it for every subject, and sharing one instance avoids copying its fields.
public final class CheckSpec: Sendable {
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
    /// The check runs only when none of these selectors finds anything in the subject (`/artifactType`: not
    /// artifact indexes).
    public let onlyIfAbsent: [Selector]
    /// A message for this check, replacing the rule's.
    public let message: String?

    public init(given: [Selector], conditions: [Condition], function: CheckFunction, field: Selector, transform: ValueTransform?,
        options: [String: JSONValue], onlyIfPresent: Selector?, onlyIfAbsent: [Selector] = [], message: String?) {
        self.given = given
        self.conditions = conditions
        self.function = function
        self.field = field
        self.transform = transform
        self.options = options
        self.onlyIfPresent = onlyIfPresent
        self.onlyIfAbsent = onlyIfAbsent
        self.message = message
    }
}
