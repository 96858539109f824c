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
    /// The file as written.
    let index: TextIndex
    let syntax: WorkflowFormat.Syntax
    let path: String
    /// The file with each `{{...}}` template value replaced by as many `x`s, so that YAML parses what the
    /// templating engine would have filled in (`- {{.Run.Registry}}/app` is otherwise a flow mapping).
    /// Offsets are the same in both.
    private let masked: TextIndex

    init(bytes: [UInt8], syntax: WorkflowFormat.Syntax, path: String) {
        index = TextIndex(bytes)
        masked = syntax == .shell ? index : TextIndex(Self.maskTemplates(bytes))
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
            index = end + 2
        }
        return result
    }

    /// The workflow's format and docker commands. When `discovering`, YAML that is not a workflow by name or
    /// content (and YAML that does not parse, unless its name says it is a workflow) gives nil: not ours.
    func read(discovering: Bool) throws(WorkflowReadError) -> (format: WorkflowFormat, commands: [DockerCommand])? {
        if syntax == .shell { return (.shell, ShellLexer.commands(in: index.bytes).compactMap(DockerCommand.parse)) }
        let named = WorkflowFormat.format(namedBy: path)
        let root: Node?
        do {
            root = try self.root()
        } catch {
            if discovering, named == nil, !error.isLimit { return nil }
            throw error
        }
        guard let format = named ?? root.flatMap(WorkflowFormat.format(of:)) ?? (discovering ? nil : .ciYAML) else { return nil }
        switch format {
        case .acrTask: return (format, try acrCommands(root))
        default: return (format, root.map { scriptCommands($0, defaultShell: nil) } ?? [])
        }
    }

    private func root() throws(WorkflowReadError) -> Node? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: String(decoding: masked.bytes, as: UTF8.self))
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                throw WorkflowReadError(position: SourcePosition(line: mark.line, column: mark.column), message: "invalid YAML: \(problem)")
            default:
                throw WorkflowReadError(position: SourcePosition(line: 1, column: 1), message: "invalid YAML: \(error)")
            }
        } catch {
            throw WorkflowReadError(position: SourcePosition(line: 1, column: 1), message: "invalid YAML: \(error)")
        }
        if let root, YAMLBudget.exceeds(root, limit: Limits.workflowYAMLNodes) {
            throw WorkflowReadError(position: SourcePosition(line: 1, column: 1), message: YAMLBudget.message(limit: Limits.workflowYAMLNodes),
                                    rule: "document-too-large")
        }
        return root
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

    /// `shell:` values whose `run:` is neither POSIX shell nor PowerShell.
    private static let foreignShells: Set<String> = ["python", "node", "cmd"]

    /// `defaultShell`: what `run:` blocks below are written in unless a step says `shell:` — a workflow's or job's
    /// `defaults: run: shell:`, else PowerShell on a Windows runner (GitHub's default there).
    private func scriptCommands(_ node: Node, defaultShell inherited: String?) -> [DockerCommand] {
        var commands: [DockerCommand] = []
        if let mapping = node.mapping {
            var defaultShell = inherited
            if let declared = mapping["defaults"]?.mapping?["run"]?.mapping?["shell"]?.string {
                defaultShell = declared.lowercased()
            } else if inherited == nil, let runsOn = mapping["runs-on"], (runsOn.string.map { [$0] } ?? runsOn.sequence?.compactMap(\.string) ?? [])
                .contains(where: { $0.lowercased().contains("windows") })
            {
                defaultShell = "pwsh"
            }
            // `actions/github-script` takes JavaScript in `with: script:`; `shell: pwsh` makes `run:` PowerShell;
            // an AzureCLI task's `inlineScript` is PowerShell when its `scriptType` says so.
            let uses = mapping["uses"]?.string
            let isGitHubScript = uses?.contains("actions/github-script") == true
            let shell = (mapping["shell"]?.string ?? mapping["scriptType"]?.string ?? mapping["inputs"]?.mapping?["scriptType"]?.string)?
                .split(separator: " ").first.map { $0.lowercased() } ?? defaultShell
            let runIsPowerShell = ["pwsh", "powershell", "ps", "pscore"].contains(shell ?? "")
            let runIsForeign = shell.map { Self.foreignShells.contains($0) } ?? false
            if let uses, OpaqueProducers.isImageAction(uses), let node = mapping["uses"] {
                commands.append(.opaque(ShellWord(text: uses, range: offset(of: node)..<(offset(of: node) + uses.utf8.count))))
            }
            for (key, value) in mapping {
                if isGitHubScript, key.string == "with" { continue }
                guard let name = key.string else { commands += scriptCommands(value, defaultShell: defaultShell); continue }
                let isScript = Self.scriptKeys.contains(name), isPowerShell = Self.powerShellKeys.contains(name)
                if isScript || isPowerShell, !(runIsForeign && (name == "run" || name == "inlineScript")) {
                    let powerShell = isPowerShell || (runIsPowerShell && (name == "run" || name == "inlineScript"))
                    for script in value.sequence.map(Array.init) ?? [value] {
                        if let text = script.string { commands += commandsIn(text, at: script, powerShell: powerShell) }
                    }
                }
                commands += scriptCommands(value, defaultShell: defaultShell)
            }
        } else if let sequence = node.sequence {
            for element in sequence { commands += scriptCommands(element, defaultShell: inherited) }
        }
        return commands
    }

    private func commandsIn(_ text: String, at node: Node, powerShell: Bool = false) -> [DockerCommand] {
        var cursor = offset(of: node)
        let bytes = Array(text.utf8)
        let commands = powerShell ? PowerShellLexer.commands(in: bytes) : ShellLexer.commands(in: bytes)
        return commands.compactMap { command in
            DockerCommand.parse(locate(command, in: text, cursor: &cursor, fallback: offset(of: node), powerShell: powerShell))
        }
    }

    /// The words of a one-command string (ACR `build:` arguments, `push:` entries), located in the file.
    private func words(in text: String, at node: Node) -> [ShellWord] {
        var cursor = offset(of: node)
        return ShellLexer.commands(in: Array(text.utf8)).flatMap { locate($0, in: text, cursor: &cursor, fallback: offset(of: node)) }
    }

    /// Moves words lexed from a scalar's value to where their raw spelling stands in the file. The value's
    /// words appear in the file in the same order (folding only changes the whitespace between them), so
    /// each is searched from where the previous one ended.
    private func locate(_ words: [ShellWord], in text: String, cursor: inout Int, fallback: Int, powerShell: Bool = false) -> [ShellWord] {
        let bytes = Array(text.utf8)
        return words.map { word in
            let raw = Array(bytes[word.range])
            guard let found = masked.find(raw, from: cursor) else { return ShellWord(text: word.text, range: fallback..<fallback) }
            cursor = found + raw.count
            // The word as written, templates restored.
            let rawOriginal = Array(index.bytes[found..<(found + raw.count)])
            let original = (powerShell ? PowerShellLexer.commands(in: rawOriginal) : ShellLexer.commands(in: rawOriginal)).first?.first?.text ?? word.text
            return ShellWord(text: original, range: found..<(found + raw.count))
        }
    }

    private func offset(of node: Node) -> Int {
        guard let mark = node.mark else { return 0 }
        return index.offset(line: mark.line, column: mark.column)
    }

    private func position(of node: Node) -> SourcePosition {
        SourcePosition(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }
}
