import Foundation

/// Runs compiled checks against the targets of a document and collects findings.
struct CheckEvaluator {
    typealias Item = (path: ValuePath, value: JSONValue)

    private(set) var rule: CompiledRule
    private(set) var target: RuleTarget
    private(set) var findings: [Finding] = []
    /// Selection buffers reused by every check of every target of the document (no allocation per check).
    private var scratch: [Item] = []
    private var fieldScratch: [Item] = []
    /// The target's value as CEL sees it, built once per target by the first expression that needs it.
    private var subject: CELValue?
    /// The document's descriptor and linked content, for expressions that follow links.
    private let context: RuleContext
    /// `context.descriptor` as CEL sees it, built once per document when an expression needs it.
    private var descriptor: CELValue?
    /// Rules already skipped on this document because a linked document is not at hand: one note each.
    private var skipped: Set<String> = []

    init(rule: CompiledRule, target: RuleTarget, context: RuleContext = RuleContext()) {
        self.rule = rule
        self.target = target
        self.context = context
    }

    /// Moves on to the document's next target, keeping the findings so far and the buffers.
    mutating func retarget(_ next: RuleTarget) {
        target = next
        subject = nil
    }

    /// Runs a rule on the current target, adding to `findings`.
    mutating func run(_ next: CompiledRule) {
        rule = next
        for check in next.checks { run(check) }
    }

    private mutating func report(
        _ check: CompiledCheck, _ pointer: JSONPointer, _ variables: [String: String], suggestion: String? = nil,
        replacements: [Replacement] = []
    ) {
        var finding = Finding(
            rule: rule.id, severity: rule.severity,
            message: MessageTemplate.render(check.message, variables: variables, parameters: rule.parameterText, subject: target.value),
            pointer: pointer, suggestion: suggestion)
        finding.replacements = replacements
        findings.append(finding)
    }

    /// The string edits that turn a written platform object into its canonical spelling; empty when a member
    /// would have to be added or removed (an edit a reviewer should make by hand).
    private static func platformReplacements(_ value: JSONValue, at pointer: JSONPointer) -> [Replacement] {
        guard let written = Platform(json: value) else { return [] }
        let canonical = written.canonicalSpelling()
        guard written.variant.isEmpty == canonical.variant.isEmpty else { return [] }
        var edits: [Replacement] = []
        for (key, old, new) in [("os", written.os, canonical.os), ("architecture", written.architecture, canonical.architecture),
                                ("variant", written.variant, canonical.variant)] where old != new {
            edits.append(Replacement(pointer: pointer.appending(key), text: JSONText.quoted(new)))
        }
        return edits
    }

    private mutating func run(_ check: CompiledCheck) {
        let spec = check.spec
        if let guardSelector = spec.onlyIfPresent, !guardSelector.reaches(from: target.value) { return }
        if spec.onlyIfAbsent.contains(where: { $0.reaches(from: target.value) }) { return }
        // The selection buffer is reused from check to check (kept in `scratch` between them): no allocation per check.
        var items: [Item] = []
        swap(&items, &scratch)
        defer {
            if !items.isEmpty { items.removeAll(keepingCapacity: true) }
            swap(&items, &scratch)
        }
        for selector in spec.given { selector.selectPaths(from: target.value, at: ValuePath(), into: &items) }
        if !check.conditions.isEmpty { Self.keep(&items, meeting: check.conditions) }
        if !check.expressionConditions.isEmpty { keep(&items, meeting: check) }
        if items.isEmpty, spec.function != .count, spec.function != .includesAll { return }
        // The values at `field` of the selected values, in a second reused buffer (the selection itself when no field).
        let selectsField = !spec.field.tokens.isEmpty && spec.function.readsFieldValues
        var values: [Item] = []
        if selectsField {
            swap(&values, &fieldScratch)
            for item in items { spec.field.selectPaths(from: item.value, at: item.path, into: &values) }
        } else {
            values = items
        }
        defer {
            if selectsField {
                if !values.isEmpty { values.removeAll(keepingCapacity: true) }
                swap(&values, &fieldScratch)
            } else {
                values = []  // the selection buffer is emptied next and must not be shared then
            }
        }
        switch spec.function {
        case .present:
            for item in items {
                for field in check.presentFields where !field.selector.reaches(from: item.value) {
                    let pointer = pointer(item.path)
                    report(check, pointer, ["field": field.name, "pointer": pointer.description])
                }
            }
        case .absent:
            for item in items {
                for found in spec.field.selectPaths(from: item.value, at: item.path) {
                    // The given item's members only for messages that name them (`{{./reference}}`).
                    var variables = check.message.contains("{{./") ? MessageTemplate.itemVariables(item.value) : [:]
                    variables["field"] = spec.field.tokens.last ?? ""
                    variables["value"] = MessageTemplate.render(found.value)
                    report(check, pointer(found.path), variables)
                }
            }
        case .equals:
            for (path, value) in values where value != check.expected {
                report(check, pointer(path), ["value": MessageTemplate.render(value), "expected": MessageTemplate.render(check.expected)])
            }
        case .pattern:
            guard let regex = check.regex else { break }
            for (path, value) in values {
                guard let text = value.stringValue else { continue }
                guard let matches = regex.matches(text) else {
                    // Reported once per document, not as a mismatch: the value was not judged, so the run is
                    // incomplete (not-checked, exit 3), which no severity or baseline of the rule hides.
                    findings.append(Finding(rule: "not-checked", severity: .error, message: "\(rule.id): the pattern \(regex.pattern) took "
                        + "too long (over \(Limits.regexMatchBudget) s for one value or \(Limits.regexTotalBudget) s in all); its values were not checked",
                        pointer: pointer(path)))
                    break
                }
                if matches != check.mustMatch { report(check, pointer(path), ["value": text, "expected": regex.pattern]) }
            }
        case .enumeration:
            for (path, value) in values {
                guard let key = key(value, spec), !check.allowed.contains(key) else { continue }
                report(check, pointer(path), ["value": key, "expected": check.allowedText])
            }
        case .canonical:
            let transform = spec.transform ?? .lowercase
            for (path, value) in values {
                let written = transform == .platformCanonical ? ValueTransform.platformWritten.apply(value) : value.stringValue
                guard let written, let canonical = transform.apply(value), canonical != written else { continue }
                let pointer = pointer(path)
                let edits = value.stringValue != nil
                    ? [Replacement(pointer: pointer, text: JSONText.quoted(canonical))]
                    : transform == .platformCanonical ? Self.platformReplacements(value, at: pointer) : []
                report(check, pointer, ["value": written, "canonical": canonical], suggestion: canonical, replacements: edits)
            }
        case .count:
            // Comparisons, not a range: a range with min > max traps (the loaders reject it, but never trap here).
            if Int64(items.count) < check.minimum || Int64(items.count) > check.maximum {
                report(check, target.located(target.pointer), [
                    "count": String(items.count), "min": String(check.minimum),
                    "max": check.maximum == Int64.max ? "any" : String(check.maximum),
                ])
            }
        case .unique:
            var seen = FirstSeen()
            for item in items {
                guard let fieldValue = spec.field.value(in: item.value), let base = key(fieldValue, spec) else { continue }
                var identity = base
                for keyField in check.keyFields {
                    identity += "\u{1F}" + (keyField.value(in: item.value).map(MessageTemplate.render) ?? "")
                }
                if let first = seen.first(identity, else: item.path) {
                    let pointer = pointer(item.path)
                    let firstPointer = self.pointer(first)
                    report(check, pointer, ["value": base, "first": firstPointer.description, "pointer": pointer.description])
                    findings[findings.count - 1].related = [RelatedNode(pointer: firstPointer, message: "the first \(base)")]
                }
            }
        case .includesAll:
            let present = values.compactMap { key($0.value, spec) }
            // `same-os-only`: a Windows-only image is out of scope of a Linux requirement (platform keys are os/...).
            if check.sameOSOnly {
                if !present.contains(where: { check.requiredOS.contains(Platform.osPart(of: $0)) }) { break }
            }
            let missing = check.requiredKeys.filter { !present.contains($0) }
            if !missing.isEmpty {
                report(check, target.located(target.pointer), ["missing": missing.joined(separator: ", "), "present": Set(present).sorted().joined(separator: ", ")])
            }
        case .references:
            var known: Set<String> = []
            for selector in check.targets {
                for found in selector.selectPaths(from: target.value, at: ValuePath()) { known.insert(MessageTemplate.render(found.value)) }
            }
            for (path, value) in values where !known.contains(MessageTemplate.render(value)) {
                report(check, pointer(path), ["value": MessageTemplate.render(value)])
            }
        case .allEqual:
            var first: (key: String, path: ValuePath)?
            for (path, value) in values {
                guard let key = key(value, spec) else { continue }
                guard let established = first else { first = (key, path); continue }
                if key != established.key {
                    report(check, pointer(path), ["value": key, "expected": established.key, "first": pointer(established.path).description])
                }
            }
        case .expression:
            guard let program = check.program else { break }
            for item in items {
                var evaluator = celEvaluator(check, item)
                do {
                    for violation in try CELRuleSupport.violations(try evaluator.evaluate(program)) {
                        var variables = violation.variables
                        if variables["value"] == nil { variables["value"] = MessageTemplate.render(item.value) }
                        report(check, violation.below.reduce(pointer(item.path)) { $0.appending($1) }, variables)
                    }
                } catch {
                    undecided(error, at: pointer(item.path))
                }
            }
        case .builtin:
            guard let builtin = check.builtin else { break }
            for item in items {
                for result in builtin.evaluate(item.value, options: check.builtinOptions) {
                    let at = result.below.reduce(pointer(item.path)) { $0.appending($1) }
                    if let notChecked = result.notChecked {
                        findings.append(Finding(rule: "not-checked", severity: .error, message: "\(rule.id): \(notChecked)", pointer: at))
                        continue
                    }
                    report(check, at, result.variables, suggestion: result.replacement,
                           replacements: result.replacement.map { [Replacement(pointer: at, text: $0)] } ?? [])
                }
            }
        }
    }

    /// An evaluator with the variables an expression of `check` sees for `item`.
    private mutating func celEvaluator(_ check: CompiledCheck, _ item: Item) -> CELEvaluator {
        if subject == nil { subject = CELValue(json: target.value) }
        if check.followsLinks, descriptor == nil { descriptor = CELValue(json: context.descriptor) }
        var evaluator = CELEvaluator(variables: [
            "subject": subject!, "value": CELValue(json: item.value), "params": check.parameterValues, "now": CELRuleSupport.now,
            "descriptor": descriptor ?? .null,
        ])
        evaluator.links = context.links
        return evaluator
    }

    /// An expression that could not decide is not a pass, and not the rule's finding either: a document that is
    /// not at hand skips the rule with one note per document; any other error makes it not checked.
    private mutating func undecided(_ error: CELError, at pointer: JSONPointer) {
        if error.unavailable {
            guard skipped.insert(rule.id).inserted else { return }
            findings.append(Finding(rule: "rule-skipped", severity: .note,
                message: "\(rule.id) was not run here: it follows descriptors, and \(error.message)", pointer: pointer))
            return
        }
        findings.append(Finding(rule: "not-checked", severity: .error,
            message: "\(rule.id): its expression failed: \(error.message)", pointer: pointer))
    }

    /// Keeps the items for which every `where:` expression is true; an expression that fails reports why and
    /// drops the item.
    private mutating func keep(_ items: inout [Item], meeting check: CompiledCheck) {
        var kept: [Item] = []
        for item in items {
            var evaluator = celEvaluator(check, item)
            var holds = true
            do throws(CELError) {
                for program in check.expressionConditions where holds {
                    let result = try evaluator.evaluate(program)
                    guard case .bool(let flag) = result else {
                        throw CELError("a where expression gave \(result.typeName), not a bool")
                    }
                    holds = flag
                }
            } catch {
                undecided(error, at: pointer(item.path))
                holds = false
            }
            if holds { kept.append(item) }
        }
        items = kept
    }

    /// Keeps the items that meet every condition, in order; the array is left alone when all of them do.
    private static func keep(_ items: inout [Item], meeting conditions: [CompiledCondition]) {
        var kept = 0
        for index in items.indices {
            let value = items[index].value
            guard conditions.allSatisfy({ $0.holds(on: value) }) else { continue }
            if kept != index { items[kept] = items[index] }
            kept += 1
        }
        if kept < items.count { items.removeLast(items.count - kept) }
    }

    /// The JSON pointer of a value selected from the target.
    private func pointer(_ path: ValuePath) -> JSONPointer { target.located(path.pointer(from: target.pointer, in: target.value)) }

    private func key(_ value: JSONValue, _ spec: CheckSpec) -> String? {
        if let transform = spec.transform { return transform.apply(value) }
        return value.stringValue ?? MessageTemplate.render(value)
    }
}

/// Where each identity of a `unique` check was first seen. A short list is searched in order (an index has a handful
/// of entries, and hashing each identity costs more than comparing it with a few others); past 32 the list becomes a
/// dictionary, so that a 10,000-entry index stays linear.
struct FirstSeen {
    private var list: [(identity: String, path: ValuePath)] = []
    private var table: [String: ValuePath]?

    /// The path `identity` was first seen at; nil (and `path` remembered) when this is the first time.
    mutating func first(_ identity: String, else path: ValuePath) -> ValuePath? {
        if table == nil {
            if let found = list.first(where: { $0.identity == identity }) { return found.path }
            list.append((identity, path))
            if list.count > 32 { table = Dictionary(uniqueKeysWithValues: list.map { ($0.identity, $0.path) }) }
            return nil
        }
        if let found = table?[identity] { return found }
        table?[identity] = path
        return nil
    }
}

/// Fills `{{name}}` placeholders from the finding's variables, then from the rule's parameters;
/// `{{/json/pointer}}` names a value of the subject the rule was applied to.
enum MessageTemplate {
    static func render(_ template: String, variables: [String: String], parameters: [String: String], subject: JSONValue? = nil) -> String {
        let bytes = Array(template.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                let close = closing(bytes, from: index + 2)
            {
                let name = String(decoding: bytes[(index + 2)..<close].filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
                if let value = variables[name] ?? parameters[name]
                    ?? (name.hasPrefix("/") ? subject.flatMap { Selector(parsing: name).value(in: $0) }.map(render) : nil)
                {
                    result += value.utf8
                } else {
                    result += bytes[index..<(close + 2)]
                }
                index = close + 2
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `{{./name}}`: the scalar members of the item a check's `given:` selected (a workflow's push, a list), for
    /// messages that name which one.
    static func itemVariables(_ item: JSONValue) -> [String: String] {
        guard case .object(let members) = item else { return [:] }
        var variables: [String: String] = [:]
        for (key, value) in members {
            switch value {
            case .array, .object: continue
            default: variables["./" + key] = render(value)
            }
        }
        return variables
    }

    /// The index of the `}}` that closes a placeholder opened before `start`.
    private static func closing(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "}"), bytes[index + 1] == UInt8(ascii: "}") { return index }
            index += 1
        }
        return nil
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
