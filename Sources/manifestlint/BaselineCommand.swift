import ArgumentParser
import Foundation
import ManifestLint

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's findings so that only new ones fail.",
        subcommands: [Create.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Lint the inputs and record every finding in FILE.",
            discussion: """
                The file is written atomically and never replaces an existing one unless --force is given.

                Example:
                  manifestlint baseline create .manifestlint-baseline.json .
                  manifestlint lint . --baseline .manifestlint-baseline.json
                """
        )

        @Argument(help: "The baseline file to write.")
        var file: String

        @OptionGroup var input: InputOptions

        @Flag(help: "Replace FILE if it exists.")
        var force = false

        @OptionGroup(title: "Rules") var ruleOptions: RuleOptions

        @OptionGroup(title: "Registries") var registryOptions: RegistryOptions

        func run() throws {
            let (results, _, paths) = try input.lint(rules: ruleOptions, registry: registryOptions, ownFiles: [file])
            if results.contains(where: \.missing) { throw ExitCode(ExitStatus.usage) }
            if results.contains(where: \.incomplete) {
                Console.error("not writing \(file): some inputs were not checked")
                throw ExitCode(ExitStatus.incomplete)
            }
            guard input.foundSomething(results) else { throw ExitCode(2) }
            let baseline = Baseline(results: results, paths: paths)
            do {
                try baseline.write(to: file, replace: force)
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
            let checked = results.filter { !$0.otherFile && !$0.skipped }.count
            print("wrote \(file): \(baseline.findings.count) finding\(baseline.findings.count == 1 ? "" : "s") from \(checked) file\(checked == 1 ? "" : "s")")
        }
    }
}
