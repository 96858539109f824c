import Foundation
import Yams

/// What a rule's `expression:` may use, checked when the rule file loads, and how its result becomes findings.
public enum CELRuleSupport {
    /// The variables an expression sees: the rule's subject (the index, manifest, config, entry or workflow intent it
    /// applies to), the value `given` selected in it, the rule's parameters, and the time.
    public static let variables: Set<String> = ["subject", "value", "params", "now", "descriptor"]

    /// The names that make a rule follow links: its documents get a `RuleContext` (descriptor, linked content).
    static let linkNames: Set<String> = ["descriptor", "resolve", "referrers"]

    static let functions: Set<String> = [
        "size", "type", "dyn", "int", "uint", "double", "string", "bytes", "bool", "timestamp", "duration",
        "contains", "startsWith", "endsWith", "matches", "lowerAscii", "upperAscii", "trim", "split", "indexOf", "lastIndexOf",
        "charAt", "substring", "replace", "reverse", "sum", "min", "max", "join", "isSorted",
        "getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHours", "getMinutes",
        "getSeconds", "getMilliseconds", "resolve", "referrers",
    ]

    /// The time `now` is bound to: the clock, or `--now` for reproducible runs (set once, before linting starts).
    nonisolated(unsafe) public static var now: CELValue = .now()

    /// Parses and checks `text`; a problem is a rule-file error at the expression's line and column.
    static func validate(_ text: String, node: Node, source: YAMLSource) throws(YAMLFileError) {
        do {
            let expression = try CELParser.parse(text)
            try check(expression, scope: variables)
        } catch {
            throw source.error(node, "in the expression at \(place(of: error.offset, in: text)): \(error.message)")
        }
    }

    /// Whether an expression uses `descriptor`, `resolve()` or `referrers()`.
    static func followsLinks(_ expression: CELExpr) -> Bool {
        switch expression {
        case .literal: return false
        case .identifier(let name): return linkNames.contains(name)
        case .select(let operand, _), .presence(let operand, _): return followsLinks(operand)
        case .call(let target, let function, let arguments):
            return linkNames.contains(function) || (target.map(followsLinks) ?? false) || arguments.contains(where: followsLinks)
        case .list(let elements): return elements.contains(where: followsLinks)
        case .map(let entries): return entries.contains { followsLinks($0.key) || followsLinks($0.value) }
        case .comprehension(_, let range, _, let predicate, let transform):
            return followsLinks(range) || followsLinks(predicate) || (transform.map(followsLinks) ?? false)
        }
    }

    /// `line L, column C` inside the expression (1-based, in characters).
    static func place(of offset: Int, in text: String) -> String {
        var line = 1, column = 1
        for scalar in text.unicodeScalars.prefix(offset) {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return "line \(line), column \(column)"
    }

    /// Undeclared names and unknown functions are load errors, not findings on every document.
    static func check(_ expression: CELExpr, scope: Set<String>) throws(CELParseError) {
        switch expression {
        case .literal: return
        case .identifier(let name):
            guard scope.contains(name) || CELEvaluator.typeNames[name] != nil else {
                throw CELParseError(message: "undeclared reference to \"\(name)\" (known: \(scope.sorted().joined(separator: ", ")))", offset: 0)
            }
        case .select(let operand, _), .presence(let operand, _):
            if let name = CELEvaluator.qualifiedName(expression), CELEvaluator.typeNames[name] != nil { return }
            try check(operand, scope: scope)
        case .call(let target, let function, let arguments):
            if !function.hasPrefix("_"), !function.hasPrefix("@"), !function.hasSuffix("_"), !functions.contains(function) {
                throw CELParseError(message: "unknown function \"\(function)\"", offset: 0)
            }
            if let target { try check(target, scope: scope) }
            for argument in arguments { try check(argument, scope: scope) }
        case .list(let elements):
            for element in elements { try check(element, scope: scope) }
        case .map(let entries):
            for entry in entries { try check(entry.key, scope: scope); try check(entry.value, scope: scope) }
        case .comprehension(_, let range, let variable, let predicate, let transform):
            try check(range, scope: scope)
            let inner = scope.union([variable])
            try check(predicate, scope: inner)
            if let transform { try check(transform, scope: inner) }
        }
    }

    /// One violation an expression reported: where (relative to the selected value) and the values its message
    /// may name.
    struct Violation {
        var below: [String] = []
        var variables: [String: String] = [:]
    }

    /// `true` or `null` or `[]`: no finding. `false`: one. A list: one per element; an element that is a map gives
    /// its members to the message (`{{port}}`) and may say `at` (a JSON pointer below the selected value, or a list of
    /// member names and indexes); any other
    /// element is `{{result}}`.
    static func violations(_ result: CELValue) throws(CELError) -> [Violation] {
        switch result {
        case .bool(true), .null: return []
        case .bool(false): return [Violation()]
        case .list(let elements):
            return elements.map { element in
                var violation = Violation()
                guard case .map(let entries) = element else {
                    violation.variables["result"] = element.rendered
                    return violation
                }
                for entry in entries {
                    guard case .string(let key) = entry.key else { continue }
                    if key == "at", case .string(let pointer) = entry.value {
                        violation.below = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
                            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                        }
                    } else if key == "at", case .list(let tokens) = entry.value {
                        // A list of member names and indexes needs no escaping: ["config", "ExposedPorts", "22/tcp"].
                        violation.below = tokens.map { if case .string(let name) = $0 { name } else { $0.rendered } }
                    } else {
                        violation.variables[key] = entry.value.rendered
                    }
                }
                violation.variables["result"] = element.rendered
                return violation
            }
        default:
            throw CELError("the expression gave \(result.typeName); a rule's expression gives a bool or a list of violations")
        }
    }
}
