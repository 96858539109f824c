/// A parsed JSON value. Objects keep their members in document order.
public enum JSONValue: Sendable, Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case integer(Int64)
    case real(Double)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(a), .array(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.real(a), .real(b)): return a == b
        case let (.bool(a), .bool(b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }

    /// The member named `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return JSONValue.position(of: key, in: members).map { members[$0].value }
    }

    /// Where the member `key` is in `members`: lengths are compared first, which settles most mismatches
    /// without the string comparison's slow path (keys longer than 15 bytes).
    static func position(of key: String, in members: [(key: String, value: JSONValue)]) -> Int? {
        let length = key.utf8.count
        // Read in place: no copy (and no retain) of each member on the way.
        return members.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].key.utf8.count == length && buffer[index].key == key { return index }
            return nil
        }
    }

    public var objectMembers: [(key: String, value: JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public var arrayElements: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var integerValue: Int64? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// A short name of the value's JSON type, for messages ("string", "object", ...).
    public var typeName: String {
        switch self {
        case .object: return "object"
        case .array: return "array"
        case .string: return "string"
        case .integer: return "integer"
        case .real: return "number"
        case .bool: return "boolean"
        case .null: return "null"
        }
    }
}
