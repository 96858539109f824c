/// What a workflow means to do, as a JSON document the rule engine checks like any other: which references
/// are built from what, tagged, pushed, and combined into lists. `regions` says where each part stands in the
/// workflow file, by JSON pointer.
///
///     {"format": "acr-task",
///      "builds": [{"references": [{"reference", "repository", "tag", "tag-platform", "build-platform", "build-source"}],
///                  "dockerfile", "platforms", "pushed"}],
///      "tags": [{"source", "reference", "repository", "tag", "tag-platform"}],
///      "pushes": [{"reference", "repository", "tag"}],
///      "lists": [{"reference", "source", "pushed", "platforms-known",
///                 "members": [{"reference", "platform", "tag-platform", "build-platform", "build-source", "built-here"}]}],
///      "repositories": [{"name", "uses"}]}
struct WorkflowIntent {
    private(set) var document: JSONValue = .null
    private(set) var regions: [String: SourceRegion] = [:]
    private let index: TextIndex

    init(commands: [DockerCommand], format: WorkflowFormat, index: TextIndex) {
        self.index = index
        build(commands, format: format)
    }

    private mutating func note(_ pointer: String, _ word: ShellWord) {
        if regions[pointer] == nil { regions[pointer] = index.region(from: word.range.lowerBound, length: word.range.count) }
    }

    private static func platformText(_ platform: Platform) -> String {
        platform.variant.isEmpty ? platform.architecture : platform.architecture + "/" + platform.variant
    }

    private static func referenceMembers(_ reference: ImageReference) -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = [("reference", .string(reference.text)), ("repository", .string(reference.repository))]
        if let tag = reference.tag { members.append(("tag", .string(tag))) }
        if let tagged = reference.taggedPlatform { members.append(("tag-platform", .string(platformText(tagged)))) }
        return members
    }

    private mutating func build(_ commands: [DockerCommand], format: WorkflowFormat) {
        var builds: [JSONValue] = [], tags: [JSONValue] = [], pushes: [JSONValue] = []
        var lists: [(reference: ShellWord, source: String, pushed: Bool, members: [(word: ShellWord, os: String?, arch: String?, variant: String?)])] = []
        var builtReferences: Set<String> = []
        /// Every reference word in file order, for the repository list.
        var referenceWords: [ShellWord] = []
        var listPushes: Set<String> = []

        for command in commands {
            switch command {
            case .build(let tagWords, let dockerfile, let platformWords, let pushed, let anchor):
                let pointer = "/builds/\(builds.count)"
                note(pointer, anchor)
                let platforms = platformWords.compactMap { Platform(specifier: $0.text)?.normalized() }
                var buildPlatform: (platform: String, source: String)?
                if platforms.count == 1, platformWords.count == 1 {
                    buildPlatform = (Self.platformText(platforms[0]), "--platform \(platformWords[0].text)")
                } else if platformWords.isEmpty, let dockerfile, let named = TagArchitecture.platform(namedIn: dockerfile.text.lowercased()) {
                    buildPlatform = (Self.platformText(named), "-f \(dockerfile.text)")
                }
                var references: [JSONValue] = []
                for (offset, word) in tagWords.enumerated() {
                    var members = Self.referenceMembers(ImageReference(word.text))
                    if let buildPlatform {
                        members += [("build-platform", .string(buildPlatform.platform)), ("build-source", .string(buildPlatform.source))]
                    }
                    references.append(.object(members))
                    note("\(pointer)/references/\(offset)", word)
                    builtReferences.insert(word.text)
                    referenceWords.append(word)
                    if pushed { pushes.append(.object(Self.referenceMembers(ImageReference(word.text)))); note("/pushes/\(pushes.count - 1)", word) }
                }
                var members: [(key: String, value: JSONValue)] = [("references", .array(references))]
                if let dockerfile { members.append(("dockerfile", .string(dockerfile.text))) }
                members.append(("platforms", .array(platforms.map { .string($0.description) })))
                members.append(("pushed", .bool(pushed)))
                builds.append(.object(members))
                if pushed, platformWords.count > 1, let first = tagWords.first {
                    lists.append((first, "docker buildx build --platform", true, platformWords.map { word in
                        let platform = Platform(specifier: word.text)
                        return (word, platform?.os, platform?.architecture, platform?.variant)
                    }))
                }
            case .tag(let source, let target):
                var members = Self.referenceMembers(ImageReference(target.text))
                members.insert(("source", .string(source.text)), at: 0)
                tags.append(.object(members))
                note("/tags/\(tags.count - 1)", target)
                builtReferences.insert(target.text)
                referenceWords += [source, target]
            case .push(let word):
                pushes.append(.object(Self.referenceMembers(ImageReference(word.text))))
                note("/pushes/\(pushes.count - 1)", word)
                referenceWords.append(word)
            case .createList(let list, let members, let pushed, _):
                lists.append((list, pushed ? "docker buildx imagetools create" : "docker manifest create", pushed, members.map { ($0, nil, nil, nil) }))
                referenceWords.append(list)
                referenceWords += members
            case .annotate(let list, let member, let os, let architecture, let variant):
                guard let listIndex = lists.lastIndex(where: { $0.reference.text == list.text }),
                    let memberIndex = lists[listIndex].members.firstIndex(where: { $0.word.text == member.text })
                else { continue }
                let old = lists[listIndex].members[memberIndex]
                lists[listIndex].members[memberIndex] = (old.word, os?.text ?? old.os, architecture?.text ?? old.arch, variant?.text ?? old.variant)
            case .pushList(let word):
                listPushes.insert(word.text)
                referenceWords.append(word)
            }
        }

        var listValues: [JSONValue] = []
        for (listOffset, list) in lists.enumerated() {
            let pointer = "/lists/\(listOffset)"
            note(pointer, list.reference)
            var known = true
            let members = list.members.enumerated().map { memberOffset, member -> JSONValue in
                note("\(pointer)/members/\(memberOffset)", member.word)
                var fields: [(key: String, value: JSONValue)] = []
                let isImplicit = list.source == "docker buildx build --platform"
                if !isImplicit { fields = Self.referenceMembers(ImageReference(member.word.text)) }
                if let architecture = member.arch {
                    let platform = Platform(os: member.os ?? "linux", architecture: architecture, variant: member.variant ?? "").normalized()
                    fields.append(("platform", .string(platform.description)))
                    if !isImplicit {
                        fields += [("build-platform", .string(Self.platformText(platform))),
                                   ("build-source", .string("manifest annotate --arch \(architecture)"))]
                    }
                } else if let tagged = ImageReference(member.word.text).taggedPlatform {
                    fields.append(("platform", .string(Platform(os: "linux", architecture: tagged.architecture, variant: tagged.variant).description)))
                } else {
                    known = false
                }
                fields.append(("built-here", .bool(builtReferences.contains(member.word.text))))
                return .object(fields)
            }
            var fields: [(key: String, value: JSONValue)] = [
                ("reference", .string(list.reference.text)), ("source", .string(list.source)),
                ("pushed", .bool(list.pushed || listPushes.contains(list.reference.text))), ("members", .array(members)),
            ]
            if known, !list.members.isEmpty { fields.append(("platforms-known", .bool(true))) }
            listValues.append(.object(fields))
        }

        var repositories: [(name: String, uses: Int)] = []
        var repositoryIndex: [String: Int] = [:]
        for word in referenceWords {
            let name = ImageReference(word.text).repository
            if let existing = repositoryIndex[name] {
                repositories[existing].uses += 1
            } else {
                repositoryIndex[name] = repositories.count
                // The name inside the raw word (after an opening quote, say); searched within the word only.
                let start = index.find(Array(name.utf8), in: word.range) ?? word.range.lowerBound
                note("/repositories/\(repositories.count)", ShellWord(text: name, range: start..<(start + name.utf8.count)))
                repositories.append((name, 1))
            }
        }

        document = .object([
            ("format", .string(format.rawValue)), ("builds", .array(builds)), ("tags", .array(tags)), ("pushes", .array(pushes)),
            ("lists", .array(listValues)),
            ("repositories", .array(repositories.map { .object([("name", .string($0.name)), ("uses", .integer(Int64($0.uses)))]) })),
        ])
    }
}
