import Foundation
import Yams

/// Reads rule files (YAML) into `Rule`s, rejecting unknown keys, unknown functions and wrong types
/// with the file, line and column.
public enum RuleLoader {
    static let ruleKeys: Set<String> = [
        "id", "title", "description", "severity", "enabled", "applies-to", "help", "tags", "parameters", "check", "message", "examples",
        "builtin", "example-note", "pack",
    ]
    static let checkKeys: Set<String> = ["given", "where", "function", "field", "transform", "options", "only-if-present", "only-if-absent", "message",
                                         "expression"]

    /// Loads every `*.yaml` / `*.yml` file of a folder, sorted by name. `sourcePrefix` replaces the folder in
    /// each rule's `source` (the default pack names its rules `Rules/NAME.yaml` wherever it was read from).
    /// `inside`: the folder every rule file must really lie in (see `TrustedFile`); nil for folders the user named.
    /// `builtin`: the folder documents manifestlint's built-in checks (`Rules/builtin/`, compiled into the binary);
    /// only such a folder may hold `builtin: true`, and every file in it must.
    public static func loadFolder(_ folder: String, sourcePrefix: String? = nil, inside tree: String? = nil, builtin: Bool = false) throws(YAMLFileError) -> [Rule] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw YAMLFileError(path: folder, line: 1, column: 1, message: "rules folder not found")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var rules: [Rule] = []
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let text = try TrustedFile.text(path, what: "rule file", inside: tree)
            do {
                rules.append(try load(text: text, path: sourcePrefix.map { $0 + "/" + name } ?? path, builtin: builtin))
            } catch {
                // Errors name the file as it was read.
                throw YAMLFileError(path: path, line: error.line, column: error.column, message: error.message)
            }
        }
        return rules
    }

    /// Parses one rule file; `builtin`: it documents a built-in check (see `loadFolder`).
    public static func load(text: String, path: String, builtin: Bool = false) throws(YAMLFileError) -> Rule {
        let source = try YAMLSource(path: path, text: text)
        let members = try source.mapping(source.root, what: "a rule file")
        var fields: [String: Node] = [:]
        for member in members {
            guard ruleKeys.contains(member.key) else {
                throw source.error(member.keyNode, "unknown key \"\(member.key)\" (known: \(ruleKeys.sorted().joined(separator: ", ")))")
            }
            fields[member.key] = member.value
        }
        func required(_ key: String) throws(YAMLFileError) -> Node {
            guard let node = fields[key] else { throw source.error(source.root, "the rule has no \"\(key)\"") }
            return node
        }
        let id = try source.string(try required("id"), what: "\"id\"")
        guard isKebabCase(id) else { throw source.error(fields["id"], "rule id \"\(id)\" must be kebab-case (lower-case words joined by -)") }
        let severityText = try source.string(try required("severity"), what: "\"severity\"")
        guard let severity = Severity(rawValue: severityText) else {
            throw source.error(fields["severity"], "severity \"\(severityText)\" must be error, warning or note")
        }
        let declaredBuiltin = try fields["builtin"].map { node throws(YAMLFileError) in
            guard let flag = node.bool else { throw source.error(node, "\"builtin\" must be true or false") }
            return flag
        } ?? false
        guard declaredBuiltin == builtin else {
            throw source.error(fields["builtin"] ?? source.root, builtin
                ? "a file in the built-in checks' folder must say \"builtin: true\""
                : "\"builtin: true\" is reserved for the checks compiled into manifestlint (Rules/builtin/)")
        }
        if builtin { return try loadBuiltin(fields, id: id, severity: severity, source: source, path: path) }
        var subjects: Set<RuleSubject> = []
        for name in try source.stringList(try required("applies-to"), what: "\"applies-to\"") {
            guard let subject = RuleSubject(rawValue: name) else {
                throw source.error(fields["applies-to"], "unknown subject \"\(name)\" (known: \(RuleSubject.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            subjects.insert(subject)
        }
        let parameters = try loadParameters(fields["parameters"], source: source)
        let checkNode = try required("check")
        let checkNodes = checkNode.sequence.map(Array.init) ?? [checkNode]
        var checks: [CheckSpec] = []
        for node in checkNodes { checks.append(try loadCheck(node, parameters: parameters, source: source)) }
        if let note = fields["example-note"] { throw source.error(note, "only a built-in check may replace its examples by \"example-note\"") }
        guard let examples = fields["examples"] else { throw source.error(source.root, "the rule has no \"examples\"; every rule needs valid and invalid examples") }
        let (valid, invalid) = try loadExamples(examples, source: source)
        var enabled = true
        if let node = fields["enabled"] {
            guard let flag = node.bool else { throw source.error(node, "\"enabled\" must be true or false") }
            enabled = flag
        }
        let pack = try fields["pack"].map { node throws(YAMLFileError) in
            let name = try source.string(node, what: "\"pack\"")
            guard isKebabCase(name) else { throw source.error(node, "pack name \"\(name)\" must be kebab-case") }
            guard !enabled else { throw source.error(node, "a pack's rule is off until its pack is enabled: add \"enabled: false\"") }
            return name
        }
        var rule = Rule(
            id: id, title: try source.string(try required("title"), what: "\"title\""),
            description: try fields["description"].map { node throws(YAMLFileError) in try source.string(node, what: "\"description\"") } ?? "",
            severity: severity, enabledByDefault: enabled, appliesTo: subjects,
            help: try fields["help"].map { node throws(YAMLFileError) in try source.string(node, what: "\"help\"") } ?? "",
            tags: try fields["tags"].map { node throws(YAMLFileError) in try source.stringList(node, what: "\"tags\"") } ?? [],
            parameters: parameters, checks: checks,
            message: try source.string(try required("message"), what: "\"message\""),
            validExamples: valid, invalidExamples: invalid, source: path)
        rule.pack = pack
        return rule
    }

    /// The whole default pack from a `Rules/` folder: its rule files, the opt-in packs of `Rules/packs/NAME/`, and the
    /// built-in checks' documentation of `Rules/builtin/` (what `scripts/embed-rules` compiles in).
    public static func loadDefaultPack(_ folder: String) throws(YAMLFileError) -> (rules: [Rule], builtin: [Rule]) {
        var rules = try loadFolder(folder, sourcePrefix: "Rules")
        let packs = (folder as NSString).appendingPathComponent("packs")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: packs)) ?? []).sorted() {
            let pack = (packs as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: pack, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let loaded = try loadFolder(pack, sourcePrefix: "Rules/packs/\(name)")
            for rule in loaded where rule.pack != name {
                throw YAMLFileError(path: rule.source, line: 1, column: 1, message: "a rule in Rules/packs/\(name)/ must say \"pack: \(name)\"")
            }
            rules += loaded
        }
        let builtinFolder = (folder as NSString).appendingPathComponent("builtin")
        let builtin = FileManager.default.fileExists(atPath: builtinFolder)
            ? try loadFolder(builtinFolder, sourcePrefix: "Rules/builtin", builtin: true) : []
        return (rules, builtin)
    }

    /// The rules of a folder for `rules test`: a folder laid out like `Rules/` (with `packs/` or `builtin/`) whole,
    /// any other folder's own rule files.
    public static func loadTree(_ folder: String) throws(YAMLFileError) -> [Rule] {
        let manager = FileManager.default
        let isTree = ["packs", "builtin"].contains { manager.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
        guard isTree else { return try loadFolder(folder) }
        let tree = try loadDefaultPack(folder)
        return tree.rules + tree.builtin
    }

    static func isKebabCase(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private static func loadParameters(_ node: Node?, source: YAMLSource) throws(YAMLFileError) -> [RuleParameter] {
        guard let node else { return [] }
        var parameters: [RuleParameter] = []
        for member in try source.mapping(node, what: "\"parameters\"") {
            let fields = try source.mapping(member.value, what: "parameter \"\(member.key)\"")
            func field(_ name: String) -> Node? { fields.first { $0.key == name }?.value }
            for unknown in fields where !["type", "default", "description", "same-as"].contains(unknown.key) {
                throw source.error(unknown.keyNode, "unknown key \"\(unknown.key)\" in parameter \"\(member.key)\" (known: type, default, description, same-as)")
            }
            let typeText = try field("type").map { node throws(YAMLFileError) in try source.string(node, what: "\"type\"") } ?? "string"
            guard let kind = RuleParameter.Kind(rawValue: typeText) else {
                throw source.error(field("type"), "parameter type \"\(typeText)\" must be string, string-list, integer or boolean")
            }
            guard let defaultNode = field("default") else { throw source.error(member.value, "parameter \"\(member.key)\" has no \"default\"") }
            var parameter = RuleParameter(
                name: member.key, kind: kind, defaultValue: source.json(defaultNode),
                description: try field("description").map { node throws(YAMLFileError) in try source.string(node, what: "\"description\"") } ?? "")
            parameter.sameAs = try field("same-as").map { node throws(YAMLFileError) in try source.string(node, what: "\"same-as\"") }
            guard parameter.accepts(parameter.defaultValue) else {
                throw source.error(defaultNode, "the default of \"\(member.key)\" is not a \(kind.rawValue)")
            }
            parameters.append(parameter)
        }
        return parameters
    }

    private static func loadCheck(_ node: Node, parameters: [RuleParameter], source: YAMLSource) throws(YAMLFileError) -> CheckSpec {
        let members = try source.mapping(node, what: "\"check\"")
        var fields: [String: Node] = [:]
        for member in members {
            guard checkKeys.contains(member.key) else {
                throw source.error(member.keyNode, "unknown key \"\(member.key)\" in check (known: \(checkKeys.sorted().joined(separator: ", ")))")
            }
            fields[member.key] = member.value
        }
        let function: CheckFunction
        var expressionText: String?
        if let expressionNode = fields["expression"] {
            guard fields["function"] == nil else { throw source.error(expressionNode, "a check has either \"function\" or \"expression\", not both") }
            let text = try source.string(expressionNode, what: "\"expression\"")
            try CELRuleSupport.validate(text, node: expressionNode, source: source)
            (function, expressionText) = (.expression, text)
        } else {
            guard let functionNode = fields["function"] else { throw source.error(node, "the check has no \"function\" or \"expression\"") }
            let functionName = try source.string(functionNode, what: "\"function\"")
            guard let known = CheckFunction(rawValue: functionName), known != .expression else {
                throw source.error(functionNode, "unknown function \"\(functionName)\" (known: \(CheckFunction.allCases.filter { $0 != .expression }.map(\.rawValue).joined(separator: ", ")))")
            }
            function = known
        }
        let transform = try fields["transform"].map { node throws(YAMLFileError) in try loadTransform(node, source: source) }
        var options: [String: JSONValue] = [:]
        var optionNodes: [String: Node] = [:]
        if let optionsNode = fields["options"] {
            for member in try source.mapping(optionsNode, what: "\"options\"") {
                optionNodes[member.key] = member.value
                let value = source.json(member.value)
                if let name = parameterReference(value), !parameters.contains(where: { $0.name == name }) {
                    throw source.error(member.value, "\"{{\(name)}}\" names no parameter of this rule")
                }
                options[member.key] = value
            }
        }
        if let expressionText { options["expression"] = .string(expressionText) }
        if let problem = CheckOptionsValidation.problem(options, parameters: parameters) {
            throw source.error(optionNodes[problem.option] ?? optionsNode(fields), problem.message)
        }
        if function == .builtin, options["name"]?.stringValue.flatMap(BuiltinCheck.init(rawValue:)) == nil {
            throw source.error(optionsNode(fields), "a builtin check needs options.name, one of: \(BuiltinCheck.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var conditions: [Condition] = []
        if let whereNode = fields["where"] {
            guard let sequence = whereNode.sequence else { throw source.error(whereNode, "\"where\" must be a list of conditions") }
            for element in sequence { conditions.append(try loadCondition(element, source: source)) }
        }
        let given = try fields["given"].map { node throws(YAMLFileError) in try source.stringList(node, what: "\"given\"").map(Selector.init(parsing:)) } ?? [Selector(parsing: "")]
        let field = Selector(parsing: try fields["field"].map { node throws(YAMLFileError) in try source.string(node, what: "\"field\"") } ?? "")
        if let deepest = given.map(\.depth).max(), deepest + field.depth > ValuePath.capacity {
            throw source.error(fields["field"] ?? fields["given"], "\"given\" plus \"field\" descend \(deepest + field.depth) levels; at most \(ValuePath.capacity) are supported")
        }
        return CheckSpec(
            given: given, conditions: conditions, function: function, field: field,
            transform: transform, options: options,
            onlyIfPresent: try fields["only-if-present"].map { node throws(YAMLFileError) in Selector(parsing: try source.string(node, what: "\"only-if-present\"")) },
            onlyIfAbsent: try fields["only-if-absent"].map { node throws(YAMLFileError) in
                try (node.sequence != nil ? source.stringList(node, what: "\"only-if-absent\"") : [source.string(node, what: "\"only-if-absent\"")])
                    .map(Selector.init(parsing:))
            } ?? [],
            message: try fields["message"].map { node throws(YAMLFileError) in try source.string(node, what: "\"message\"") })
    }

    private static func optionsNode(_ fields: [String: Node]) -> Node? { fields["options"] ?? fields["function"] }

    private static func loadTransform(_ node: Node, source: YAMLSource) throws(YAMLFileError) -> ValueTransform {
        let name = try source.string(node, what: "\"transform\"")
        guard let transform = ValueTransform(rawValue: name) else {
            throw source.error(node, "unknown transform \"\(name)\" (known: \(ValueTransform.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return transform
    }

    private static func loadCondition(_ node: Node, source: YAMLSource) throws(YAMLFileError) -> Condition {
        let members = try source.mapping(node, what: "a condition")
        var field = Selector(parsing: "")
        var transform: ValueTransform?
        var test: Condition.Test?
        var orAbsent = false
        for member in members {
            switch member.key {
            case "field": field = Selector(parsing: try source.string(member.value, what: "\"field\""))
            case "transform": transform = try loadTransform(member.value, source: source)
            case "present":
                guard let flag = member.value.bool else { throw source.error(member.value, "\"present\" must be true or false") }
                test = .present(flag)
            case "equals": test = .equals(source.json(member.value))
            case "in", "not-in":
                guard case .array(let values) = source.json(member.value) else { throw source.error(member.value, "\"\(member.key)\" must be a list") }
                test = member.key == "in" ? .oneOf(values) : .noneOf(values)
            case "expression":
                let text = try source.string(member.value, what: "\"expression\"")
                try CELRuleSupport.validate(text, node: member.value, source: source)
                test = .expression(text)
            case "or-absent":
                guard let flag = member.value.bool else { throw source.error(member.value, "\"or-absent\" must be true or false") }
                orAbsent = flag
            default:
                throw source.error(member.keyNode, "unknown key \"\(member.key)\" in condition (known: field, transform, present, equals, in, not-in, expression, or-absent)")
            }
        }
        guard let test else { throw source.error(node, "a condition needs one of present, equals, in, not-in, expression") }
        var condition = Condition(field: field, transform: transform, test: test)
        condition.orAbsent = orAbsent
        return condition
    }

    /// `{{name}}` → `name`.
    static func parameterReference(_ value: JSONValue) -> String? {
        guard let text = value.stringValue, text.hasPrefix("{{"), text.hasSuffix("}}"), text.count > 4 else { return nil }
        return String(text.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces)
    }
}
