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
    /// Whether a check follows links (see `CompiledCheck.followsLinks`).
    let followsLinks: Bool

    public init(_ configured: ConfiguredRule) {
        id = configured.rule.id
        severity = configured.severity
        subjects = configured.rule.appliesTo
        checks = configured.rule.checks.map { CompiledCheck($0, message: configured.rule.message, parameters: configured.parameters) }
        parameterText = configured.parameters.mapValues(MessageTemplate.render)
        followsLinks = checks.contains(where: \.followsLinks)
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
    /// For `same-os-only`: the os part of each required value.
    let requiredOS: Set<Substring>
    let minimum: Int64
    let maximum: Int64
    let keyFields: [Selector]
    let targets: [Selector]
    let builtin: BuiltinCheck?
    /// For builtins: every option with parameter references resolved.
    let builtinOptions: [String: JSONValue]
    let conditions: [CompiledCondition]
    /// For `expression`: the parsed CEL program (checked when the rule file loaded) and the parameters it sees.
    let program: CELExpr?
    let parameterValues: CELValue
    /// The `where:` conditions that are CEL expressions, run after the others.
    let expressionConditions: [CELExpr]
    /// Whether an expression of this check uses `descriptor`, `resolve()` or `referrers()`.
    let followsLinks: Bool

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
        conditions = spec.conditions.map(CompiledCondition.init)
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
        requiredOS = Set(requiredKeys.map(Platform.osPart(of:)))
        minimum = option("min")?.integerValue ?? 0
        maximum = option("max")?.integerValue ?? Int64.max
        keyFields = (stringList("key-fields") ?? []).map(Selector.init(parsing:))
        targets = (stringList("targets") ?? []).map(Selector.init(parsing:))
        builtin = option("name")?.stringValue.flatMap(BuiltinCheck.init(rawValue:))
        builtinOptions = Dictionary(uniqueKeysWithValues: spec.options.keys.compactMap { name in option(name).map { (name, $0) } })
        program = spec.function == .expression ? (spec.options["expression"]?.stringValue).flatMap { try? CELParser.parse($0) } : nil
        expressionConditions = conditions.compactMap(\.program)
        let programs = (program.map { [$0] } ?? []) + expressionConditions
        followsLinks = programs.contains(where: CELRuleSupport.followsLinks)
        parameterValues = programs.isEmpty ? .null : .map(parameters.keys.sorted().map { (key: CELValue.string($0), value: CELValue(json: parameters[$0]!)) })
    }
}

/// A `where:` condition made ready to run on every selected value: `equals`, `in` and `not-in` become one
/// membership test, compared as strings (no `JSONValue` built for a transformed value) when every listed value is
/// a string.
/// `@unchecked Sendable`: every member is immutable.
final class CompiledCondition: @unchecked Sendable {
    private let field: Selector
    private let transform: ValueTransform?
    /// `present: true|false`, or nil for a membership test.
    private let present: Bool?
    private let values: [JSONValue]
    /// The listed values when all are strings.
    private let strings: [String]?
    /// `not-in`: the condition holds when the value is not listed.
    private let negated: Bool
    private let orAbsent: Bool
    /// `expression:`: decided by the evaluator, which has the variables (see `CheckEvaluator`).
    let program: CELExpr?

    init(_ condition: Condition) {
        field = condition.field
        transform = condition.transform
        orAbsent = condition.orAbsent
        switch condition.test {
        case .present(let expected): (present, values, negated) = (expected, [], false)
        case .equals(let expected): (present, values, negated) = (nil, [expected], false)
        case .oneOf(let listed): (present, values, negated) = (nil, listed, false)
        case .noneOf(let listed): (present, values, negated) = (nil, listed, true)
        case .expression: (present, values, negated) = (true, [], false)
        }
        if case .expression(let text) = condition.test { program = try? CELParser.parse(text) } else { program = nil }
        let strings = values.compactMap(\.stringValue)
        self.strings = strings.count == values.count ? strings : nil
    }

    /// Whether `value` meets the condition (the same verdict `Condition` states: an absent field is in no list).
    func holds(on value: JSONValue) -> Bool {
        if program != nil { return true }
        guard let found = field.value(in: value) else { return orAbsent || present == false || (present == nil && negated) }
        if let present { return present }
        if let transform, let text = transform.apply(found) { return isListed(text) != negated }
        if case .string(let text) = found { return isListed(text) != negated }
        return (strings == nil && values.contains(found)) != negated
    }

    private func isListed(_ text: String) -> Bool {
        if let strings { return strings.contains(text) }
        return values.contains(.string(text))
    }
}
