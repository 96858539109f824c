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
        let included = top["include"] != nil
        let stages = [".pre"] + ((top["stages"]?.sequence?.compactMap(\.string)) ?? ["build", "test", "deploy"]) + [".post"]
        let names = Set(jobs.compactMap { $0.key.string })
        let globalVariables = variables(top["variables"])
        let defaults = top["default"]?.mapping
        var stageOf: [String: Int] = [:]
        var pending: [(job: PipelineJob, stage: Int, explicitNeeds: Bool)] = []
        for (key, job) in jobs {
            guard let name = key.string else { continue }
            let merged = resolve(job, in: top)
            let anchor = JobWords.word(key, reader: reader)
            let stage = stages.firstIndex(of: merged["stage"]?.string ?? "test") ?? stages.count
            stageOf[name] = stage
            let needsNode = merged["needs"]
            let needs = JobWords.names(needsNode, reader: reader).map { (name: $0.text, word: $0, exists: names.contains($0.text) || included) }
            var scripts: [(Node, Node)] = []
            for scriptKey in ["before_script", "script", "after_script"] {
                // A job's own keys, else `default:`'s, else the older global `before_script:`/`after_script:`.
                if let node = merged[scriptKey] ?? defaults?[scriptKey] ?? (scriptKey == "script" ? nil : top[scriptKey]) {
                    scripts.append((Node(scriptKey), node))
                }
            }
            let commands = reader.scriptCommands(.mapping(Node.Mapping(scripts)), defaultShell: nil, budget: budget)
                + (merged["trigger"] != nil ? [.opaque(anchor)] : [])
            var variables = globalVariables
            for (variable, value) in Self.variables(merged["variables"]) { variables[variable] = value }
            let matrixNode = merged["parallel"]?.mapping?["matrix"]
            let instances = matrixNode.flatMap(MatrixExpansion.gitlab)
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
        for (job, stage, explicitNeeds) in pending {
            var job = job
            if !explicitNeeds { job.implicitNeeds = stageOf.filter { $0.value < stage }.map(\.key).sorted() }
            read.jobs.append(job)
        }
        return read
    }

    /// The job with the keys its `extends:` templates (and `<<:` merges) give it, nearest first.
    private static func resolve(_ job: Node.Mapping, in top: Node.Mapping) -> [String: Node] {
        var result: [String: Node] = [:]
        var queue: [Node.Mapping] = [job]
        var depth = 0
        while !queue.isEmpty, depth < Limits.inheritanceDepth {
            let current = queue.removeFirst()
            depth += 1
            for (key, value) in current {
                guard let name = key.string, name != "extends", name != "<<" else { continue }
                if result[name] == nil { result[name] = value }
            }
            for parent in JobWords.strings(current["extends"] ?? Node("")) where !parent.isEmpty {
                if let template = top[parent]?.mapping { queue.append(template) }
            }
            if let merge = current["<<"] {
                queue += merge.mapping.map { [$0] } ?? merge.sequence?.compactMap(\.mapping) ?? []
            }
        }
        return result
    }

    /// Literal `variables:` (`NAME: value` or `NAME: {value: ...}`); values with expansions are filled in later.
    private static func variables(_ node: Node?) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in node?.mapping ?? [:] {
            guard let name = key.string, let text = value.string ?? value.mapping?["value"]?.string, !text.contains("$xx") else { continue }
            result[name] = text
        }
        return result
    }
}
