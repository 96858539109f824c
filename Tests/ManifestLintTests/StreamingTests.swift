import Foundation
import Testing
@testable import ManifestLint

/// The run that reports while it goes on (issue 15: flat memory): the folder walk hands files over in report order,
/// the results come back in that order whatever the workers' pace, and the streamed JSON and text reports are the
/// bytes the whole-run reports were.
@Suite("Streamed run")
struct StreamingTests {
    private static let brokenIndex = Samples.brokenIndex

    /// Names whose order differs between "sort each folder by name" and "sort the whole paths": `a.json` before
    /// `a/…` ('.' < '/'), `a-b/…` before `a/…` ('-' < '/'), `a/…` before `a0.json` ('/' < '0'), upper case first,
    /// non-ASCII last, and a FIFO and a link out of the tree (skipped entries) among them.
    private func makeTree(in folder: String) throws -> [String] {
        let files = ["a.json", "a/x.json", "a/b/z.json", "a-b/y.json", "a0.json", "b.json", "b/c.json", "Z.json",
                     "é.json", "e.json", "x y.json", "a/b.json", "a/b-c/d.json", "ab/a.json"]
        for file in files { try write(Self.brokenIndex, to: folder + "/tree/" + file) }
        #expect(mkfifo(folder + "/tree/a/pipe.json", 0o644) == 0)
        try write(Self.brokenIndex, to: folder + "/outside.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/tree/b/out.json", withDestinationPath: "../../outside.json")
        return files + ["a/pipe.json", "b/out.json"]
    }

    @Test func theWalkHandsFilesOverInTheOrderOfTheirWholePaths() throws {
        let folder = try makeScratch("walk-order")
        defer { removeScratch(folder) }
        let names = try makeTree(in: folder)
        let shown = InputCollector().expand([folder + "/tree"]).map(\.display)
        #expect(Set(shown) == Set(names.map { folder + "/tree/" + $0 }))
        // The order every report had when the walk's whole list was sorted at its end.
        #expect(shown == shown.sorted(), "\(shown)")
        #expect(shown.firstIndex(of: folder + "/tree/a.json")! < shown.firstIndex(of: folder + "/tree/a/x.json")!)
        #expect(shown.firstIndex(of: folder + "/tree/a-b/y.json")! < shown.firstIndex(of: folder + "/tree/a/b.json")!)
    }

    /// A link to a file the tree has by its own name is left out, a link to a file it has only through links is
    /// kept once (the first), each decided where it stands in the order.
    @Test func linksToFilesAreDecidedInTheirPlaces() throws {
        let folder = try makeScratch("walk-links")
        defer { removeScratch(folder) }
        let tree = folder + "/tree"
        try write(Self.brokenIndex, to: tree + "/z/real.json")
        try write(Self.brokenIndex, to: tree + "/node_modules/dep.json")
        try write(Self.brokenIndex, to: tree + "/m.json")
        try FileManager.default.createSymbolicLink(atPath: tree + "/0-link.json", withDestinationPath: "z/real.json")
        try FileManager.default.createSymbolicLink(atPath: tree + "/1-link.json", withDestinationPath: "node_modules/dep.json")
        try FileManager.default.createSymbolicLink(atPath: tree + "/2-link.json", withDestinationPath: "node_modules/dep.json")
        let shown = InputCollector().expand([tree]).map(\.display)
        #expect(shown == [tree + "/1-link.json", tree + "/m.json", tree + "/z/real.json"])
    }

    /// A `vendor` folder is left out when Go (`modules.txt`) or Composer (`autoload.php`) filled it; any other
    /// `vendor` folder is walked, and so is a folder inside one that is named to be linted.
    @Test func vendoredDependenciesAreNotWalked() throws {
        let folder = try makeScratch("walk-vendor")
        defer { removeScratch(folder) }
        let tree = folder + "/tree"
        try write(Self.brokenIndex, to: tree + "/go/vendor/example.com/lib/index.json")
        try write("# example.com/lib v1.0.0\n", to: tree + "/go/vendor/modules.txt")
        try write(Self.brokenIndex, to: tree + "/php/vendor/acme/index.json")
        try write("<?php\n", to: tree + "/php/vendor/autoload.php")
        try write(Self.brokenIndex, to: tree + "/own/vendor/index.json")
        #expect(InputCollector().expand([tree]).map(\.display) == [tree + "/own/vendor/index.json"])
        #expect(InputCollector().expand([tree + "/go/vendor/example.com"]).map(\.display) == [tree + "/go/vendor/example.com/lib/index.json"])
    }

    /// A `pyvenv.cfg` hides no folder (review 7: an empty one in `.github/` hid every workflow from the gate): a
    /// virtual environment is walked, its files are read by content, and its links out of the tree are reported.
    @Test func aMarkerFileHidesNoFolder() throws {
        let folder = try makeScratch("walk-venv")
        defer { removeScratch(folder) }
        let tree = folder + "/tree"
        try write("home = /usr/bin\n", to: tree + "/quality_check_env/pyvenv.cfg")
        try write(Self.brokenIndex, to: tree + "/quality_check_env/lib/index.json")
        try write(Self.brokenIndex, to: tree + "/env-docs/index.json")
        #expect(InputCollector().expand([tree]).map(\.display) == [tree + "/env-docs/index.json", tree + "/quality_check_env/lib/index.json"])
    }

    /// A folder reached by its own name and through links is walked by its name, whichever sorts first (the names
    /// reports show, and baselines keep, do not depend on the order of a directory listing); when its name is
    /// excluded, by the first link.
    @Test func aFolderIsWalkedByItsOwnNameBeforeAnyLinkToIt() throws {
        let folder = try makeScratch("folder-links")
        defer { removeScratch(folder) }
        let tree = folder + "/tree"
        try write(Self.brokenIndex, to: tree + "/v2/index.json")
        try FileManager.default.createSymbolicLink(atPath: tree + "/current", withDestinationPath: "v2")
        try FileManager.default.createSymbolicLink(atPath: tree + "/a-latest", withDestinationPath: "v2")
        #expect(InputCollector().expand([tree]).map(\.display) == [tree + "/v2/index.json"])
        #expect(InputCollector(exclude: ["v2"]).expand([tree]).map(\.display) == [tree + "/a-latest/index.json"])
    }

    /// With `--output`, the report a previous run left is kept until the run is over (the streamed report gathers
    /// beside it): a run that is stopped, or still waiting for its input, has not emptied it.
    @Test func theOutputFileKeepsItsReportUntilTheRunIsOver() throws {
        let folder = try makeScratch("output-kept")
        defer { removeScratch(folder) }
        try "previous report\n".write(toFile: folder + "/report.json", atomically: false, encoding: .utf8)
        try FileManager.default.linkItem(atPath: folder + "/report.json", toPath: folder + "/same-file.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repository.binary)
        process.arguments = ["lint", "--no-config", "--format", "json", "--output", "report.json", "-"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = Watchdog(process)
        defer { watchdog.cancel() }
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try String(contentsOfFile: folder + "/report.json", encoding: .utf8) == "previous report\n")
        try input.fileHandleForWriting.write(contentsOf: Data(Self.brokenIndex.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let report = try String(contentsOfFile: folder + "/report.json", encoding: .utf8)
        #expect(report.contains("\"invalid-digest\"") && report.hasSuffix("}\n"))
        // Written into the file, not renamed over it: the other name of the file shows the new report too.
        #expect(try String(contentsOfFile: folder + "/same-file.json", encoding: .utf8) == report)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".manifestlint-report") }
        #expect(leftovers.isEmpty)
    }

    /// A run with nothing to report gives the same JUnit document streamed as whole (no test case, no stray line).
    @Test func anEmptyJUnitStreamIsTheWholeEmptyReport() throws {
        let folder = try makeScratch("junit-empty")
        defer { removeScratch(folder) }
        let output = try ReportOutput(path: folder + "/empty.xml")
        var junit = try JUnitReportStream(failLevel: .error, paths: RepositoryPaths(), output: output)
        junit.finish(summary: ReportSummary(results: []))
        try output.close()
        let whole = JUnitReport(context: ReportContext(results: [], rules: [], paths: RepositoryPaths())).rendered()
        #expect(try String(contentsOfFile: folder + "/empty.xml", encoding: .utf8) == whole)
        #expect(whole.contains("tests=\"0\""))
    }

    /// However few inputs the workers may run ahead (down to one), the results come back in the walk's order,
    /// followed by nothing else; a link held back until the walk ends does not stall the run.
    @Test(arguments: [1, 3, 2048])
    func resultsComeBackInInputOrder(window: Int) throws {
        let folder = try makeScratch("run-order-\(window)")
        defer { removeScratch(folder) }
        let tree = folder + "/tree"
        for index in 0..<40 { try write(Self.brokenIndex, to: tree + "/d\(index % 7)/f\(index).json") }
        try write(Self.brokenIndex, to: tree + "/only-linked/target.json")
        try FileManager.default.createSymbolicLink(atPath: tree + "/d0/link.json", withDestinationPath: "../d1/f1.json")
        let collector = InputCollector(include: ["*.json"], exclude: ["only-linked"])
        try FileManager.default.createSymbolicLink(atPath: tree + "/d3/kept.json", withDestinationPath: "../only-linked/target.json")
        let expected = collector.expand([tree, folder + "/tree/d2/f2.json"]).map(\.display)
        var run = LintRun(collector: collector, linter: Linter())
        run.window = window
        let results = run.lint([tree, folder + "/tree/d2/f2.json"])
        #expect(results.map(\.path) == expected)
        #expect(expected.count == 42 && expected.contains(tree + "/d3/kept.json") && !expected.contains(tree + "/d0/link.json"))
        #expect(results.allSatisfy { $0.findings.contains { $0.rule == "invalid-digest" } })
    }

    /// The streamed reports (JSON, text, JUnit), fed result by result through a file (past the 64 KiB at which they
    /// write), are the bytes of the reports built from the whole run: with and without a baseline, with source excerpts.
    @Test func streamedReportsAreTheWholeReports() throws {
        let folder = try makeScratch("streamed-reports")
        defer { removeScratch(folder) }
        let once = LintRun(collector: InputCollector(), linter: Linter(policy: try LintPolicy.defaults())).lint([Repository.fixtures.path])
        #expect(once.contains { !$0.findings.isEmpty })
        var results = Array(repeating: once, count: 4).flatMap { $0 }
        var known = Set<String>()
        for (index, finding) in results.flatMap(\.findings).enumerated() where index % 3 == 0 { known.insert(finding.fingerprint) }
        for marked in [false, true] {
            if marked { for index in results.indices { Baseline.mark(&results[index], known: known) } }
            let paths = RepositoryPaths(root: Repository.root.path)
            let rules = RuleDescriptor.all(catalog: try RuleCatalog.defaultPack(), policy: try LintPolicy.defaults())
            var tally = RunTally()
            let jsonPath = folder + "/report-\(marked).json", textPath = folder + "/report-\(marked).txt", junitPath = folder + "/report-\(marked).xml"
            let jsonOutput = try ReportOutput(path: jsonPath), textOutput = try ReportOutput(path: textPath), junitOutput = try ReportOutput(path: junitPath)
            var json = JSONReportStream(rules: rules, paths: paths, output: jsonOutput)
            var text = TextReportStream(report: TextReport(colored: false, showSource: true), rules: rules, output: textOutput)
            var junit = try JUnitReportStream(failLevel: .warning, paths: paths, output: junitOutput)
            for result in results {
                tally.add(result)
                json.add(result)
                text.add(result)
                junit.add(result)
            }
            json.finish(summary: tally.summary)
            text.finish(summary: tally.summary)
            junit.finish(summary: tally.summary)
            try jsonOutput.close()
            try textOutput.close()
            try junitOutput.close()
            let wholeJSON = JSONReport(results: results, rules: rules, paths: paths).renderedBytes()
            #expect(wholeJSON.count > 1 << 17)
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: jsonPath))) == wholeJSON)
            let wholeText = TextReport(colored: false, showSource: true).rendered(ReportContext(results: results, rules: rules, paths: paths))
            #expect(try String(contentsOfFile: textPath, encoding: .utf8) == wholeText)
            let wholeJUnit = JUnitReport(context: ReportContext(results: results, rules: rules, paths: paths, failLevel: .warning)).rendered()
            #expect(wholeJUnit.utf8.count > 1 << 17)
            #expect(try String(contentsOfFile: junitPath, encoding: .utf8) == wholeJUnit)
            #expect(tally.summary == ReportSummary(results: results))
            #expect(FailLevel.warning.exitCode(for: tally) == FailLevel.warning.exitCode(for: results))
        }
    }
}
