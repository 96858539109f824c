/// Runs a rule's examples: each invalid example must trigger the rule (as many times as it says),
/// each valid example must not trigger it at all.
public enum RuleExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public let rule: String
        public let example: String
        public let problem: String

        public var description: String { "\(rule): example \"\(example)\": \(problem)" }
    }

    public static func run(_ rule: Rule) -> [Failure] {
        let policy = LintPolicy(catalog: RuleCatalog(rules: [rule]), settings: [rule.id: RuleSettings(enabled: true)])
        let linter = Linter(policy: policy)
        var failures: [Failure] = []
        func findings(_ example: RuleExample) -> [Finding]? {
            let path = "\(rule.source)#\(example.name)" + "/" + (example.file ?? "example.json")
            let result = linter.lint(bytes: Array(example.document.utf8), path: path)
            if result.kind == nil {
                failures.append(Failure(rule: rule.id, example: example.name,
                    problem: "the document is not valid JSON: \(result.findings.first?.message ?? "")"))
                return nil
            }
            return result.findings.filter { $0.rule == rule.id }
        }
        for example in rule.invalidExamples {
            guard let found = findings(example) else { continue }
            if let expected = example.expectedFindings, found.count != expected {
                failures.append(Failure(rule: rule.id, example: example.name,
                    problem: "expected \(expected) finding(s), got \(found.count)\(found.isEmpty ? "" : ": " + found.map(\.message).joined(separator: "; "))"))
            } else if found.isEmpty {
                failures.append(Failure(rule: rule.id, example: example.name, problem: "the invalid example does not trigger the rule"))
            }
        }
        for example in rule.validExamples {
            guard let found = findings(example), !found.isEmpty else { continue }
            failures.append(Failure(rule: rule.id, example: example.name,
                problem: "the valid example triggers the rule: " + found.map(\.message).joined(separator: "; ")))
        }
        return failures
    }
}
