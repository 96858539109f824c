import Foundation

/// Runs a rule's examples: each invalid example must trigger the rule (as many times as it says),
/// each valid example must not trigger it at all.
public enum RuleExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public let rule: String
        public let example: String
        public let problem: String

        public var description: String { "\(rule): example \"\(example)\": \(problem)" }
    }

    /// A declarative rule's examples run with that rule alone; a built-in check's run with the default policy
    /// (the checks are code, always on).
    public static func run(_ rule: Rule) -> [Failure] {
        var failures: [Failure] = []
        for example in rule.invalidExamples {
            let found: [Finding]
            do { found = try findings(of: rule, in: example) } catch {
                failures.append(Failure(rule: rule.id, example: example.name, problem: error.message))
                continue
            }
            if let undecided = found.first(where: { $0.rule != rule.id }) {
                failures.append(Failure(rule: rule.id, example: example.name, problem: "the rule did not decide: \(undecided.message)"))
            } else if let expected = example.expectedFindings, found.count != expected {
                failures.append(Failure(rule: rule.id, example: example.name,
                    problem: "expected \(expected) finding(s), got \(found.count)\(found.isEmpty ? "" : ": " + found.map(\.message).joined(separator: "; "))"))
            } else if found.isEmpty {
                failures.append(Failure(rule: rule.id, example: example.name, problem: "the invalid example does not trigger the rule"))
            }
        }
        for example in rule.validExamples {
            do {
                let found = try findings(of: rule, in: example)
                if let undecided = found.first(where: { $0.rule != rule.id }) {
                    // A valid example the rule could not decide on proves nothing.
                    failures.append(Failure(rule: rule.id, example: example.name, problem: "the rule did not decide: \(undecided.message)"))
                    continue
                }
                guard !found.isEmpty else { continue }
                failures.append(Failure(rule: rule.id, example: example.name,
                    problem: "the valid example triggers the rule: " + found.map(\.message).joined(separator: "; ")))
            } catch {
                failures.append(Failure(rule: rule.id, example: example.name, problem: error.message))
            }
        }
        return failures
    }

    public struct ExampleError: Error, Sendable {
        public let message: String
    }

    /// The findings of `rule` (and only of it) when the example is linted: its document as one file, or its files
    /// as a folder; with the `not-checked` and `rule-skipped` findings that name the rule (it did not decide).
    public static func findings(of rule: Rule, in example: RuleExample) throws(ExampleError) -> [Finding] {
        let linter = Linter(policy: try policy(for: rule))
        func concerning(_ finding: Finding) -> Bool {
            finding.rule == rule.id || (!rule.isBuiltin && ["not-checked", "rule-skipped"].contains(finding.rule)
                && (finding.message.hasPrefix(rule.id + ":") || finding.message.hasPrefix(rule.id + " was not run")))
        }
        guard example.files.isEmpty else { return try lintFolder(example.files, linter: linter).filter(concerning) }
        let result = linter.lint(bytes: Array(example.document.utf8), path: example.file ?? "example.json")
        if result.kind == nil, !rule.isBuiltin {
            throw ExampleError(message: "the document is not valid JSON: \(result.findings.first?.message ?? "")")
        }
        return result.findings.filter(concerning)
    }

    private static func policy(for rule: Rule) throws(ExampleError) -> LintPolicy {
        guard rule.isBuiltin else {
            return LintPolicy(catalog: RuleCatalog(rules: [rule]), settings: [rule.id: RuleSettings(enabled: true)])
        }
        do { return try LintPolicy.defaults() } catch { throw ExampleError(message: "the default policy: \(error)") }
    }

    /// Writes the files into a new folder under the temporary directory, lints the folder, and removes it. Paths,
    /// in findings and in their messages, are made relative to the folder.
    private static func lintFolder(_ files: [RuleExampleFile], linter: Linter) throws(ExampleError) -> [Finding] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifestlint-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            for file in files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.content.utf8).write(to: url)
            }
        } catch {
            throw ExampleError(message: "cannot write the example's files: \(error.localizedDescription)")
        }
        let prefix = folder.path + "/"
        return LintRun(collector: InputCollector(), linter: linter).lint([folder.path]).flatMap(\.findings).map { finding in
            var finding = finding
            if finding.path.hasPrefix(prefix) { finding.path.removeFirst(prefix.count) }
            finding.message = finding.message.replacingOccurrences(of: prefix, with: "")
            return finding
        }
    }
}
