import Yams

/// A GitLab CI file as jobs: `stages` order them unless a job says `needs:`; `extends:` and `<<:` merges give a job
/// its template's keys; `variables:` (global, template, job) and `parallel: matrix:` values are filled into the
/// commands. Runner tags say nothing about the architecture, so no GitLab job has a known runner.
enum GitLabJobs {
    private static let keywords: Set<String> = [
        "stages", "variables", "default", "include", "workflow", "image", "services", "before_script", "after_script", "cache",
        "spec", "pages:deploy",
    ]

    static func read(_ root: Node, reader: WorkflowReader, budget: WorkflowReader.ScriptBudget) -> PipelineRead? {
        guard let top = root.mapping else { return nil }
        var jobs: [(key: Node, job: Node.Mapping)] = []
        for (key, value) in top {
            guard let name = key.string, !keywords.contains(name), !name.hasPrefix("."), let job = value.mapping else { continue }
            guard job["script"] != nil || job["extends"] != nil || job["trigger"] != nil || job["<<"] != nil else { continue }
            jobs.append((key, job))
        }
        guard !jobs.isEmpty, jobs.count <= Limits.pipelineJobs else { return nil }
        var read = PipelineRead(format: .ciYAML)
        read.graph = "gitlab-ci"
        // With `include:`, needs and templates may be defined in another file: a missing one is not known missing.
        // Nor in a file other than the project's `.gitlab-ci.yml`: it is a part that file includes
        // (`.gitlab/ci/build.yml`), whose needs may name jobs of the other parts.
        let fileName = String(reader.path.lastPathComponent).asciiLowercased
        let included = top["include"] != nil || ![".gitlab-ci.yml", ".gitlab-ci.yaml"].contains(fileName)
        let stages = [".pre"] + ((top["stages"]?.sequence?.compactMap(\.string)) ?? ["build", "test", "deploy"]) + [".post"]
        let names = Set(jobs.compactMap { $0.key.string })
        let globalVariables = variables(top["variables"])
        let assigned = WordSubstitution.assignedNames(in: reader.index.bytes)
        let defaults = top["default"]?.mapping
        var stageOf: [String: Int] = [:]
        var pending: [(job: PipelineJob, stage: Int, explicitNeeds: Bool)] = []
        var resolution = Resolution(top: top)
        for (key, job) in jobs {
            guard let name = key.string else { continue }
            let (merged, jobVariables) = resolution.resolve(job)
            let anchor = JobWords.word(key, reader: reader)
            let stage = stages.firstIndex(of: merged["stage"]?.string ?? "test") ?? stages.count
            stageOf[name] = stage
            let needsNode = merged["needs"]
            let needs = JobWords.neededJobs(needsNode, reader: reader).map { need in
                (name: need.word.text, word: need.word, exists: names.contains(need.word.text) || included || need.optional)
            }
            var scripts: [(Node, Node)] = []
            var unresolved = false
            for scriptKey in ["before_script", "script", "after_script"] {
                // A job's own keys, else `default:`'s, else the older global `before_script:`/`after_script:`.
                if let node = merged[scriptKey] ?? defaults?[scriptKey] ?? (scriptKey == "script" ? nil : top[scriptKey]) {
                    scripts.append((Node(scriptKey), resolvingReferences(node, top: top, unresolved: &unresolved)))
                }
            }
            // A `!reference` to something another file defines (an `include:`) runs commands not read here.
            let commands = reader.scriptCommands(.mapping(Node.Mapping(scripts)), defaultShell: nil, budget: budget)
                + (merged["trigger"] != nil || unresolved ? [.opaque(anchor)] : [])
            var variables = globalVariables
            for (variable, value) in jobVariables { variables[variable] = value }
            // A script that sets a variable (`export ARCH=arm64`) may give a command another value.
            variables = variables.filter { !assigned.contains($0.key) }
            let matrixNode = merged["parallel"]?.mapping?["matrix"]
            let instances = matrixNode.flatMap(MatrixExpansion.gitlab).flatMap { found in
                found.count * max(commands.count, 1) + pending.count + read.commands.count <= Limits.pipelineCommands ? found : nil
            }
            let condition = ["rules", "only", "except", "when"].map { JobWords.text(merged[$0]) }.joined(separator: "\n")
            for instance in instances ?? [[]] {
                var substitution = WordSubstitution()
                substitution.variables = variables
                for pair in instance { substitution.variables[pair.key] = pair.value }
                // GitLab names matrix instances `build: [amd64, arm64]`.
                let id = instance.isEmpty ? name : "\(name): [\(instance.map(\.value).joined(separator: ", "))]"
                var pipelineJob = PipelineJob(id: id, name: name, needs: needs, anchor: anchor)
                pipelineJob.condition = condition
                pipelineJob.matrixUnknown = matrixNode != nil && instances == nil
                pending.append((pipelineJob, stage, needsNode != nil))
                for command in commands { read.append(substitution.apply(command), CommandContext(job: id)) }
            }
        }
        // Without `needs:`, a job waits for every job of the earlier stages.
        var earlier: [Int: [String]] = [:]
        for (job, stage, explicitNeeds) in pending {
            var job = job
            if !explicitNeeds {
                if earlier[stage] == nil { earlier[stage] = stageOf.filter { $0.value < stage }.map(\.key).sorted() }
                job.implicitNeeds = earlier[stage] ?? []
            }
            read.jobs.append(job)
        }
        return read
    }

    /// A script list with each `!reference [.job, key]` item replaced by the lines it names, as GitLab resolves
    /// them (nested up to 10 levels); `unresolved` when one names nothing in this file.
    private static func resolvingReferences(_ node: Node, top: Node.Mapping, unresolved: inout Bool, depth: Int = 0) -> Node {
        guard let sequence = node.sequence else { return node }
        var items: [Node] = []
        for item in sequence {
            guard case .sequence(let path) = item, item.tag.rawValue == "!reference" else { items.append(item); continue }
            var target: Node? = .mapping(top)
            for key in path { target = key.string.flatMap { target?.mapping?[$0] } }
            guard let target, depth < 10 else { unresolved = true; continue }
            let resolved = resolvingReferences(target, top: top, unresolved: &unresolved, depth: depth + 1)
            items += resolved.sequence.map(Array.init) ?? [resolved]
        }
        return .sequence(.init(items, sequence.tag, sequence.style, sequence.mark, sequence.anchor))
    }

    /// A job's keys as GitLab computes them: its own keys (a YAML `<<:` merge counts as its own, below the keys it
    /// writes), over those of its `extends:` parents (a later parent over an earlier one), and `variables` merged
    /// key by key rather than replaced. Each template is resolved once; a cycle stops where it closes.
    private struct Resolution {
        let top: Node.Mapping
        var resolved: [String: (keys: [String: Node], variables: [String: String])] = [:]
        var visiting: Set<String> = []

        mutating func resolve(_ job: Node.Mapping) -> (keys: [String: Node], variables: [String: String]) {
            var own: [String: Node] = [:]
            if let merge = job["<<"] {
                // In a merge list the first mapping wins: apply them last to first.
                for mapping in (merge.mapping.map { [$0] } ?? merge.sequence?.compactMap(\.mapping) ?? []).reversed() {
                    for (key, value) in mapping { if let name = key.string { own[name] = value } }
                }
            }
            for (key, value) in job { if let name = key.string, name != "<<" { own[name] = value } }
            var keys: [String: Node] = [:], variables: [String: String] = [:]
            for parent in JobWords.strings(own["extends"] ?? Node("")) where !parent.isEmpty {
                guard let inherited = template(parent) else { continue }
                keys.merge(inherited.keys) { $1 }
                variables.merge(inherited.variables) { $1 }
            }
            keys.merge(own) { $1 }
            variables.merge(GitLabJobs.variables(own["variables"])) { $1 }
            return (keys, variables)
        }

        private mutating func template(_ name: String) -> (keys: [String: Node], variables: [String: String])? {
            if let known = resolved[name] { return known }
            guard let mapping = top[name]?.mapping, !visiting.contains(name), visiting.count < Limits.inheritanceDepth else { return nil }
            visiting.insert(name)
            let result = resolve(mapping)
            visiting.remove(name)
            resolved[name] = result
            return result
        }
    }

    /// Literal `variables:` (`NAME: value` or `NAME: {value: ...}`); values with expansions are filled in later.
    fileprivate static func variables(_ node: Node?) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in node?.mapping ?? [:] {
            guard let name = key.string, let text = value.string ?? value.mapping?["value"]?.string, !text.contains("$xx") else { continue }
            result[name] = text
        }
        return result
    }
}
