import Foundation
import Testing
@testable import ManifestLint

/// `--format html` for a registry audit, opened in headless Chromium through chromedriver
/// (Tests/Support/html_check.py): the page loads without an error and without loading anything, and its matrix and
/// counts are those of the JSON report of the same audit.
@Suite("HTML report", .serialized)
struct HTMLReportTests {
    @Test func theMatrixAndCountsEqualTheJSONReport() throws {
        let host = try #require(RegistryTests.plain, Comment(rawValue: RegistryTests.missing))
        let python = try #require(TestTools.path("python"), Comment(rawValue: TestTools.missing))
        let prefix = "html-\(UUID().uuidString.prefix(8).lowercased())"
        let script = Repository.root.appendingPathComponent("Tests/Support/populate_registry.py").path
        // api: 12 two-platform tags, one with a mismatch; legacy: 5 amd64-only tags (linux/arm64 is required).
        for (name, count, mismatched, architectures) in [("api", "12", "3", "amd64,arm64"), ("legacy", "5", "", "amd64")] {
            let pushed = try runTool("python3", [script, host, "\(prefix)/\(name)", count, mismatched, architectures], in: Repository.root.path)
            #expect(pushed.status == 0, Comment(rawValue: pushed.output))
        }
        let scratch = try makeScratch("html-report")
        defer { removeScratch(scratch) }
        let audit = ["lint", "--no-config", "--insecure", "--catalog", host, "--repositories", "\(prefix)/*"]
        let json = try runManifestLint(audit + ["--format", "json"])
        let html = try runManifestLint(audit + ["--format", "html", "--output", scratch + "/audit.html"])
        #expect(html.status == json.status, Comment(rawValue: html.stderr))
        let checked = try runTool(python, [Repository.root.appendingPathComponent("Tests/Support/html_check.py").path, scratch + "/audit.html"], in: scratch)
        try #require(checked.status == 0, Comment(rawValue: checked.output))
        let page = try #require(try JSONSerialization.jsonObject(with: Data(checked.output.utf8)) as? [String: Any], Comment(rawValue: checked.output))

        #expect((page["severe"] as? [String])?.isEmpty == true, "console errors: \(page["severe"] ?? "")")
        #expect(page["resources"] as? Int == 0 && page["scripts"] as? Int == 0, "self-contained")
        let summary = page["summary"] as? [String: Int] ?? [:]
        let reported = json.json?["summary"] as? [String: Int] ?? [:]
        for name in ["files", "errors", "warnings", "notes"] { #expect(summary[name] == reported[name], "\(name)") }

        let matrix = page["matrix"] as? [[String: Any]] ?? []
        let rows = Dictionary(uniqueKeysWithValues: matrix.map { (($0["repository"] as? String ?? "").components(separatedBy: "/").last ?? "", $0) })
        #expect(rows["api"]?["tags"] as? Int == 12 && rows["legacy"]?["tags"] as? Int == 5)
        #expect(rows["api"]?["cells"] as? [String: Int] == ["linux/amd64": 12, "linux/arm64": 12])
        #expect(rows["legacy"]?["cells"] as? [String: Int] == ["linux/amd64": 5, "linux/arm64": 0])
        #expect(page["required"] as? [String] == ["linux/amd64", "linux/arm64"])
        #expect(page["missing"] as? Int == 1, "legacy's linux/arm64 is red")
        #expect(matrix.compactMap { $0["tags"] as? Int }.reduce(0, +) == reported["files"], "every tag in the matrix")

        // Findings per repository, counted from the JSON report's findings.
        var expected: [String: [String: Int]] = [:]
        for finding in json.findings {
            let repository = HTMLReport.repository(of: finding["path"] as? String ?? "")
            let severity = (finding["severity"] as? String ?? "") + "s"
            expected[repository, default: ["errors": 0, "warnings": 0, "notes": 0]][severity, default: 0] += 1
        }
        for row in page["findings"] as? [[String: Any]] ?? [] {
            let repository = row["repository"] as? String ?? ""
            let counts = expected[repository] ?? ["errors": 0, "warnings": 0, "notes": 0]
            for name in ["errors", "warnings", "notes"] { #expect(row[name] as? Int == counts[name], "\(repository) \(name)") }
        }
        #expect(expected.keys.allSatisfy { key in (page["findings"] as? [[String: Any]] ?? []).contains { $0["repository"] as? String == key } })
    }

    /// Names and messages from a registry are data: markup in them is shown, never run.
    @Test func markupIsEscaped() {
        var context = ReportContext(results: [LintResult(path: "docker://r.example/app:<b>", kind: nil, findings: [
            Finding(rule: "registry-error", severity: .error, message: "<script>alert(1)</script> & \"quotes\"", path: "docker://r.example/app:<b>"),
        ])], rules: [], paths: RepositoryPaths())
        context.inventory = [(path: "docker://r.example/app:<b>", platforms: ["linux/<i>"])]
        let html = HTMLReport(context: context).rendered()
        #expect(!html.contains("<script>") && !html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("Content-Security-Policy"))
    }
}
