import Yams

/// An Azure Pipelines file as jobs: `stages:` (each waits for the one before unless it says `dependsOn:`) of
/// `jobs:` (parallel unless `dependsOn:`), `strategy.matrix` instances whose variables (`$(arch)`) are filled in,
/// and Microsoft-hosted pools (`vmImage: ubuntu-*` is linux/amd64). A `template:` is an opaque job.
enum AzureJobs {
    static func read(_ written: Node, reader: WorkflowReader, budget: WorkflowReader.ScriptBudget) -> PipelineRead? {
        var generatesNames = false
        let root = AzureExpressions.flatten(written, reader: reader, generatesNames: &generatesNames)
        guard let top = root.mapping else { return nil }
        var read = PipelineRead(format: .ciYAML)
        read.graph = "azure-pipelines"
        let globals = variables(top["variables"])
        // Jobs from `template:` entries are not in this file, and `${{ each }}` makes names: a `dependsOn:` may name one.
        let templated = generatesNames || containsTemplate(root, depth: 0)
        let topPool = top["pool"]
        // A script that sets a variable (`NAME=`, `##vso[task.setvariable variable=NAME]`) may give a command another value.
        let assigned = WordSubstitution.assignedNames(in: reader.index.bytes)
        if let stages = top["stages"]?.sequence {
            guard stages.count <= Limits.pipelineJobs else { return nil }
            let names = Set(stages.compactMap { $0.mapping?["stage"]?.string })
            func exists(_ name: String) -> Bool { templated || names.contains(name) }
            var previous: String?
            for stage in stages {
                guard let mapping = stage.mapping else { continue }
                guard let name = mapping["stage"]?.string else {
                    if let template = mapping["template"] { read.append(.opaque(JobWords.word(template, reader: reader)), .none) }
                    continue
                }
                let stageNeeds = mapping["dependsOn"].map { JobWords.names($0, reader: reader) }
                var implicit: [String] = []
                if stageNeeds == nil, let previous { implicit = [previous] }
                let stageVariables = globals.merging(variables(mapping["variables"])) { $1 }
                readJobs(mapping["jobs"], stage: name, stageNeeds: (stageNeeds ?? []).map { ($0.text, $0, exists($0.text)) },
                         implicit: implicit, variables: stageVariables, pool: mapping["pool"] ?? topPool, templated: templated, assigned: assigned,
                         reader: reader, budget: budget, into: &read)
                previous = name
            }
        } else if top["jobs"] != nil {
            readJobs(top["jobs"], stage: nil, stageNeeds: [], implicit: [], variables: globals, pool: topPool, templated: templated, assigned: assigned,
                     reader: reader, budget: budget, into: &read)
        } else {
            return nil
        }
        return read.jobs.count <= Limits.pipelineJobs ? read : nil
    }

    /// The jobs of one stage; ids are `stage.job` so that jobs of several stages with one name stay apart, and a job
    /// waits for every job of the stages its stage waits for.
    private static func readJobs(_ node: Node?, stage: String?, stageNeeds: [(String, ShellWord, Bool)], implicit: [String],
                                 variables: [String: String], pool inherited: Node?, templated: Bool, assigned: Set<String>, reader: WorkflowReader,
                                 budget: WorkflowReader.ScriptBudget, into read: inout PipelineRead) {
        let jobs = node?.sequence.map(Array.init) ?? []
        let names = Set(jobs.compactMap { ($0.mapping?["job"] ?? $0.mapping?["deployment"])?.string })
        func id(_ job: String) -> String { stage.map { "\($0).\(job)" } ?? job }
        for job in jobs {
            guard let mapping = job.mapping else { continue }
            guard let nameNode = mapping["job"] ?? mapping["deployment"], let name = nameNode.string else {
                if let template = mapping["template"] { read.append(.opaque(JobWords.word(template, reader: reader)), .none) }
                continue
            }
            let anchor = JobWords.word(nameNode, reader: reader)
            var needs = JobWords.names(mapping["dependsOn"], reader: reader).map { (name: id($0.text), word: $0, exists: templated || names.contains($0.text)) }
            // Waiting for a stage is waiting for each of its jobs: recorded by stage prefix (see JobGraph).
            needs += stageNeeds.map { (name: "stage:" + $0.0, word: $0.1, exists: $0.2) }
            let matrixNode = mapping["strategy"]?.mapping?["matrix"]
            let listed: [MatrixExpansion.Instance]? = matrixNode.flatMap { matrix in
                guard let entries = matrix.mapping else { return nil }
                guard entries.count <= Limits.matrixInstances else { return nil }
                return entries.compactMap { _, value in value.mapping.map { $0.compactMap { key, value in key.string.flatMap { k in value.string.map { (k, $0) } } } } }
            }
            // A job's pool, else its stage's, else the pipeline's.
            let pool = mapping["pool"] ?? inherited
            let image = pool?.mapping?["vmImage"]?.string ?? ""
            let runner: PlatformClaim? = image.lowercased().hasPrefix("ubuntu") ? PlatformClaim(platform: Platform(os: "linux", architecture: "amd64"), source: "vmImage: \(image)")
                : image.lowercased().hasPrefix("windows") ? PlatformClaim(platform: Platform(os: "windows", architecture: "amd64"), source: "vmImage: \(image)") : nil
            // The whole job: `steps:`, and a deployment job's `strategy: runOnce: deploy: steps:`.
            let commands = reader.scriptCommands(job, defaultShell: nil, budget: budget)
            let expandable = (listed?.count ?? 1) * max(commands.count, 1) + read.jobs.count + read.commands.count <= Limits.pipelineCommands
            let instances = expandable ? listed : nil
            let jobVariables = variables.merging(self.variables(mapping["variables"])) { $1 }.filter { !assigned.contains($0.key) }
            for (offset, instance) in ((instances?.isEmpty == false ? instances : nil) ?? [[]]).enumerated() {
                var substitution = WordSubstitution()
                substitution.variables = jobVariables
                for pair in instance { substitution.variables[pair.key] = pair.value }
                let matrixName = matrixNode?.mapping.flatMap { Array($0.keys).dropFirst(offset).first?.string }
                let instanceID = id(name) + (matrixName.map { " \($0)" } ?? "")
                var pipelineJob = PipelineJob(id: instanceID, name: id(name), needs: needs, anchor: anchor)
                pipelineJob.implicitNeeds = implicit.map { "stage:" + $0 }
                pipelineJob.condition = JobWords.text(mapping["condition"])
                pipelineJob.runner = runner
                pipelineJob.matrixUnknown = matrixNode != nil && instances == nil
                read.jobs.append(pipelineJob)
                for command in commands { read.append(substitution.apply(command), CommandContext(job: instanceID, runner: runner)) }
            }
        }
    }

    private static func containsTemplate(_ node: Node, depth: Int) -> Bool {
        guard depth < 8 else { return false }
        if let mapping = node.mapping {
            return mapping["template"] != nil || mapping.values.contains { containsTemplate($0, depth: depth + 1) }
        }
        return node.sequence?.contains { containsTemplate($0, depth: depth + 1) } ?? false
    }

    /// `variables:` as a mapping or as a list of `name:`/`value:` entries; groups and templates are skipped.
    private static func variables(_ node: Node?) -> [String: String] {
        var result: [String: String] = [:]
        if let mapping = node?.mapping {
            for (key, value) in mapping { if let name = key.string, let text = value.string { result[name] = text } }
        }
        for entry in node?.sequence ?? Node.Sequence() {
            if let name = entry.mapping?["name"]?.string, let value = entry.mapping?["value"]?.string { result[name] = value }
        }
        return result.filter { !$0.value.contains("$xx") }
    }
}
