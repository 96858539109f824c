import Foundation
import Testing
@testable import ManifestLint

/// The JSON report is written by hand for memory's sake; it must be the bytes JSONEncoder gives.
@Suite("JSON report writer")
struct JSONReportWriterTests {
    private static func encoded(_ report: JSONReport) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(report)) + [UInt8(ascii: "\n")]
    }

    /// Findings with every optional member present or absent, text with every character class JSON escapes or not.
    private static func result(_ seed: Int) -> LintResult {
        var texts = ["plain", "quote \" backslash \\ slash /", "tab\tnewline\ncr\rff\u{0C}bs\u{08}", "nul \u{0} esc \u{1B} us \u{1F} del \u{7F}",
                     "é ü 😀 \u{2028} \u{FEFF} \u{FFFD}", ""]
        var all = ""
        for value in 0..<0x80 { all.unicodeScalars.append(Unicode.Scalar(value)!) }
        texts.append(all)
        var findings: [Finding] = []
        for index in 0..<(seed % 4) {
            let text = texts[(seed + index) % texts.count]
            var finding = Finding(rule: ["duplicate-platform", "x", "invalid-digest"][index % 3], severity: Severity.allCases[(seed + index) % 3],
                                  message: "message \(text)", pointer: JSONPointer(["manifests", String(index), text]))
            finding.path = "dir/\(text)/file-\(seed).json"
            finding.position = SourcePosition(line: seed + 1, column: index + 1)
            if (seed + index) % 2 == 0 { finding.end = SourcePosition(line: seed + 2, column: 3) }
            if seed % 3 == 0 { finding.isNew = index % 2 == 0 }
            if seed % 5 == 0 { finding.digest = "sha256:" + String(repeating: "a", count: 64) }
            finding.fingerprint = String(seed * 31 + index)
            findings.append(finding)
        }
        var result = LintResult(path: "dir/file-\(seed).json", kind: nil, findings: findings)
        result.skipped = seed % 7 == 6
        result.otherFile = seed % 11 == 10
        return result
    }

    @Test func sameBytesAsJSONEncoder() throws {
        let rules = [RuleDescriptor(id: "duplicate-platform", title: "t", description: "d", help: "https://example.com/a/b", tags: [], level: .error, enabled: true)]
        for count in [0, 1, 2, 7, 40] {
            let report = JSONReport(results: (0..<count).map(Self.result), rules: rules)
            #expect(report.renderedBytes() == (try Self.encoded(report)), "\(count) results")
        }
    }
}
