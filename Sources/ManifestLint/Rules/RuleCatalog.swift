/// The rules manifestlint knows: the default pack compiled into the binary plus user rule folders,
/// and the built-in schema and loading checks (which have ids and severities but no rule files).
public struct RuleCatalog: Sendable {
    public private(set) var rules: [Rule]

    /// The default pack from `Rules/`, compiled into the binary by `scripts/embed-rules` (no YAML at start-up).
    public static func defaultPack() throws(YAMLFileError) -> RuleCatalog {
        var catalog = RuleCatalog(rules: DefaultRulePack.rules())
        catalog.packIDs = Set(catalog.rules.map(\.id))
        return catalog
    }

    /// The ids whose rule is still the default pack's (not replaced by a user rule): their pages are in docs/rules/.
    public private(set) var packIDs: Set<String> = []

    public init(rules: [Rule]) { self.rules = rules }

    /// Adds user rules; a user rule with the id of a default rule replaces it.
    public mutating func add(_ more: [Rule]) throws(YAMLFileError) {
        for rule in more {
            if SchemaRules.all[rule.id] != nil {
                throw YAMLFileError(path: rule.source, line: 1, column: 1, message: "rule id \"\(rule.id)\" is a built-in schema check; choose another id")
            }
            rules.removeAll { $0.id == rule.id }
            packIDs.remove(rule.id)
            rules.append(rule)
        }
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// The built-in checks as `Rules/builtin/` documents them (compiled in like the default pack).
    public static let builtinChecks: [Rule] = DefaultRulePack.builtinRules()

    /// The names of the opt-in packs the catalog's rules belong to.
    public var packs: Set<String> { Set(rules.compactMap(\.pack)) }

    /// Every known id: rule files and built-in checks.
    public var allIDs: Set<String> { Set(rules.map(\.id)).union(SchemaRules.all.keys) }
}

/// The built-in schema and strict-loading checks, by id, with their titles (for `manifestlint rules`,
/// configuration validation and SARIF rule metadata).
public enum SchemaRules {
    /// Their ids, titles and severities come from `Rules/builtin/` (compiled in by `scripts/embed-rules`), where each
    /// check is documented with examples a test runs.
    public static let all: [String: (title: String, severity: Severity)] = Dictionary(
        uniqueKeysWithValues: DefaultRulePack.builtinRules().map { ($0.id, (title: $0.title, severity: $0.severity)) })
}
