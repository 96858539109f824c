import Yams

/// `docker buildx bake` files (HCL, or JSON with the same structure) as the builds their targets make: `tags`,
/// `platforms`, `dockerfile`, `output` (`type=registry` pushes), `inherits` (a parent's attributes unless the
/// target sets them), and `variable` defaults filled into `${NAME}`. Matrix targets, and values that are
/// expressions, are unknown: the target is built, but nothing is claimed about what it holds.
enum BakeReader {
    typealias Value = BakeHCLParser.Value

    struct Target {
        let name: String
        let label: ShellWord
        var attributes: [String: Value]
    }

    static func hcl(_ bytes: [UInt8], reader: WorkflowReader) throws(WorkflowReadError) -> PipelineRead {
        let blocks: [BakeHCLParser.Block]
        do {
            blocks = try BakeHCLParser.parse(bytes)
        } catch {
            throw WorkflowReadError(position: reader.index.position(ofOffset: error.offset), message: "invalid HCL: \(error.message)", rule: "yaml-syntax")
        }
        var variables: [String: String] = [:]
        var targets: [Target] = []
        for block in blocks {
            guard let label = block.labels.first else { continue }
            if block.type == "variable", let value = block.attributes.first(where: { $0.name == "default" })?.value {
                if case .string(let text, _) = value, !text.contains("${") { variables[label.text] = text }
                if case .literal(let text, _) = value { variables[label.text] = text }
            }
            if block.type == "target", targets.count < Limits.pipelineJobs {
                var attributes = Dictionary(block.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
                // A matrix target is several targets named by an expression: nothing about it is known.
                if attributes["matrix"] != nil { attributes = [:] }
                targets.append(Target(name: label.text, label: ShellWord(text: label.text, range: label.range), attributes: attributes))
            }
        }
        return builds(targets, variables: variables)
    }

    static func json(_ root: Node, reader: WorkflowReader) -> PipelineRead {
        var variables: [String: String] = [:]
        for (key, value) in root.mapping?["variable"]?.mapping ?? [:] {
            if let name = key.string, let text = value.mapping?["default"]?.string, !text.contains("${") { variables[name] = text }
        }
        var targets: [Target] = []
        for (key, value) in root.mapping?["target"]?.mapping ?? [:] where targets.count < Limits.pipelineJobs {
            guard let name = key.string, let mapping = value.mapping else { continue }
            var attributes: [String: Value] = [:]
            for (attribute, node) in mapping {
                if let attributeName = attribute.string { attributes[attributeName] = self.value(node, reader: reader) }
            }
            if attributes["matrix"] != nil { attributes = [:] }
            targets.append(Target(name: name, label: JobWords.word(key, reader: reader), attributes: attributes))
        }
        return builds(targets, variables: variables)
    }

    private static func value(_ node: Node, reader: WorkflowReader) -> Value {
        if node.string != nil {
            let word = JobWords.word(node, reader: reader)
            return .string(word.text, word.range)
        }
        if let sequence = node.sequence {
            let start = reader.offset(of: node)
            return .list(sequence.map { value($0, reader: reader) }, start..<start)
        }
        let start = reader.offset(of: node)
        return .unknown(start..<start)
    }

    /// One build per target that names tags or platforms, with its parents' attributes.
    private static func builds(_ targets: [Target], variables: [String: String]) -> PipelineRead {
        var read = PipelineRead(format: .bake)
        let byName = Dictionary(targets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var substitution = WordSubstitution()
        substitution.variables = variables
        for target in targets {
            let attributes = resolved(target, byName)
            guard let attributes else { continue }
            let tags = strings(attributes["tags"]), platforms = strings(attributes["platforms"])
            guard tags != nil || platforms != nil, let tagWords = tags ?? [], let platformWords = platforms ?? [] else { continue }
            let outputs = strings(attributes["output"]) ?? nil
            // Output to the local disk or a tarball: files, not an image.
            if outputs?.contains(where: { $0.text.contains("type=local") || $0.text.contains("type=tar") || $0.text.contains("type=cacheonly") }) == true { continue }
            // A multi-platform result can only be pushed (`bake --push`) or exported: each tag of it is a list.
            let pushes = outputs?.contains { $0.text.contains("type=registry") || $0.text.contains("push=true") } ?? (platformWords.count > 1)
            let dockerfile = strings(attributes["dockerfile"])??.first
            let command = DockerCommand.build(tags: tagWords, dockerfile: dockerfile, platforms: platformWords, pushes: pushes, at: target.label,
                                              buildx: true, outputs: true)
            read.append(substitution.apply(command), .none)
        }
        return read
    }

    /// The target's attributes over those of its `inherits` (nearest first); nil when a parent is unknown
    /// (defined in another file) and the target leaves what is built to it.
    private static func resolved(_ target: Target, _ targets: [String: Target]) -> [String: Value]? {
        var result = target.attributes
        var queue = (strings(target.attributes["inherits"]) ?? nil)?.map(\.text) ?? []
        var seen: Set<String> = [target.name], depth = 0
        while !queue.isEmpty, depth < Limits.inheritanceDepth {
            let name = queue.removeFirst()
            depth += 1
            guard seen.insert(name).inserted else { continue }
            guard let parent = targets[name] else {
                if result["tags"] == nil || result["platforms"] == nil { return nil }
                continue
            }
            for (key, value) in parent.attributes where result[key] == nil { result[key] = value }
            queue += (strings(parent.attributes["inherits"]) ?? nil)?.map(\.text) ?? []
        }
        return result
    }

    /// A list of strings (or one string) as words; nil inside when any element is not a known string.
    private static func strings(_ value: Value?) -> [ShellWord]?? {
        guard let value else { return nil }
        switch value {
        case .string(let text, let range): return .some([ShellWord(text: text, range: range)])
        case .list(let items, _):
            var words: [ShellWord] = []
            for item in items {
                guard case .string(let text, let range) = item else { return .some(nil) }
                words.append(ShellWord(text: text, range: range))
            }
            return .some(words)
        default: return .some(nil)
        }
    }
}
