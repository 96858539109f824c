import ArgumentParser
import Foundation
import ManifestLint

@main
struct ManifestLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifestlint",
        abstract: "Lint and validate container image manifests, indexes and manifest lists.",
        version: ToolInfo.version,
        subcommands: [LintCommand.self, RulesCommand.self, BaselineCommand.self, HookCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// Usage errors exit 2, as the README documents (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                try? FileHandle.standardError.write(contentsOf: Data((DisplayText.escaped(fullMessage(for: error), keeping: ["\n"]) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
