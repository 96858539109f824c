/// What a workflow means to do, as a JSON document the rule engine checks like any other: which references
/// are built from what, tagged, pulled, pushed, and combined into lists, and which commands may do any of that
/// without saying so. `regions` says where each part stands in the workflow file, by JSON pointer.
/// References are normalized as docker reads them (`app` is `app:latest`).
///
///     {"format": "acr-task",
///      "builds": [{"references": [{"reference", "repository", "tag", "tag-platform", "tag-os", "build-platform",
///                                  "build-os", "build-source"}],
///                  "dockerfile", "platforms", "platform-values": [{"os", "architecture"}], "pushed",
///                  "result-discarded", "unknown-goarch"}],
///      "tags": [{"source", "reference", "repository", "tag", "tag-platform"}],
///      "pulls": [{"reference", "repository", "tag"}],
///      "pushes": [{"reference", "repository", "tag", "all-tags", "run-unique", "repository-built-here", "clean-machine"}],
///      "lists": [{"reference", "source", "pushed", "platforms-known", "appends", "named-for-platform",
///                 "members": [{"reference", "platform", "annotated-platform", "tag-platform", "tag-os", "build-platform",
///                              "build-os", "build-source", "built-here", "run-unique", "may-be-pushed",
///                              "loop-misspelling"}]}],
///      "list-pushes": [{"reference", "created-here", "comparable"}],
///      "opaque": [{"command"}],                     (also builds named only by variables)
///      "unresolved-pushes": [{"reference"}],         (pushes named only by variables)
///      "uppercase-names": [{"reference", "component", "role", "read-as-host"}],  (capitals docker refuses)
///      "names": [{"name", "role", "reference"}],
///      "repositories": [{"name", "uses"}]}
struct WorkflowIntent {
    private(set) var document: JSONValue = .null
    private(set) var regions: [String: SourceRegion] = [:]
    private let index: TextIndex
    /// A build without `--platform` may not be the machine's: a build argument may choose a per-architecture base
    /// image, `DOCKER_DEFAULT_PLATFORM` names another platform, or the engine runs elsewhere (see `MachineHints`).
    private var baseImageByArgument: Bool { hints.namesArchitectureImages || hints.buildsElsewhere }
    /// What the file's text says about the machine (read once).
    private let hints: MachineHints

    init(_ read: PipelineRead, index: TextIndex) {
        self.index = index
        // With an emulator registered (QEMU, binfmt), a build without --platform may run a foreign base image
        // and hold its architecture: the runner's architecture is no longer a claim about the image.
        hints = MachineHints(index.bytes)
        let emulated = hints.emulated
        build(read.commands, contexts: emulated ? read.contexts.map { var context = $0; context.runner = nil; return context } : read.contexts,
              format: read.format, makefile: read.isMakefile)
        JobGraph(read, index: index, hints: hints).addFacts(to: &document, regions: &regions)
    }

    private mutating func note(_ pointer: String, _ word: ShellWord) {
        if regions[pointer] == nil { regions[pointer] = index.region(from: word.range.lowerBound, length: word.range.count) }
    }

    /// Whether a push spelt with variables may push `member`: a name that is one expression
    /// (`${{ format('ghcr.io/{0}:{1}', …) }}`) may be any name, one too long to compare may be it too.
    /// A push spelt with a loop's variable (`$arch` in `for arch in amd64 arm64`) spells only the loop's values.
    private static func mayBe(_ push: String, _ member: String, loops: LoopValues) -> Bool {
        if ImageReference.isOnlyExpansions(push) { return true }
        guard let spellings = loops.spellings(of: push, against: member) else { return ImageReference.mayEqual(pattern: push, member) ?? true }
        return spellings.contains { ImageReference.mayEqual(pattern: $0, member) ?? true }
    }

    private static func platformText(_ platform: Platform) -> String {
        platform.variant.isEmpty ? platform.architecture : platform.architecture + "/" + platform.variant
    }

    private static func referenceMembers(_ reference: ImageReference) -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = [("reference", .string(reference.normalized)), ("repository", .string(reference.repository))]
        if let tag = reference.tag { members.append(("tag", .string(tag))) }
        if let tagged = reference.taggedPlatform { members.append(("tag-platform", .string(platformText(tagged)))) }
        if let os = reference.tag.flatMap(TagArchitecture.os(namedIn:)) { members.append(("tag-os", .string(os))) }
        return members
    }

    /// A use of a repository name, for the typo check: where it is and what the file does with the reference.
    private struct NameUse {
        let word: ShellWord
        let role: String
        let reference: String
    }

    /// A list being assembled: its members with the platform `manifest annotate` gave them.
    private struct ListDraft {
        let reference: ShellWord
        let source: String
        let pushed: Bool
        let job: String?
        /// The members are added to what the tag already holds (`--append`): the list's platforms are not all known.
        var appends = false
        var members: [(word: ShellWord, os: String?, arch: String?, variant: String?)]
        /// Where a member's platform is written (`manifest annotate --arch`, a spec's `architecture:`), by member
        /// index: findings on the annotated platform point there, not at the member's name.
        var annotations: [Int: ShellWord] = [:]
        /// The members' names as docker reads them (`ImageReference.normalized`), for `manifest annotate`.
        var memberNames: [String] = []
    }

    private mutating func build(_ commands: [DockerCommand], contexts: [CommandContext], format: WorkflowFormat, makefile: Bool) {
        var builds: [JSONValue] = [], tags: [JSONValue] = [], pulls: [JSONValue] = [], opaque: [JSONValue] = []
        var pushes: [(value: [(key: String, value: JSONValue)], word: ShellWord)] = []
        var allTagPushes: [ShellWord] = []
        /// References `docker push` names (not builds that push themselves).
        var pushCommands: [ShellWord] = []
        var lists: [ListDraft] = []
        var builtReferences: Set<String> = [], builtRepositories: [String: Set<String>] = [:]
        var uses: [NameUse] = []
        var listPushes: Set<String> = []
        var listPushWords: [ShellWord] = []
        /// Multi-platform buildx builds with nothing kept: their tags, and where the build is.
        var discarded: [(build: Int, tags: Set<String>, at: Int)] = []
        var loops: [LoopValues.Loop] = []
        /// References the file pulls: they are in the registry.
        var pulledReferences: Set<String> = []
        /// The last list `manifest create` (or `imagetools create`) made under each name, which `manifest annotate` edits.
        var annotatable: [String: Int] = [:]

        /// Builders made on this machine (`buildx create --name`), and per job the builder `buildx use` made current
        /// when it is not this machine's.
        var createdBuilders: Set<String> = ["default", "desktop-linux"]
        var currentBuilder: [String: String] = [:]
        /// Per job, whether the current builder is one this file creates (`buildx create`, setup-buildx-action): its
        /// BuildKit runs in a container and keeps a build in its cache only, not in the engine's image store.
        var containerBuilderInUse: [String: Bool] = [:]
        func isCreatedHere(_ word: ShellWord?) -> Bool {
            guard let name = word.map({ ImageReference.withoutNeedlessBraces($0.text) }) else { return false }
            return createdBuilders.contains(name) && !["default", "desktop-linux"].contains(name)
        }
        /// The builder a name selects when it may run on another machine: not `default`, not one this file creates,
        /// not a CI expression (`${{ steps.buildx.outputs.name }}`, a builder setup-buildx-action made here).
        func otherBuilder(_ word: ShellWord) -> String? {
            let name = ImageReference.withoutNeedlessBraces(word.text)
            return name.isEmpty || name.hasPrefix("${{") || createdBuilders.contains(name) ? nil : name
        }

        func produced(_ word: ShellWord) {
            let reference = ImageReference(word.text)
            builtReferences.insert(reference.normalized)
            builtRepositories[reference.repository, default: []].insert(reference.normalized)
        }

        for (commandIndex, command) in commands.enumerated() {
            let context = contexts.indices.contains(commandIndex) ? contexts[commandIndex] : .none
            let job: [(key: String, value: JSONValue)] = context.job.map { [("job", .string($0))] } ?? []
            switch command {
            case .build(let tagWords, let dockerfile, let platformWords, let pushed, let anchor, let buildx, let outputs, let builder):
                let pointer = "/builds/\(builds.count)"
                // `--builder NAME`, or the builder `buildx use` made current: a build there without --platform holds
                // that builder's platform, which the runner does not say (tiiuae/ntrip_client's `remote-builder`).
                let builderElsewhere = builder.map(otherBuilder) ?? currentBuilder[context.job ?? ""]
                note(pointer, anchor)
                // `--platform linux/$ARCH`, `linux/{{ .Arch }}`, an unexpanded `${{ matrix.platform }}`, or pieces of
                // an expression (`${{ inputs.platforms || 'linux/amd64,linux/arm64' }}` split at its comma): not known.
                let platformsUnknown = platformWords.contains { word in
                    !ImageReference.expansions(word.text).isEmpty || !word.text.utf8.allSatisfy({ ImageReference.isPlainByte($0) || $0 == UInt8(ascii: "/") })
                }
                let platforms = platformsUnknown ? [] : platformWords.compactMap { Platform(specifier: $0.text)?.normalized() }
                var buildPlatform: (platform: Platform, source: String)?
                if platforms.count == 1, platformWords.count == 1 {
                    buildPlatform = (platforms[0], "--platform \(platformWords[0].text)")
                } else if platformWords.isEmpty, let dockerfile, let named = TagArchitecture.platform(namedIn: dockerfile.text.lowercased()) {
                    buildPlatform = (named, "-f \(dockerfile.text)")
                } else if platformWords.isEmpty, !baseImageByArgument, builderElsewhere == nil, let runner = context.runner {
                    // No --platform: the image is the machine's.
                    buildPlatform = (runner.platform, runner.source)
                }
                var references: [JSONValue] = []
                for (offset, word) in tagWords.enumerated() {
                    var members = Self.referenceMembers(ImageReference(word.text))
                    if let buildPlatform {
                        members += [("build-platform", .string(Self.platformText(buildPlatform.platform))), ("build-source", .string(buildPlatform.source))]
                        if !buildPlatform.platform.os.isEmpty { members.append(("build-os", .string(buildPlatform.platform.os))) }
                    }
                    references.append(.object(members))
                    note("\(pointer)/references/\(offset)", word)
                    produced(word)
                    uses.append(NameUse(word: word, role: "built", reference: ImageReference(word.text).normalized))
                    if pushed {
                        let sharer: [(key: String, value: JSONValue)] = context.writtenAlsoBy[word.text].map { [("written-with", .string($0))] } ?? []
                        pushes.append((Self.referenceMembers(ImageReference(word.text)) + job + sharer, word))
                        uses.append(NameUse(word: word, role: "pushed", reference: ImageReference(word.text).normalized))
                    }
                }
                var members: [(key: String, value: JSONValue)] = [("references", .array(references))]
                if let dockerfile { members.append(("dockerfile", .string(dockerfile.text))) }
                members.append(("platforms", .array(platforms.map { .string($0.description) })))
                // Each `--platform` value as written, for unknown-build-platform: an OS or architecture Go does not
                // have (`linx/s390x`) matches no base image or client. Not a bake template's, which its children replace.
                if !platformsUnknown, !context.platformsOfTemplate {
                    var written: [JSONValue] = []
                    for word in platformWords {
                        guard let platform = Platform(specifier: word.text) else { continue }
                        note("\(pointer)/platform-values/\(written.count)", word)
                        written.append(.object([("os", .string(platform.os)), ("architecture", .string(platform.architecture))]))
                    }
                    members.append(("platform-values", .array(written)))
                }
                members.append(("pushed", .bool(pushed)))
                if platformsUnknown || (platformWords.isEmpty && buildPlatform == nil && baseImageByArgument) {
                    members.append(("platforms-unknown", .bool(true)))
                }
                members += job
                if let binary = context.binary {
                    members += [("binary-platform", .string(binary.platform.description)), ("binary-source", .string(binary.source))]
                }
                if let goarch = context.unknownGoarch {
                    members.append(("unknown-goarch", .string(goarch.text)))
                    note("\(pointer)/unknown-goarch", goarch)
                }
                if let ignored = context.ignoredPlatformInput {
                    members.append(("ignored-platform-input", .string(ignored.text)))
                    note("\(pointer)/ignored-platform-input", ignored)
                }
                if let replaced = context.replacedPlatforms {
                    members.append(("platforms-replaced", .string(replaced.text)))
                    note("\(pointer)/platforms-replaced", replaced.word)
                }
                if platformWords.isEmpty, buildPlatform == nil, !baseImageByArgument {
                    members.append(("machine-platform", .bool(true)))
                    if let builderElsewhere { members.append(("builder", .string(builderElsewhere))) }
                }
                builds.append(.object(members))
                // Only on a builder the file creates: with the engine's own builder, the containerd image store (the
                // default of current Docker Desktop and Engine installs) keeps a multi-platform build, and the file
                // does not say which store the machine has (set 35: developer scripts).
                let onContainerBuilder = builder.map(isCreatedHere) ?? containerBuilderInUse[context.job ?? ""] ?? false
                if buildx, platformWords.count > 1, !pushed, !outputs, !hints.containerdImageStore, onContainerBuilder {
                    discarded.append((builds.count - 1, Set(tagWords.map { ImageReference($0.text).normalized }), anchor.range.lowerBound))
                }
                // A multi-platform build that pushes makes one list per tag.
                if pushed, platformWords.count > 1 {
                    for tag in tagWords {
                        lists.append(ListDraft(reference: tag, source: "docker buildx build --platform", pushed: true, job: context.job, members: platformWords.map { word in
                            let platform = platformsUnknown ? nil : Platform(specifier: word.text)
                            return (word, platform?.os, platform?.architecture, platform?.variant)
                        }))
                    }
                }
            case .tag(let source, let target):
                var members = Self.referenceMembers(ImageReference(target.text))
                members.insert(("source", .string(ImageReference(source.text).normalized)), at: 0)
                tags.append(.object(members))
                note("/tags/\(tags.count - 1)", target)
                note("/tags/\(tags.count - 1)/source", source)
                produced(target)
                uses.append(NameUse(word: source, role: "tag-source", reference: ImageReference(source.text).normalized))
                uses.append(NameUse(word: target, role: "tagged", reference: ImageReference(target.text).normalized))
            case .pull(let word):
                pulls.append(.object(Self.referenceMembers(ImageReference(word.text))))
                pulledReferences.insert(ImageReference(word.text).normalized)
                note("/pulls/\(pulls.count - 1)", word)
                produced(word)
                uses.append(NameUse(word: word, role: "pulled", reference: ImageReference(word.text).normalized))
            case .push(let word):
                pushes.append((Self.referenceMembers(ImageReference(word.text)) + job, word))
                pushCommands.append(word)
                uses.append(NameUse(word: word, role: "pushed", reference: ImageReference(word.text).normalized))
            case .pushAllTags(let word):
                allTagPushes.append(word)
                uses.append(NameUse(word: word, role: "pushed-all", reference: word.text))
            case .opaque(let word):
                opaque.append(.object([("command", .string(word.text))]))
                note("/opaque/\(opaque.count - 1)", word)
            case .createList(let list, let members, let pushed, _, let appends):
                let source = format == .manifestTool ? "manifest-tool" : format == .goreleaser ? "docker_manifests" : pushed ? "docker buildx imagetools create" : "docker manifest create"
                lists.append(ListDraft(reference: list, source: source, pushed: pushed, job: context.job,
                                       members: members.map { ($0, nil, nil, nil) }))
                lists[lists.count - 1].appends = appends
                lists[lists.count - 1].memberNames = members.map { ImageReference($0.text).normalized }
                annotatable[ImageReference(list.text).normalized] = lists.count - 1
                uses.append(NameUse(word: list, role: "list", reference: ImageReference(list.text).normalized))
                uses += members.map { NameUse(word: $0, role: "listed", reference: ImageReference($0.text).normalized) }
            case .annotate(let list, let member, let os, let architecture, let variant):
                // A name listed twice (one arm image as arm/v7 and as arm/v6) takes its annotations in order.
                // Compared as docker reads them: `${IMAGE}:1-arm` annotates the member written `$IMAGE:1-arm`.
                let memberName = ImageReference(member.text).normalized
                guard let listIndex = annotatable[ImageReference(list.text).normalized],
                    let memberIndex = lists[listIndex].members.indices.first(where: { lists[listIndex].memberNames[$0] == memberName && lists[listIndex].members[$0].arch == nil })
                        ?? lists[listIndex].memberNames.lastIndex(of: memberName)
                else { continue }
                let old = lists[listIndex].members[memberIndex]
                lists[listIndex].members[memberIndex] = (old.word, os?.text ?? old.os, architecture?.text ?? old.arch, variant?.text ?? old.variant)
                if let written = architecture ?? variant ?? os { lists[listIndex].annotations[memberIndex] = written }
            case .loop(let variable, let values):
                loops.append(LoopValues.Loop(variable: variable, values: values))
            case .builder(let name, let creates, let uses):
                if creates, let name { createdBuilders.insert(ImageReference.withoutNeedlessBraces(name.text)) }
                if uses {
                    currentBuilder[context.job ?? ""] = name.flatMap(otherBuilder)
                    containerBuilderInUse[context.job ?? ""] = creates || isCreatedHere(name)
                }
            case .pushList(let word):
                listPushes.insert(ImageReference(word.text).normalized)
                listPushWords.append(word)
                uses.append(NameUse(word: word, role: "list-pushed", reference: ImageReference(word.text).normalized))
            }
        }

        // Sources whose repository is only variables (`$IMAGE_NAME:$TAG`, `$IMAGE`).
        let variableSources = uses.filter { use in
            let parsed = ImageReference(use.word.text)
            return ["built", "tagged", "pulled"].contains(use.role) && ImageReference.isOnlyExpansions(parsed.repository)
        }
        // `docker push --all-tags REPO` pushes every tag of REPO the file made.
        var pushValues: [JSONValue] = []
        for (members, word) in pushes {
            var fields = members
            let reference = fields.first { $0.key == "reference" }?.value.stringValue ?? word.text
            let parsed = ImageReference(word.text)
            if RunUnique.contains(reference) { fields.append(("run-unique", .bool(true))) }
            if parsed.isWhollyVariable { fields.append(("named-by-variables", .bool(true))) }
            // A source whose repository is a variable (`$IMAGE_NAME:$TAG`) may be this push under another spelling.
            if let tag = parsed.tag, let source = variableSources.first(where: { ImageReference($0.word.text).tag == tag }) {
                fields.append(("maybe-built-as", .string(source.word.text)))
            }
            // CI jobs and ACR tasks start on a clean machine: an image there comes from a step of the file.
            if format != .shell { fields.append(("clean-machine", .bool(true))) }
            if builtRepositories[parsed.repository].map({ !$0.subtracting([reference]).isEmpty }) == true {
                fields.append(("repository-built-here", .bool(true)))
            }
            note("/pushes/\(pushValues.count)", word)
            pushValues.append(.object(fields))
        }
        for word in allTagPushes {
            let repository = ImageReference(word.text).repository
            note("/pushes/\(pushValues.count)", word)
            pushValues.append(.object([("reference", .string(word.text)), ("repository", .string(repository)), ("all-tags", .bool(true))]))
            for reference in (builtRepositories[repository] ?? []).sorted() {
                note("/pushes/\(pushValues.count)", word)
                pushValues.append(.object(Self.referenceMembers(ImageReference(reference)) + [("all-tags", .bool(true))]))
            }
        }
        // A discarded multi-platform build matters when a later `docker push` or list still expects its image (a
        // later build with --push makes its own). In a Makefile, only a command make may run after the build's.
        let expecting = (pushCommands + lists.filter { $0.source != "docker buildx build --platform" }.flatMap { $0.members.map(\.word) })
            .map { (reference: ImageReference($0.text).normalized, at: $0.range.lowerBound) }
        let rules = makefile && !discarded.isEmpty ? MakefileRules(index.bytes) : nil
        let expectedAnywhere = rules == nil ? Set(expecting.map(\.reference)) : []
        for (buildIndex, buildTags, at) in discarded {
            let lost = buildTags.sorted().first { tag in
                guard let rules else { return expectedAnywhere.contains(tag) }
                return expecting.contains { $0.reference == tag && rules.mayRun($0.at, after: at) }
            }
            guard let lost, case .object(var members) = builds[buildIndex] else { continue }
            members.append(("result-discarded", .string(lost)))
            builds[buildIndex] = .object(members)
        }

        // Pushes spelt with variables (`${image}:$SHA-$arch` in a loop): a member they can spell may be pushed.
        let pushedTexts = pushes.map { ImageReference($0.word.text).normalized }
        let variablePushes = Array(Set(pushedTexts.filter { !ImageReference.expansions($0).isEmpty }))
        let exactPushes = Set(pushedTexts)
        let memberCount = lists.reduce(0) { $0 + $1.members.count }
        let comparePushes = memberCount * variablePushes.count <= Limits.variablePushComparisons
        let loopValues = LoopValues(loops, bytes: index.bytes, makefile: makefile)
        // Builds spelt with loop variables, compared with each member within the same bound as variable pushes.
        var loopBuilds = loopValues.bindings.isEmpty ? [] : builtReferences.filter { !ImageReference.expansions($0).isEmpty }.sorted()
        if memberCount * loopBuilds.count > Limits.variablePushComparisons { loopBuilds = [] }
        // Names a step of the file makes: built, tagged, pulled, or a list it creates (`imagetools create -t` copies an
        // image too): a member named so is no typo.
        let madeHere = builtReferences.union(lists.map { ImageReference($0.reference.text).normalized })
        // Lists the file pushes (`manifest push`, `imagetools create -t`): a later list made from one (a promotion to
        // `:latest`) reads it from the registry.
        let pushedLists = listPushes.union(lists.filter(\.pushed).map { ImageReference($0.reference.text).normalized })
        var listValues: [JSONValue] = []
        for (listOffset, list) in lists.enumerated() {
            let pointer = "/lists/\(listOffset)"
            note(pointer, list.reference)
            var known = true
            let isImplicit = list.source == "docker buildx build --platform"
            let members = list.members.enumerated().map { memberOffset, member -> JSONValue in
                note("\(pointer)/members/\(memberOffset)", member.word)
                let reference = ImageReference(member.word.text)
                var fields: [(key: String, value: JSONValue)] = isImplicit ? [] : Self.referenceMembers(reference)
                let taggedOS = reference.tag.flatMap(TagArchitecture.os(namedIn:))
                if let architecture = member.arch {
                    let written = Platform(os: member.os ?? taggedOS ?? "linux", architecture: architecture, variant: member.variant ?? "")
                    let platform = written.normalized()
                    fields.append(("platform", .string(platform.description)))
                    fields.append(("os", .string(platform.os)))
                    if !isImplicit {
                        if let annotation = list.annotations[memberOffset] { note("\(pointer)/members/\(memberOffset)/annotated-platform", annotation) }
                        fields += [("annotated-platform", .string(written.description)),
                                   ("build-platform", .string(Self.platformText(platform))),
                                   ("build-source", .string(list.source == "manifest-tool"
                                        ? "its spec's architecture: \(architecture)" : "manifest annotate --arch \(architecture)"))]
                        if member.os != nil { fields.append(("build-os", .string(platform.os))) }
                    }
                } else if let tagged = reference.taggedPlatform, tagged.architecture != "arm" || !tagged.variant.isEmpty {
                    // (A tag that names arm without its variant, `-armhf`, `-armel`, `-arm`, leaves the member's
                    // platform unknown: arm/v6 and arm/v7 are different members.)
                    fields.append(("platform", .string(Platform(os: taggedOS ?? "linux", architecture: tagged.architecture, variant: tagged.variant).description)))
                    fields.append(("os", .string(taggedOS ?? "linux")))
                } else {
                    known = false
                }
                // Built here: by its own name, or by a build spelt with loop variables that spells it
                // (`-t app:$SHA-$arch` in `for arch in amd64 arm64`).
                let builtHere = builtReferences.contains(reference.normalized) || !isImplicit && loopBuilds.contains { build in
                    loopValues.spellings(of: build, against: reference.normalized)?.contains(reference.normalized) ?? false
                }
                fields.append(("built-here", .bool(builtHere)))
                if reference.isWhollyVariable { fields.append(("named-by-variables", .bool(true))) }
                // A member the file pulls, or a list it pushes, is in the registry, where the list is made from (a
                // manifest job that pulls the images it combines, a promotion); one a push spelt with variables can
                // spell may be there.
                if !isImplicit, !exactPushes.contains(reference.normalized),
                    pulledReferences.contains(reference.normalized) || pushedLists.contains(reference.normalized) || !variablePushes.isEmpty
                        && (!comparePushes || variablePushes.contains(where: { Self.mayBe($0, reference.normalized, loops: loopValues) }))
                {
                    fields.append(("may-be-pushed", .bool(true)))
                } else if !isImplicit, !exactPushes.contains(reference.normalized), !madeHere.contains(reference.normalized), comparePushes,
                    let typo = variablePushes.sorted().lazy.compactMap({ push in
                        loopValues.misspelling(of: push, in: reference.normalized).map { (found: $0, push: push) } }).first
                {
                    let line = index.position(ofOffset: typo.found.loop.range.lowerBound).line
                    let values = typo.found.values.joined(separator: ", ")
                    fields.append(("loop-misspelling", .string("\(reference.normalized), which no step of this file pushes: the loop at line \(line) pushes \(typo.push) for \(values) only, "
                        + "not \(typo.found.value) (a typo of \(typo.found.expected)?)")))
                }
                if !isImplicit, RunUnique.contains(member.word.text) { fields.append(("run-unique", .bool(true))) }
                return .object(fields)
            }
            let reference = ImageReference(list.reference.text).normalized
            var fields: [(key: String, value: JSONValue)] = [
                ("reference", .string(reference)), ("source", .string(list.source)),
                ("pushed", .bool(list.pushed || listPushes.contains(reference))), ("members", .array(members)),
            ]
            if let job = list.job { fields.append(("job", .string(job))) }
            if known, !list.appends, !list.members.isEmpty { fields.append(("platforms-known", .bool(true))) }
            if list.appends { fields.append(("appends", .bool(true))) }
            if let named = ImageReference(list.reference.text).taggedPlatform {
                fields.append(("named-for-platform", .string(named.description)))
            }
            listValues.append(.object(fields))
        }

        // `docker manifest push` of a list: made here or not. Comparable when the pushed name uses no expansion the
        // created names do not (`:$(echo $TAG | sed …)` may well equal `:$DH_TAG`).
        let createdLists = lists.filter { $0.source == "docker manifest create" }.map { ImageReference($0.reference.text).normalized }
        let createdExpansions = Set(createdLists.flatMap(ImageReference.expansions))
        var listPushValues: [JSONValue] = []
        for word in listPushWords {
            let reference = ImageReference(word.text).normalized
            note("/list-pushes/\(listPushValues.count)", word)
            listPushValues.append(.object([
                ("reference", .string(reference)), ("created-here", .bool(createdLists.contains(reference))),
                ("comparable", .bool(!createdLists.isEmpty && Set(ImageReference.expansions(reference)).isSubset(of: createdExpansions))),
            ]))
        }

        var repositories: [(name: String, uses: Int)] = []
        var repositoryIndex: [String: Int] = [:]
        var names: [JSONValue] = []
        for use in uses {
            let name = ImageReference(use.word.text).repository
            // The name inside the raw word (after an opening quote, say); searched within the word only.
            let start = index.find(Array(name.utf8), in: use.word.range) ?? use.word.range.lowerBound
            let nameWord = ShellWord(text: name, range: start..<(start + name.utf8.count))
            note("/names/\(names.count)", nameWord)
            names.append(.object([("name", .string(name)), ("role", .string(use.role)), ("reference", .string(use.reference))]))
            if let existing = repositoryIndex[name] {
                repositories[existing].uses += 1
            } else {
                repositoryIndex[name] = repositories.count
                note("/repositories/\(repositories.count)", nameWord)
                repositories.append((name, 1))
            }
        }

        // References that are one variable, tag and all (`docker build -t "$IMAGE"`): such a build may make any
        // pushed image, and such a push may push any member, so the provenance rules stand down.
        if let unresolved = variableSources.first(where: { ImageReference($0.word.text).isWhollyVariable }) {
            note("/opaque/\(opaque.count)", unresolved.word)
            opaque.append(.object([("command", .string("an image named only by variables: \(unresolved.word.text)"))]))
        }
        var unresolvedPushes: [JSONValue] = []
        for use in uses where use.role == "pushed" || use.role == "pushed-all" {
            guard ImageReference(use.word.text).isWhollyVariable else { continue }
            note("/unresolved-pushes/\(unresolvedPushes.count)", use.word)
            unresolvedPushes.append(.object([("reference", .string(use.word.text))]))
        }

        // Names with capitals written out where they are used, each repository once, at its first use. Only text the
        // file spells there counts: a value filled in from a variable, a matrix or a step that lowercases it
        // (`docker/metadata-action`) is not the text at that place.
        var uppercaseNames: [JSONValue] = []
        var reportedRepositories: Set<String> = []
        for use in uses where use.role != "pushed-all" {
            let reference = ImageReference(use.word.text)
            guard let (component, readAsHost) = reference.uppercase, !reportedRepositories.contains(reference.repository),
                let start = index.find(Array(component.utf8), in: use.word.range)
            else { continue }
            reportedRepositories.insert(reference.repository)
            note("/uppercase-names/\(uppercaseNames.count)", ShellWord(text: component, range: start..<(start + component.utf8.count)))
            uppercaseNames.append(.object([
                ("reference", .string(use.word.text)), ("component", .string(component)), ("role", .string(use.role)),
                ("read-as-host", .bool(readAsHost)),
            ]))
        }

        document = .object([
            ("format", .string(format.rawValue)), ("builds", .array(builds)), ("tags", .array(tags)), ("pulls", .array(pulls)),
            ("pushes", .array(pushValues)), ("lists", .array(listValues)), ("list-pushes", .array(listPushValues)), ("opaque", .array(opaque)),
            ("unresolved-pushes", .array(unresolvedPushes)), ("uppercase-names", .array(uppercaseNames)),
            ("names", .array(names)),
            ("repositories", .array(repositories.map { .object([("name", .string($0.name)), ("uses", .integer(Int64($0.uses)))]) })),
        ])
    }
}
