/// A value a rule is applied to: the subject kind, its JSON and where it sits in the document.
public struct RuleTarget: Sendable {
    public let subject: RuleSubject
    public let value: JSONValue
    public let pointer: JSONPointer
    /// For a value manifestlint assembled (the index view of `docker manifest inspect -v` output): where its
    /// members stand in the document.
    let view: InspectView?

    init(subject: RuleSubject, value: JSONValue, pointer: JSONPointer, view: InspectView? = nil) {
        self.subject = subject
        self.value = value
        self.pointer = pointer
        self.view = view
    }

    /// The pointer into the document for a pointer into `value`'s coordinates.
    func located(_ pointer: JSONPointer) -> JSONPointer { view.map { JSONPointer($0.tokens(for: pointer.tokens)) } ?? pointer }
}

/// `docker manifest inspect -v` output seen as an index (`{"manifests": [descriptor, ...]}`) or one entry's
/// descriptor, so that index and entry rules run on it; maps pointers back into the output.
struct InspectView: Sendable {
    let entries: [InspectEntry]
    /// The output is an array (else a single entry object).
    let isArray: Bool
    /// Viewing one entry's descriptor rather than the whole list.
    var entry: Int?

    func tokens(for tokens: [String]) -> [String] {
        if let entry { return base(entry) + entries[entry].tokens(for: tokens) }
        guard tokens.count >= 2, tokens[0] == "manifests", let index = Int(tokens[1]), entries.indices.contains(index) else { return [] }
        return base(index) + entries[index].tokens(for: Array(tokens.dropFirst(2)))
    }

    private func base(_ index: Int) -> [String] { isArray ? [String(index)] : [] }
}

/// Applies configured rules to parsed documents.
public struct RuleEngine: Sendable {
    public let rules: [ConfiguredRule]
    /// The compiled rules that apply to each subject, in rule order.
    private let rulesBySubject: [RuleSubject: [CompiledRule]]
    /// Whether some rule uses `descriptor`, `resolve()` or `referrers()`: documents then get a `RuleContext`.
    public let followsLinks: Bool

    public init(rules: [ConfiguredRule]) {
        self.rules = rules
        let compiled = rules.map(CompiledRule.init)
        followsLinks = compiled.contains(where: \.followsLinks)
        rulesBySubject = Dictionary(uniqueKeysWithValues: RuleSubject.allCases.map { subject in
            (subject, compiled.filter { $0.subjects.contains(subject) })
        })
    }

    /// All findings of all rules for one document.
    public func evaluate(_ document: JSONValue, kind: DocumentKind, context: RuleContext = RuleContext()) -> [Finding] {
        // One evaluator for the whole document, so that its buffers serve every target.
        var evaluator: CheckEvaluator?
        for target in Self.targets(of: document, kind: kind) {
            guard let rules = rulesBySubject[target.subject], let first = rules.first else { continue }
            if evaluator == nil { evaluator = CheckEvaluator(rule: first, target: target, context: context) } else { evaluator?.retarget(target) }
            for rule in rules { evaluator?.run(rule) }
        }
        return evaluator?.findings ?? []
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
            let isArray = document.arrayElements != nil
            let entries = (document.arrayElements ?? [document]).map(InspectEntry.init(value:))
            let list = InspectView(entries: entries, isArray: isArray)
            var targets: [RuleTarget] = []
            // The whole output as a list: duplicates across the array, required platforms.
            if isArray {
                let descriptors = entries.map { $0.descriptor ?? .null }
                targets.append(RuleTarget(subject: .index, value: .object([("manifests", .array(descriptors))]), pointer: .root, view: list))
            }
            for (index, entry) in entries.enumerated() {
                let pointer = isArray ? JSONPointer.root.appending(index) : JSONPointer.root
                targets.append(RuleTarget(subject: .inspectEntry, value: entry.value, pointer: pointer))
                if let descriptor = entry.descriptor {
                    var view = list
                    view.entry = index
                    targets.append(RuleTarget(subject: .entry, value: descriptor, pointer: .root, view: view))
                }
                for field in ["SchemaV2Manifest", "OCIManifest"] {
                    if let manifest = entry.value[field] { targets.append(RuleTarget(subject: .manifest, value: manifest, pointer: pointer.appending(field))) }
                }
            }
            return targets
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
