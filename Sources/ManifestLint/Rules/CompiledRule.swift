import Foundation

/// A configured rule made ready to run many times: options resolved against the parameter values,
/// selectors parsed, sets and regular expressions built once.
public final class CompiledRule: Sendable {
    public let id: String
    public let severity: Severity
    let subjects: Set<RuleSubject>
    let checks: [CompiledCheck]
    /// Parameter values as messages print them.
    let parameterText: [String: String]

    public init(_ configured: ConfiguredRule) {
        id = configured.rule.id
        severity = configured.severity
        subjects = configured.rule.appliesTo
        checks = configured.rule.checks.map { CompiledCheck($0, message: configured.rule.message, parameters: configured.parameters) }
        parameterText = configured.parameters.mapValues(MessageTemplate.render)
    }
}

/// One check of a compiled rule. Immutable after `init`.
/// `@unchecked Sendable`: every member is immutable; PatternMatcher is Sendable itself.
final class CompiledCheck: @unchecked Sendable {
    let spec: CheckSpec
    let message: String
    let expected: JSONValue
    let regex: PatternMatcher?
    let mustMatch: Bool
    let allowed: Set<String>
    let allowedText: String
    /// For `present`: the fields to look for (the check's field, or field + each of `options.fields`).
    let presentFields: [(name: String, selector: Selector)]
    /// For `includes-all`: the required values, already transformed.
    let requiredKeys: [String]
    /// For `includes-all`: skip when no present value shares an OS with a required one.
    let sameOSOnly: Bool
    let minimum: Int64
    let maximum: Int64
    let keyFields: [Selector]
    let targets: [Selector]
    let builtin: BuiltinCheck?
    /// For builtins: every option with parameter references resolved.
    let builtinOptions: [String: JSONValue]

    init(_ spec: CheckSpec, message: String, parameters: [String: JSONValue]) {
        func option(_ name: String) -> JSONValue? {
            guard let value = spec.options[name] else { return nil }
            if let reference = RuleLoader.parameterReference(value) { return parameters[reference] }
            return value
        }
        func stringList(_ name: String) -> [String]? {
            guard let value = option(name) else { return nil }
            if let text = value.stringValue { return [text] }
            return value.arrayElements?.compactMap(\.stringValue)
        }
        self.spec = spec
        self.message = spec.message ?? message
        expected = option("value") ?? .null
        regex = option("regex")?.stringValue.flatMap(PatternMatcher.init(pattern:))
        mustMatch = option("match") != .bool(false)
        let allowedList = stringList("values") ?? []
        allowed = Set(allowedList)
        allowedText = allowedList.sorted().joined(separator: ", ")
        if let names = stringList("fields") {
            presentFields = names.map { ($0, Selector(parsing: spec.field.description + "/" + $0)) }
        } else {
            presentFields = [(spec.field.tokens.last ?? "", spec.field)]
        }
        requiredKeys = allowedList.map { value in spec.transform.flatMap { $0.apply(.string(value)) } ?? value }
        sameOSOnly = option("same-os-only") == .bool(true)
        minimum = option("min")?.integerValue ?? 0
        maximum = option("max")?.integerValue ?? Int64.max
        keyFields = (stringList("key-fields") ?? []).map(Selector.init(parsing:))
        targets = (stringList("targets") ?? []).map(Selector.init(parsing:))
        builtin = option("name")?.stringValue.flatMap(BuiltinCheck.init(rawValue:))
        builtinOptions = Dictionary(uniqueKeysWithValues: spec.options.keys.compactMap { name in option(name).map { (name, $0) } })
    }
}
