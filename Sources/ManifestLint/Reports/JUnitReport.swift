/// JUnit XML (`--format junit`) for GitLab and Jenkins, one test case per finding so that a new finding shows as a
/// new failure in a merge request: classname = the file, name = rule and JSON pointer (numbered when one pointer has
/// several findings of a rule, as GitLab keeps only the first of equal names), a `<failure>` at or above `--fail-on`
/// (passing below it), and one passing case per clean file. An input that could not be read (or a registry tag that
/// could not be fetched) is an `<error>`. `time` attributes are 0: linting is not timed per finding.
public struct JUnitReport: Sendable {
    public let context: ReportContext

    public init(context: ReportContext) { self.context = context }

    public func rendered() -> String {
        var counts = Counts()
        var cases: [String] = []
        for result in context.results { cases += Self.cases(result, failLevel: context.failLevel, paths: context.paths, counts: &counts) }
        return Self.header(counts) + cases.joined(separator: "\n") + Self.footer
    }

    /// How many cases, failures and errors the document holds (in its opening elements).
    struct Counts {
        var cases = 0, failures = 0, errors = 0
    }

    /// One result's test cases (none for a file discovery found not to be ours: neither passing nor failing).
    static func cases(_ result: LintResult, failLevel: FailLevel, paths: RepositoryPaths, counts: inout Counts) -> [String] {
        guard !result.otherFile else { return [] }
        let path = paths.display(result.path)
        let findings = result.findings.filter { $0.isNew != false }
        if findings.isEmpty {
            counts.cases += 1
            return ["    <testcase classname=\"\(escape(path))\" name=\"\(escape(path))\" file=\"\(escape(path))\" time=\"0\"/>"]
        }
        var cases: [String] = []
        var seen: [String: Int] = [:]
        for finding in findings {
            let pointer = finding.pointer.description.isEmpty ? "/" : finding.pointer.description
            var name = "\(finding.rule) \(pointer)"
            let occurrence = seen[name, default: 0]
            seen[name] = occurrence + 1
            if occurrence > 0 { name += " #\(occurrence + 1)" }
            let position = finding.position ?? SourcePosition(line: 1, column: 1)
            let line = "\(path):\(position.line):\(position.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]"
            var testCase = "    <testcase classname=\"\(escape(path))\" name=\"\(escape(name))\" file=\"\(escape(path))\" time=\"0\""
            if finding.marksIncomplete {
                counts.errors += 1
                testCase += ">\n      <error type=\"\(escape(finding.rule))\" message=\"\(escape(finding.message))\">\(escape(line))</error>\n    </testcase>"
            } else if failLevel.fails(finding) {
                counts.failures += 1
                testCase += ">\n      <failure type=\"\(escape(finding.rule))\" message=\"\(escape(finding.message))\">\(escape(line))</failure>\n    </testcase>"
            } else {
                testCase += ">\n      <system-out>\(escape(line))</system-out>\n    </testcase>"
            }
            cases.append(testCase)
        }
        counts.cases += cases.count
        return cases
    }

    /// The document up to its first test case.
    static func header(_ counts: Counts) -> String {
        let attributes = "tests=\"\(counts.cases)\" failures=\"\(counts.failures)\" errors=\"\(counts.errors)\" time=\"0\""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"manifestlint\" \(attributes)>\n  <testsuite name=\"manifestlint\" \(attributes)>\n"
    }

    /// The document after its last test case.
    static let footer = "\n  </testsuite>\n</testsuites>\n"

    /// XML text and attribute escaping of text already passed through `DisplayText.escaped`: no CR, LF or other
    /// control character from a document reaches the report raw, so no line of it can start with document text
    /// (a `::error` or `::add-mask::` workflow command when the report is printed in GitHub Actions).
    private static func escape(_ text: String) -> String {
        var result = ""
        for scalar in DisplayText.escaped(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case _ where scalar.value == 0xFFFE || scalar.value == 0xFFFF: result += "?"  // not allowed in XML 1.0
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// The JUnit report written while the run goes on: its counts open the document, so the test cases gather in a spool
/// file as the results come and follow the opening elements at the end; the run holds no results.
public struct JUnitReportStream {
    private let failLevel: FailLevel
    private let paths: RepositoryPaths
    private let output: ReportOutput
    private let spool: Spool
    private var counts = JUnitReport.Counts()
    private var pending = ""

    public init(failLevel: FailLevel, paths: RepositoryPaths, output: ReportOutput) throws(BaselineError) {
        self.failLevel = failLevel
        self.paths = paths
        self.output = output
        spool = try Spool()
    }

    public mutating func add(_ result: LintResult) {
        for testCase in JUnitReport.cases(result, failLevel: failLevel, paths: paths, counts: &counts) {
            // Cases are joined by newlines: one before each but the first.
            if !pending.isEmpty || spool.size > 0 { pending += "\n" }
            pending += testCase
        }
        if pending.utf8.count >= 1 << 16 { flush() }
    }

    public mutating func finish(summary: ReportSummary) {
        flush()
        output.write(Array(JUnitReport.header(counts).utf8))
        output.write(contentsOf: spool)
        output.write(Array(JUnitReport.footer.utf8))
    }

    private mutating func flush() {
        spool.write(Array(pending.utf8))
        pending = ""
    }
}
