import ArgumentParser
import Foundation
import ManifestLint

/// `manifestlint rules eval`: evaluate a CEL expression against a document, the way a rule's `expression:` sees it
/// (for writing rules).
struct EvalExpression: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a CEL expression against a JSON document and print the value (for writing rules).",
        discussion: "Example: manifestlint rules eval 'subject.manifests.map(m, m.platform.architecture)' index.json")

    @Argument(help: "The CEL expression.") var expression: String
    @Argument(help: "A JSON document, bound to `subject` (none: `subject` is null).") var document: String?
    @Option(help: "The time `now` is bound to (RFC 3339); the clock when absent.") var now: String?

    func run() throws {
        var variables: [String: CELValue] = ["subject": .null]
        if let document {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: document)))
            switch JanssonParser.parse(bytes) {
            case .success(let value): variables["subject"] = CELValue(json: value)
            case .failure(let error):
                Console.error("\(document):\(error.line):\(error.column): \(error.message)")
                throw ExitCode(2)
            }
        }
        do {
            variables["now"] = try now.map { text throws(CELError) in try CELValue.timestamp(CELTimestamp(parsing: text)) } ?? CELValue.now()
        } catch {
            Console.error("--now: \(error)")
            throw ExitCode(2)
        }
        let parsed: CELExpr
        do {
            parsed = try CELParser.parse(expression)
        } catch {
            Console.error("expression:1:\(error.offset + 1): \(error.message)")
            throw ExitCode(2)
        }
        variables["value"] = variables["subject"]
        variables["params"] = .map([])
        var evaluator = CELEvaluator(variables: variables)
        do {
            let value = try evaluator.evaluate(parsed)
            printEscaped("\(value.typeName) \(value.rendered)")
        } catch {
            Console.error("error: \(error.message)")
            throw ExitCode(1)
        }
    }
}

/// Runs cel-spec conformance files (`Tests/Fixtures/cel-spec/*.json`, from scripts/cel-conformance-import).
struct CELConformanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cel-conformance", abstract: "Run cel-spec conformance files and print passed/total per file.", shouldDisplay: false)

    @Argument(help: "Conformance files (JSON).") var files: [String]
    @Flag(help: "List each failing case.") var verbose = false

    func run() throws {
        var passed = 0, total = 0
        for file in files {
            let outcome = try CELConformance.run(fileAt: file)
            passed += outcome.passed
            total += outcome.total
            print("\(outcome.file): \(outcome.passed)/\(outcome.total) passed, \(outcome.failed.count) failed, \(outcome.unsupported) unsupported")
            if verbose { for failure in outcome.failed { printEscaped("  FAIL \(failure)") } }
        }
        print("all: \(passed)/\(total) passed")
    }
}
