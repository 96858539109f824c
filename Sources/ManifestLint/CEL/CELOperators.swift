import Foundation

/// The operators: arithmetic with CEL's errors (integer overflow and division by zero are errors, never a wrap),
/// equality, ordering, indexing and membership.
enum CELOperators {
    static func apply(_ function: String, _ a: [CELValue]) throws(CELError) -> CELValue? {
        switch (function, a.count) {
        case ("_+_", 2): return try add(a[0], a[1])
        case ("_-_", 2): return try subtract(a[0], a[1])
        case ("_*_", 2): return try multiply(a[0], a[1])
        case ("_/_", 2): return try divide(a[0], a[1])
        case ("_%_", 2): return try remainder(a[0], a[1])
        case ("-_", 1): return try negate(a[0])
        case ("!_", 1):
            guard case .bool(let flag) = a[0] else { throw .noOverload(function, a) }
            return .bool(!flag)
        case ("_==_", 2): return .bool(CELValue.equal(a[0], a[1]))
        case ("_!=_", 2): return .bool(!CELValue.equal(a[0], a[1]))
        case ("_<_", 2): return .bool(try order(a, function) { $0 == .orderedAscending })
        case ("_<=_", 2): return .bool(try order(a, function) { $0 != .orderedDescending })
        case ("_>_", 2): return .bool(try order(a, function) { $0 == .orderedDescending })
        case ("_>=_", 2): return .bool(try order(a, function) { $0 != .orderedAscending })
        case ("_[_]", 2): return try index(a[0], a[1])
        case ("@in", 2): return try member(a[0], of: a[1])
        default: return nil
        }
    }

    /// Ordering of two numbers involving NaN is false, never an error.
    private static func order(_ a: [CELValue], _ function: String, _ test: (ComparisonResult) -> Bool) throws(CELError) -> Bool {
        if a[0].isNumber, a[1].isNumber, CELValue.compareNumbers(a[0], a[1]) == nil { return false }
        return test(try CELValue.compare(a[0], a[1], function))
    }

    static func add(_ x: CELValue, _ y: CELValue) throws(CELError) -> CELValue {
        switch (x, y) {
        case (.int(let a), .int(let b)): return .int(try checked(a.addingReportingOverflow(b)))
        case (.uint(let a), .uint(let b)): return .uint(try checked(a.addingReportingOverflow(b)))
        case (.double(let a), .double(let b)): return .double(a + b)
        case (.string(let a), .string(let b)): return .string(a + b)
        case (.bytes(let a), .bytes(let b)): return .bytes(a + b)
        case (.list(let a), .list(let b)): return .list(a + b)
        case (.duration(let a), .duration(let b)): return .duration(try CELDuration(seconds: try checked(a.seconds.addingReportingOverflow(b.seconds)), nanos: Int64(a.nanos) + Int64(b.nanos)))
        case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
            return .timestamp(try CELTimestamp(seconds: try checked(t.seconds.addingReportingOverflow(d.seconds)), nanos: Int64(t.nanos) + Int64(d.nanos)))
        default: throw .noOverload("_+_", [x, y])
        }
    }

    static func subtract(_ x: CELValue, _ y: CELValue) throws(CELError) -> CELValue {
        switch (x, y) {
        case (.int(let a), .int(let b)): return .int(try checked(a.subtractingReportingOverflow(b)))
        case (.uint(let a), .uint(let b)): return .uint(try checked(a.subtractingReportingOverflow(b)))
        case (.double(let a), .double(let b)): return .double(a - b)
        case (.duration(let a), .duration(let b)): return .duration(try CELDuration(seconds: try checked(a.seconds.subtractingReportingOverflow(b.seconds)), nanos: Int64(a.nanos) - Int64(b.nanos)))
        case (.timestamp(let t), .duration(let d)):
            return .timestamp(try CELTimestamp(seconds: try checked(t.seconds.subtractingReportingOverflow(d.seconds)), nanos: Int64(t.nanos) - Int64(d.nanos)))
        case (.timestamp(let a), .timestamp(let b)):
            return .duration(try CELDuration(seconds: try checked(a.seconds.subtractingReportingOverflow(b.seconds)), nanos: Int64(a.nanos) - Int64(b.nanos)))
        default: throw .noOverload("_-_", [x, y])
        }
    }

    static func multiply(_ x: CELValue, _ y: CELValue) throws(CELError) -> CELValue {
        switch (x, y) {
        case (.int(let a), .int(let b)): return .int(try checked(a.multipliedReportingOverflow(by: b)))
        case (.uint(let a), .uint(let b)): return .uint(try checked(a.multipliedReportingOverflow(by: b)))
        case (.double(let a), .double(let b)): return .double(a * b)
        default: throw .noOverload("_*_", [x, y])
        }
    }

    static func divide(_ x: CELValue, _ y: CELValue) throws(CELError) -> CELValue {
        switch (x, y) {
        case (.int(let a), .int(let b)):
            guard b != 0 else { throw CELError("division by zero") }
            return .int(try checked(a.dividedReportingOverflow(by: b)))
        case (.uint(let a), .uint(let b)):
            guard b != 0 else { throw CELError("division by zero") }
            return .uint(a / b)
        case (.double(let a), .double(let b)): return .double(a / b)
        default: throw .noOverload("_/_", [x, y])
        }
    }

    static func remainder(_ x: CELValue, _ y: CELValue) throws(CELError) -> CELValue {
        switch (x, y) {
        case (.int(let a), .int(let b)):
            guard b != 0 else { throw CELError("modulus by zero") }
            return .int(try checked(a.remainderReportingOverflow(dividingBy: b)))
        case (.uint(let a), .uint(let b)):
            guard b != 0 else { throw CELError("modulus by zero") }
            return .uint(a % b)
        default: throw .noOverload("_%_", [x, y])
        }
    }

    static func negate(_ x: CELValue) throws(CELError) -> CELValue {
        switch x {
        case .int(let a): return .int(try checked(Int64(0).subtractingReportingOverflow(a)))
        case .double(let a): return .double(-a)
        case .duration(let d): return .duration(try CELDuration(seconds: -d.seconds, nanos: -Int64(d.nanos)))
        default: throw .noOverload("-_", [x])
        }
    }

    private static func checked<T>(_ result: (partialValue: T, overflow: Bool)) throws(CELError) -> T {
        guard !result.overflow else { throw CELError("return error for overflow") }
        return result.partialValue
    }

    static func index(_ container: CELValue, _ key: CELValue) throws(CELError) -> CELValue {
        switch container {
        case .list(let elements):
            let position: Int64
            switch key {
            case .int(let i): position = i
            case .uint(let u): position = u > UInt64(Int64.max) ? -1 : Int64(u)
            case .double(let d) where d.rounded(.towardZero) == d && abs(d) < 9.2e18: position = Int64(d)
            case .double: throw CELError("unsupported index value")
            default: throw .noOverload("_[_]", [container, key])
            }
            guard position >= 0, position < elements.count else { throw CELError("index out of bounds: \(position)") }
            return elements[Int(position)]
        case .map:
            switch key {
            case .int, .uint, .bool, .string, .double: break
            default: throw .noOverload("_[_]", [container, key])
            }
            guard let value = container.lookup(key) else { throw CELError("no such key: \(MessageTemplate.render(key.json))") }
            return value
        default:
            throw .noOverload("_[_]", [container, key])
        }
    }

    static func member(_ element: CELValue, of container: CELValue) throws(CELError) -> CELValue {
        switch container {
        case .list(let elements): return .bool(elements.contains { CELValue.equal($0, element) })
        case .map: return .bool(container.lookup(element) != nil)
        default: throw .noOverload("@in", [element, container])
        }
    }
}
