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

    /// Platforms one parent's replaced instead of the union the `inherits` list reads as, said at the target that
    /// lists the parents.
    struct Replacement {
        /// The target whose `inherits` lists the parents.
        let target: String
        let text: String
        let word: ShellWord
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
        var groups: [(name: String, members: [String])] = []
        for block in blocks {
            guard let label = block.labels.first else { continue }
            if block.type == "group", let members = block.attributes.first(where: { $0.name == "targets" }).flatMap({ strings($0.value) ?? nil }) {
                groups.append((label.text, members.map(\.text)))
            }
            if block.type == "variable", let value = block.attributes.first(where: { $0.name == "default" })?.value {
                if case .string(let text, _) = value, !text.contains("${") { variables[label.text] = text }
                if case .literal(let text, _) = value { variables[label.text] = text }
            }
            if block.type == "target", targets.count < Limits.pipelineJobs {
                var attributes = Dictionary(block.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
                // A matrix target is several targets named by an expression: nothing about it is known.
                if attributes["matrix"] != nil { attributes = [:] }
                // Blocks of one target merge, the later attribute over the earlier (buildx's dedupeConfig).
                if let index = targets.firstIndex(where: { $0.name == label.text }) {
                    targets[index].attributes.merge(attributes) { $1 }
                    continue
                }
                targets.append(Target(name: label.text, label: ShellWord(text: label.text, range: label.range), attributes: attributes))
            }
        }
        return builds(targets, variables: variables, groups: groups)
    }

    static func json(_ root: Node, reader: WorkflowReader) -> PipelineRead {
        var variables: [String: String] = [:]
        for (key, body) in jsonBlocks(root.mapping?["variable"]) {
            if let name = key.string, let text = body["default"]?.string, !text.contains("${") { variables[name] = text }
        }
        var targets: [Target] = []
        for (key, body) in jsonBlocks(root.mapping?["target"]) where targets.count < Limits.pipelineJobs {
            guard let name = key.string else { continue }
            var attributes: [String: Value] = [:]
            for (attribute, node) in body {
                if let attributeName = attribute.string { attributes[attributeName] = self.value(node, reader: reader) }
            }
            if attributes["matrix"] != nil { attributes = [:] }
            // Blocks of one target merge, the later attribute over the earlier (as in HCL).
            if let index = targets.firstIndex(where: { $0.name == name }) {
                targets[index].attributes.merge(attributes) { $1 }
                continue
            }
            targets.append(Target(name: name, label: JobWords.word(key, reader: reader), attributes: attributes))
        }
        var groups: [(name: String, members: [String])] = []
        for (key, body) in jsonBlocks(root.mapping?["group"]) {
            guard let name = key.string, let members = body["targets"]?.sequence else { continue }
            groups.append((name, members.compactMap(\.string)))
        }
        return builds(targets, variables: variables, groups: groups)
    }

    /// The labelled blocks of one type in HCL's JSON syntax: `{"name": {body}}`, where the type's value may also be
    /// an array of such objects and a body an array of bodies (`"group": [{"default": [{"targets": [...]}]}]`, as
    /// generators write it). Each (label, body) in the order written; empty for anything else.
    static func jsonBlocks(_ node: Node?) -> [(label: Node, body: Node.Mapping)] {
        let objects = node?.sequence.map(Array.init) ?? (node.map { [$0] } ?? [])
        var blocks: [(label: Node, body: Node.Mapping)] = []
        for object in objects {
            guard let entries = object.mapping else { return [] }
            for (label, value) in entries {
                for body in value.sequence.map(Array.init) ?? [value] {
                    guard let members = body.mapping else { return [] }
                    blocks.append((label, members))
                }
            }
        }
        return blocks
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
    private static func builds(_ targets: [Target], variables: [String: String], groups: [(name: String, members: [String])]) -> PipelineRead {
        var read = PipelineRead(format: .bake)
        var writes: [BakeGroups.Writes] = []
        var commandOfTarget: [String: Int] = [:]
        let byName = Dictionary(targets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var substitution = WordSubstitution()
        substitution.variables = variables
        let knownPlatforms: ([ShellWord]) -> [String] = { words in words.map { substitution.apply($0.text) }.filter { !$0.contains("$") } }
        // Each target's replaced platforms, once; reported where they reach an image with tags (known or not): an
        // abstract parent (`_multi`) that no tagged target takes its platforms from is not reported.
        var replacements: [String: Replacement] = [:]
        var imageCulprits: Set<String> = []
        for target in targets {
            guard let replaced = replacedPlatforms(target, byName, known: knownPlatforms) else { continue }
            replacements[target.name] = replaced
            if target.attributes["tags"] != nil || resolved(target, byName)?["tags"] != nil { imageCulprits.insert(replaced.target) }
        }
        // Parents other targets inherit from: one with no tags is a template (`_common`, `base`), whose platforms its
        // children replace (dist-svc/dsf's `base`, whose `linux/armv7` no built target keeps).
        let parents = Set(targets.flatMap { (strings($0.attributes["inherits"]) ?? nil)?.map(\.text) ?? [] })
        for target in targets {
            guard var attributes = resolved(target, byName) else { continue }
            attributes = attributes.mapValues { splitResolved($0, variables: variables) }
            let tags = strings(attributes["tags"]), platforms = strings(attributes["platforms"])
            guard tags != nil || platforms != nil, let tagWords = tags ?? [], let platformWords = platforms ?? [] else { continue }
            // `output` as strings (`type=local,dest=out`) or objects (`{type = "local", dest = "out"}`).
            let outputs = self.outputs(attributes["output"])?.map { BuildOutput(ShellWord(text: $0, range: 0..<0)) }
            // Output to the local disk or a tarball: files, not an image.
            if outputs?.contains(where: \.writesFiles) == true { continue }
            // A multi-platform result can only be pushed (`bake --push`) or exported: each tag of it is a list.
            let pushes = outputs?.contains(where: \.pushes) ?? (platformWords.count > 1)
            let dockerfile = strings(attributes["dockerfile"])??.first
            let command = DockerCommand.build(tags: tagWords, dockerfile: dockerfile, platforms: platformWords, pushes: pushes, at: target.label,
                                              buildx: true, outputs: true)
            commandOfTarget[target.name] = read.commands.count
            var context = CommandContext.none
            context.platformsOfTemplate = parents.contains(target.name) && tagWords.isEmpty
            if let replaced = replacements[target.name], imageCulprits.contains(replaced.target) {
                context.replacedPlatforms = replaced
            }
            read.append(substitution.apply(command), context)
            // Tags pushed by tag, not digest: those of an output that pushes, and those of a multi-platform target with
            // no output, whose result only `bake --push` can keep (timcogames/sway.module_core's debug and release
            // targets, set 36). A target that `call`s a frontend method other than build (`call = "check"`: build
            // checks) exports nothing.
            let calls = strings(attributes["call"])??.first?.text.lowercased()
            if pushes, !(outputs ?? []).contains(where: { $0.mayPushByDigest || $0.value("name") != nil }), calls == nil || calls == "build" {
                writes.append(BakeGroups.Writes(target: target.name, pushedTags: tagWords.map { substitution.apply($0.text) }.filter { !$0.contains("$") }))
            }
        }
        for (target, tags) in BakeGroups.sharedTags(groups: groups, writes: writes) {
            if let index = commandOfTarget[target] { read.contexts[index].writtenAlsoBy = tags }
        }
        return read
    }

    /// Where a target's platforms come from parents that each set one platform and nothing else (`inherits =
    /// ["amd64", "arm64"]`): buildx does not merge `platforms` (`Target.Merge`: "no merge"), the last parent's replaces
    /// the others, so the target builds that one platform. Followed through the parent that gives the target its
    /// platforms when the target sets none itself; nil when it does, or when any platform is not known.
    private static func replacedPlatforms(_ target: Target, _ targets: [String: Target], visiting: Set<String> = [],
                                          known: ([ShellWord]) -> [String]) -> Replacement? {
        guard target.attributes["platforms"] == nil, visiting.count < Limits.inheritanceDepth, !visiting.contains(target.name) else { return nil }
        var setters: [(parent: Target, platforms: [String])] = []
        for name in (strings(target.attributes["inherits"]) ?? nil)?.map(\.text) ?? [] {
            guard let parent = targets[name], let attributes = resolved(parent, targets), let written = strings(attributes["platforms"]) else { continue }
            guard let words = written else { return nil }
            let platforms = known(words)
            guard platforms.count == words.count else { return nil }
            setters.append((parent, platforms))
        }
        guard let last = setters.last else { return nil }
        let distinct = Set(setters.map(\.platforms))
        // Parents that only choose a platform, each a different one, read as a union; a common parent with other
        // attributes whose platform a later parent overrides (`["_common", "_arm64"]`) is the usual, intended form.
        if setters.count > 1, setters.allSatisfy({ $0.platforms.count == 1 && Array($0.parent.attributes.keys) == ["platforms"] }),
            distinct.count == setters.count
        {
            let named = setters.map { "\"\($0.parent.name)\" (\($0.platforms[0]))" }.joined(separator: ", ")
            return Replacement(
                target: target.name,
                text: "target \"\(target.name)\" inherits platforms from \(named): bake does not merge platforms, the last parent's replaces the others, so it builds \(last.platforms[0]) only",
                word: target.label)
        }
        return replacedPlatforms(last.parent, targets, visiting: visiting.union([target.name]), known: known)
    }

    /// The target's attributes as buildx merges them: its `inherits` in order (a later parent over an earlier one,
    /// each parent resolved the same way), then the target's own. Nil when a parent is unknown (defined in another
    /// file) and the target leaves what is built to it.
    private static func resolved(_ target: Target, _ targets: [String: Target], visiting: Set<String> = []) -> [String: Value]? {
        var result: [String: Value] = [:]
        guard visiting.count < Limits.inheritanceDepth else { return nil }
        for name in (strings(target.attributes["inherits"]) ?? nil)?.map(\.text) ?? [] where !visiting.contains(name) && name != target.name {
            guard let parent = targets[name] else {
                if target.attributes["tags"] == nil || target.attributes["platforms"] == nil { return nil }
                continue
            }
            guard let inherited = resolved(parent, targets, visiting: visiting.union([target.name])) else { return nil }
            result.merge(inherited) { $1 }
        }
        result.merge(target.attributes) { $1 }
        return result
    }

    /// `split(",", PLATFORMS)` as the list it makes, from a string or a variable's default (each item placed where
    /// the string or the variable is written); any other value as it is.
    private static func splitResolved(_ value: Value, variables: [String: String]) -> Value {
        guard case .split(let separator, let argument, let range) = value, !separator.isEmpty else { return value }
        let text: String, at: Range<Int>
        switch argument {
        case .string(let written, let place) where !written.contains("${"): (text, at) = (written, place)
        case .reference(let name, let place):
            guard let known = variables[name] else { return .unknown(range) }
            (text, at) = (known, place)
        default: return .unknown(range)
        }
        return .list(text.components(separatedBy: separator).map { .string($0, at) }, range)
    }

    /// Each `output` entry as `key=value,...` text; nil when there is none.
    private static func outputs(_ value: Value?) -> [String]? {
        guard let value else { return nil }
        let items: [Value]
        if case .list(let list, _) = value { items = list } else { items = [value] }
        return items.map { item in
            switch item {
            case .string(let text, _): return text
            case .object(let members, _):
                return members.map { member in
                    if case .string(let text, _) = member.value { return "\(member.key)=\(text)" }
                    if case .literal(let text, _) = member.value { return "\(member.key)=\(text)" }
                    return member.key + "=?"
                }.joined(separator: ",")
            default: return "?"
            }
        }
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
