import Foundation

/// What the command line says about rules; it overrides the config file.
public struct RuleOverrides: Sendable {
    public var configPath: String?
    public var useConfigFile = true
    /// `configPath` is the checked repository's own config (the pre-push hook's), read as a discovered one.
    public var configIsRepository = false
    public var rulesDirs: [String] = []
    /// `--pack NAME`: opt-in packs to turn on, beside the config's `packs`.
    public var packs: [String] = []
    public var enable: [String] = []
    public var disable: [String] = []
    /// `ID=LEVEL` pairs.
    public var severities: [String] = []

    public init() {}
}

/// Assembles catalog, config file and command-line overrides into a `LintPolicy`.
public enum PolicyBuilder {
    public struct Built: Sendable {
        public let policy: LintPolicy
        public let catalog: RuleCatalog
        public let configuration: Configuration
    }

    public static func build(_ overrides: RuleOverrides, workingFolder: String = FileManager.default.currentDirectoryPath) throws(YAMLFileError) -> Built {
        var catalog = try RuleCatalog.defaultPack()
        var configuration = Configuration()
        var source: YAMLSource?
        let discovered = overrides.configPath == nil || overrides.configIsRepository
        let configPath = overrides.configPath ?? (overrides.useConfigFile ? Configuration.discover(from: workingFolder) : nil)
        if let configPath {
            (configuration, source) = try Configuration.load(path: configPath, discovered: discovered)
        }
        // A config's rule folders are the repository's: read only from inside the config's folder. Folders named
        // with --rules are the user's choice.
        let configFolder = configuration.path.map { ($0 as NSString).deletingLastPathComponent }.map { $0.isEmpty ? "." : $0 }
        for folder in configuration.rulesDirs {
            try catalog.add(try RuleLoader.loadFolder(folder, inside: configFolder))
        }
        for folder in overrides.rulesDirs {
            try catalog.add(try RuleLoader.loadFolder(folder))
        }
        if let source { try configuration.readRules(from: source, catalog: catalog) }
        var settings: [String: RuleSettings] = [:]
        // A pack turns its rules on; the config's own `rules:` and the command line still decide each rule.
        for pack in configuration.packs + overrides.packs {
            guard catalog.packs.contains(pack) else {
                throw YAMLFileError(path: "command line", line: 1, column: 1, message: "--pack: unknown pack \"\(pack)\" (known: \(catalog.packs.sorted().joined(separator: ", ")))")
            }
            for rule in catalog.rules where rule.pack == pack { settings[rule.id] = RuleSettings(enabled: true) }
        }
        for (id, setting) in configuration.rules {
            var merged = settings[id] ?? RuleSettings()
            if let severity = setting.severity { merged.severity = severity }
            if let enabled = setting.enabled { merged.enabled = enabled }
            merged.parameters.merge(setting.parameters) { _, new in new }
            settings[id] = merged
        }
        func check(_ id: String, _ flag: String) throws(YAMLFileError) {
            guard catalog.allIDs.contains(id) else {
                throw YAMLFileError(path: "command line", line: 1, column: 1, message: "\(flag): unknown rule \"\(id)\" (see `manifestlint rules`)")
            }
            if Finding.incompleteRules.contains(id) {
                throw YAMLFileError(path: "command line", line: 1, column: 1, message: "\(flag): " + Finding.notConfigurable(id))
            }
        }
        for id in overrides.enable {
            try check(id, "--enable")
            settings[id, default: RuleSettings()].enabled = true
        }
        for id in overrides.disable {
            try check(id, "--disable")
            settings[id, default: RuleSettings()].enabled = false
        }
        for pair in overrides.severities {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw YAMLFileError(path: "command line", line: 1, column: 1, message: "--severity takes ID=LEVEL, not \"\(pair)\"")
            }
            try check(parts[0], "--severity")
            try Configuration.apply(level: parts[1], to: &settings[parts[0], default: RuleSettings()]) { message throws(YAMLFileError) in
                throw YAMLFileError(path: "command line", line: 1, column: 1, message: "--severity \(pair): \(message)")
            }
        }
        return Built(policy: LintPolicy(catalog: catalog, settings: settings), catalog: catalog, configuration: configuration)
    }
}
