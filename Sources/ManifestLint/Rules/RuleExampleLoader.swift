import Yams

/// The examples of a rule file, and the files of `Rules/builtin/` that document the built-in checks.
extension RuleLoader {
    static let builtinKeys: Set<String> = ["id", "title", "description", "severity", "help", "tags", "examples", "builtin", "example-note"]

    /// A built-in check's documentation: metadata and examples, no checks (the code is the check). Either examples
    /// (at least one valid and one invalid) or an `example-note` saying why no document can show it.
    static func loadBuiltin(_ fields: [String: Node], id: String, severity: Severity, source: YAMLSource, path: String) throws(YAMLFileError) -> Rule {
        for (key, node) in fields where !builtinKeys.contains(key) {
            throw source.error(node, "\"\(key)\" has no meaning for a built-in check (known: \(builtinKeys.sorted().joined(separator: ", ")))")
        }
        guard let titleNode = fields["title"] else { throw source.error(source.root, "the rule has no \"title\"") }
        let note = try fields["example-note"].map { node throws(YAMLFileError) in try source.string(node, what: "\"example-note\"") }
        var valid: [RuleExample] = [], invalid: [RuleExample] = []
        if let examples = fields["examples"] {
            (valid, invalid) = try loadExamples(examples, source: source)
        } else if note == nil {
            throw source.error(source.root, "a built-in check needs \"examples\", or an \"example-note\" saying why no document can show it")
        }
        return Rule(
            id: id, title: try source.string(titleNode, what: "\"title\""),
            description: try fields["description"].map { node throws(YAMLFileError) in try source.string(node, what: "\"description\"") } ?? "",
            severity: severity, enabledByDefault: true, appliesTo: [],
            help: try fields["help"].map { node throws(YAMLFileError) in try source.string(node, what: "\"help\"") } ?? "",
            tags: try fields["tags"].map { node throws(YAMLFileError) in try source.stringList(node, what: "\"tags\"") } ?? [],
            parameters: [], checks: [], message: "",
            validExamples: valid, invalidExamples: invalid, source: path
        ).builtin(exampleNote: note)
    }

    static func loadExamples(_ node: Node, source: YAMLSource) throws(YAMLFileError) -> ([RuleExample], [RuleExample]) {
        var valid: [RuleExample] = [], invalid: [RuleExample] = []
        for member in try source.mapping(node, what: "\"examples\"") {
            guard member.key == "valid" || member.key == "invalid" else {
                throw source.error(member.keyNode, "unknown key \"\(member.key)\" in examples (known: valid, invalid)")
            }
            guard let sequence = member.value.sequence, !sequence.isEmpty else {
                throw source.error(member.value, "examples.\(member.key) must be a non-empty list")
            }
            for (index, element) in sequence.enumerated() {
                let example = try loadExample(element, defaultName: "\(member.key) #\(index + 1)", source: source)
                if member.key == "valid" { valid.append(example) } else { invalid.append(example) }
            }
        }
        guard !valid.isEmpty, !invalid.isEmpty else {
            throw source.error(node, "a rule needs at least one valid and one invalid example")
        }
        return (valid, invalid)
    }

    private static func loadExample(_ element: Node, defaultName: String, source: YAMLSource) throws(YAMLFileError) -> RuleExample {
        let fields = try source.mapping(element, what: "an example")
        func field(_ name: String) -> Node? { fields.first { $0.key == name }?.value }
        for unknown in fields where !["name", "document", "findings", "file", "files"].contains(unknown.key) {
            throw source.error(unknown.keyNode, "unknown key \"\(unknown.key)\" in an example (known: name, document, findings, file, files)")
        }
        let files = try field("files").map { node throws(YAMLFileError) in try loadFiles(node, source: source) } ?? []
        guard (field("document") == nil) != files.isEmpty else {
            throw source.error(element, "an example needs either \"document\" or \"files\"")
        }
        var example = RuleExample(
            name: try field("name").map { node throws(YAMLFileError) in try source.string(node, what: "\"name\"") } ?? defaultName,
            document: try field("document").map { node throws(YAMLFileError) in try source.string(node, what: "\"document\"") } ?? "",
            expectedFindings: field("findings")?.int)
        example.file = try field("file").map { node throws(YAMLFileError) in try source.string(node, what: "\"file\"") }
        example.files = files
        return example
    }

    /// `files:` maps relative paths (no `..`, not absolute) to their text.
    private static func loadFiles(_ node: Node, source: YAMLSource) throws(YAMLFileError) -> [RuleExampleFile] {
        var files: [RuleExampleFile] = []
        for member in try source.mapping(node, what: "\"files\"") {
            let parts = member.key.split(separator: "/", omittingEmptySubsequences: false)
            guard !member.key.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
                throw source.error(member.keyNode, "\"\(member.key)\" must be a relative path inside the example's folder")
            }
            files.append(RuleExampleFile(path: member.key, content: try source.string(member.value, what: "the text of \(member.key)")))
        }
        guard !files.isEmpty else { throw source.error(node, "\"files\" must name at least one file") }
        return files
    }
}
