import Foundation

/// Runs one configured rule's checks against one target.
struct CheckEvaluator {
    let configured: ConfiguredRule
    let target: RuleTarget

    typealias Item = (pointer: JSONPointer, value: JSONValue)

    func run() -> [Finding] {
        configured.rule.checks.flatMap(run)
    }

    private func run(_ check: CheckSpec) -> [Finding] {
        if let guardSelector = check.onlyIfPresent, guardSelector.select(from: target.value, at: target.pointer).isEmpty { return [] }
        let items = check.given.flatMap { $0.select(from: target.value, at: target.pointer) }
            .filter { item in check.conditions.allSatisfy { holds($0, on: item.value) } }
        let context = Context(check: check, parameters: configured.parameters)
        var findings: [Finding] = []
        func report(_ pointer: JSONPointer, _ variables: [String: String], suggestion: String? = nil) {
            let template = check.message ?? configured.rule.message
            findings.append(Finding(
                rule: configured.rule.id, severity: configured.severity,
                message: MessageTemplate.render(template, variables: variables, parameters: configured.parameters),
                pointer: pointer, suggestion: suggestion))
        }
        switch check.function {
        case .present:
            let fields = context.stringList("fields")?.map { check.field.description + "/" + $0 } ?? [check.field.description]
            for item in items {
                for field in fields where Selector(parsing: field).select(from: item.value, at: item.pointer).isEmpty {
                    report(item.pointer, ["field": String(field.split(separator: "/").last ?? ""), "pointer": item.pointer.description])
                }
            }
        case .absent:
            for item in items {
                for found in check.field.select(from: item.value, at: item.pointer) {
                    report(found.pointer, ["field": check.field.tokens.last ?? "", "value": render(found.value)])
                }
            }
        case .equals:
            let expected = context.option("value") ?? .null
            for (pointer, value) in fieldValues(items, check) where value != expected {
                report(pointer, ["value": render(value), "expected": render(expected)])
            }
        case .pattern:
            guard let regex = context.option("regex")?.stringValue.flatMap({ try? NSRegularExpression(pattern: $0) }) else { break }
            let mustMatch = context.option("match") != .bool(false)
            for (pointer, value) in fieldValues(items, check) {
                guard let text = value.stringValue else { continue }
                let matches = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                if matches != mustMatch { report(pointer, ["value": text, "expected": regex.pattern]) }
            }
        case .enumeration:
            let allowed = Set(context.stringList("values") ?? [])
            for (pointer, value) in fieldValues(items, check) {
                guard let key = key(value, check) else { continue }
                if !allowed.contains(key) { report(pointer, ["value": key, "expected": allowed.sorted().joined(separator: ", ")]) }
            }
        case .canonical:
            let transform = check.transform ?? .lowercase
            for (pointer, value) in fieldValues(items, check) {
                let written = transform == .platformCanonical ? ValueTransform.platformWritten.apply(value) : value.stringValue
                guard let written, let canonical = transform.apply(value), canonical != written else { continue }
                report(pointer, ["value": written, "canonical": canonical], suggestion: canonical)
            }
        case .count:
            let minimum = context.option("min")?.integerValue ?? 0
            let maximum = context.option("max")?.integerValue ?? Int64.max
            if !(minimum...maximum).contains(Int64(items.count)) {
                report(target.pointer, ["count": String(items.count), "min": String(minimum), "max": maximum == Int64.max ? "any" : String(maximum)])
            }
        case .unique:
            let keyFields = (context.stringList("key-fields") ?? []).map(Selector.init(parsing:))
            var seen: [String: JSONPointer] = [:]
            for item in items {
                guard let fieldValue = check.field.value(in: item.value), let base = key(fieldValue, check) else { continue }
                let extras = keyFields.map { $0.value(in: item.value).map(render) ?? "" }
                let identity = ([base] + extras).joined(separator: "\u{1F}")
                if let first = seen[identity] {
                    report(item.pointer, ["value": base, "first": first.description, "pointer": item.pointer.description])
                } else {
                    seen[identity] = item.pointer
                }
            }
        case .includesAll:
            let present = Set(fieldValues(items, check).compactMap { key($0.value, check) })
            let required = (context.stringList("values") ?? []).map { key(.string($0), check) ?? $0 }
            let missing = required.filter { !present.contains($0) }
            if !missing.isEmpty {
                report(target.pointer, ["missing": missing.joined(separator: ", "), "present": present.sorted().joined(separator: ", ")])
            }
        case .references:
            let targets = Set((context.stringList("targets") ?? []).flatMap {
                Selector(parsing: $0).select(from: target.value, at: target.pointer).map { render($0.value) }
            })
            for (pointer, value) in fieldValues(items, check) where !targets.contains(render(value)) {
                report(pointer, ["value": render(value)])
            }
        case .allEqual:
            var first: (key: String, pointer: JSONPointer)?
            for (pointer, value) in fieldValues(items, check) {
                guard let key = key(value, check) else { continue }
                guard let established = first else { first = (key, pointer); continue }
                if key != established.key {
                    report(pointer, ["value": key, "expected": established.key, "first": established.pointer.description])
                }
            }
        case .builtin:
            guard let name = context.option("name")?.stringValue, let builtin = BuiltinCheck(rawValue: name) else { break }
            for item in items {
                for result in builtin.evaluate(item.value, at: item.pointer) { report(result.pointer, result.variables) }
            }
        }
        return findings
    }

    /// The value at the check's `field` of each item, with its pointer.
    private func fieldValues(_ items: [Item], _ check: CheckSpec) -> [Item] {
        items.flatMap { check.field.select(from: $0.value, at: $0.pointer) }
    }

    private func key(_ value: JSONValue, _ check: CheckSpec) -> String? {
        if let transform = check.transform { return transform.apply(value) }
        return value.stringValue ?? render(value)
    }

    private func holds(_ condition: Condition, on value: JSONValue) -> Bool {
        let found = condition.field.value(in: value)
        let compared: JSONValue? = found.map { found in condition.transform.flatMap { $0.apply(found) }.map(JSONValue.string) ?? found }
        switch condition.test {
        case .present(let expected): return (found != nil) == expected
        case .equals(let expected): return compared == expected
        case .oneOf(let values): return compared.map(values.contains) ?? false
        case .noneOf(let values): return !(compared.map(values.contains) ?? false)
        }
    }

    private func render(_ value: JSONValue) -> String { MessageTemplate.render(value) }

    /// Option lookup with `{{parameter}}` references resolved.
    struct Context {
        let check: CheckSpec
        let parameters: [String: JSONValue]

        func option(_ name: String) -> JSONValue? {
            guard let value = check.options[name] else { return nil }
            if let reference = RuleLoader.parameterReference(value) { return parameters[reference] }
            return value
        }

        func stringList(_ name: String) -> [String]? {
            guard let value = option(name) else { return nil }
            if let text = value.stringValue { return [text] }
            return value.arrayElements?.compactMap(\.stringValue)
        }
    }
}

/// Fills `{{name}}` placeholders from the finding's variables, then from the rule's parameters.
enum MessageTemplate {
    static func render(_ template: String, variables: [String: String], parameters: [String: JSONValue]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            result += rest[..<open.lowerBound]
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result += variables[name] ?? parameters[name].map(render) ?? "{{\(name)}}"
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    static func render(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .bool(let flag): return String(flag)
        case .null: return "null"
        case .array(let elements): return elements.map(render).joined(separator: ", ")
        case .object(let members): return "{" + members.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
