/// What a rule is applied to.
public enum RuleSubject: String, Sendable, CaseIterable {
    /// An OCI index or Docker manifest list, as a whole.
    case index
    /// Each element of an index's `manifests`.
    case entry
    /// An OCI image manifest or Docker image manifest (also inside `docker manifest inspect -v` output).
    case manifest
    /// An image configuration.
    case config
    /// Each `{Ref, Descriptor, ...}` object of `docker manifest inspect -v` output.
    case inspectEntry = "inspect-entry"
    /// A build workflow's intent document as a whole (see `WorkflowIntent`).
    case workflow
    /// Each list (`docker manifest create`, multi-platform `buildx build --push`, ...) a workflow creates.
    case workflowList = "workflow-list"
}

/// A declared rule parameter with its type and default.
public struct RuleParameter: Sendable {
    public enum Kind: String, Sendable { case string, stringList = "string-list", integer, boolean }

    public let name: String
    public let kind: Kind
    public let defaultValue: JSONValue
    public let description: String
    /// Another rule whose parameter of the same name this one follows unless configured itself
    /// (`missing-required-platform` uses `required-platforms`' `platforms`).
    public var sameAs: String? = nil

    /// True when `value` has this parameter's type.
    public func accepts(_ value: JSONValue) -> Bool {
        switch (kind, value) {
        case (.string, .string), (.integer, .integer), (.boolean, .bool): return true
        case (.stringList, .array(let elements)): return elements.allSatisfy { $0.stringValue != nil }
        default: return false
        }
    }
}

/// One example document of a rule; invalid examples must trigger the rule, valid ones must not.
public struct RuleExample: Sendable {
    public let name: String
    public let document: String
    /// For invalid examples: how many findings of the rule are expected (nil: at least one).
    public let expectedFindings: Int?
    /// The file name the document is linted as (`acr-task.yaml`, `build.sh`); JSON when absent.
    public var file: String? = nil
    /// Instead of one document: files (an OCI layout) written to an empty folder, which is linted as a whole.
    public var files: [RuleExampleFile] = []

    /// The same example made of files.
    public func with(files: [RuleExampleFile]) -> RuleExample {
        var example = self
        example.files = files
        return example
    }
}

/// One file of a folder example: its path relative to the folder, and its text.
public struct RuleExampleFile: Sendable, Equatable {
    public let path: String
    public let content: String

    public init(path: String, content: String) {
        self.path = path
        self.content = content
    }
}

/// A rule from a rule file: metadata, parameters, declarative checks and examples.
public struct Rule: Sendable {
    public let id: String
    public let title: String
    public let description: String
    public let severity: Severity
    public let enabledByDefault: Bool
    public let appliesTo: Set<RuleSubject>
    public let help: String
    public let tags: [String]
    public let parameters: [RuleParameter]
    public let checks: [CheckSpec]
    public let message: String
    public let validExamples: [RuleExample]
    public let invalidExamples: [RuleExample]
    /// The rule file it came from (`Rules/duplicate-platform.yaml` or a user path).
    public let source: String
    /// The opt-in policy pack the rule belongs to (`Rules/packs/NAME/`); a config's `packs: [NAME]` or `--pack NAME`
    /// turns on all its rules. Pack rules are off by default.
    public var pack: String? = nil

    /// The same rule as a member of a pack.
    public func inPack(_ name: String) -> Rule {
        var rule = self
        rule.pack = name
        return rule
    }

    /// A check built into manifestlint's code (schema, loading, layout, registry), documented by a file in
    /// `Rules/builtin/`: it has no declarative checks and its examples run with the whole default policy.
    public var isBuiltin = false
    /// For a built-in check no document can show (a permission, a symbolic link, a registry): how to see it instead.
    public var exampleNote: String? = nil

    /// The same rule marked as a built-in check.
    public func builtin(exampleNote: String?) -> Rule {
        var rule = self
        rule.isBuiltin = true
        rule.exampleNote = exampleNote
        return rule
    }

    public func parameter(named name: String) -> RuleParameter? { parameters.first { $0.name == name } }
}

/// A rule with the severity and parameter values in force after configuration.
public struct ConfiguredRule: Sendable {
    public let rule: Rule
    public let severity: Severity
    public let parameters: [String: JSONValue]

    public init(rule: Rule, severity: Severity? = nil, parameters: [String: JSONValue] = [:]) {
        self.rule = rule
        self.severity = severity ?? rule.severity
        var values: [String: JSONValue] = [:]
        for parameter in rule.parameters { values[parameter.name] = parameters[parameter.name] ?? parameter.defaultValue }
        self.parameters = values
    }
}
