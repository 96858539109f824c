import Foundation
import ManifestLint

/// One parser surface that the fuzzer (or the replay tool) feeds with bytes. Thrown errors and findings are
/// the expected outcome for broken input; only a crash, a hang or unbounded memory is a bug.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// A JSON document through the whole lint of one file: strict parse, kind, schema, rules, positions.
    case json
    /// A build workflow (shell, ACR task YAML, CI YAML, bake, GoReleaser, manifest templates, Cloud Build); the first
    /// byte picks the file name, the rest is the file.
    case workflow
    /// The same bytes as a rule file (loaded, then its examples run) and as a `.manifestlint.yaml`.
    case yaml
    /// A CEL expression: parsed, checked as a rule's expression is, and evaluated over a sample index with a small
    /// cost budget (an expression comes from a rule file, which a pull request may write).
    case cel

    /// The environment variable that selects the target.
    static let environmentKey = "MANIFESTLINT_FUZZ_TARGET"

    static var names: String { allCases.map(\.rawValue).joined(separator: " | ") }

    func run(_ bytes: [UInt8]) {
        switch self {
        case .json: _ = Surfaces.documentLinter.lint(bytes: bytes, path: "index.json")
        case .workflow: Surfaces.lintWorkflow(bytes)
        case .yaml: Surfaces.loadRule(bytes); Surfaces.loadConfiguration(bytes)
        case .cel: Surfaces.evaluateExpression(bytes)
        }
    }
}

/// The state shared by every input, built once per process.
enum Surfaces {
    /// The default rule pack; it is embedded in the binary, so failing to load it is a build bug.
    static let policy: LintPolicy = required("the default rule pack") { () throws(YAMLFileError) in try LintPolicy.defaults() }
    static let defaultCatalog: RuleCatalog = required("the default rule pack") { () throws(YAMLFileError) in try RuleCatalog.defaultPack() }

    /// The lint of one document. Layouts are not followed: with the path `index.json` the linter would
    /// otherwise look for `./oci-layout` and walk whatever the working folder holds.
    static let documentLinter: Linter = {
        var linter = Linter(forcedMediaType: nil, policy: policy)
        linter.deepLayouts = false
        return linter
    }()

    /// Names that select each workflow reader: shell, ACR tasks, the job graphs (GitHub, GitLab, Azure) and the
    /// build formats (bake HCL and JSON, GoReleaser, manifest templates, Cloud Build).
    static let workflowNames = [
        "build.sh", "acr-task.yaml", ".github/workflows/ci.yml", ".gitlab-ci.yml", "azure-pipelines.yml", "docker-bake.hcl",
        "docker-bake.json", ".goreleaser.yaml", "docker/manifest.tmpl", "cloudbuild.yaml",
    ]

    static func lintWorkflow(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let name = workflowNames[Int(selector) % workflowNames.count]
        _ = documentLinter.lint(bytes: Array(bytes.dropFirst()), path: name)
    }

    static let sampleIndexValue: JSONValue = (try? JanssonParser.parse(sampleIndex).get()) ?? .null

    static func evaluateExpression(_ bytes: [UInt8]) {
        guard let text = String(bytes: bytes, encoding: .utf8), let expression = try? CELParser.parse(text) else { return }
        // Built per input, not kept in a static: LeakSanitizer cannot follow Swift's tagged enum pointers and would
        // report a value held for the whole process as leaked.
        let celSubject = CELValue(json: sampleIndexValue)
        var evaluator = CELEvaluator(variables: ["subject": celSubject, "value": celSubject, "params": .map([]), "now": .null], budget: 20_000)
        _ = try? evaluator.evaluate(expression)
    }

    /// A user rule file: loading it, then `rules test` on its own examples, which runs the rule's checks.
    static func loadRule(_ bytes: [UInt8]) {
        // Rule folders skip files that are not UTF-8 with an error, before any YAML parsing.
        guard let text = String(bytes: bytes, encoding: .utf8) else { return }
        guard let rule = try? RuleLoader.load(text: text, path: "fuzz-rule.yaml") else { return }
        _ = RuleExampleRunner.run(rule)
    }

    /// A sample index the configured policy is applied to, so rule parameters from the config are used.
    static let sampleIndex = Array(#"""
        {"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
        {"mediaType":"application/vnd.oci.image.manifest.v1+json","size":7143,
        "digest":"sha256:e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f",
        "platform":{"architecture":"amd64","os":"linux"}}],"annotations":{"org.opencontainers.image.source":"x"}}
        """#.utf8)

    /// A sample build script for the workflow rules (platforms, typo distance) under the configured policy.
    static let sampleScript = Array("""
        docker buildx build --platform linux/amd64,linux/arm64 -t registry.example/team/app:1.0 --push .
        docker push registry.example/team/ap:1.0
        """.utf8)

    /// A config file: `Configuration.load` only reads paths, so the bytes go to a scratch file for the call.
    static func loadConfiguration(_ bytes: [UInt8]) {
        let path = ScratchFile.configPath
        required("the scratch config file \(path)") { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
        let result = try? Configuration.load(path: path)
        unlink(path)
        guard let (loaded, source) = result else { return }
        var configuration = loaded
        guard (try? configuration.readRules(from: source, catalog: defaultCatalog)) != nil else { return }
        var linter = documentLinter
        linter.policy = LintPolicy(catalog: defaultCatalog, settings: configuration.rules)
        _ = linter.lint(bytes: sampleIndex, path: "index.json")
        _ = linter.lint(bytes: sampleScript, path: "build.sh")
    }

    /// Setup that must work for the fuzz run to mean anything: a failure stops the process with exit 2.
    static func required<T, E: Error>(_ what: String, _ body: () throws(E) -> T) -> T {
        do { return try body() } catch {
            FileHandle.standardError.write(Data("ManifestLintFuzz: \(what): \(error)\n".utf8))
            exit(2)
        }
    }
}

/// `/tmp/manifestlint-fuzz/PID.manifestlint.yaml`: one name per process (fuzzers run in parallel), written and
/// removed for each input, so a crashing input (or a killed fuzzer) leaves at most one file behind.
enum ScratchFile {
    static let configPath: String = {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("manifestlint-fuzz")
        Surfaces.required("cannot create \(folder)") {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        return (folder as NSString).appendingPathComponent("\(getpid()).manifestlint.yaml")
    }()
}

extension FuzzTarget {
    /// The target named by `MANIFESTLINT_FUZZ_TARGET`; nil when unset, exit 2 when it names no target.
    static func fromEnvironment() -> FuzzTarget? {
        guard let name = ProcessInfo.processInfo.environment[environmentKey], !name.isEmpty else { return nil }
        return named(name)
    }

    /// The target called `name`, or exit 2 with the list of targets.
    static func named(_ name: String) -> FuzzTarget {
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("ManifestLintFuzz: unknown target \"\(name)\" (known: \(names))\n".utf8))
            exit(2)
        }
        return target
    }
}
