import ArgumentParser
import Foundation
import ManifestLint

/// What to lint and how to read it; shared by `lint` and `baseline create`.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (searched recursively), - for standard input, or registry references (registry.example.com/team/app[:tag|@digest]).")
    var paths: [String] = []

    @Option(help: "Check every document as this media type instead of detecting it.")
    var mediaType: String?

    @Option(help: "Glob of file names to lint inside folders (repeatable; default *.json plus build workflows: *.sh, Makefile, acr-task.yaml, *.acr.yaml, CI YAML).")
    var include: [String] = []

    @Option(help: "Glob of files or folders to skip inside folders (repeatable).")
    var exclude: [String] = []

    @Option(help: "Largest document accepted, in bytes.")
    var maxSize: Int = 4 * 1024 * 1024

    @Option(help: "Repository root that report paths are relative to (default: the nearest folder with .git).")
    var root: String?

    /// What folder walks pick up unless told otherwise.
    static let defaultIncludes = ["*.json", "oci-layout"] + WorkflowFormat.defaultGlobs

    func validate() throws {
        if let mediaType, DocumentKind(mediaType: mediaType) == nil {
            let known = DocumentKind.knownMediaTypes.joined(separator: ", ")
            throw ValidationError("Unknown --media-type '\(mediaType)'. Known: \(known)")
        }
        if maxSize <= 0 || maxSize > Limits.documentSizeCeiling {
            throw ValidationError("--max-size must be a number of bytes above 0 and at most \(Limits.documentSizeCeiling).")
        }
    }

    /// Lints the inputs with the rules in force; results carry fingerprints.
    /// `ownFiles` (baseline, report) are skipped when a folder walk meets them.
    func lint(rules: RuleOptions, registry: RegistryOptions, ownFiles: [String] = []) throws -> (results: [LintResult], built: PolicyBuilder.Built, paths: RepositoryPaths) {
        if paths.isEmpty && registry.catalogs.isEmpty {
            throw ValidationError("Name at least one file, folder, registry reference, or - for standard input.")
        }
        let built = try rules.build()
        let includes = !include.isEmpty ? include : (!built.configuration.include.isEmpty ? built.configuration.include : Self.defaultIncludes)
        var collector = InputCollector(include: includes, exclude: exclude + built.configuration.exclude, maxDocumentSize: maxSize)
        collector.ownFiles = Set(ownFiles)
        let linter = Linter(forcedMediaType: mediaType, policy: built.policy)
        let (files, references) = RegistryOptions.split(paths)
        var results = LintRun(collector: collector, linter: linter).lint(files) + registry.audit(references, linter: linter, configuration: built.configuration)
        let repository = RepositoryPaths(root: root)
        Fingerprints.assign(to: &results, paths: repository)
        for result in results where result.inputFailed {
            Console.error(result.findings.first?.message ?? result.path)
        }
        return (results, built, repository)
    }
}

enum Console {
    /// `multiline` keeps the line breaks of manifestlint's own multi-line messages; everything else is escaped.
    static func error(_ message: String, multiline: Bool = false) {
        // Escaped: a file name or tag carrying a newline must not start a line of its own (a GitHub workflow
        // command on stderr), nor ESC sequences reach the terminal. A closed stderr is not worth a crash.
        try? FileHandle.standardError.write(contentsOf: Data("manifestlint: \(DisplayText.escaped(message, keeping: multiline ? ["\n"] : []))\n".utf8))
    }
}
