import Foundation

/// The config only the person running manifestlint writes: `$XDG_CONFIG_HOME/manifestlint/config.yaml` (by
/// default `~/.config/manifestlint/config.yaml`). It holds the settings that weaken security, which no file in a
/// checked repository may set: registry hosts spoken to over plain HTTP (`registries: {insecure: [...]}`). A
/// missing file is an empty config.
public struct UserConfiguration: Sendable {
    public var insecureRegistries: [String] = []

    public init() {}

    /// Where the file is looked for, from the environment.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") { return base + "/manifestlint/config.yaml" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.config/manifestlint/config.yaml" }
        return nil
    }

    /// How messages name it.
    public static let displayPath = "$XDG_CONFIG_HOME/manifestlint/config.yaml"

    /// Reads the user's config; an absent file is an empty one.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws(YAMLFileError) -> UserConfiguration {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else { return UserConfiguration() }
        let source = try YAMLSource(path: path, text: try TrustedFile.text(path, what: "user config file", inside: nil))
        var configuration = UserConfiguration()
        for member in try source.mapping(source.root, what: "the user config file") {
            guard member.key == "registries" else {
                throw source.error(member.keyNode, "unknown key \"\(member.key)\" in the user config file (known: registries)")
            }
            configuration.insecureRegistries = try Configuration.insecureRegistries(in: member.value, of: source)
        }
        return configuration
    }
}
