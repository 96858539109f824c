import ArgumentParser
import Foundation
import ManifestLint

/// Options that choose rules and their settings, shared by `lint` and `rules`.
struct RuleOptions: ParsableArguments {
    @Option(help: "Config file (default: .manifestlint.yaml in this folder or a parent).")
    var config: String?

    @Flag(help: "Ignore any .manifestlint.yaml.")
    var noConfig = false

    /// The pre-push hook names the repository's own config: read as a discovered one (only from inside its folder).
    @Option(help: .hidden)
    var repositoryConfig: String?

    @Option(name: .customLong("rules"), help: "A folder of extra rule files (repeatable).")
    var rulesDirs: [String] = []

    @Option(help: "Turn on an opt-in policy pack, such as cis-image (repeatable).")
    var pack: [String] = []

    @Option(help: "Turn on a rule that is off by default (repeatable).")
    var enable: [String] = []

    @Option(help: "Turn off a rule (repeatable).")
    var disable: [String] = []

    @Option(help: "Set a rule's severity: ID=error|warning|note|off (repeatable).")
    var severity: [String] = []

    @Option(help: "The time rule expressions see as `now` (RFC 3339, e.g. 2026-12-06T00:00:00Z); the clock when absent.")
    var now: String?

    var overrides: RuleOverrides {
        var overrides = RuleOverrides()
        overrides.configPath = config ?? repositoryConfig
        overrides.configIsRepository = config == nil && repositoryConfig != nil
        overrides.useConfigFile = !noConfig
        overrides.rulesDirs = rulesDirs
        overrides.enable = enable
        overrides.packs = pack
        overrides.disable = disable
        overrides.severities = severity
        return overrides
    }

    /// Builds the policy, or prints the configuration error and exits 2.
    func build() throws -> PolicyBuilder.Built {
        if let now {
            do {
                CELRuleSupport.now = .timestamp(try CELTimestamp(parsing: now))
            } catch {
                Console.error("--now: \(error.message)")
                throw ExitCode(2)
            }
        }
        do {
            return try PolicyBuilder.build(overrides)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
