import Yams

/// A YAML workflow that cannot be read.
struct WorkflowReadError: Error {
    let position: SourcePosition
    let message: String
    /// The finding it becomes: `yaml-syntax`, or `document-too-large` for a file over a limit.
    var rule = "yaml-syntax"

    /// Over a size limit rather than malformed: reported even for YAML that may not be a workflow.
    var isLimit: Bool { rule == "document-too-large" }
}

/// Reads the docker commands of a workflow file, every word located in the original file.
struct WorkflowReader {
    /// The file as written (without a byte order mark).
    let index: TextIndex
    let syntax: WorkflowFormat.Syntax
    let path: String
    /// The file with each `{{...}}` template value replaced by as many `x`s, so that YAML parses what the
    /// templating engine would have filled in (`- {{.Run.Registry}}/app` is otherwise a flow mapping).
    /// Offsets are the same in both.
    let masked: TextIndex
    /// False for a file under a `.github/workflows/` folder GitHub does not run (`InputDocument.inWorkflowFolderNotRun`):
    /// it is a workflow by its content only.
    var workflowFolderRun = true

    init(bytes written: [UInt8], syntax: WorkflowFormat.Syntax, path: String) {
        // A UTF-8 byte order mark (Windows editors write one) starts a YAML or HCL stream, no part of the text:
        // GitHub, GitLab and Go's YAML readers skip it. Positions are counted without it, as editors show the file.
        // JSON (bake JSON) keeps it: JSON texts must not have one, and `read` reports it as index.json's is.
        let isJSON = path.asciiLowercased.hasSuffix(".json")
        let bytes = !isJSON && written.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(written.dropFirst(3)) : written
        index = TextIndex(bytes)
        let templated = WorkflowFormat.isManifestTemplate(String(path.lastPathComponent).asciiLowercased) ? ManifestToolReader.blankTemplateLines(bytes) : bytes
        masked = syntax == .yaml ? TextIndex(Self.maskTemplates(templated)) : index
        self.syntax = syntax
        self.path = path
    }

    static func maskTemplates(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        var index = 0
        while index + 1 < result.count {
            guard result[index] == UInt8(ascii: "{"), result[index + 1] == UInt8(ascii: "{") else { index += 1; continue }
            var end = index + 2
            while end + 1 < result.count, result[end] != 0x0A, !(result[end] == UInt8(ascii: "}") && result[end + 1] == UInt8(ascii: "}")) { end += 1 }
            // No `}}` before the end of the line: none of the later `{{` on it closes either, so skip the rest
            // of the line instead of rescanning it for each one (a long run of `{{` was quadratic).
            guard end + 1 < result.count, result[end] == UInt8(ascii: "}") else { index = max(end, index + 2); continue }
            for position in index...(end + 1) { result[position] = UInt8(ascii: "x") }
            // Two templates of one length must not read as the same text: Azure's `${{ if ... }}:` keys would become
            // duplicate keys. The offset, in base 36 after "xx", tells them apart (the "$xx" prefix stays).
            let mark = Array(String(index, radix: 36).utf8)
            if end + 1 - index + 1 >= 2 + mark.count {
                for (step, byte) in mark.enumerated() { result[index + 2 + step] = byte }
            }
            index = end + 2
        }
        return result
    }

    /// The workflow's format, docker commands and jobs. When `discovering`, YAML that is not a workflow by name or
    /// content (and YAML or HCL that does not parse, unless its name says it is a workflow) gives nil: not ours.
    func read(discovering: Bool) throws(WorkflowReadError) -> PipelineRead? {
        if syntax == .shell {
            var read = PipelineRead(format: .shell)
            read.isMakefile = Discovery.isMakefile(name: String(path.lastPathComponent))
            var commands = ShellLexer.commands(in: index.bytes)
            // make passes `$$` to the shell as `$`: `$$arch` in a recipe is the shell's `$arch`.
            if read.isMakefile {
                commands = commands.map { $0.map { ShellWord(text: $0.text.replacingOccurrences(of: "$$", with: "$"), range: $0.range) } }
            }
            for command in commands.compactMap(DockerCommand.parse) { read.append(command, .none) }
            return read
        }
        if syntax == .hcl {
            // An HCL file found in a folder whose name does not say bake is bake by a `target` line only: one that
            // does not parse may be another format's (a Terraform heredoc), so it is not ours, as YAML is.
            do {
                return try BakeReader.hcl(index.bytes, reader: self)
            } catch {
                if discovering, WorkflowFormat.format(namedBy: path) != .bake { return nil }
                throw error
            }
        }
        if index.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw WorkflowReadError(position: SourcePosition(line: 1, column: 1), message: "invalid JSON: the file starts with a UTF-8 byte "
                + "order mark, which JSON texts must not have (RFC 8259, section 8.1): save it without the mark")
        }
        let named = WorkflowFormat.format(namedBy: path, workflowFolderRun: workflowFolderRun)
        let documents: [Node]
        let duplicates: [DuplicateKey]
        do {
            (documents, duplicates) = try self.documents()
        } catch {
            if discovering, named == nil, !error.isLimit { return nil }
            throw error
        }
        // A GitLab CI component puts a `spec:` header document before the jobs: any document may say what this is.
        let detected = documents.lazy.compactMap { document in WorkflowFormat.format(of: document).map { (document, $0) } }.first
        guard let format = named ?? detected?.1 ?? (discovering ? nil : .ciYAML) else { return nil }
        let main = detected.flatMap { $0.1 == format ? $0.0 : nil } ?? documents.first { WorkflowFormat.format(of: $0) == format } ?? documents.first
        let budget = ScriptBudget()
        var read: PipelineRead
        switch format {
        case .acrTask:
            read = PipelineRead(format: format)
            for command in try acrCommands(main) { read.append(command, .none) }
        case .goreleaser: read = main.map { GoReleaserReader.read($0, reader: self) } ?? PipelineRead(format: format)
        case .bake: read = main.map { BakeReader.json($0, reader: self) } ?? PipelineRead(format: format)
        case .manifestTool: read = ManifestToolReader.read(documents, reader: self)
        case .cloudBuild: read = main.map { CloudBuildReader.read($0, reader: self, budget: budget) } ?? PipelineRead(format: format)
        case .ciYAML, .shell:
            if let main, let jobs = jobGraph(main, budget: budget) {
                read = jobs
            } else {
                read = PipelineRead(format: .ciYAML)
                for command in documents.flatMap({ scriptCommands($0, defaultShell: nil, budget: budget) }) { read.append(command, .none) }
            }
        }
        if let duplicate = duplicates.min(by: { $0.later < $1.later }), let system = rejectingDuplicates(read) {
            throw WorkflowReadError(position: index.position(ofOffset: duplicate.later), message: "invalid YAML: \"\(duplicate.name)\" is "
                + "already defined at line \(index.position(ofOffset: duplicate.earlier).line); \(system) rejects a key defined twice")
        }
        // Bake JSON keeps both; Cirrus CI's own YAML reading takes a repeated `task:` or `matrix:` as one more of
        // them (its configurations are written that way), so a key defined twice is no mistake there.
        let cirrus = [".cirrus.yml", ".cirrus.yaml"].contains(String(path.lastPathComponent).asciiLowercased)
        if format != .bake, !cirrus, !duplicates.isEmpty {
            read.duplicateKeys = duplicates
            read.keepsLaterKey = keepingLaterKey(read)
        }
        if budget.spent {
            throw WorkflowReadError(position: SourcePosition(line: 1, column: 1), message: "the scripts of this file (aliases expanded) "
                + "come to more than \(Limits.workflowScriptBytes) bytes; not read", rule: "document-too-large")
        }
        return read
    }

    /// Configuration files of CI systems other than GitHub, GitLab and Azure, by their names.
    static func namedForOtherCI(_ path: String) -> Bool {
        otherCINames.contains(String(path.lastPathComponent).asciiLowercased)
            || path.contains(".circleci/") || path.contains(".woodpecker/") || path.contains(".buildkite/")
    }

    private static let otherCINames: Set<String> = [
        ".cirrus.yml", ".cirrus.yaml", ".travis.yml", ".travis.yaml", ".drone.yml", ".drone.yaml", "bitbucket-pipelines.yml",
        "appveyor.yml", ".appveyor.yml", "codemagic.yaml", ".woodpecker.yml", ".woodpecker.yaml", "buildkite.yml", ".buildkite.yml",
        "wercker.yml", "codeship-steps.yml",
    ]

    /// The file as jobs when it is a GitHub Actions workflow, a GitLab CI file or an Azure pipeline.
    private func jobGraph(_ root: Node, budget: ScriptBudget) -> PipelineRead? {
        let name = String(path.lastPathComponent).asciiLowercased
        let githubJobs = root.mapping?["jobs"]?.mapping?.values.contains { $0.mapping?["runs-on"] != nil } == true
        if path.contains(".github/workflows/") || githubJobs {
            if let read = ActionsJobs.read(root, reader: self, budget: budget) { return read }
        }
        // GitLab by name, or by its shape: top-level jobs with `script:` and no GitHub/Azure structure, in a file
        // not named for another CI system (Cirrus, Travis, Drone, ... read keys and jobs their own way).
        let gitlabShape = !Self.namedForOtherCI(path) && root.mapping.map { top in
            top["jobs"] == nil && top["steps"] == nil && top["pool"] == nil && top.contains { $0.value.mapping?["script"] != nil && $0.value.mapping?["task"] == nil }
        } ?? false
        if name.hasSuffix("gitlab-ci.yml") || name.hasSuffix("gitlab-ci.yaml") || gitlabShape {
            return GitLabJobs.read(root, reader: self, budget: budget)
        }
        if name.hasPrefix("azure-pipelines") || root.mapping?["pool"] != nil || root.mapping?["trigger"] != nil
            || root.mapping?["stages"]?.sequence?.contains(where: { $0.mapping?["stage"] != nil }) == true
        {
            return AzureJobs.read(root, reader: self, budget: budget)
        }
        return nil
    }

    /// Counts the script text lexed for one file; aliases can make a small file repeat a long scalar.
    final class ScriptBudget {
        private var remaining = Limits.workflowScriptBytes
        private(set) var spent = false

        /// False (and spent) once the text would go over the limit.
        func take(_ count: Int) -> Bool {
            remaining -= count
            if remaining < 0 { spent = true }
            return !spent
        }
    }

    /// `steps:` of an ACR task: `build:` arguments, `push:` references, `cmd:` command lines.
    private func acrCommands(_ root: Node?) throws(WorkflowReadError) -> [DockerCommand] {
        guard let steps = root?.mapping?["steps"] else {
            throw WorkflowReadError(position: SourcePosition(line: 1, column: 1), message: "an ACR task needs a \"steps\" list")
        }
        guard let sequence = steps.sequence else {
            throw WorkflowReadError(position: position(of: steps), message: "\"steps\" must be a list")
        }
        var commands: [DockerCommand] = []
        for step in sequence {
            guard let mapping = step.mapping else { continue }
            for (key, value) in mapping {
                switch key.string {
                case "build":
                    guard let text = value.string else { continue }
                    let anchor = ShellWord(text: "build", range: offset(of: key)..<(offset(of: key) + 5))
                    commands.append(DockerCommand.parseBuild(words(in: text, at: value), at: anchor))
                case "push":
                    let references = value.sequence.map(Array.init) ?? [value]
                    for reference in references {
                        guard let text = reference.string else { continue }
                        commands += words(in: text, at: reference).map(DockerCommand.push)
                    }
                case "cmd":
                    guard let text = value.string else { continue }
                    commands += commandsIn(text, at: value)
                default:
                    continue
                }
            }
        }
        return commands
    }

    /// Keys whose string (or list of strings) values are shell, in the CI systems people use.
    private static let scriptKeys: Set<String> = ["run", "script", "before_script", "after_script", "inlineScript", "bash", "sh", "command", "commands", "cmd"]
    /// Keys whose values are PowerShell (Azure Pipelines' `pwsh:` and `powershell:` steps).
    private static let powerShellKeys: Set<String> = ["pwsh", "powershell"]

    /// `shell:` values whose `run:` is neither POSIX shell nor PowerShell (`unknown`: a matrix of runners).
    private static let foreignShells: Set<String> = ["python", "node", "cmd", "unknown"]

    /// `defaultShell`: what `run:` and `script:` blocks below are written in unless a step says `shell:` — a
    /// workflow's or job's `defaults: run: shell:`, PowerShell on a GitHub Windows runner (its default there) or
    /// inside a PowerShell task or action, `cmd` for Azure Pipelines `script:` on a Windows pool, `unknown` for a
    /// matrix of Windows and other runners.
    func scriptCommands(_ node: Node, defaultShell inherited: String?, budget: ScriptBudget) -> [DockerCommand] {
        var commands: [DockerCommand] = []
        if let mapping = node.mapping {
            var defaultShell = inherited
            if let declared = mapping["defaults"]?.mapping?["run"]?.mapping?["shell"]?.string {
                defaultShell = declared.lowercased()
            } else if inherited == nil, let runner = Self.runnerShell(mapping) {
                defaultShell = runner
            }
            // `actions/github-script` takes JavaScript in `with: script:`; `shell: pwsh` makes `run:` PowerShell;
            // an AzureCLI task's `inlineScript` is PowerShell when its `scriptType` says so.
            let uses = mapping["uses"]?.string
            let task = mapping["task"]?.string?.lowercased() ?? ""
            let isGitHubScript = uses?.contains("actions/github-script") == true
            let shell = (mapping["shell"]?.string ?? mapping["scriptType"]?.string)?.split(separator: " ").first.map { $0.lowercased() } ?? defaultShell
            let runIsPowerShell = ["pwsh", "powershell", "ps", "pscore"].contains(shell ?? "")
            let runIsForeign = shell.map { Self.foreignShells.contains($0) } ?? false
            // What the step's own inputs (`with:`, `inputs:`) are written in.
            let childShell = task.hasPrefix("powershell@") || task.hasPrefix("azurepowershell@") || uses?.lowercased().contains("powershell") == true
                ? "pwsh" : defaultShell
            if let uses, let build = BuildPushAction.command(mapping, uses: uses, reader: self) {
                commands.append(build)
            } else if let uses, let builder = setupBuildxBuilder(mapping, uses: uses) {
                commands.append(builder)
            } else if let tasks = DockerTask.commands(mapping, task: task, reader: self) {
                commands += tasks
            } else if let producer = Self.nonShellProducer(mapping, uses: uses, task: task) {
                commands.append(.opaque(ShellWord(text: producer.text, range: offset(of: producer.node)..<offset(of: producer.node))))
            }
            for (key, value) in mapping {
                if isGitHubScript, key.string == "with" { continue }
                guard let name = key.string else { commands += scriptCommands(value, defaultShell: childShell, budget: budget); continue }
                let isScript = Self.scriptKeys.contains(name), isPowerShell = Self.powerShellKeys.contains(name)
                let followsShell = ["run", "inlineScript", "script", "inline"].contains(name)
                if isScript || isPowerShell, !(runIsForeign && followsShell) {
                    let powerShell = isPowerShell || (runIsPowerShell && followsShell)
                    for script in value.sequence.map(Array.init) ?? [value] {
                        guard let text = script.string else { continue }
                        guard budget.take(text.utf8.count) else { return commands }
                        commands += commandsIn(text, at: script, powerShell: powerShell)
                    }
                } else if isScript, runIsForeign, followsShell, let text = value.string ?? value.sequence?.compactMap(\.string).joined(separator: "\n"),
                    text.lowercased().contains("docker")
                {
                    // A script in a shell not read here (cmd on a Windows pool, python) that mentions docker may build
                    // or push what the rest of the file uses: not read is not "builds nothing".
                    let start = offset(of: value)
                    commands.append(.opaque(ShellWord(text: "\(shell ?? "another shell") script", range: start..<start)))
                }
                commands += scriptCommands(value, defaultShell: name == "with" || name == "inputs" ? childShell : defaultShell, budget: budget)
            }
        } else if let sequence = node.sequence {
            for element in sequence { commands += scriptCommands(element, defaultShell: inherited, budget: budget) }
        }
        return commands
    }

    /// `docker/setup-buildx-action`: a builder on the runner, made current unless `use: false` — named by its `name:`
    /// input, else generated. With an `endpoint:` or the `remote`/`cloud`/`kubernetes` driver it runs elsewhere:
    /// then it is a builder the file does not describe.
    private func setupBuildxBuilder(_ mapping: Node.Mapping, uses: String) -> DockerCommand? {
        guard uses.lowercased().hasPrefix("docker/setup-buildx-action"), let node = mapping["uses"] else { return nil }
        let inputs = mapping["with"]?.mapping
        let at = offset(of: node)
        let current = inputs?["use"]?.string?.lowercased() != "false"
        let driver = inputs?["driver"]?.string?.lowercased() ?? ""
        if inputs?["endpoint"] != nil || ["remote", "cloud", "kubernetes"].contains(driver) {
            return .builder(name: ShellWord(text: "setup-buildx-action (\(driver.isEmpty ? "endpoint" : driver))", range: at..<at), creates: false, uses: current)
        }
        let name = inputs?["name"].map { JobWords.word($0, reader: self) }
        return .builder(name: name, creates: true, uses: current)
    }

    /// The default shell a job's runner gives `run:`/`script:` blocks: GitHub `runs-on` Windows → PowerShell
    /// (a matrix mixing Windows with others → unknown, not read); Azure Pipelines `pool.vmImage` Windows → cmd.
    private static func runnerShell(_ mapping: Node.Mapping) -> String? {
        if let runsOn = mapping["runs-on"] {
            var labels = runsOn.string.map { [$0] } ?? runsOn.sequence?.compactMap(\.string) ?? []
            // Templates are masked for parsing (`${{ matrix.os }}` reads `$xxxxxxxxxxxxxxx`): look at the file.
            if labels.contains(where: { $0.contains("${{") || $0.hasPrefix("$xx") }) {
                // `runs-on: ${{ matrix.os }}`: the matrix's values say.
                labels = mapping["strategy"]?.mapping?["matrix"].map(scalars) ?? []
                let windows = labels.contains { $0.lowercased().contains("windows") }
                let others = labels.contains { ["ubuntu", "linux", "macos"].contains(where: $0.lowercased().contains) }
                return windows ? (others ? "unknown" : "pwsh") : nil
            }
            return labels.contains(where: { $0.lowercased().contains("windows") }) ? "pwsh" : nil
        }
        let pool = mapping["pool"]
        let image = pool?.mapping?["vmImage"]?.string ?? pool?.string ?? ""
        return image.lowercased().contains("windows") || image.lowercased().hasPrefix("vs20") ? "cmd" : nil
    }

    private static func scalars(_ node: Node) -> [String] {
        if let text = node.string { return [text] }
        if let sequence = node.sequence { return sequence.flatMap(scalars) }
        if let mapping = node.mapping { return mapping.values.flatMap(scalars) }
        return []
    }

    /// A CI step that builds or pushes images without a shell command: Azure Pipelines `Docker@`/`DockerCompose@`
    /// tasks, CircleCI `docker/…` orb steps, Cloud Build steps running the docker or kaniko builder, image actions.
    private static func nonShellProducer(_ mapping: Node.Mapping, uses: String?, task: String) -> (text: String, node: Node)? {
        if let uses, OpaqueProducers.isImageAction(uses), let node = mapping["uses"] { return (uses, node) }
        if task.hasPrefix("docker@") || task.hasPrefix("dockercompose@") || task.hasPrefix("buildah@"), let node = mapping["task"] {
            return (task, node)
        }
        if let name = mapping["name"]?.string, name.contains("cloud-builders/docker") || name.contains("kaniko-project/executor"), let node = mapping["name"] {
            return (name, node)
        }
        for (key, _) in mapping {
            if let name = key.string, name.hasPrefix("docker/") || name.hasPrefix("aws-ecr/") || name.hasPrefix("gcp-gcr/") { return (name, key) }
        }
        return nil
    }

    func commandsIn(_ text: String, at node: Node, powerShell: Bool = false) -> [DockerCommand] {
        var cursor = offset(of: node)
        let bytes = Array(text.utf8)
        let commands = powerShell ? PowerShellLexer.commands(in: bytes) : ShellLexer.commands(in: bytes)
        var lost = false
        return commands.compactMap { command in
            DockerCommand.parse(locate(command, in: bytes, cursor: &cursor, lost: &lost, fallback: offset(of: node), powerShell: powerShell))
        }
    }

    /// The words of a one-command string (ACR `build:` arguments, `push:` entries), located in the file.
    func words(in text: String, at node: Node) -> [ShellWord] {
        var cursor = offset(of: node)
        var lost = false
        let bytes = Array(text.utf8)
        return ShellLexer.commands(in: bytes).flatMap { locate($0, in: bytes, cursor: &cursor, lost: &lost, fallback: offset(of: node)) }
    }

    /// Moves words lexed from a scalar's value to where their raw spelling stands in the file. The value's
    /// words appear in the file in the same order (folding only changes the whitespace between them), so
    /// each is searched from where the previous one ended.
    private func locate(_ words: [ShellWord], in bytes: [UInt8], cursor: inout Int, lost: inout Bool, fallback: Int, powerShell: Bool = false) -> [ShellWord] {
        // Once a word is not found as written (an escape in a quoted scalar spells it differently, or an expression
        // runs across an indented line break), the rest of the scalar — later commands too — is placed at its start
        // instead of searched for: one miss per scalar, not one per word or per command (each miss searches the rest
        // of the file, so one per command was quadratic).
        return words.map { word in
            if lost { return ShellWord(text: word.text, range: fallback..<fallback) }
            let raw = Array(bytes[word.range])
            // Searched only as far as the rest of this scalar can stand in the file (indentation and folding
            // widen it, never eightfold): a word spelt differently in the file (an escape in a quoted scalar)
            // must not send every later search across the rest of the file.
            let window = cursor..<(cursor + (bytes.count - word.range.lowerBound) * 8 + 4096)
            guard let found = masked.find(raw, in: window) else {
                lost = true
                return ShellWord(text: word.text, range: fallback..<fallback)
            }
            cursor = found + raw.count
            // The word as written, templates restored.
            let rawOriginal = Array(index.bytes[found..<(found + raw.count)])
            let original = (powerShell ? PowerShellLexer.commands(in: rawOriginal) : ShellLexer.commands(in: rawOriginal)).first?.first?.text ?? word.text
            return ShellWord(text: original, range: found..<(found + raw.count))
        }
    }

    func offset(of node: Node) -> Int {
        guard let mark = node.mark else { return 0 }
        return index.offset(line: mark.line, column: mark.column)
    }

    func position(of node: Node) -> SourcePosition {
        SourcePosition(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }
}
