import ArgumentParser
import Foundation
import ManifestLint

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, gitlab, junit, html
}

extension FailLevel: ExpressibleByArgument {}

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// The values of an option's enumeration read from the raw values: argument parsing asks for them on every run,
/// and the library's default spells each case with `String(describing:)`, which costs dynamic casts at start-up.
extension ExpressibleByArgument where Self: CaseIterable & RawRepresentable, RawValue == String {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check manifest files and folders.",
        discussion: """
            Exit codes: 0 everything checked, nothing at or above --fail-on; 1 findings at or above --fail-on (new \
            ones only with --baseline); 2 usage or configuration error (bad option, config or rule file refused, a \
            path that does not exist, nothing to lint); 3 incomplete: something was not checked (an unreadable file \
            or folder, a limit, a registry that did not answer), named on stderr and in the report.

            Examples:
              manifestlint lint index.json
              manifestlint lint Examples/ --format json --output report.json
              manifestlint lint . --format sarif --output manifestlint.sarif
              manifestlint lint . --baseline .manifestlint-baseline.json --fail-on warning
              docker manifest inspect -v alpine | manifestlint lint -
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Report format: text, json, sarif (SARIF 2.1.0), github (Actions annotations), gitlab (Code Quality), junit or html (a registry audit's page).")
    var format: ReportFormat = .text

    @Option(help: "SARIF automationDetails category, to keep several uploads of one tool apart in code scanning.")
    var sarifCategory: String?

    @Flag(help: "Text format: show the source line, a caret under the node, its JSON pointer and help under each finding (default on a terminal).")
    var showSource = false

    @Flag(help: "Text format: one line per finding, no source excerpt, even on a terminal (for editors and narrow logs).")
    var compact = false

    @Option(help: "Text format colour: auto (a terminal without NO_COLOR), always or never.")
    var color: ColorMode = .auto

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Lowest severity that fails the run: error, warning, note or none.")
    var failOn: FailLevel = .error

    @Option(help: "Baseline file from `manifestlint baseline create`; only findings not in it fail.")
    var baseline: String?

    @OptionGroup(title: "Rules") var ruleOptions: RuleOptions

    @OptionGroup(title: "Registries") var registryOptions: RegistryOptions

    func run() throws {
        let accepted: Baseline?
        do {
            accepted = try baseline.map { path throws(BaselineError) in try Baseline.load(path: path) }
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        let times = input.timings ? PhaseTimes() : nil
        let prepared = try input.prepare(rules: ruleOptions, registry: registryOptions, ownFiles: [baseline, output].compactMap { $0 }, times: times)
        let rules = RuleDescriptor.all(catalog: prepared.built.catalog, policy: prepared.built.policy)
        let code: Int32
        switch format {
        case .json, .text, .junit: code = try stream(prepared, rules: rules, baseline: accepted, times: times)
        case .sarif, .github, .gitlab, .html: code = try buffer(prepared, rules: rules, baseline: accepted, times: times)
        }
        if let times { Console.error(times.summary) }
        // The report is out: end here, leaving the results to the process's exit rather than freeing every result
        // and finding one by one on the way out (a serial tail of milliseconds on a large run, with both cores idle).
        Foundation.exit(code)
    }

    /// The text, JSON and JUnit reports, written as the results come (in input order): the run holds no results, so
    /// its memory does not grow with the number of files. Returns the exit code.
    private func stream(_ prepared: PreparedLint, rules: [RuleDescriptor], baseline: Baseline?, times: PhaseTimes?) throws -> Int32 {
        let destination = try open()
        var report: any ReportStream
        switch format {
        case .json: report = JSONReportStream(rules: rules, paths: prepared.paths, output: destination)
        case .junit:
            do {
                report = try JUnitReportStream(failLevel: failOn, paths: prepared.paths, output: destination)
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
        default: report = TextReportStream(report: textReport(), rules: rules, output: destination)
        }
        let known = baseline?.fingerprints
        var tally = RunTally()
        prepared.lint { result in
            var result = result
            if let known { Baseline.mark(&result, known: known) }
            tally.add(result)
            report.add(result)
        }
        times.measureWall(.report) { report.finish(summary: tally.summary) }
        try close(destination)
        return input.foundSomething(tally) ? failOn.exitCode(for: tally) : ExitStatus.usage
    }

    /// The other reports, built from the whole run (SARIF keeps its 25,000 most important results, GitHub its first
    /// annotations by severity): what the run holds is the results with findings, and the counts. Returns the exit code.
    private func buffer(_ prepared: PreparedLint, rules: [RuleDescriptor], baseline: Baseline?, times: PhaseTimes?) throws -> Int32 {
        let destination = try open()
        let known = baseline?.fingerprints
        var tally = RunTally()
        var results: [LintResult] = []
        var inventory: [(path: String, platforms: [String])] = []
        prepared.lint { result in
            var result = result
            if let known { Baseline.mark(&result, known: known) }
            tally.add(result)
            if !result.findings.isEmpty { results.append(result) }
            if format == .html, let platforms = result.platforms { inventory.append((result.path, platforms)) }
        }
        // The workers' document trees are freed by now; hand the pages glibc keeps for them back before the
        // report is built, so peak memory is the results and the report, not every tree the run parsed.
        FreedMemory.release()
        var context = ReportContext(results: results, rules: rules, paths: prepared.paths, baselineUsed: baseline != nil, failLevel: failOn)
        context.summary = tally.summary
        let code = input.foundSomething(tally) ? failOn.exitCode(for: tally) : ExitStatus.usage
        context.exitCode = code
        context.sarifCategory = sarifCategory
        context.inventory = inventory
        if let required = prepared.built.policy.engine.rules.first(where: { $0.rule.id == "required-platforms" }),
           case .array(let values)? = required.parameters["platforms"] {
            context.requiredPlatforms = values.compactMap(\.stringValue)
        }
        let report = try times.measureWall(.report) { try render(context: context) }
        destination.write(report)
        try close(destination)
        return code
    }

    /// Standard output, or the `--output` file, opened before the run (a path that cannot be written ends it: exit 2).
    private func open() throws -> ReportOutput {
        guard let output else { return ReportOutput() }
        do {
            return try ReportOutput(path: output)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }

    private func close(_ destination: ReportOutput) throws {
        do {
            try destination.close()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }

    /// The text report as this run shows it: colour and source excerpts on a terminal, cut to its width.
    private func textReport() -> TextReport {
        let terminal = output == nil && isatty(STDOUT_FILENO) != 0
        let colored = color == .always || (color == .auto && terminal && Terminal.wantsColor)
        var text = TextReport(colored: colored, showSource: !compact && (showSource || terminal))
        if let columns = Terminal.columns { text.width = max(40, columns - 10) }
        return text
    }

    /// A report built from the whole run (SARIF, GitHub, GitLab), as the bytes to write. `context` holds only the
    /// results with findings and the run's counts.
    private func render(context: ReportContext) throws -> [UInt8] {
        let report: String
        switch format {
        case .json, .text, .junit: preconditionFailure("\(format) reports are written as the run goes on (stream)")
        case .sarif: report = try SARIFReport(context: context).rendered()
        case .github:
            let github = GitHubReport(context: context)
            report = github.rendered()
            if let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
                // Appended, as every step's summary is; a failure to write it is not the run's failure.
                if let handle = FileHandle(forWritingAtPath: summary) {
                    _ = try? handle.seekToEnd()
                    try? handle.write(contentsOf: Data(github.stepSummary().utf8))
                    try? handle.close()
                }
            }
        case .gitlab: report = try GitLabReport(context: context).rendered()
        case .html: report = HTMLReport(context: context).rendered()
        }
        return Array(report.utf8)
    }
}

enum Terminal {
    /// The width of the terminal standard output is, or `$COLUMNS`; nil when neither says.
    static var columns: Int? {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var wantsColor: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
