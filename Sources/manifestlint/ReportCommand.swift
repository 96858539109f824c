import ArgumentParser
import Foundation
import ManifestLint

/// `manifestlint report merge`: the reports of the shards of an audit as one.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Work with reports manifestlint wrote.", subcommands: [MergeReports.self])
}

struct MergeReports: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge JSON or SARIF reports (the shards of one audit) into one; exits as lint would on the merged findings.",
        discussion: """
            Example: manifestlint report merge --output audit.sarif shard-0.sarif shard-1.sarif
            JSON reports: findings concatenated and sorted, summaries added up. SARIF reports: one run per input run,
            or with --single-run one run holding every result. Exit 3 when anything was not checked, 1 for an error
            finding, else 0.
            """)

    @Argument(help: "Reports written by manifestlint lint --format json or --format sarif, all of one format.")
    var reports: [String]

    @Option(help: "Write the merged report here instead of standard output (never one of the inputs).")
    var output: String?

    @Flag(help: "SARIF: one run with every result instead of one run per input run.")
    var singleRun = false

    func run() throws {
        var inputs: [(path: String, bytes: [UInt8])] = []
        for path in reports {
            guard let data = FileManager.default.contents(atPath: path) else {
                Console.error("\(path): cannot be read")
                throw ExitCode(ExitStatus.usage)
            }
            inputs.append((path, [UInt8](data)))
        }
        if let output {
            let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
            if reports.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path == target }) {
                Console.error("--output \(output) is one of the reports being merged; choose another file")
                throw ExitCode(ExitStatus.usage)
            }
        }
        let merged: ReportMerge.Merged
        do {
            merged = try ReportMerge.merge(inputs, singleRun: singleRun)
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(merged.bytes)) else {
                Console.error("\(output): cannot be written")
                throw ExitCode(ExitStatus.usage)
            }
        } else {
            try FileHandle.standardOutput.write(contentsOf: Data(merged.bytes))
        }
        if merged.status != ExitStatus.passed { throw ExitCode(merged.status) }
    }
}
