import Foundation

/// Evaluates a parsed CEL expression against variables, with a cost budget: every node, every iteration of a
/// macro and every character or element a function touches costs a unit, and an evaluation that exceeds its budget
/// stops with an error instead of running on (the same guarantee Kubernetes gives its CEL policies).
public struct CELEvaluator {
    /// The variables: `document`, the rule's parameters, `now`.
    public var variables: [String: CELValue]
    public private(set) var cost = 0
    /// Where `resolve()` and `referrers()` find documents (none for a lone file).
    public var links: any LinkedContent = NoLinkedContent()
    public let budget: Int
    private var scopes: [(name: String, value: CELValue)] = []

    public static let defaultBudget = 1_000_000

    public init(variables: [String: CELValue], budget: Int = defaultBudget) {
        self.variables = variables
        self.budget = budget
    }

    /// Evaluates `expression`; a runtime error (including an exceeded budget) is thrown.
    public mutating func evaluate(_ expression: CELExpr) throws(CELError) -> CELValue {
        try charge(1)
        switch expression {
        case .literal(let value):
            return value
        case .identifier(let name):
            return try resolve(name)
        case .select(let operand, let field):
            // `google.protobuf.Timestamp` is a type name, unless `google` is a variable (checked first: no string is
            // built for the common `m.platform.os`).
            if let root = Self.rootIdentifier(operand), scopeValue(of: root) == nil, let qualified = Self.qualifiedName(expression),
                let type = Self.typeNames[qualified] {
                return .type(type)
            }
            let value = try evaluate(operand)
            guard case .map = value else { throw CELError("no such field \"\(field)\" on \(value.typeName)") }
            guard let found = value.lookup(.string(field)) else { throw CELError("no such key: \(field)") }
            return found
        case .presence(let operand, let field):
            let value = try evaluate(operand)
            guard case .map = value else { throw CELError("has() needs a map, not \(value.typeName)") }
            return .bool(value.lookup(.string(field)) != nil)
        case .list(let elements):
            var values: [CELValue] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try evaluate(element)) }
            return .list(values)
        case .map(let entries):
            var values: [(key: CELValue, value: CELValue)] = []
            for entry in entries {
                let key = try evaluate(entry.key)
                switch key {
                case .int, .uint, .bool, .string: break
                default: throw CELError("unsupported key type \(key.typeName)")
                }
                let map = CELValue.map(values)
                guard map.lookup(key) == nil else { throw CELError("Failed with repeated key") }
                values.append((key, try evaluate(entry.value)))
            }
            return .map(values)
        case .comprehension(let kind, let range, let variable, let predicate, let transform):
            return try comprehension(kind, range: try evaluate(range), variable: variable, predicate: predicate, transform: transform)
        case .call(let target, let function, let arguments):
            return try call(target: target, function: function, arguments: arguments)
        }
    }

    mutating func charge(_ units: Int) throws(CELError) {
        cost += units
        if cost > budget { throw CELError("the expression exceeded its cost budget of \(budget)") }
    }

    private func scopeValue(of name: String) -> CELValue? {
        if let local = scopes.last(where: { $0.name == name }) { return local.value }
        return variables[name]
    }

    private func resolve(_ name: String) throws(CELError) -> CELValue {
        if let value = scopeValue(of: name) { return value }
        if let type = Self.typeNames[name] { return .type(type) }
        throw CELError("undeclared reference to '\(name)'")
    }

    static let typeNames: [String: String] = [
        "int": "int", "uint": "uint", "double": "double", "bool": "bool", "string": "string", "bytes": "bytes", "list": "list",
        "map": "map", "null_type": "null_type", "type": "type", "google.protobuf.Timestamp": "google.protobuf.Timestamp",
        "google.protobuf.Duration": "google.protobuf.Duration",
    ]

    static func rootIdentifier(_ expression: CELExpr) -> String? {
        var current = expression
        while true {
            switch current {
            case .identifier(let name): return name
            case .select(let operand, _): current = operand
            default: return nil
            }
        }
    }

    /// `a.b.c` as one dotted name, when the expression is only identifiers and selections.
    static func qualifiedName(_ expression: CELExpr) -> String? {
        switch expression {
        case .identifier(let name): return name
        case .select(let operand, let field): return qualifiedName(operand).map { $0 + "." + field }
        default: return nil
        }
    }

    private mutating func comprehension(_ kind: CELMacro, range: CELValue, variable: String, predicate: CELExpr, transform: CELExpr?) throws(CELError) -> CELValue {
        let items: [CELValue]
        switch range {
        case .list(let elements): items = elements
        case .map(let entries): items = entries.map(\.key)
        default: throw CELError.noOverload(kind.rawValue, [range])
        }
        scopes.append((variable, .null))
        defer { scopes.removeLast() }
        var firstError: CELError?
        var count = 0
        var results: [CELValue] = []
        for item in items {
            try charge(1)
            scopes[scopes.count - 1].value = item
            switch kind {
            case .all, .exists:
                do throws(CELError) {
                    let value = try evaluate(predicate)
                    guard case .bool(let flag) = value else { throw CELError.noOverload(kind.rawValue, [value]) }
                    if flag == (kind == .exists) { return .bool(flag) }
                } catch {
                    // Errors are absorbed when another element decides the result, as for && and ||.
                    if firstError == nil { firstError = error }
                }
            case .existsOne:
                guard case .bool(let flag) = try evaluate(predicate) else { throw CELError("exists_one() needs a bool predicate") }
                if flag { count += 1 }
            case .map, .filter:
                guard case .bool(let keep) = try evaluate(predicate) else { throw CELError("\(kind.rawValue)() needs a bool predicate") }
                guard keep else { continue }
                results.append(kind == .filter ? item : try evaluate(transform!))
            }
        }
        switch kind {
        case .all, .exists:
            if let firstError { throw firstError }
            return .bool(kind == .all)
        case .existsOne: return .bool(count == 1)
        case .map, .filter: return .list(results)
        }
    }

    private mutating func call(target: CELExpr?, function: String, arguments: [CELExpr]) throws(CELError) -> CELValue {
        switch function {
        case "_&&_", "_||_":
            let decisive = function == "_||_"
            var firstError: CELError?
            for argument in arguments {
                do throws(CELError) {
                    let value = try evaluate(argument)
                    guard case .bool(let flag) = value else { throw CELError.noOverload(function, [value]) }
                    if flag == decisive { return .bool(decisive) }
                } catch {
                    if firstError == nil { firstError = error }
                }
            }
            if let firstError { throw firstError }
            return .bool(!decisive)
        case "_?_:_":
            let condition = try evaluate(arguments[0])
            guard case .bool(let flag) = condition else { throw CELError.noOverload(function, [condition]) }
            return try evaluate(arguments[flag ? 1 : 2])
        default:
            var values: [CELValue] = []
            if let target { values.append(try evaluate(target)) }
            for argument in arguments { values.append(try evaluate(argument)) }
            return try CELFunctions.call(function, values, receiver: target != nil, evaluator: &self)
        }
    }
}
