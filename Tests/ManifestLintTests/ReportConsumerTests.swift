import Foundation
import Testing
@testable import ManifestLint

/// The reports checked against what their consumers require (issue 14, `../shared/reports/ci-consumers.md`):
/// GitHub code scanning's documented SARIF rules and limits, the Actions annotation limits and escaping, GitLab's
/// Code Quality fields, and JUnit read by a strict XML parser and junitparser.
@Suite("Report consumers")
struct ReportConsumerTests {
    /// A scratch repository with a pretty-printed index (two findings), a minified one (three findings on one
    /// line) and an index with twelve duplicate entries and no arm64 (thirteen).
    private func repository() throws -> String {
        let repo = try makeScratch("consumers")
        try FileManager.default.createDirectory(atPath: repo + "/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: repo + "/images", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.fixture("gating/error.json"), toPath: repo + "/images/error.json")
        func entry(_ digit: String, _ architecture: String) -> String {
            #"{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":1,"digest":"sha256:\#(String(repeating: digit, count: 64))","platform":{"architecture":"\#(architecture)","os":"linux"}}"#
        }
        let minified = #"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":["#
            + [entry("1", "amd64"), entry("2", "arm64"), entry("3", "amd64"), entry("4", "amd64"), entry("5", "arm64")].joined(separator: ",") + "]}"
        try minified.write(toFile: repo + "/images/minified.json", atomically: true, encoding: .utf8)
        let many = #"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":["#
            + (0..<13).map { entry(String($0 % 10), "amd64") }.joined(separator: ",\n") + "]}"
        try many.write(toFile: repo + "/images/many.json", atomically: true, encoding: .utf8)
        return repo
    }

    private func python() throws -> String {
        try #require(TestTools.path("python"), Comment(rawValue: TestTools.missing))
    }

    @Test func sarifMeetsGitHubsRules() throws {
        let repo = try repository()
        defer { removeScratch(repo) }
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "sarif", "--output", "out.sarif", "--sarif-category", "manifests",
                                           "images", "missing.json"], in: repo)
        #expect(outcome.status == 2, "an unreadable input")
        try expectValidSARIF(repo + "/out.sarif")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: repo + "/out.sarif"))) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2 + 3 + 13, "12 duplicates and no arm64 in many.json")
        // Regions: the four fields GitHub marks required; URIs relative to the checkout.
        for result in results {
            let physical = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
            let region = try #require(physical["region"] as? [String: Int])
            #expect(Set(region.keys) == ["startLine", "startColumn", "endLine", "endColumn"])
            #expect((region["endLine"]!, region["endColumn"]!) >= (region["startLine"]!, region["startColumn"]!))
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            #expect(artifact["uriBaseId"] as? String == "SRCROOT")
            #expect((artifact["uri"] as? String)?.hasPrefix("images/") == true)
        }
        // Identities from rule + path + pointer: present and unique even for three findings on one minified line.
        let hashes = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"] }
        #expect(hashes.count == results.count)
        #expect(Set(hashes).count == hashes.count)
        // A duplicate links the entry it repeats, from its message.
        let duplicate = try #require(results.first { $0["ruleId"] as? String == "duplicate-platform" })
        #expect(((duplicate["message"] as? [String: Any])?["text"] as? String)?.contains("[/manifests/0](1)") == true)
        let related = try #require((duplicate["relatedLocations"] as? [[String: Any]])?.first)
        #expect(related["id"] as? Int == 1)
        #expect(((related["physicalLocation"] as? [String: Any])?["region"] as? [String: Int])?["startLine"] != nil)
        // The unreadable input is a tool execution notification, not a result on a path that does not exist.
        #expect(!results.contains { $0["ruleId"] as? String == "unreadable-input" })
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.contains { (($0["message"] as? [String: Any])?["text"] as? String)?.contains("missing.json") == true })
        #expect((invocation["commandLine"] as? String)?.contains("--sarif-category manifests") == true)
        #expect(((invocation["workingDirectory"] as? [String: Any])?["uri"] as? String)?.hasPrefix("file://") == true)
        #expect(invocation["startTimeUtc"] as? String != nil && invocation["endTimeUtc"] as? String != nil)
        #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "manifests/")
        // Rules: GitHub's limits and the metadata it shows.
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        for rule in rules {
            #expect(((rule["fullDescription"] as? [String: Any])?["text"] as? String)?.count ?? 0 <= 1_024)
            #expect(((rule["properties"] as? [String: Any])?["tags"] as? [String])?.count ?? 0 <= 20)
            #expect(((rule["help"] as? [String: Any])?["markdown"] as? String)?.isEmpty == false)
            #expect(["very-high", "high"].contains((rule["properties"] as? [String: Any])?["precision"] as? String ?? ""))
            if let severity = (rule["properties"] as? [String: Any])?["security-severity"] as? String {
                #expect(Double(severity).map { (0.1...10).contains($0) } == true, "\(rule["id"] ?? "")")
            }
        }
        #expect(rules.contains { $0["id"] as? String == "digest-mismatch" && ($0["properties"] as? [String: Any])?["security-severity"] != nil })
        // Rules explain themselves from their rule file: parameters in force, a triggering and a passing example.
        let required = try #require(rules.first { $0["id"] as? String == "required-platforms" })
        let markdown = try #require((required["help"] as? [String: Any])?["markdown"] as? String)
        #expect(markdown.contains("`platforms` = `linux/amd64, linux/arm64`"))
        #expect(markdown.contains("Triggers the rule") && markdown.contains("Passes") && markdown.contains("```json"))
        // sarif-tools (PyPI) reads it.
        let sarifTool = try #require(TestTools.path("sarif"), Comment(rawValue: TestTools.missing))
        let summary = try runTool(sarifTool, ["summary", repo + "/out.sarif"], in: repo)
        #expect(summary.status == 0, Comment(rawValue: summary.output))
        #expect(summary.output.contains("duplicate-platform"), Comment(rawValue: summary.output))
    }

    @Test func githubAnnotationsKeepToTheLimitsAndTheSummaryListsAll() throws {
        let repo = try repository()
        defer { removeScratch(repo) }
        let summaryFile = repo + "/summary.md"
        try "earlier step\n".write(toFile: summaryFile, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["GITHUB_STEP_SUMMARY"] = summaryFile
        let outcome = try runTool(Repository.binary, ["lint", "--no-config", "--format", "github", "images"], in: repo, environment: environment)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        let errors = lines.filter { $0.hasPrefix("::error ") }
        #expect(errors.count == GitHubReport.limitPerSeverity)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 1)
        // 18 findings, 17 errors: 7 errors were not annotated, and the last notice says so.
        #expect(lines.contains { $0.hasPrefix("::notice title=manifestlint::7 more findings are not annotated") }, Comment(rawValue: outcome.output))
        let summary = try String(contentsOfFile: summaryFile, encoding: .utf8)
        #expect(summary.hasPrefix("earlier step\n"), "appended, not replaced")
        #expect(summary.split(separator: "\n").filter { $0.hasPrefix("| error |") || $0.hasPrefix("| warning |") }.count == 18)
    }

    /// The annotations undone with the runner's own escaping rules (actions/toolkit `command.ts`: data escapes `%`,
    /// CR and LF; properties also `:` and `,`) give back the file and message of each finding: a name with `%`, `,`
    /// and `:` and a message quoting a newline and a control character survive, one annotation per line.
    @Test func githubAnnotationsRoundTripThroughTheRunnersEscaping() throws {
        let repo = try makeScratch("annotation-escaping")
        defer { removeScratch(repo) }
        try FileManager.default.createDirectory(atPath: repo + "/.git", withIntermediateDirectories: true)
        let name = "we%ird,na:me.json"
        let entry = #"{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\#(String(repeating: "1", count: 64))", "platform": {"architecture": "x\ny\u001b,z:%", "os": "linux"}}"#
        try #"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [\#(entry)]}"#.write(toFile: repo + "/" + name, atomically: true, encoding: .utf8)
        let github = String(decoding: try runManifestLint(["lint", "--no-config", "--format", "github", name], in: repo).stdout, as: UTF8.self)
        let json = try runManifestLint(["lint", "--no-config", "--format", "json", name], in: repo)
        func unescapeData(_ text: Substring) -> String {
            text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%25", with: "%")
        }
        func unescapeProperty(_ text: Substring) -> String {
            unescapeData(Substring(text.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")))
        }
        let annotations = github.split(separator: "\n").filter { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") }
        #expect(annotations.count == json.findings.count)
        for (annotation, finding) in zip(annotations, json.findings) {
            // `::command key=value,key=value::message`: the properties end at the first `::` after the command.
            let body = annotation.drop { $0 != " " }.dropFirst()
            let separator = try #require(body.range(of: "::"))
            let properties = Dictionary(uniqueKeysWithValues: body[..<separator.lowerBound].split(separator: ",").map { pair -> (String, String) in
                let parts = pair.split(separator: "=", maxSplits: 1)
                return (String(parts[0]), unescapeProperty(parts.count > 1 ? parts[1] : ""))
            })
            #expect(properties["file"] == name)
            #expect(properties["line"] == String(finding["line"] as? Int ?? 0))
            let message = unescapeData(body[separator.upperBound...])
            #expect(message == DisplayText.escaped(finding["message"] as? String ?? "", keeping: ["\r", "\n"]))
            #expect(!message.contains("\u{1B}"), "control characters are shown, not sent")
        }
        #expect(annotations.contains { $0.contains("%0A") }, "the newline in a value is escaped, not a new command")
    }

    /// The GitLab Code Quality fields as gitlabhq's documentation states them, as a JSON schema.
    private static let codeQualitySchema = #"""
        {"type": "array", "items": {"type": "object",
          "required": ["description", "check_name", "fingerprint", "severity", "location"],
          "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {"type": "object", "required": ["path", "lines"],
              "properties": {"path": {"type": "string", "minLength": 1, "not": {"pattern": "^/"}},
                             "lines": {"type": "object", "required": ["begin"], "properties": {"begin": {"type": "integer", "minimum": 1}}}}}}}}
        """#

    @Test func gitlabCodeQualityFollowsGitLabsFields() throws {
        let repo = try repository()
        defer { removeScratch(repo) }
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "gitlab", "--output", "codequality.json", "images"], in: repo)
        #expect(outcome.status == 1)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: repo + "/codequality.json"))
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]), "no BOM")
        try Self.codeQualitySchema.write(toFile: repo + "/schema.json", atomically: true, encoding: .utf8)
        let validation = try runTool(try python(), ["-c", """
            import json, sys, jsonschema
            issues = json.load(open(sys.argv[2]))
            jsonschema.validate(issues, json.load(open(sys.argv[1])))
            prints = [i["fingerprint"] for i in issues]
            assert len(prints) == len(set(prints)), "fingerprints are not unique"
            print(len(issues))
            """, repo + "/schema.json", repo + "/codequality.json"], in: repo)
        #expect(validation.status == 0, Comment(rawValue: validation.output))
        #expect(validation.output.contains("18"))
        // Stable when lines move: three blank lines before the document change no fingerprint.
        let before = try JSONSerialization.jsonObject(with: bytes) as? [[String: Any]] ?? []
        let original = try String(contentsOfFile: repo + "/images/error.json", encoding: .utf8)
        try ("\n\n\n" + original).write(toFile: repo + "/images/error.json", atomically: true, encoding: .utf8)
        _ = try runManifestLint(["lint", "--no-config", "--format", "gitlab", "--output", "codequality.json", "images"], in: repo)
        let after = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: repo + "/codequality.json"))) as? [[String: Any]] ?? []
        #expect(Set(before.compactMap { $0["fingerprint"] as? String }) == Set(after.compactMap { $0["fingerprint"] as? String }))
    }

    /// The JSON report validates against `Schemas/report-v1.schema.json` in a plain run, with skipped and other
    /// files, and with a baseline; end positions and rule links are there.
    @Test func jsonReportMatchesItsSchema() throws {
        let repo = try repository()
        defer { removeScratch(repo) }
        #expect(mkfifo(repo + "/images/pipe.json", 0o644) == 0)
        try "{\"compilerOptions\": {}}".write(toFile: repo + "/images/tsconfig.json", atomically: true, encoding: .utf8)
        let baseline = try runManifestLint(["baseline", "create", "--no-config", "baseline.json", "images/error.json"], in: repo)
        #expect(baseline.status == 0, Comment(rawValue: baseline.stderr))
        // The third run is incomplete: the FIFO named on the command line gets no writer (summary.notChecked).
        for (name, extra, status) in [("plain", ["images"], Int32(1)), ("baseline", ["--baseline", "baseline.json", "images"], 1),
                                      ("incomplete", ["--timeout", "1", "images/error.json", "images/pipe.json"], 3)] {
            let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "--output", name + ".json"] + extra, in: repo)
            #expect(outcome.status == status, Comment(rawValue: outcome.stderr))
            let validation = try runTool(try python(), ["-c", """
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1]))
                report = json.load(open(sys.argv[2]))
                jsonschema.Draft202012Validator(schema).validate(report)
                print(report["summary"])
                """, Repository.root.appendingPathComponent("Schemas/report-v1.schema.json").path, repo + "/" + name + ".json"], in: repo)
            #expect(validation.status == 0, Comment(rawValue: validation.output))
        }
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: repo + "/plain.json"))) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["skipped"] as? Int == 1 && summary["others"] as? Int == 1)
        let duplicate = try #require((report["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "duplicate-platform" })
        #expect(duplicate["endLine"] as? Int != nil)
        #expect(duplicate["ruleUrl"] as? String == RulePages.url(for: "duplicate-platform"))
        let incomplete = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: repo + "/incomplete.json"))) as? [String: Any])
        #expect((incomplete["summary"] as? [String: Any])?["notChecked"] as? Int == 1)
    }

    /// People at a terminal: the finding line editors parse stays first; `--show-source` adds the source line with
    /// a caret under the node, the pointer and a help line; `--color` forces or forbids colour.
    @Test func textShowsSourceExcerptsAndHonoursColor() throws {
        let fixture = Repository.fixture("gating/error.json")
        let plain = String(decoding: try runManifestLint(["lint", "--no-config", fixture]).stdout, as: UTF8.self)
        #expect(!plain.contains(" | "), "no excerpt when the output is not a terminal")
        let shown = String(decoding: try runManifestLint(["lint", "--no-config", "--show-source", "--color", "never", fixture]).stdout, as: UTF8.self)
        let lines = shown.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.hasSuffix("[duplicate-platform]") })
        #expect(lines[first].hasPrefix(fixture + ":17:5: error: "))
        #expect(lines[first + 2] == "17 |     {")
        #expect(lines[first + 3] == "   |     ^")
        #expect(lines[first + 4] == "   = at /manifests/2")
        #expect(lines[first + 5].hasPrefix("   = help: No two entries resolve to the same platform"))
        #expect(lines.contains("   |                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"), Comment(rawValue: shown))
        #expect(!shown.contains("\u{1B}"))
        let colored = String(decoding: try runManifestLint(["lint", "--no-config", "--color", "always", fixture]).stdout, as: UTF8.self)
        #expect(colored.contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    /// A minified document's line is cut around the node to the terminal's width (`$COLUMNS` when not a terminal).
    @Test func excerptsFitTheTerminalWidth() throws {
        let repo = try repository()
        defer { removeScratch(repo) }
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "60"
        let outcome = try runTool(Repository.binary, ["lint", "--no-config", "--show-source", "images/minified.json"], in: repo, environment: environment)
        let excerpts = outcome.output.split(separator: "\n").filter { $0.hasPrefix("1 | ") || $0.hasPrefix("  | ") }
        #expect(excerpts.count == 6, Comment(rawValue: outcome.output))
        #expect(excerpts.allSatisfy { $0.count <= 60 }, Comment(rawValue: outcome.output))
        #expect(excerpts.contains { $0.hasPrefix("1 | …") && $0.hasSuffix("…") })
    }

    /// Columns are UTF-16 code units (SARIF `columnKind: utf16CodeUnits`, as GitHub counts): a character beyond the
    /// Basic Multilingual Plane before the node counts two.
    @Test func columnsCountUTF16CodeUnits() throws {
        let entry = #"{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":1,"digest":"sha256:\#(String(repeating: "1", count: 64))","platform":{"architecture":"amd64","os":"linux"}}"#
        let prefix = #"{"annotations":{"note":"🚢 é"},"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":["# + entry + ","
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "-"], stdin: Data((prefix + entry + "]}").utf8))
        let duplicate = try #require(outcome.findings.first { $0["rule"] as? String == "duplicate-platform" })
        #expect(duplicate["column"] as? Int == prefix.utf16.count + 1)
        #expect(duplicate["endColumn"] as? Int == (prefix + entry).utf16.count + 1)
    }

    /// A hostile value (U+FFFF, an ESC, a newline in an Env entry) and an unreadable input: JUnit stays
    /// well-formed for a strict XML parser and junitparser, with one case per finding and an <error>.
    @Test func junitIsWellFormedAndPerFinding() throws {
        let repo = try repository()
        defer { removeScratch(repo) }
        let config = #"{"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": []}, "config": {"Env": ["=x\uffff\u001b[31m\ny"]}}"#
        try config.write(toFile: repo + "/images/config.json", atomically: true, encoding: .utf8)
        _ = try runManifestLint(["lint", "--no-config", "--format", "junit", "--output", "report.xml", "images", "missing.json"], in: repo)
        let parsed = try runTool(try python(), ["-c", """
            import sys, xml.etree.ElementTree as ET
            from junitparser import JUnitXml
            root = ET.parse(sys.argv[1]).getroot()
            cases = root.findall(".//testcase")
            names = [(c.get("classname"), c.get("name")) for c in cases]
            assert len(names) == len(set(names)), "duplicate test names"
            errors = [c for c in cases if c.find("error") is not None]
            failures = [c for c in cases if c.find("failure") is not None]
            xml = JUnitXml.fromfile(sys.argv[1])
            print(len(cases), len(failures), len(errors), sum(1 for _ in xml))
            """, repo + "/report.xml"], in: repo)
        #expect(parsed.status == 0, Comment(rawValue: parsed.output))
        let counts = parsed.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(counts.count == 4)
        #expect(counts.first ?? 0 >= 19, "one case per finding")
        #expect(counts.count > 2 && counts[2] == 1, "the missing file is an <error>")
    }
}
