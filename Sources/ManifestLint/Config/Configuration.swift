import Foundation
import Yams

/// Per-rule settings from the config file or the command line.
public struct RuleSettings: Sendable, Equatable {
    /// nil: keep the rule's default; `.some(nil)` would be ambiguous, so `enabled` says on/off.
    public var severity: Severity?
    public var enabled: Bool?
    public var parameters: [String: JSONValue] = [:]

    public init(severity: Severity? = nil, enabled: Bool? = nil, parameters: [String: JSONValue] = [:]) {
        self.severity = severity
        self.enabled = enabled
        self.parameters = parameters
    }
}

/// `.manifestlint.yaml`: rule settings, extra rule folders, the files to lint and registry settings.
public struct Configuration: Sendable {
    public var path: String?
    public var rules: [String: RuleSettings] = [:]
    public var rulesDirs: [String] = []
    /// Opt-in policy packs to turn on (`packs: [cis-image]`).
    public var packs: [String] = []
    public var include: [String] = []
    public var exclude: [String] = []
    /// Loopback registry hosts spoken to over plain HTTP (`registries: {insecure: [...]}`). A repository's config
    /// may name only loopback addresses here: turning TLS off for any other host is the user's decision
    /// (`--insecure`, or their own `UserConfiguration`), never the checked repository's.
    public var insecureRegistries: [String] = []

    public init() {}

    public static let fileNames = [".manifestlint.yaml", ".manifestlint.yml"]

    /// The config file in `folder` or the nearest parent that has one.
    public static func discover(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = url.appendingPathComponent(name).path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    static let topLevelKeys = ["rules", "rules-dirs", "packs", "include", "exclude", "registries"]

    /// Reads a config file. Rule ids and parameters are checked later against the catalog (`validate`),
    /// since `rules-dirs` may add rules. `discovered`: found in the working folder or a parent (a repository's
    /// own file), which is read only from inside its folder, and whose `rules-dirs` must lie inside it too.
    public static func load(path: String, discovered: Bool = false) throws(YAMLFileError) -> (Configuration, YAMLSource) {
        let base = (path as NSString).deletingLastPathComponent
        let text = try TrustedFile.text(path, what: "config file", inside: discovered ? (base.isEmpty ? "." : base) : nil)
        let source = try YAMLSource(path: path, text: text)
        var configuration = Configuration()
        configuration.path = path
        for member in try source.mapping(source.root, what: "the config file") {
            switch member.key {
            case "rules-dirs":
                configuration.rulesDirs = try source.stringList(member.value, what: "\"rules-dirs\"").map {
                    $0.hasPrefix("/") ? $0 : (base as NSString).appendingPathComponent($0)
                }
            case "packs":
                configuration.packs = try source.stringList(member.value, what: "\"packs\"")
            case "include": configuration.include = try source.stringList(member.value, what: "\"include\"")
            case "exclude": configuration.exclude = try source.stringList(member.value, what: "\"exclude\"")
            case "rules": break
            case "registries":
                configuration.insecureRegistries = try insecureRegistries(in: member.value, of: source)
                for host in configuration.insecureRegistries where !RegistryClient.isLoopback(host) {
                    throw source.error(member.value, "registries.insecure names \"\(DisplayText.escaped(host))\", which is not a loopback address: "
                        + "a config file may turn off TLS for 127.0.0.1, ::1 or localhost only (pass --insecure, or list the host in "
                        + "\(UserConfiguration.displayPath), the config only you write)")
                }
            default:
                throw source.error(member.keyNode, "unknown key \"\(member.key)\" (known: \(topLevelKeys.joined(separator: ", ")))")
            }
        }
        return (configuration, source)
    }

    /// `registries: {insecure: [HOST, ...]}`, in the repository's config or the user's.
    static func insecureRegistries(in node: Yams.Node, of source: YAMLSource) throws(YAMLFileError) -> [String] {
        var hosts: [String] = []
        for setting in try source.mapping(node, what: "\"registries\"") {
            guard setting.key == "insecure" else {
                throw source.error(setting.keyNode, "unknown key \"\(setting.key)\" in \"registries\" (known: insecure)")
            }
            hosts = try source.stringList(setting.value, what: "\"registries.insecure\"")
        }
        return hosts
    }

    /// Reads the `rules:` section against the catalog: unknown ids, unknown parameters and wrong types are errors.
    public mutating func readRules(from source: YAMLSource, catalog: RuleCatalog) throws(YAMLFileError) {
        for pack in packs where !catalog.packs.contains(pack) {
            throw source.error(source.root.mapping?["packs"], "unknown pack \"\(pack)\" (known: \(catalog.packs.sorted().joined(separator: ", ")))")
        }
        guard let rulesNode = source.root.mapping?["rules"] else { return }
        for member in try source.mapping(rulesNode, what: "\"rules\"") {
            guard catalog.allIDs.contains(member.key) else {
                throw source.error(member.keyNode, "unknown rule \"\(member.key)\" (see `manifestlint rules`)")
            }
            if Finding.incompleteRules.contains(member.key) { throw source.error(member.keyNode, Finding.notConfigurable(member.key)) }
            var settings = RuleSettings()
            if member.value.scalar != nil {
                try Self.apply(level: try source.string(member.value, what: "rule \"\(member.key)\""), to: &settings) { message throws(YAMLFileError) in
                    throw source.error(member.value, message)
                }
                rules[member.key] = settings
                continue
            }
            var parameterNodes: [String: Node] = [:]
            for field in try source.mapping(member.value, what: "rule \"\(member.key)\"") {
                if field.key == "severity" {
                    try Self.apply(level: try source.string(field.value, what: "\"severity\""), to: &settings) { message throws(YAMLFileError) in
                        throw source.error(field.value, message)
                    }
                    continue
                }
                guard let rule = catalog.rule(member.key) else {
                    throw source.error(field.keyNode, "\"\(member.key)\" is a built-in check; only \"severity\" can be set")
                }
                guard let parameter = rule.parameter(named: field.key) else {
                    let known = (["severity"] + rule.parameters.map(\.name)).joined(separator: ", ")
                    throw source.error(field.keyNode, "rule \"\(member.key)\" has no parameter \"\(field.key)\" (known: \(known))")
                }
                let value = source.json(field.value)
                guard parameter.accepts(value) else {
                    throw source.error(field.value, "parameter \"\(field.key)\" of \"\(member.key)\" must be a \(parameter.kind.rawValue)")
                }
                settings.parameters[field.key] = value
                parameterNodes[field.key] = field.value
            }
            if let rule = catalog.rule(member.key) {
                for check in rule.checks {
                    if let problem = CheckOptionsValidation.problem(check.options, parameters: rule.parameters, values: settings.parameters) {
                        throw source.error(problem.parameter.flatMap { parameterNodes[$0] } ?? member.value, "rule \"\(member.key)\": \(problem.message)")
                    }
                }
            }
            rules[member.key] = settings
        }
    }

    /// `error|warning|note|off` → settings.
    public static func apply(level: String, to settings: inout RuleSettings, fail: (String) throws(YAMLFileError) -> Void) throws(YAMLFileError) {
        if level == "off" {
            settings.enabled = false
        } else if let severity = Severity(rawValue: level) {
            settings.severity = severity
            settings.enabled = true
        } else {
            try fail("severity \"\(level)\" must be error, warning, note or off")
        }
    }
}
