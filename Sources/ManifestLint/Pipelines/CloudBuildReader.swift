import Foundation
import Yams

/// Google Cloud Build (`cloudbuild.yaml`): steps that run the docker builder (`args` are docker's arguments),
/// `bash -c` scripts, `script:`, and `images:` (pushed when the steps are done). User substitutions
/// (`_NAME` under `substitutions:`) are filled in; built-in ones (`$PROJECT_ID`, `$SHORT_SHA`) stay unknown.
enum CloudBuildReader {
    static func isBuild(_ top: Node.Mapping) -> Bool {
        guard let steps = top["steps"]?.sequence, !steps.isEmpty else { return false }
        return steps.allSatisfy { step in
            guard let mapping = step.mapping, let name = mapping["name"]?.string else { return false }
            return !name.isEmpty && (mapping["args"] != nil || mapping["script"] != nil || mapping["entrypoint"] != nil)
        }
    }

    static func read(_ root: Node, reader: WorkflowReader, budget: WorkflowReader.ScriptBudget) -> PipelineRead {
        var read = PipelineRead(format: .cloudBuild)
        guard let top = root.mapping else { return read }
        var substitution = WordSubstitution()
        for (key, value) in top["substitutions"]?.mapping ?? [:] {
            if let name = key.string, let text = value.string, !text.contains("$") { substitution.variables[name] = text }
        }
        for step in top["steps"]?.sequence ?? Node.Sequence() {
            guard let mapping = step.mapping, let nameNode = mapping["name"], let name = nameNode.string else { continue }
            let arguments = mapping["args"]?.sequence?.filter { $0.string != nil }.map { JobWords.word($0, reader: reader) } ?? []
            let entrypoint = mapping["entrypoint"]?.string
            var commands: [DockerCommand] = []
            if let entrypoint, ["bash", "sh", "/bin/bash", "/bin/sh"].contains(entrypoint), let flag = arguments.firstIndex(where: { $0.text == "-c" }),
                flag + 1 < arguments.count, let scriptNode = mapping["args"]?.sequence?.filter({ $0.string != nil })[flag + 1], let script = scriptNode.string
            {
                guard budget.take(script.utf8.count) else { break }
                commands = reader.commandsIn(script, at: scriptNode)
            } else if let scriptNode = mapping["script"], let script = scriptNode.string {
                guard budget.take(script.utf8.count) else { break }
                commands = reader.commandsIn(script, at: scriptNode)
            } else if isDockerBuilder(name), entrypoint == nil || entrypoint == "docker" {
                let program = JobWords.word(nameNode, reader: reader)
                commands = DockerCommand.parse([ShellWord(text: "docker", range: program.range)] + arguments).map { [$0] } ?? []
            } else if name.contains("kaniko") || OpaqueProducers.producer(in: (mapping["entrypoint"].map { [JobWords.word($0, reader: reader)] } ?? []) + arguments) != nil {
                // A builder running `make`, another script or a program that makes images (every step has the
                // docker socket): what it builds is out of sight.
                commands = [.opaque(JobWords.word(nameNode, reader: reader))]
            }
            for command in commands { read.append(substitution.apply(command), .none) }
        }
        let built = read.commands.flatMap { command -> [String] in
            switch command {
            case .build(let tags, _, _, _, _, _, _, _): return tags.map(\.text)
            case .tag(_, let target): return [target.text]
            default: return []
            }
        }
        for image in top["images"]?.sequence ?? Node.Sequence() where image.string != nil {
            var word = JobWords.word(image, reader: reader)
            word = ShellWord(text: substitution.apply(word.text), range: word.range)
            // `gcr.io/$PROJECT_ID/app:$SHORT_SHA` is the built `gcr.io/my-project/app:$TAG` when built-in
            // substitutions are read as anything: the file cannot say otherwise.
            if let match = built.first(where: { Self.mayBeBuilt(word.text, $0) }) { word = ShellWord(text: match, range: word.range) }
            read.append(substitution.apply(.push(word)), .none)
        }
        return read
    }

    /// Whether an `images:` name, its substitutions (`$PROJECT_ID`, `${SHORT_SHA}`) read as any text without `/` or
    /// `@`, may be the built `name`.
    private static func mayBeBuilt(_ image: String, _ name: String) -> Bool {
        !ImageReference.expansions(image).isEmpty
            && ImageReference.mayEqual(pattern: image, name, wildcard: { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "@") }) == true
    }

    /// `gcr.io/cloud-builders/docker`, `docker`, `docker:24` and mirrors of the docker builder.
    private static func isDockerBuilder(_ name: String) -> Bool {
        let base = name.split(separator: "/").last.map { String($0.split(separator: ":").first ?? "") } ?? ""
        return base == "docker"
    }
}
