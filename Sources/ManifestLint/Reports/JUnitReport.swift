/// JUnit XML (`--format junit`) for GitLab and Jenkins: one test case per file, failing when the file has a
/// finding at or above `--fail-on` (and new, with a baseline); every such finding is listed in the failure.
public struct JUnitReport: Sendable {
    public let context: ReportContext

    public init(context: ReportContext) { self.context = context }

    public func rendered() -> String {
        var cases: [String] = []
        var failures = 0
        // Files discovery found not to be ours are neither passing nor failing tests.
        let results = context.results.filter { !$0.otherFile }
        for result in results {
            let path = context.paths.display(result.path)
            let failing = result.findings.filter(context.failLevel.fails)
            var testCase = "    <testcase classname=\"manifestlint\" name=\"\(escape(path))\" file=\"\(escape(path))\""
            if failing.isEmpty {
                testCase += "/>"
            } else {
                failures += 1
                let body = failing.map { finding -> String in
                    let position = finding.position ?? SourcePosition(line: 1, column: 1)
                    return "\(path):\(position.line):\(position.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]"
                }.joined(separator: "\n")
                let first = failing[0]
                testCase += ">\n      <failure type=\"\(escape(first.rule))\" message=\"\(escape(failing.count == 1 ? first.message : "\(failing.count) findings; first: \(first.message)"))\">"
                    + escape(body) + "</failure>\n    </testcase>"
            }
            cases.append(testCase)
        }
        let counts = "tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"0\""
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
