import Foundation

/// What reports say about a rule: metadata plus the severity in force after configuration.
public struct RuleDescriptor: Sendable {
    public let id: String
    public let title: String
    public let description: String
    /// A URL or a sentence.
    public let help: String
    public let tags: [String]
    public let level: Severity
    public let enabled: Bool
    /// `name = value: description` for each parameter, with the value in force.
    public var parameters: [String] = []
    /// The rule file's first triggering and first passing example (documents and the file names they are linted as).
    public var triggering: RuleExample?
    public var passing: RuleExample?
    /// The rule's page in the rule reference (`RulePages.url`), for the default pack and the built-in checks.
    public var page: String?

    /// Every rule of the catalog and every built-in check, sorted by id, as `policy` configures them.
    public static func all(catalog: RuleCatalog, policy: LintPolicy) -> [RuleDescriptor] {
        let configured = Dictionary(policy.engine.rules.map { ($0.rule.id, $0) }, uniquingKeysWith: { first, _ in first })
        var descriptors = catalog.rules.map { rule in
            var descriptor = RuleDescriptor(
                id: rule.id, title: rule.title, description: rule.description.isEmpty ? rule.title : rule.description,
                help: rule.help, tags: rule.tags, level: configured[rule.id]?.severity ?? rule.severity,
                enabled: configured[rule.id] != nil)
            descriptor.parameters = rule.parameters.map { parameter in
                let value = configured[rule.id]?.parameters[parameter.name] ?? parameter.defaultValue
                return "`\(parameter.name)` = `\(MessageTemplate.render(value))`: \(parameter.description)"
            }
            descriptor.triggering = rule.invalidExamples.first
            descriptor.passing = rule.validExamples.first
            if catalog.packIDs.contains(rule.id) { descriptor.page = RulePages.url(for: rule.id) }
            return descriptor
        }
        for builtin in RuleCatalog.builtinChecks {
            let setting = policy.schemaOverrides[builtin.id]
            var descriptor = RuleDescriptor(
                id: builtin.id, title: builtin.title, description: builtin.description.isEmpty ? builtin.title + "." : builtin.description,
                help: builtin.help, tags: builtin.tags,
                level: setting?.severity ?? builtin.severity, enabled: setting?.enabled ?? true)
            descriptor.triggering = builtin.invalidExamples.first { $0.files.isEmpty }
            descriptor.passing = builtin.validExamples.first { $0.files.isEmpty }
            descriptor.page = RulePages.url(for: builtin.id)
            descriptors.append(descriptor)
        }
        return descriptors.sorted { $0.id < $1.id }
    }
}

/// Everything a report renders: the results, the rules, where the repository is, and how the run is gated.
public struct ReportContext: Sendable {
    public var results: [LintResult]
    /// The run's counts: those of `results`, unless the run kept only the results with findings (then set from its
    /// `RunTally`).
    public var summary: ReportSummary
    public var rules: [RuleDescriptor]
    public var paths: RepositoryPaths
    public var baselineUsed: Bool
    public var failLevel: FailLevel
    /// SARIF `automationDetails.id` category (`--sarif-category`), and the invocation reports describe.
    public var sarifCategory: String?
    public var invocation = Invocation()
    /// The run's exit code (`FailLevel.exitCode(for:)`), which SARIF records.
    public var exitCode: Int32
    /// Every registry tag audited with the platforms it provides, findings or not (the HTML report's matrix).
    public var inventory: [(path: String, platforms: [String])] = []
    /// The platforms the `required-platforms` rule asks for, when it is on (the matrix marks them).
    public var requiredPlatforms: [String] = []

    public init(results: [LintResult], rules: [RuleDescriptor], paths: RepositoryPaths, baselineUsed: Bool = false, failLevel: FailLevel = .error) {
        self.results = results
        summary = ReportSummary(results: results)
        self.rules = rules
        self.paths = paths
        self.baselineUsed = baselineUsed
        self.failLevel = failLevel
        exitCode = failLevel.exitCode(for: results)
    }

    public var findings: [Finding] { results.flatMap(\.findings) }
}

/// How manifestlint was run, for SARIF `invocations`.
public struct Invocation: Sendable {
    public var arguments: [String] = CommandLine.arguments
    public var workingDirectory = FileManager.default.currentDirectoryPath
    public var start = Date()

    public init() {}
}
