import Yams

/// `docker/build-push-action` steps as the build they run: `tags`, `platforms`, `push`, `file` and `outputs`
/// inputs (lists one per line or comma-separated). Tags from `docker/metadata-action` (`${{ steps.meta.outputs.tags }}`)
/// stay one variable reference, which the rules treat as unknown.
enum BuildPushAction {
    static func command(_ step: Node.Mapping, uses: String, reader: WorkflowReader) -> DockerCommand? {
        guard uses.lowercased().hasPrefix("docker/build-push-action@"), let usesNode = step["uses"] else { return nil }
        let inputs = step["with"]?.mapping
        /// An input's words, one per line or space; `list` also splits them at commas.
        func words(_ name: String) -> [ShellWord] {
            guard let node = input(inputs, name), let text = node.string else { return [] }
            return reader.words(in: text, at: node)
        }
        func list(_ name: String) -> [ShellWord] { words(name).flatMap { DockerCommand.split($0, on: ",") } }
        let start = reader.offset(of: usesNode)
        let anchor = ShellWord(text: uses, range: start..<(start + uses.utf8.count))
        // One output per line (the action reads the input so: commas are the output's own fields).
        let outputs = BuildOutput.parse(words("outputs"))
        // `push-by-digest=true`: the image is pushed by digest only, its tags written by a later step. An expression
        // (`push-by-digest=${{ github.event_name == 'push' }}`) may be true: its tags are not known to be written.
        let byDigest = outputs.contains(where: \.mayPushByDigest)
        let pushInput = input(inputs, "push")?.string?.lowercased() ?? "false"
        let pushes = pushInput != "false" || outputs.contains(where: \.pushes)
        let load = (input(inputs, "load")?.string?.lowercased() ?? "false") != "false"
        return .build(tags: byDigest ? [] : list("tags") + outputs.flatMap(\.names), dockerfile: list("file").first, platforms: list("platforms"), pushes: pushes,
                      at: anchor, buildx: true, outputs: load || !outputs.isEmpty)
    }

    /// An input of the step's `with:`; the runner matches input names without regard to case (`Platforms:` is
    /// `platforms`).
    private static func input(_ inputs: Node.Mapping?, _ name: String) -> Node? {
        inputs?.first { $0.key.string?.lowercased() == name }?.value
    }

    /// build-push-action steps of a job with a `platform:` input and no `platforms:`: the action has no input of that
    /// name (GitHub warns "Unexpected input(s) 'platform'" and runs it without), so the build is for the runner's
    /// platform. Keyed by where the step's `uses:` value starts (the build's anchor), with the ignored input's value.
    static func ignoredPlatformInputs(_ steps: Node?, reader: WorkflowReader) -> [Int: ShellWord] {
        var found: [Int: ShellWord] = [:]
        for step in steps?.sequence ?? Node.Sequence() {
            guard let mapping = step.mapping, MetadataAction.uses(mapping, "docker/build-push-action"), let usesNode = mapping["uses"],
                let inputs = mapping["with"]?.mapping, input(inputs, "platforms") == nil, let input = input(inputs, "platform"), let text = input.string
            else { continue }
            // The value as written (expressions such as `${{ matrix.platform }}` unmasked), where it stands.
            let words = reader.words(in: text, at: input)
            let start = words.first?.range.lowerBound ?? reader.offset(of: input)
            found[reader.offset(of: usesNode)] = ShellWord(text: words.map(\.text).joined(separator: " "), range: start..<(words.last?.range.upperBound ?? start))
        }
        return found
    }
}

/// Azure Pipelines' `Docker@2` task: `build`, `push` and `buildAndPush` (its default) of `repository` with each
/// of `tags` (one per line or comma-separated; `$(Build.BuildId)` when none), `Dockerfile`, and `--platform` in
/// `arguments`. Other commands (`login`, `logout`) touch no image; other versions of the task stay opaque.
enum DockerTask {
    static func commands(_ step: Node.Mapping, task: String, reader: WorkflowReader) -> [DockerCommand]? {
        guard task.hasPrefix("docker@2"), let taskNode = step["task"] else { return nil }
        let inputs = step["inputs"]?.mapping
        let command = inputs?["command"]?.string?.lowercased() ?? "buildandpush"
        guard ["build", "push", "buildandpush"].contains(command) else { return ["login", "logout"].contains(command) ? [] : nil }
        guard let repositoryNode = inputs?["repository"], let repository = JobWords.original(repositoryNode, reader: reader) else { return nil }
        let start = reader.offset(of: taskNode)
        let anchor = ShellWord(text: "docker", range: start..<(start + task.utf8.count))
        let tagWords = inputs?["tags"].map { node in reader.words(in: node.string ?? "", at: node).flatMap { DockerCommand.split($0, on: ",") } }
            ?? [ShellWord(text: "$(Build.BuildId)", range: JobWords.word(repositoryNode, reader: reader).range)]
        // The task lowercases the repository (`generateValidImageName`); tags keep their case.
        let references = tagWords.map { ShellWord(text: ImageReference.lowercasingLiterals(repository) + ":" + $0.text, range: $0.range) }
        // `arguments` reach `docker build` only with `command: build` (Microsoft's task reference: buildAndPush ignores them).
        var arguments: [ShellWord] = []
        if command == "build", let node = inputs?["arguments"], let text = node.string { arguments = reader.words(in: text, at: node) }
        let platforms = DockerCommand.parseBuild(arguments, at: anchor)
        var platformWords: [ShellWord] = []
        if case .build(_, _, let found, _, _, _, _, _) = platforms { platformWords = found }
        let dockerfile = (inputs?["Dockerfile"] ?? inputs?["dockerfile"]).map { JobWords.word($0, reader: reader) }
        // With a service connection the image is named `<its registry>/<repository>`, a registry the file does not
        // spell: what it pushes may be what another step names with the registry written out.
        let unnamedRegistry: [DockerCommand] = inputs?["containerRegistry"] != nil ? [.opaque(anchor)] : []
        switch command {
        case "push": return references.map(DockerCommand.push) + unnamedRegistry
        default:
            return [.build(tags: references, dockerfile: dockerfile, platforms: platformWords, pushes: command == "buildandpush", at: anchor)]
                + unnamedRegistry
        }
    }
}
