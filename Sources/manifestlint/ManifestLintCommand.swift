import ArgumentParser
import Foundation
import ManifestLint

@main
struct ManifestLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifestlint",
        abstract: "Lint and validate container image manifests, indexes and manifest lists.",
        version: ToolInfo.version,
        subcommands: [LintCommand.self, RulesCommand.self, BaselineCommand.self, HookCommand.self, ReportCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// Usage errors exit 2, as the README documents (ArgumentParser's default is 64).
    static func main() {
        if Array(CommandLine.arguments.dropFirst()) == ["--version"] {
            print("\(ToolInfo.name) \(ToolInfo.version) (default rule pack \(RulePackVersion.current))")
            Foundation.exit(0)
        }
        if let suggestion = mistypedSubcommand(Array(CommandLine.arguments.dropFirst())) {
            Console.error(suggestion)
            Foundation.exit(ExitStatus.usage)
        }
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

extension ManifestLintCommand {
    static let subcommandNames = ["lint", "rules", "baseline", "hook", "report"]

    /// `manifestlint lnt`: a first word that is no subcommand, no existing path and no registry reference, within
    /// two edits of a subcommand, is a typo to point out, not a file to lint (which would say "no such file").
    static func mistypedSubcommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first),
            !first.contains("/"), !first.contains("."), !first.contains(":"), !FileManager.default.fileExists(atPath: first)
        else { return nil }
        let close = subcommandNames.filter { EditDistance.between(first, $0, limit: 2) <= 2 }
        guard let best = close.min(by: { EditDistance.between(first, $0, limit: 2) < EditDistance.between(first, $1, limit: 2) }) else { return nil }
        return "unknown command \"\(first)\": did you mean `manifestlint \(best)`? (commands: \(subcommandNames.joined(separator: ", ")); "
            + "to lint a file of that name, write ./\(first))"
    }
}
