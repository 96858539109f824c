import ArgumentParser
import Foundation
import ManifestLint

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and test rules.",
        subcommands: [ListRules.self, ExplainRule.self, TestRules.self, ShowIntent.self, EvalExpression.self, CompileRules.self, RuleDocs.self, CELConformanceCommand.self],
        defaultSubcommand: ListRules.self
    )
}

struct ListRules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every rule: id, severity, title.")

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let built = try ruleOptions.build()
        let enabled = Set(built.policy.engine.rules.map(\.rule.id))
        let effective = Dictionary(uniqueKeysWithValues: built.policy.engine.rules.map { ($0.rule.id, $0.severity) })
        var rows: [(String, String, String)] = built.catalog.rules.map { rule in
            (rule.id, enabled.contains(rule.id) ? effective[rule.id]!.rawValue : "off", rule.title)
        }
        rows += SchemaRules.all.map { id, info in
            let override = built.policy.schemaOverrides[id]
            let level = override?.enabled == false ? "off" : (override?.severity ?? info.severity).rawValue
            return (id, level, info.title + " (built-in)")
        }
        let width = rows.map(\.0.count).max() ?? 0
        for row in rows.sorted(by: { $0.0 < $1.0 }) {
            printEscaped(row.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + row.1.padding(toLength: 7, withPad: " ", startingAt: 0) + "  " + row.2)
        }
    }
}

struct ExplainRule: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Print a rule's description, parameters and examples.")

    @Argument(help: "The rule id.") var id: String
    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let built = try ruleOptions.build()
        guard let rule = built.catalog.rule(id) ?? RuleCatalog.builtinChecks.first(where: { $0.id == id }) else {
            Console.error("unknown rule \"\(id)\" (see `manifestlint rules`)")
            throw ExitCode(2)
        }
        var lines = ["\(rule.id): \(rule.title)", "", "severity: \(rule.severity.rawValue)\(rule.enabledByDefault ? "" : " (off by default)")"]
        lines.append(rule.isBuiltin ? "built-in check (documented by \(rule.source))" : "applies to: \(rule.appliesTo.map(\.rawValue).sorted().joined(separator: ", "))")
        if !rule.isBuiltin { lines.append("source: \(rule.source)") }
        if !rule.tags.isEmpty { lines.append("tags: \(rule.tags.joined(separator: ", "))") }
        if !rule.help.isEmpty { lines.append("help: \(rule.help)") }
        lines += ["", rule.description.trimmingCharacters(in: .whitespacesAndNewlines)]
        if !rule.parameters.isEmpty {
            lines += ["", "parameters:"]
            for parameter in rule.parameters {
                lines.append("  \(parameter.name) (\(parameter.kind.rawValue), default \(render(parameter.defaultValue))): \(parameter.description)")
            }
        }
        if let note = rule.exampleNote { lines += ["", note.trimmingCharacters(in: .whitespacesAndNewlines)] }
        for (title, examples) in [("invalid examples (trigger the rule)", rule.invalidExamples), ("valid examples", rule.validExamples)] where !examples.isEmpty {
            lines += ["", "\(title):"]
            for example in examples {
                lines.append("  # \(example.name)")
                let parts = example.files.isEmpty ? [(nil, example.document)] : example.files.map { (Optional($0.path), $0.content) }
                for (path, text) in parts {
                    if let path { lines.append("  ## \(path)") }
                    lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
                }
            }
        }
        lines += ["", "reference: \(RulePages.url(for: rule.id))"]
        printEscaped(lines.joined(separator: "\n"))
    }

    private func render(_ value: JSONValue) -> String {
        switch value {
        case .array(let elements): return "[" + elements.map(render).joined(separator: ", ") + "]"
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .bool(let flag): return String(flag)
        default: return value.typeName
        }
    }
}

struct TestRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "Run the examples of the rule files in a folder (exit 1 on any failure).",
        discussion: "A folder laid out like manifestlint's Rules/ (with packs/NAME/ or builtin/) is tested whole.")

    @Argument(help: "Folders of rule files; the default pack when none is given.")
    var folders: [String] = []

    func run() throws {
        var rules: [Rule] = []
        do {
            if folders.isEmpty { rules = try RuleCatalog.defaultPack().rules + RuleCatalog.builtinChecks }
            for folder in folders { rules += try RuleLoader.loadTree(folder) }
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        var failed = 0
        for rule in rules {
            let failures = RuleExampleRunner.run(rule)
            let count = rule.validExamples.count + rule.invalidExamples.count
            if failures.isEmpty {
                printEscaped("ok    \(rule.id) (\(count) examples)")
            } else {
                failed += 1
                printEscaped("FAIL  \(rule.id)")
                for failure in failures { printEscaped("      \(failure.example): \(failure.problem)") }
            }
        }
        printEscaped("\(rules.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}

struct ShowIntent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intent",
        abstract: "Print the intent document rules see for a build workflow (for writing workflow rules).",
        discussion: "Example: manifestlint rules intent acr-task.yaml"
    )

    @Argument(help: "A workflow file: ACR task YAML, shell script, Makefile or CI YAML.")
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("\(file): cannot be read")
            throw ExitCode(2)
        }
        do {
            guard let intent = try Linter.workflowIntent(bytes: [UInt8](data), path: file) else {
                Console.error("\(file): not a workflow file manifestlint reads (by name: *.sh, Makefile, *.mk, acr-task.yaml, *.acr.yaml, *.yml)")
                throw ExitCode(2)
            }
            print(intent.jsonText())
        } catch let error as YAMLFileError {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}

/// `scripts/embed-rules`: the rule files of a folder as the Swift source of the compiled default pack.
struct CompileRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile", abstract: "Print the rule files of a folder as Swift source (scripts/embed-rules).", shouldDisplay: false)

    @Argument(help: "The folder of rule files (Rules).")
    var folder: String

    func run() throws {
        do {
            let pack = try RuleLoader.loadDefaultPack(folder)
            print(RulePackSource.render(pack.rules, builtin: pack.builtin), terminator: "")
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}

struct RuleDocs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs", abstract: "Write the rule reference (one Markdown page per rule) into a folder (scripts/embed-rules).", shouldDisplay: false)

    @Argument(help: "The folder to write (docs/rules).")
    var folder: String

    func run() throws {
        let pack = try RuleCatalog.defaultPack().rules
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let pages = RulePages.render(rules: pack, builtin: RuleCatalog.builtinChecks)
        let names = Set(pages.map(\.name))
        // A page of a rule that no longer exists goes; any other file in the folder is the user's and stays.
        for stale in (try FileManager.default.contentsOfDirectory(atPath: folder)) where stale.hasSuffix(".md") && !names.contains(stale) {
            let path = (folder as NSString).appendingPathComponent(stale)
            if let text = try? String(contentsOfFile: path, encoding: .utf8), RulePages.isGenerated(text) { try FileManager.default.removeItem(atPath: path) }
        }
        for page in pages {
            try Data(page.text.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(page.name)))
        }
        print("wrote \(pages.count) pages into \(folder)")
    }
}

/// Prints text that holds rule files' words (titles, descriptions, help, examples) with control characters escaped:
/// a rule file from a repository must not drive the terminal of whoever lists its rules (ESC and BEL sequences that
/// retitle the window, clear the screen or disguise a link).
func printEscaped(_ text: String) {
    print(DisplayText.escaped(text, keeping: ["\n", "\t"]))
}
