import Foundation

/// A CEL value (cel-spec `doc/langdef.md`, "Values"): the JSON-typed subset plus bytes, timestamps, durations and
/// type values. Protocol-buffer messages are not supported.
public indirect enum CELValue: Sendable {
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case bool(Bool)
    case string(String)
    case bytes([UInt8])
    case null
    case list([CELValue])
    /// Entries in insertion order; keys are int, uint, bool or string.
    case map([(key: CELValue, value: CELValue)])
    case timestamp(CELTimestamp)
    case duration(CELDuration)
    case type(String)

    /// The CEL type name (what `type(x)` gives).
    public var typeName: String {
        switch self {
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .bool: return "bool"
        case .string: return "string"
        case .bytes: return "bytes"
        case .null: return "null_type"
        case .list: return "list"
        case .map: return "map"
        case .timestamp: return "google.protobuf.Timestamp"
        case .duration: return "google.protobuf.Duration"
        case .type: return "type"
        }
    }

    /// A document as CEL sees it: JSON numbers that are integers are `int`, others `double`.
    public init(json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .int(number)
        case .real(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .list(elements.map(CELValue.init(json:)))
        case .object(let members): self = .map(members.map { (key: .string($0.key), value: CELValue(json: $0.value)) })
        }
    }

    /// The value as JSON, for messages and reports (timestamps and durations as their strings).
    public var json: JSONValue {
        switch self {
        case .int(let number): return .integer(number)
        case .uint(let number): return number <= UInt64(Int64.max) ? .integer(Int64(number)) : .real(Double(number))
        case .double(let number): return .real(number)
        case .bool(let flag): return .bool(flag)
        case .string(let text): return .string(text)
        case .bytes(let bytes): return .string(Data(bytes).base64EncodedString())
        case .null: return .null
        case .list(let elements): return .array(elements.map(\.json))
        case .map(let entries): return .object(entries.map { (key: $0.key.displayKey, value: $0.value.json) })
        case .timestamp(let time): return .string(time.description)
        case .duration(let duration): return .string(duration.description)
        case .type(let name): return .string(name)
        }
    }

    /// The value as a finding's message shows it (strings bare, the rest as JSON).
    public var rendered: String { MessageTemplate.render(json) }

    private var displayKey: String {
        if case .string(let text) = self { return text }
        return MessageTemplate.render(json)
    }

    var isNumber: Bool {
        switch self {
        case .int, .uint, .double: return true
        default: return false
        }
    }

    /// Map lookup: keys compare as `==` does (1, 1u and 1.0 name one key).
    func lookup(_ key: CELValue) -> CELValue? {
        guard case .map(let entries) = self else { return nil }
        if case .string(let text) = key {
            for entry in entries { if case .string(let other) = entry.key, other.unicodeScalars.elementsEqual(text.unicodeScalars) { return entry.value } }
            return nil
        }
        return entries.first { CELValue.equal($0.key, key) }?.value
    }
}

/// A CEL runtime error: it propagates through an expression, except where `||`, `&&`, `?:` and the macros absorb it.
public struct CELError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// The expression needed a document that is not at hand (`resolve()`, `referrers()` on a lone file): the
    /// rule is skipped with a note rather than failed.
    public private(set) var unavailable = false
    public init(_ message: String) { self.message = message }
    init(unavailable message: String) {
        self.message = message
        unavailable = true
    }
    public var description: String { message }

    static func noOverload(_ function: String, _ arguments: [CELValue]) -> CELError {
        CELError("no such overload: \(function)(\(arguments.map(\.typeName).joined(separator: ", ")))")
    }
}

extension CELValue {
    /// CEL equality: numbers compare by value across int, uint and double; lists and maps element-wise; values of
    /// different kinds are not equal (never an error).
    static func equal(_ lhs: CELValue, _ rhs: CELValue) -> Bool {
        switch (lhs, rhs) {
        // Strings compare by code points: CEL does not normalize Unicode ('e\u0301' is not 'é'), Swift's == would.
        case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.bool(let a), .bool(let b)): return a == b
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.null, .null): return true
        case (.type(let a), .type(let b)): return a == b
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a == b
        case (.list(let a), .list(let b)): return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            return a.allSatisfy { entry in rhs.lookup(entry.key).map { equal(entry.value, $0) } ?? false }
        default:
            guard lhs.isNumber, rhs.isNumber else { return false }
            return compareNumbers(lhs, rhs) == .orderedSame
        }
    }

    /// Ordering for `<`, `<=`, `>`, `>=`: numbers across types, strings, bytes, bools, timestamps, durations.
    static func compare(_ lhs: CELValue, _ rhs: CELValue, _ function: String) throws(CELError) -> ComparisonResult {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)):
            // Code point order (Swift's < on String is Unicode canonical order, not code points).
            return order(Array(a.unicodeScalars.map(\.value)), Array(b.unicodeScalars.map(\.value)))
        case (.bytes(let a), .bytes(let b)): return order(a, b)
        case (.bool(let a), .bool(let b)): return a == b ? .orderedSame : (!a ? .orderedAscending : .orderedDescending)
        case (.timestamp(let a), .timestamp(let b)): return a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        case (.duration(let a), .duration(let b)): return a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        default:
            guard lhs.isNumber, rhs.isNumber, let result = compareNumbers(lhs, rhs) else { throw .noOverload(function, [lhs, rhs]) }
            return result
        }
    }

    private static func order<T: Comparable>(_ a: [T], _ b: [T]) -> ComparisonResult {
        for (x, y) in zip(a, b) where x != y { return x < y ? .orderedAscending : .orderedDescending }
        return a.count == b.count ? .orderedSame : (a.count < b.count ? .orderedAscending : .orderedDescending)
    }

    /// Exact comparison of two numbers of any kinds; nil when a NaN is involved.
    static func compareNumbers(_ lhs: CELValue, _ rhs: CELValue) -> ComparisonResult? {
        func sign<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult { a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending) }
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return sign(a, b)
        case (.uint(let a), .uint(let b)): return sign(a, b)
        case (.int(let a), .uint(let b)): return a < 0 ? .orderedAscending : sign(UInt64(a), b)
        case (.uint(let a), .int(let b)): return b < 0 ? .orderedDescending : sign(a, UInt64(b))
        case (.double(let a), .double(let b)): return a.isNaN || b.isNaN ? nil : sign(a, b)
        // An integer meets a double as a double (cel-spec's conformance tests: 2^63-1 is not below 2^63 as a double).
        case (.double(let a), .int(let b)): return a.isNaN ? nil : sign(a, Double(b))
        case (.double(let a), .uint(let b)): return a.isNaN ? nil : sign(a, Double(b))
        case (_, .double): return compareNumbers(rhs, lhs).map(flip)
        default: return nil
        }
    }

    private static func flip(_ result: ComparisonResult) -> ComparisonResult {
        result == .orderedAscending ? .orderedDescending : (result == .orderedDescending ? .orderedAscending : .orderedSame)
    }
}
