/// A value a rule is applied to: the subject kind, its JSON and where it sits in the document.
public struct RuleTarget: Sendable {
    public let subject: RuleSubject
    public let value: JSONValue
    public let pointer: JSONPointer
}

/// Applies configured rules to parsed documents.
public struct RuleEngine: Sendable {
    public let rules: [ConfiguredRule]
    /// The compiled rules that apply to each subject, in rule order.
    private let rulesBySubject: [RuleSubject: [CompiledRule]]

    public init(rules: [ConfiguredRule]) {
        self.rules = rules
        let compiled = rules.map(CompiledRule.init)
        rulesBySubject = Dictionary(uniqueKeysWithValues: RuleSubject.allCases.map { subject in
            (subject, compiled.filter { $0.subjects.contains(subject) })
        })
    }

    /// All findings of all rules for one document.
    public func evaluate(_ document: JSONValue, kind: DocumentKind) -> [Finding] {
        var findings: [Finding] = []
        for target in Self.targets(of: document, kind: kind) {
            for rule in rulesBySubject[target.subject] ?? [] {
                var evaluator = CheckEvaluator(rule: rule, target: target)
                findings += evaluator.run()
            }
        }
        return findings
    }

    /// The subjects a document offers to rules.
    public static func targets(of document: JSONValue, kind: DocumentKind) -> [RuleTarget] {
        switch kind {
        case .ociIndex, .dockerList:
            var targets = [RuleTarget(subject: .index, value: document, pointer: .root)]
            for (index, entry) in (document["manifests"]?.arrayElements ?? []).enumerated() {
                targets.append(RuleTarget(subject: .entry, value: entry, pointer: JSONPointer.root.appending("manifests").appending(index)))
            }
            return targets
        case .ociManifest, .dockerManifest:
            return [RuleTarget(subject: .manifest, value: document, pointer: .root)]
        case .ociConfig:
            return [RuleTarget(subject: .config, value: document, pointer: .root)]
        case .inspectOutput:
            let entries = document.arrayElements.map { $0.enumerated().map { ($0.element, JSONPointer.root.appending($0.offset)) } }
                ?? [(document, JSONPointer.root)]
            return entries.flatMap { entry, pointer -> [RuleTarget] in
                var targets = [RuleTarget(subject: .inspectEntry, value: entry, pointer: pointer)]
                for field in ["SchemaV2Manifest", "OCIManifest"] {
                    if let manifest = entry[field] { targets.append(RuleTarget(subject: .manifest, value: manifest, pointer: pointer.appending(field))) }
                }
                return targets
            }
        case .workflow:
            var targets = [RuleTarget(subject: .workflow, value: document, pointer: .root)]
            for (index, list) in (document["lists"]?.arrayElements ?? []).enumerated() {
                targets.append(RuleTarget(subject: .workflowList, value: list, pointer: JSONPointer.root.appending("lists").appending(index)))
            }
            return targets
        default:
            return []
        }
    }
}
