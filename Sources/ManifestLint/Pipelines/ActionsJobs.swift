import Yams

/// A GitHub Actions workflow as jobs: `needs:`, `if:`, `strategy.matrix` instances (values filled into the
/// commands), the runner each instance runs on (`runs-on`), and a reusable workflow call as an opaque job.
enum ActionsJobs {
    /// Nil when the file has no `jobs:` mapping (a composite action, another CI system).
    static func read(_ root: Node, reader: WorkflowReader, budget: WorkflowReader.ScriptBudget) -> PipelineRead? {
        guard let top = root.mapping, let jobs = top["jobs"]?.mapping, !jobs.isEmpty,
            jobs.values.allSatisfy({ $0.mapping?["steps"] != nil || $0.mapping?["uses"] != nil || $0.mapping?["runs-on"] != nil })
        else { return nil }
        var read = PipelineRead(format: .ciYAML)
        read.graph = "github-actions"
        guard jobs.count <= Limits.pipelineJobs else { return nil }
        let names = Set(jobs.keys.compactMap(\.string))
        let workflowShell = top["defaults"]?.mapping?["run"]?.mapping?["shell"]?.string?.lowercased()
        // Names a step's own `env:` or a script sets are not known from `env:`.
        let changed = stepEnvironmentNames(jobs).union(WordSubstitution.assignedNames(in: reader.index.bytes))
        let workflowEnvironment = environment(top["env"], reader: reader, changed: changed)
        let releaseTags = MetadataAction.releaseTagPushes(top)
        let tagPush = releaseTags != nil
        let rewriters = tagPush ? MetadataAction.latestRewriters(jobs) : []
        let waitedForByRewriter = tagPush ? Self.waitedFor(by: rewriters, jobs: jobs, reader: reader) : []
        for (key, value) in jobs {
            guard let name = key.string, let job = value.mapping else { continue }
            let anchor = JobWords.word(key, reader: reader)
            let needs = JobWords.names(job["needs"], reader: reader).map { (name: $0.text, word: $0, exists: names.contains($0.text)) }
            // A condition on a matrix value of a step that writes images (`if: matrix.go == '1.23'` on a docker step,
            // a build-push-action `push: ${{ matrix.version == inputs.latest }}`) runs that write in some instances
            // only: the instances then do not write alike, so each gets its own condition. Conditions of other
            // steps (a coverage upload on one instance) leave the instances alike.
            let stepsOnMatrix = (job["steps"]?.sequence ?? Node.Sequence()).contains { step in
                guard let step = step.mapping, Self.writesImages(step, reader: reader) else { return false }
                return Self.written(step["if"], reader: reader).contains("matrix.")
                    || Self.written(step["with"]?.mapping?["push"], reader: reader).contains("matrix.")
            }
            let condition = Self.conditionText(Self.written(job["if"], reader: reader))
            let matrixNode = job["strategy"]?.mapping?["matrix"]
            var commands = reader.scriptCommands(value, defaultShell: workflowShell, budget: budget)
            // The `latest` a metadata step adds on a tag push, to the builds that push its tags.
            if let releaseTags, !waitedForByRewriter.contains(name), !MetadataAction.mayExcludeTags(Self.written(job["if"], reader: reader)),
                let steps = job["steps"]?.sequence
            {
                let latest = MetadataAction.latestOnTagPush(steps, releaseTags: releaseTags, reader: reader)
                if !latest.isEmpty { commands = commands.map { MetadataAction.addingLatest($0, latest) } }
            }
            if let uses = job["uses"] {
                commands.append(.opaque(JobWords.word(uses, reader: reader)))
            }
            let ignoredPlatformInputs = BuildPushAction.ignoredPlatformInputs(job["steps"], reader: reader)
            let instances = matrixNode.flatMap(MatrixExpansion.github).flatMap { found in
                found.count * max(commands.count, 1) + read.jobs.count + read.commands.count <= Limits.pipelineCommands ? found : nil
            }
            var jobSubstitution = WordSubstitution()
            for (name, value) in workflowEnvironment.merging(environment(job["env"], reader: reader, changed: changed), uniquingKeysWith: { $1 }) {
                jobSubstitution.expressions["env." + name] = value
                jobSubstitution.variables[name] = value
            }
            for instance in instances ?? [[]] {
                var substitution = jobSubstitution
                for pair in instance { substitution.expressions["matrix." + pair.key] = pair.value }
                let id = MatrixExpansion.instanceName(name, instance)
                let runner = runnerClaim(job["runs-on"], substitution, reader: reader)
                var pipelineJob = PipelineJob(id: id, name: name, needs: needs, anchor: anchor)
                pipelineJob.condition = stepsOnMatrix ? condition + "\n" + id : condition
                pipelineJob.runner = runner
                pipelineJob.matrixUnknown = matrixNode != nil && instances == nil
                read.jobs.append(pipelineJob)
                for command in commands {
                    var context = CommandContext(job: id, runner: runner)
                    if case .build(_, _, _, _, let anchor, _, _, _) = command { context.ignoredPlatformInput = ignoredPlatformInputs[anchor.range.lowerBound] }
                    read.append(substitution.apply(command), context)
                }
            }
        }
        return read
    }

    /// The jobs that some job of `later` waits for, directly or through others.
    private static func waitedFor(by later: Set<String>, jobs: Node.Mapping, reader: WorkflowReader) -> Set<String> {
        var needs: [String: [String]] = [:]
        for (key, value) in jobs {
            guard let name = key.string else { continue }
            needs[name] = JobWords.names(value.mapping?["needs"], reader: reader).map(\.text)
        }
        var found: Set<String> = []
        var pending = Array(later)
        while let job = pending.popLast() {
            for need in needs[job] ?? [] where found.insert(need).inserted { pending.append(need) }
        }
        return found
    }

    /// A value as written (`${{ }}` expressions are masked in the parsed values).
    private static func written(_ node: Node?, reader: WorkflowReader) -> String {
        node.flatMap { JobWords.original($0, reader: reader) } ?? ""
    }

    /// A job's `if:` to compare with another's: `${{ x }}` is `x`, and spacing does not matter (so two conditions
    /// that differ only by spaces inside a quoted string compare equal, which only keeps a comparison).
    static func conditionText(_ written: String) -> String {
        var text = written.filter { !$0.isWhitespace }
        if text.hasPrefix("${{"), text.hasSuffix("}}") { text = String(text.dropFirst(3).dropLast(2)) }
        return text
    }

    /// A step that may build or push images: `docker/build-push-action`, or a `run:` that runs docker, buildx, podman
    /// or a manifest tool.
    private static func writesImages(_ step: Node.Mapping, reader: WorkflowReader) -> Bool {
        if step["uses"] != nil { return MetadataAction.uses(step, "docker/build-push-action") }
        let run = written(step["run"], reader: reader)
        return ["docker", "buildx", "podman", "buildah", "manifest-tool", "crane", "skopeo", "regctl"].contains(where: run.contains)
    }

    /// `env:` values as written (templates restored), except names the file sets anywhere else (`changed`).
    private static func environment(_ node: Node?, reader: WorkflowReader, changed: Set<String>) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in node?.mapping ?? [:] {
            guard let name = key.string, !changed.contains(name), let written = JobWords.original(value, reader: reader) else { continue }
            result[name] = written
        }
        return result
    }

    /// Names set by the `env:` of some step.
    private static func stepEnvironmentNames(_ jobs: Node.Mapping) -> Set<String> {
        var names: Set<String> = []
        for job in jobs.values {
            for step in job.mapping?["steps"]?.sequence ?? Node.Sequence() {
                guard let environment = step.mapping?["env"]?.mapping else { continue }
                for key in environment.keys { if let name = key.string { names.insert(name) } }
            }
        }
        return names
    }

    /// `runs-on: ubuntu-24.04-arm`, `[ubuntu-latest]`, `${{ matrix.runner }}` once filled in, `{labels: ...}`.
    private static func runnerClaim(_ node: Node?, _ substitution: WordSubstitution, reader: WorkflowReader) -> PlatformClaim? {
        guard let node else { return nil }
        let nodes = node.string != nil ? [node] : (node.sequence.map(Array.init) ?? node.mapping?["labels"].map { $0.sequence.map(Array.init) ?? [$0] } ?? [])
        let labels = nodes.compactMap { JobWords.original($0, reader: reader) }.map(substitution.apply)
        return RunnerLabels.platform(of: labels).map { PlatformClaim(platform: $0, source: "runs-on: \(labels.joined(separator: ", "))") }
    }
}

/// Words of job files located where they stand: job names, `needs:` entries.
enum JobWords {
    /// A scalar as one word: its text as the file spells it (templates restored), its range inside any quotes.
    static func word(_ node: Node, reader: WorkflowReader) -> ShellWord {
        var start = reader.offset(of: node)
        let bytes = reader.index.bytes
        if start < bytes.count, bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") { start += 1 }
        let text = original(node, reader: reader) ?? ""
        return ShellWord(text: text, range: start..<(start + text.utf8.count))
    }

    /// A name or a list of names (GitLab's `{job: name}` entries too); other pipelines' jobs (`pipeline:`,
    /// `project:`) are left out.
    static func names(_ node: Node?, reader: WorkflowReader) -> [ShellWord] {
        neededJobs(node, reader: reader).map(\.word)
    }

    /// As `names`, with GitLab's `optional: true`: such a job is waited for when the pipeline has it, and
    /// its absence is no mistake.
    static func neededJobs(_ node: Node?, reader: WorkflowReader) -> [(word: ShellWord, optional: Bool)] {
        // `dependsOn:` with nothing after it (null) names no job.
        guard let node, node.string.map({ !$0.isEmpty && $0 != "~" && $0 != "null" }) ?? true else { return [] }
        if node.string != nil { return [(word(node, reader: reader), false)] }
        return (node.sequence.map(Array.init) ?? []).compactMap { entry in
            if entry.string != nil { return (word(entry, reader: reader), false) }
            guard let mapping = entry.mapping, let job = mapping["job"], mapping["pipeline"] == nil, mapping["project"] == nil else { return nil }
            let optional = mapping["optional"].map { ($0.string ?? "").lowercased() == "true" } ?? false
            return (word(job, reader: reader), optional)
        }
    }

    /// A scalar as the file spells it, templates included (the YAML was parsed with `{{...}}` masked).
    static func original(_ node: Node, reader: WorkflowReader) -> String? {
        guard let masked = node.string else { return nil }
        var start = reader.offset(of: node)
        let bytes = reader.index.bytes
        if start < bytes.count, bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") { start += 1 }
        let end = start + masked.utf8.count
        guard end <= bytes.count else { return masked }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    static func strings(_ node: Node) -> [String] {
        node.string.map { [$0] } ?? node.sequence?.compactMap(\.string) ?? []
    }

    /// A node as text, to compare run conditions (`rules:`, `only:`).
    static func text(_ node: Node?) -> String {
        guard let node else { return "" }
        return (try? Yams.serialize(node: node)) ?? ""
    }
}
