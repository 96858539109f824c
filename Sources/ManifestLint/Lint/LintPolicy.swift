/// Everything that decides which rules run and how severe their findings are.
public struct LintPolicy: Sendable {
    public let engine: RuleEngine
    /// Built-in schema checks whose severity was changed, or that were turned off.
    public let schemaOverrides: [String: RuleSettings]

    /// Combines the catalog with settings (config file first, then command line, which wins).
    public init(catalog: RuleCatalog, settings: [String: RuleSettings]) {
        var configured: [ConfiguredRule] = []
        for rule in catalog.rules {
            let setting = settings[rule.id]
            guard setting?.enabled ?? rule.enabledByDefault else { continue }
            var parameters = setting?.parameters ?? [:]
            for parameter in rule.parameters where parameters[parameter.name] == nil {
                if let other = parameter.sameAs, let value = settings[other]?.parameters[parameter.name] { parameters[parameter.name] = value }
            }
            configured.append(ConfiguredRule(rule: rule, severity: setting?.severity, parameters: parameters))
        }
        engine = RuleEngine(rules: configured)
        schemaOverrides = settings.filter { SchemaRules.all[$0.key] != nil }
    }

    /// The default pack with default settings.
    public static func defaults() throws(YAMLFileError) -> LintPolicy {
        LintPolicy(catalog: try RuleCatalog.defaultPack(), settings: [:])
    }

    /// Applies severity changes and `off` to findings of built-in checks.
    func adjust(_ findings: [Finding]) -> [Finding] {
        guard !schemaOverrides.isEmpty else { return findings }
        return findings.compactMap { finding in
            guard let setting = schemaOverrides[finding.rule] else { return finding }
            if setting.enabled == false { return nil }
            var adjusted = finding
            if let severity = setting.severity { adjusted.severity = severity }
            return adjusted
        }
    }
}
