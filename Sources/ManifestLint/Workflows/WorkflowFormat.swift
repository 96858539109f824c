import Yams

/// The build-workflow files manifestlint reads: shell by name or shebang, YAML by name or content.
public enum WorkflowFormat: String, Sendable {
    /// Azure Container Registry Tasks YAML (`version` + `steps` of `build`/`push`/`cmd`).
    case acrTask = "acr-task"
    /// Other CI YAML (GitHub Actions, GitLab CI, Azure Pipelines, ...): the shell in `run:`/`script:` blocks.
    case ciYAML = "ci-yaml"
    /// Shell scripts and Makefiles.
    case shell
    /// GoReleaser configuration (`dockers:`, `dockers_v2:`, `docker_manifests:`).
    case goreleaser
    /// `docker buildx bake` files, HCL or JSON.
    case bake
    /// manifest-tool spec files and drone-manifest templates.
    case manifestTool = "manifest-tool"
    /// Google Cloud Build configuration.
    case cloudBuild = "cloud-build"

    /// How a workflow file is written.
    enum Syntax { case shell, yaml, hcl }

    /// The syntax of a workflow file from its name or first line; nil for JSON (and for files that are neither).
    static func syntax(path: String, bytes: [UInt8]) -> Syntax? {
        let name = String(path.lastPathComponent).asciiLowercased
        // Bake files: any `.hcl` whose name says bake, or that declares a bake `target` block (`bake -f build.hcl`;
        // not Terraform, Packer or Nomad files), `*docker-bake*.json` (such as a generated `4.5.3.docker-bake.json`),
        // `*.bake.json`.
        if name.hasSuffix(".hcl") { return name.contains("bake") || declaresBakeTarget(bytes) ? .hcl : nil }
        if isBakeJSONName(name) || (name.hasSuffix(".json") && isBakeJSON(bytes)) { return .yaml }
        // drone-manifest / manifest-tool templates (`manifest.tmpl`, `docker-manifest.tmpl`, `manifest.tpl`).
        if isManifestTemplate(name) { return .yaml }
        if name.hasSuffix(".json") { return nil }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { return .yaml }
        if name.hasSuffix(".sh") || name.hasSuffix(".bash") || Discovery.isMakefile(name: name) { return .shell }
        return hasShellShebang(bytes) ? .shell : nil
    }

    /// An HCL file that starts a line with a labelled `target` block (`target "app" {`), which bake's file format
    /// has and HashiCorp's other formats (Terraform, Packer, Nomad, Terragrunt, Vault) do not.
    static func declaresBakeTarget(_ bytes: [UInt8]) -> Bool {
        let keyword = Array("target".utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if bytes[lineStart..<lineEnd].starts(with: keyword) {
                let rest = bytes[(lineStart + keyword.count)..<lineEnd].drop { $0 == 0x20 || $0 == 0x09 }
                if rest.first == UInt8(ascii: "\"") { return true }
            }
            lineStart = lineEnd + 1
        }
        return false
    }

    /// Bake JSON by its content, whatever its name (`bake -f bakefile.json`): an object whose members are bake's
    /// block types only (`target`, `group`, `variable`, `function`), with `target`. Parsed only when `"target"` is
    /// in the bytes, so manifests and other JSON cost one scan.
    static func isBakeJSON(_ bytes: [UInt8]) -> Bool {
        guard Discovery.contains([Array("\"target\"".utf8)], in: bytes), case .success(.object(let members)) = JanssonParser.parse(bytes) else { return false }
        return members.contains { $0.key == "target" } && members.allSatisfy { ["target", "group", "variable", "function"].contains($0.key) }
    }

    /// Bake JSON by its (lowercased) name: `*docker-bake*.json` or `*.bake.json`.
    static func isBakeJSONName(_ name: String) -> Bool {
        name.hasSuffix(".json") && (name.contains("docker-bake") || name.hasSuffix(".bake.json"))
    }

    /// A drone-manifest / manifest-tool template by its name: `.tmpl` or `.tpl`, with `manifest` in it.
    static func isManifestTemplate(_ lowercasedName: String) -> Bool {
        (lowercasedName.hasSuffix(".tmpl") || lowercasedName.hasSuffix(".tpl")) && lowercasedName.contains("manifest")
    }

    /// `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/bin/bash -e`, dash, ksh, zsh.
    static func hasShellShebang(_ bytes: [UInt8]) -> Bool {
        guard bytes.starts(with: Array("#!".utf8)) else { return false }
        let line = String(decoding: bytes.prefix(256).prefix(while: { $0 != 0x0A }), as: UTF8.self)
        let words = line.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard var program = words.first.map({ String($0.split(separator: "/").last ?? "") }) else { return false }
        if program == "env" {
            program = words.dropFirst().first { !$0.hasPrefix("-") }.map(String.init) ?? ""
        }
        return ["sh", "bash", "dash", "ksh", "zsh", "ash"].contains(program)
    }

    /// YAML files that are workflows by their name, whatever they contain: ACR task names, `.gitlab-ci.yml`,
    /// `azure-pipelines.yml`, files under `.github/workflows/` (unless it is a folder GitHub does not run,
    /// `InputDocument.inWorkflowFolderNotRun`), GoReleaser configurations and bake files.
    static func format(namedBy path: String, workflowFolderRun: Bool = true) -> WorkflowFormat? {
        let name = String(path.lastPathComponent).asciiLowercased
        if name.hasPrefix("docker-bake") || (name.hasSuffix(".hcl") && name.contains("bake")) || isBakeJSONName(name) { return .bake }
        // `.goreleaser.yml` and the split configurations projects keep beside it (`.goreleaser.docker.yml`,
        // `.goreleaser-docker.yaml`), which may hold only `dockers:` and `docker_manifests:`.
        // (Not `goreleaser.yml` under `.github/workflows/` or a GitLab include: a CI file that runs GoReleaser.)
        if name.hasPrefix(".goreleaser"), name.hasSuffix(".yml") || name.hasSuffix(".yaml"), !path.contains(".github/workflows/") { return .goreleaser }
        if ["acr-task.yaml", "acr-task.yml", "acb.yaml", "acb.yml"].contains(name) || name.hasSuffix(".acr.yaml") || name.hasSuffix(".acr.yml") {
            return .acrTask
        }
        if [".gitlab-ci.yml", ".gitlab-ci.yaml"].contains(name) || name.hasPrefix("azure-pipelines") || name.hasSuffix(".vsts-ci.yml")
            || name.hasSuffix(".vsts-ci.yaml") || workflowFolderRun && path.contains(".github/workflows/")
        {
            return .ciYAML
        }
        return nil
    }

    /// Keys of an ACR task step.
    private static let acrStepKeys: Set<String> = ["build", "push", "cmd"]
    /// Keys whose value is shell in pipeline steps (Azure Pipelines, Drone, Woodpecker, Bitbucket, GitLab).
    private static let stepScriptKeys: Set<String> = ["script", "bash", "pwsh", "powershell", "commands", "run"]

    /// The workflow a YAML document is, from its content; nil for other YAML (compose files, Kubernetes objects,
    /// configuration). An ACR task has `version` and `steps` that are each `build`, `push` or `cmd`; CI files have
    /// GitHub `jobs` with `steps`, a composite action's `runs.steps`, GitLab jobs with `script`, pipeline `steps`
    /// (Azure Pipelines, Drone, Bitbucket) with script keys, or Travis' top-level `script`.
    static func format(of root: Node) -> WorkflowFormat? {
        guard let top = root.mapping else { return nil }
        if GoReleaserReader.isConfiguration(top) { return .goreleaser }
        if ManifestToolReader.isSpec(top) { return .manifestTool }
        if let targets = top["target"], !BakeReader.jsonBlocks(targets).isEmpty,
            top.keys.allSatisfy({ ["target", "group", "variable", "function"].contains($0.string ?? "") })
        {
            return .bake
        }
        if CloudBuildReader.isBuild(top) { return .cloudBuild }
        if top["version"] != nil, let steps = top["steps"]?.sequence, !steps.isEmpty,
            steps.allSatisfy({ step in step.mapping?.keys.contains { acrStepKeys.contains($0.string ?? "") } ?? false })
        {
            return .acrTask
        }
        if let jobs = top["jobs"]?.mapping, jobs.values.contains(where: { $0.mapping?["steps"] != nil || $0.mapping?["runs-on"] != nil }) {
            return .ciYAML
        }
        if top["runs"]?.mapping?["steps"] != nil { return .ciYAML }
        if top.contains(where: { $0.value.mapping?["script"] != nil }) { return .ciYAML }
        if ["script", "before_script", "before_install", "after_success"].contains(where: { top[$0] != nil }), top["language"] != nil || top["script"] != nil {
            return .ciYAML
        }
        if ["steps", "jobs", "stages", "pipelines"].contains(where: { top[$0] != nil }), containsScript(root, depth: 0) { return .ciYAML }
        return nil
    }

    private static func containsScript(_ node: Node, depth: Int) -> Bool {
        guard depth < 12 else { return false }
        if let mapping = node.mapping {
            return mapping.contains { key, value in
                (stepScriptKeys.contains(key.string ?? "") && (value.string != nil || value.sequence != nil)) || containsScript(value, depth: depth + 1)
            }
        }
        return node.sequence?.contains { containsScript($0, depth: depth + 1) } ?? false
    }
}
