/// Collects schema findings for one document and offers typed field access that reports
/// a finding when a field is missing or of the wrong JSON type.
public struct FindingCollector: Sendable {
    public private(set) var findings: [Finding] = []

    public init() {}

    public mutating func report(_ rule: String, _ severity: Severity, at pointer: JSONPointer, _ message: String) {
        findings.append(Finding(rule: rule, severity: severity, message: message, pointer: pointer))
    }

    /// Reports a missing required field.
    mutating func requireField(_ name: String, in object: JSONValue, at pointer: JSONPointer, what: String) -> JSONValue? {
        guard let value = object[name] else {
            report("missing-field", .error, at: pointer, "\(what) has no \"\(name)\" (required)")
            return nil
        }
        return value
    }

    /// The string value of an optional field, reporting `wrong-type` when it is not a string.
    mutating func string(_ name: String, in object: JSONValue, at pointer: JSONPointer) -> String? {
        guard let value = object[name] else { return nil }
        guard let text = value.stringValue else {
            report("wrong-type", .error, at: pointer.appending(name),
                "\"\(name)\" is \(article(value.typeName)), expected a string")
            return nil
        }
        return text
    }

    /// Checks that an optional field, when present, has one of the expected JSON types (a list, not a set: an
    /// array literal costs nothing to build on every call).
    mutating func expectType(_ name: String, in object: JSONValue, at pointer: JSONPointer, _ types: [String]) {
        guard let value = object[name], !types.contains(value.typeName) else { return }
        let expected = types.sorted().map { article($0) }.joined(separator: " or ")
        report("wrong-type", .error, at: pointer.appending(name),
            "\"\(name)\" is \(article(value.typeName)), expected \(expected)")
    }

    /// Checks that a field is an array of strings (`null` allowed when `nullable`).
    mutating func expectStringArray(_ name: String, in object: JSONValue, at pointer: JSONPointer, nullable: Bool = true) {
        guard let value = object[name] else { return }
        if value == .null, nullable { return }
        guard let elements = value.arrayElements else {
            report("wrong-type", .error, at: pointer.appending(name),
                "\"\(name)\" is \(article(value.typeName)), expected an array of strings")
            return
        }
        for (index, element) in elements.enumerated() where element.stringValue == nil {
            report("wrong-type", .error, at: pointer.appending(name).appending(index),
                "\"\(name)\"[\(index)] is \(article(element.typeName)), expected a string")
        }
    }

    /// Checks an annotations-style map: an object whose values are all strings.
    mutating func expectStringMap(_ name: String, in object: JSONValue, at pointer: JSONPointer, rule: String) {
        guard let value = object[name] else { return }
        if value == .null { return }
        guard let members = value.objectMembers else {
            report(rule, .error, at: pointer.appending(name),
                "\"\(name)\" is \(article(value.typeName)), expected an object of string values")
            return
        }
        for member in members where member.value.stringValue == nil {
            report(rule, .error, at: pointer.appending(name).appending(member.key),
                "\"\(name)\" value for \"\(member.key)\" is \(article(member.value.typeName)), expected a string")
        }
    }
}

/// "an object", "a string".
func article(_ noun: String) -> String {
    if noun == "null" { return "null" }
    return ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
}
