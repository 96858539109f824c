import Foundation
import Testing
@testable import ManifestLint

/// Documentation that cannot drift: every console transcript in the README and docs/ is run and compared with what
/// the tool prints now; the rule reference is what the rule files generate; every link between pages resolves.
@Suite("Documentation")
struct DocsTests {
    static let registry = ProcessInfo.processInfo.environment["MANIFESTLINT_TEST_REGISTRY"]

    @Test("console transcript", arguments: DocTranscript.all())
    func transcript(_ transcript: DocTranscript) throws {
        #expect(!transcript.steps.isEmpty, "a console block without a `$ ` command")
        if transcript.needsRegistry {
            try #require(Self.registry != nil, "needs the test registry (MANIFESTLINT_TEST_REGISTRY): run ./scripts/test")
        }
        let scratch = try makeScratch("transcript")
        let home = try makeScratch("transcript-home")
        defer { removeScratch(scratch); removeScratch(home) }
        let folder = (scratch as NSString).resolvingSymlinksInPath
        try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent("Examples").path, toPath: folder + "/Examples")
        let examples = Repository.root.appendingPathComponent("docs/examples").path
        for name in (try? FileManager.default.contentsOfDirectory(atPath: examples)) ?? [] where name != "PROVENANCE.md" {
            try FileManager.default.copyItem(atPath: examples + "/" + name, toPath: folder + "/" + name)
        }
        let binaries = (Repository.binary as NSString).deletingLastPathComponent
        var environment = [
            "PATH": "\(binaries):/usr/local/bin:/usr/bin:/bin", "NO_COLOR": "1", "LANG": "C.UTF-8", "HOME": home,
            "XDG_CONFIG_HOME": home + "/.config", "DOCKER_CONFIG": home + "/.docker", "COLUMNS": "120",
        ]
        if let registry = Self.registry { environment["REGISTRY"] = registry }
        // Each command starts in the block's folder with the previous command's exit status in `$?`, so a
        // transcript can show it with `echo $?`.
        var status: Int32 = 0
        for step in transcript.steps {
            let (output, exit) = try Self.run("(exit \(status)); " + step.command, in: folder, environment: environment)
            status = exit
            var actual = output.replacingOccurrences(of: folder, with: "<TMP>")
            if let registry = Self.registry, transcript.needsRegistry { actual = actual.replacingOccurrences(of: registry, with: "$REGISTRY") }
            var lines = actual.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.reversed().drop { $0 == " " }.reversed()) }
            while lines.last == "" { lines.removeLast() }
            var expected = step.expected.map { String($0.reversed().drop { $0 == " " }.reversed()) }
            while expected.last == "" { expected.removeLast() }
            #expect(DocTranscript.matches(lines, expected),
                    "\(transcript.place): `\(step.command)` printed:\n\(lines.joined(separator: "\n"))\n--- the document shows:\n\(expected.joined(separator: "\n"))")
        }
    }

    /// One command through bash, stdout and stderr on one pipe, no standard input.
    static func run(_ command: String, in folder: String, environment: [String: String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        let watchdog = Watchdog(process, seconds: 120)
        defer { watchdog.cancel() }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (output, process.terminationStatus)
    }

    /// The matcher itself: `<ANY>` and `...` match what they say and nothing more.
    @Test func transcriptPatternsMatchWhatTheySay() {
        #expect(DocTranscript.matches(["a 1.2s b"], ["a <ANY>s b"]))
        #expect(!DocTranscript.matches(["a 1.2s c"], ["a <ANY>s b"]))
        #expect(DocTranscript.matches(["x", "y", "z"], ["x", "...", "z"]))
        #expect(DocTranscript.matches(["x", "z"], ["x", "...", "z"]))
        #expect(!DocTranscript.matches(["x", "y"], ["x"]))
        #expect(!DocTranscript.matches(["x"], ["x", "y"]))
        let parsed = DocTranscript.parse("<!-- transcript: registry -->\n\n```console\n$ a \\\n  --b\nout\n$ c\n```\n", file: "f.md")
        #expect(parsed.count == 1 && parsed[0].needsRegistry && parsed[0].steps.map(\.command) == ["a \\\n  --b", "c"])
        #expect(parsed.first?.steps.first?.expected == ["out"])
    }

    /// docs/rules/ is what `manifestlint rules docs` writes from the rule files: one page per rule and built-in
    /// check, each with its examples and what manifestlint reports for them.
    @Test func theRuleReferenceIsGeneratedFromTheRules() throws {
        let folder = Repository.root.appendingPathComponent("docs/rules")
        let pages = RulePages.render(rules: try RuleCatalog.defaultPack().rules, builtin: RuleCatalog.builtinChecks)
        let onDisk = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") })
        #expect(onDisk == Set(pages.map(\.name)), "run scripts/embed-rules")
        for page in pages {
            let text = try? String(contentsOf: folder.appendingPathComponent(page.name), encoding: .utf8)
            #expect(text == page.text, "docs/rules/\(page.name) is stale: run scripts/embed-rules")
        }
        let ids = try RuleCatalog.defaultPack().allIDs
        #expect(Set(pages.map(\.name)) == Set(ids.map { $0 + ".md" } + ["README.md"]))
        // Every built-in check id the code can emit is documented (the generated metadata is the list).
        #expect(RuleCatalog.builtinChecks.count == SchemaRules.all.count)
        for rule in RuleCatalog.builtinChecks {
            #expect(!rule.description.isEmpty, "\(rule.id) has no description")
            #expect(rule.exampleNote != nil || (!rule.invalidExamples.isEmpty && !rule.validExamples.isEmpty), "\(rule.id) shows no example")
        }
    }

    /// SARIF's helpUri for every rule is its page in this release's rule reference, and that page exists.
    @Test func sarifHelpLinksPointAtPagesThatExist() throws {
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "sarif", "Examples/"], in: Repository.root.path)
        let runs = try #require(outcome.json?["runs"] as? [[String: Any]])
        let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == (try RuleCatalog.defaultPack().allIDs.count))
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            let uri = try #require(rule["helpUri"] as? String, "\(id) has no helpUri")
            #expect(uri == RulePages.url(for: id))
            let prefix = "\(ToolInfo.informationURI)/blob/v\(ToolInfo.version)/"
            #expect(uri.hasPrefix(prefix))
            #expect(FileManager.default.fileExists(atPath: Repository.root.appendingPathComponent(String(uri.dropFirst(prefix.count))).path), "\(uri)")
        }
    }

    /// The README stays a front page: at most 300 lines, with a table of contents that links its sections.
    @Test func theReadmeIsShortAndHasAContentsTable() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 300, "README.md has \(lines.count) lines")
        let headings = lines.filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        for heading in headings where heading.lowercased() != "contents" {
            #expect(readme.contains("](#\(DocLinks.slug(heading)))"), "the contents do not link \"\(heading)\"")
        }
    }

    /// Hand-written tables that list rules (`| `id` | severity | ...`) give each rule its severity as the rule files
    /// do (`off (warning)` for a rule off by default), so a changed default cannot leave them behind.
    @Test func ruleTablesGiveTheSeveritiesTheRulesHave() throws {
        let catalog = try RuleCatalog.defaultPack()
        var severities: [String: String] = [:]
        for rule in catalog.rules { severities[rule.id] = rule.enabledByDefault ? rule.severity.rawValue : "off (\(rule.severity.rawValue))" }
        for rule in RuleCatalog.builtinChecks { severities[rule.id] = rule.severity.rawValue }
        var checked = 0
        for page in ["README.md"] + (try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("docs").path))
            .filter({ $0.hasSuffix(".md") }).map({ "docs/" + $0 }) {
            let text = try String(contentsOf: Repository.root.appendingPathComponent(page), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("| `") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                guard cells.count >= 2 else { continue }
                let ids = cells[0].split(separator: "/").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "` ")) }
                for id in ids {
                    guard let expected = severities[id], ["error", "warning", "note", "off"].contains(where: { cells[1].hasPrefix($0) }) else { continue }
                    checked += 1
                    #expect(cells[1].hasPrefix(expected), "\(page): \(id) is listed as \(cells[1]), the rule says \(expected)")
                }
            }
        }
        #expect(checked > 30)
    }

    /// Relative links between README.md and docs/ name files that exist and headings those files have.
    @Test func linksBetweenPagesResolve() throws {
        let broken = DocLinks.broken(root: Repository.root)
        #expect(broken.isEmpty, "\(broken.joined(separator: "\n"))")
    }
}
