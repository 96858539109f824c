import ArgumentParser
import Foundation
import ManifestLint

/// What to lint and how to read it; shared by `lint` and `baseline create`.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (searched recursively), - for standard input, or registry references (registry.example.com/team/app[:tag|@digest]); none: the current folder.")
    var paths: [String] = []

    @Option(help: "Check every document as this media type instead of detecting it.")
    var mediaType: String?

    @Option(help: "Glob of file names to read inside folders (repeatable; default: JSON, YAML, shell scripts, Makefiles, oci-layout and extensionless files, each linted only when its content is a manifest, index, layout or build workflow).")
    var include: [String] = []

    @Flag(help: "Treat named files like files found in folders: lint only those whose content is a manifest or build workflow, skip the rest silently (for hooks that pass changed files by name).")
    var discover = false

    @Option(help: "A file of NUL-separated paths to lint as if named on the command line (the pre-push hook's list; - for standard input).")
    var filesFrom: String?

    @Flag(help: "Exit 0 when the paths hold nothing to lint (default: say so and exit 2).")
    var allowEmpty = false

    @Option(help: "Glob of files or folders to skip inside folders (repeatable).")
    var exclude: [String] = []

    @Option(help: "Largest document accepted, in bytes.")
    var maxSize: Int = 4 * 1024 * 1024

    @Option(help: "Repository root that report paths are relative to (default: the nearest folder with .git).")
    var root: String?

    @Flag(help: .hidden)
    var timings = false

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
    /// `times` (`--timings`) collects the CPU time of each phase.
    func lint(rules: RuleOptions, registry: RegistryOptions, ownFiles: [String] = [], times: PhaseTimes? = nil) throws -> (results: [LintResult], built: PolicyBuilder.Built, paths: RepositoryPaths) {
        let prepared = try prepare(rules: rules, registry: registry, ownFiles: ownFiles, times: times)
        var results: [LintResult] = []
        prepared.lint { results.append($0) }
        // The workers' document trees are freed by now; hand the pages glibc keeps for them back before the
        // report is built, so peak memory is the results and the report, not every tree the run parsed.
        FreedMemory.release()
        return (results, prepared.built, prepared.paths)
    }

    /// The rules in force and the run that lints the inputs with them (registry references are audited here).
    func prepare(rules: RuleOptions, registry: RegistryOptions, ownFiles: [String] = [], times: PhaseTimes? = nil) throws -> PreparedLint {
        // Nothing named: the current folder, as hadolint, ShellCheck's wrappers and ESLint users expect.
        let paths = self.paths.isEmpty && registry.catalogs.isEmpty && filesFrom == nil && registry.referencesFrom == nil ? ["."] : self.paths
        let built = try rules.build()
        let includes = !include.isEmpty ? include : built.configuration.include
        var collector = InputCollector(include: includes, exclude: exclude + built.configuration.exclude, maxDocumentSize: maxSize)
        collector.ownFiles = Set(ownFiles)
        collector.discoverNamedFiles = discover
        collector.fifoWriterWait = registry.timeout
        if let filesFrom { collector.listed = try Self.listedFiles(filesFrom) }
        var linter = Linter(forcedMediaType: mediaType, policy: built.policy)
        linter.times = times
        linter.maxDocumentSize = maxSize
        let (files, references) = RegistryOptions.split(paths)
        let repository = RepositoryPaths(root: root)
        let audit = try registry.prepareAudit(references, linter: linter, configuration: built.configuration)
        return PreparedLint(built: built, paths: repository, run: LintRun(collector: collector, linter: linter, paths: repository), files: files, audit: audit)
    }

    /// The paths of a `--files-from` list: NUL-separated bytes, empty entries skipped.
    private static func listedFiles(_ path: String) throws -> [FileName] {
        let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
        guard let handle, let data = try? handle.readToEnd() ?? Data() else {
            Console.error("--files-from \(path): cannot be read")
            throw ExitCode(ExitStatus.usage)
        }
        return data.split(separator: 0).map { FileName(bytes: Array($0)) }
    }

    /// False, after saying so on stderr, when the run found nothing to lint and `--allow-empty` was not given
    /// (the caller exits 2, as ESLint does for patterns that match nothing): a CI job pointed at the wrong folder
    /// should not pass quietly.
    func foundSomething(_ results: [LintResult]) -> Bool {
        foundSomething(RunTally(results: results))
    }

    func foundSomething(_ tally: RunTally) -> Bool {
        guard !allowEmpty, tally.foundNothing else { return true }
        let others = tally.others
        let detail = others > 0 ? " (\(others) other file\(others == 1 ? "" : "s") skipped: not manifests, indexes, layouts or build workflows)" : ""
        Console.error("nothing to lint in \(paths.isEmpty ? "." : paths.joined(separator: " "))\(detail); pass --allow-empty to accept an empty run")
        return false
    }
}

/// A lint run set up: the rules in force, where the repository is, and the inputs.
struct PreparedLint {
    let built: PolicyBuilder.Built
    let paths: RepositoryPaths
    let run: LintRun
    let files: [String]
    /// Registry references and catalogs, audited after the files, their results handed over as they come.
    let audit: PreparedAudit?

    /// Hands each result to `deliver` in report order as the run goes on; what was not checked (an input that cannot
    /// be read, a limit, a registry that did not answer) is said on standard error as well, naming the input.
    func lint(_ deliver: (LintResult) -> Void) {
        func handOver(_ result: LintResult) {
            for finding in result.findings where finding.marksIncomplete {
                // Each line names what was not checked: a registry's message names a host, not the tag.
                Console.error(finding.message.hasPrefix(result.path) ? finding.message : "\(result.path): \(finding.message)")
            }
            deliver(result)
        }
        run.lint(files, deliver: handOver)
        audit?.run { result in
            var result = result
            Fingerprints.assign(to: &result, paths: paths)
            handOver(result)
        }
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
