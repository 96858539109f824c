/// JUnit XML (`--format junit`) for GitLab and Jenkins, one test case per finding so that a new finding shows as a
/// new failure in a merge request: classname = the file, name = rule and JSON pointer (numbered when one pointer has
/// several findings of a rule, as GitLab keeps only the first of equal names), a `<failure>` at or above `--fail-on`
/// (passing below it), and one passing case per clean file. An input that could not be read (or a registry tag that
/// could not be fetched) is an `<error>`. `time` attributes are 0: linting is not timed per finding.
public struct JUnitReport: Sendable {
    public let context: ReportContext

    public init(context: ReportContext) { self.context = context }

    public func rendered() -> String {
        var cases: [String] = []
        var failures = 0, errors = 0
        // Files discovery found not to be ours are neither passing nor failing tests.
        for result in context.results where !result.otherFile {
            let path = context.paths.display(result.path)
            let findings = result.findings.filter { $0.isNew != false }
            if findings.isEmpty {
                cases.append("    <testcase classname=\"\(escape(path))\" name=\"\(escape(path))\" file=\"\(escape(path))\" time=\"0\"/>")
                continue
            }
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
                if SARIFReport.toolFailures.contains(finding.rule) {
                    errors += 1
                    testCase += ">\n      <error type=\"\(escape(finding.rule))\" message=\"\(escape(finding.message))\">\(escape(line))</error>\n    </testcase>"
                } else if context.failLevel.fails(finding) {
                    failures += 1
                    testCase += ">\n      <failure type=\"\(escape(finding.rule))\" message=\"\(escape(finding.message))\">\(escape(line))</failure>\n    </testcase>"
                } else {
                    testCase += ">\n      <system-out>\(escape(line))</system-out>\n    </testcase>"
                }
                cases.append(testCase)
            }
        }
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"0\""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="manifestlint" \(counts)>
              <testsuite name="manifestlint" \(counts)>
            \(cases.joined(separator: "\n"))
              </testsuite>
            </testsuites>

            """
    }

    private func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n", "\t", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: result += "?"  // not allowed in XML 1.0
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
