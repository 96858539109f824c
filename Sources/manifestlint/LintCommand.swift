import ArgumentParser
import Foundation
import ManifestLint

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check manifest files and folders.",
        discussion: """
            Exit codes: 0 no error findings, 1 error findings, 2 usage error or unreadable input.

            Examples:
              manifestlint lint index.json
              manifestlint lint Examples/ --format json --output report.json
              docker manifest inspect -v alpine | manifestlint lint -
              manifestlint lint --media-type application/vnd.oci.image.config.v1+json config.json
            """
    )

    @Argument(help: "Files, folders (searched recursively) or - for standard input.")
    var paths: [String] = []

    @Option(help: "Report format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Check every document as this media type instead of detecting it.")
    var mediaType: String?

    @Option(help: "Glob of file names to lint inside folders (repeatable; default *.json).")
    var include: [String] = []

    @Option(help: "Glob of files or folders to skip inside folders (repeatable).")
    var exclude: [String] = []

    @Option(help: "Largest document accepted, in bytes.")
    var maxSize: Int = 4 * 1024 * 1024

    @OptionGroup(title: "Rules") var ruleOptions: RuleOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file, folder, or - for standard input.") }
        if let mediaType, DocumentKind(mediaType: mediaType) == nil {
            let known = DocumentKind.knownMediaTypes.joined(separator: ", ")
            throw ValidationError("Unknown --media-type '\(mediaType)'. Known: \(known)")
        }
        if maxSize <= 0 { throw ValidationError("--max-size must be a positive number of bytes.") }
    }

    func run() throws {
        let built = try ruleOptions.build()
        let includes = !include.isEmpty ? include : (!built.configuration.include.isEmpty ? built.configuration.include : ["*.json"])
        let collector = InputCollector(include: includes, exclude: exclude + built.configuration.exclude, maxDocumentSize: maxSize)
        let linter = Linter(forcedMediaType: mediaType, policy: built.policy)
        let results = LintRun(collector: collector, linter: linter).lint(paths)
        let report: String
        switch format {
        case .json: report = try JSONReport(results: results).rendered()
        case .text: report = TextReport(colored: output == nil && Terminal.wantsColor).rendered(results)
        }
        if let output {
            do {
                try Data(report.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                FileHandle.standardError.write(Data("manifestlint: cannot write \(output): \(error.localizedDescription)\n".utf8))
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(Data(report.utf8))
        }
        for result in results where result.inputFailed {
            FileHandle.standardError.write(Data("manifestlint: \(result.findings.first?.message ?? result.path)\n".utf8))
        }
        if results.contains(where: \.inputFailed) { throw ExitCode(2) }
        if results.flatMap(\.findings).contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var wantsColor: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
