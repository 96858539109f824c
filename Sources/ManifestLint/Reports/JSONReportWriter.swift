/// Writes a `JSONReport` as the bytes `JSONEncoder` gives it with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, a finding at a time into a buffer that can be taken as it fills (`JSONReportStream`):
/// no encoder tree of every finding and no copies of the whole text (a report of 200,000 files took 40 MB more
/// that way). `JSONReportWriterTests` compares the two.
struct JSONReportWriter {
    private var bytes: [UInt8] = []
    private var started = false
    private var entries = 0

    /// Bytes written and not yet taken.
    var count: Int { bytes.count }

    mutating func reserve(_ capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The bytes written since the last `take`.
    mutating func take() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &bytes)
        return taken
    }

    private mutating func start() {
        guard !started else { return }
        started = true
        append("{\n  \"findings\" : [\n")
    }

    /// The next finding of the report.
    mutating func write(_ entry: JSONReport.Entry) {
        start()
        if entries > 0 { append(",\n") }
        entries += 1
        object(entry)
    }

    /// The end of the findings, the summary, the tool and the final newline.
    mutating func end(summary: ReportSummary, tool: JSONReport.Tool = JSONReport.Tool(name: ToolInfo.name, version: ToolInfo.version),
                      version: Int = JSONReport.formatVersion) {
        start()
        // After the last finding; JSONEncoder writes an empty array as `[` newline newline `]`.
        append("\n  ],\n  \"summary\" : {\n")
        var members: [(String, Int)] = [("errors", summary.errors), ("files", summary.files)]
        if let notChecked = summary.notChecked { members.append(("notChecked", notChecked)) }
        members.append(("notes", summary.notes))
        if let others = summary.others { members.append(("others", others)) }
        if let skipped = summary.skipped { members.append(("skipped", skipped)) }
        if let unchanged = summary.unchanged { members.append(("unchanged", unchanged)) }
        members.append(("warnings", summary.warnings))
        for (index, member) in members.enumerated() {
            append("    \"\(member.0)\" : \(member.1)" + (index + 1 < members.count ? ",\n" : "\n"))
        }
        append("  },\n  \"tool\" : {\n    \"name\" : ")
        string(tool.name)
        append(",\n    \"version\" : ")
        string(tool.version)
        append("\n  },\n  \"version\" : \(version)\n}\n")
    }

    /// One finding, its members in sorted order, absent optionals left out (as `encodeIfPresent` does).
    private mutating func object(_ entry: JSONReport.Entry) {
        append("    {\n")
        var first = true
        func member(_ key: String) {
            append(first ? "      \"" : ",\n      \"")
            append(key)
            append("\" : ")
            first = false
        }
        if let baseline = entry.baseline { member("baseline"); string(baseline) }
        member("column"); append(String(entry.column))
        if let digest = entry.digest { member("digest"); string(digest) }
        if let endColumn = entry.endColumn { member("endColumn"); append(String(endColumn)) }
        if let endLine = entry.endLine { member("endLine"); append(String(endLine)) }
        member("fingerprint"); string(entry.fingerprint)
        member("line"); append(String(entry.line))
        member("message"); string(entry.message)
        member("path"); string(entry.path)
        member("pointer"); string(entry.pointer)
        member("rule"); string(entry.rule)
        if let ruleUrl = entry.ruleUrl { member("ruleUrl"); string(ruleUrl) }
        member("severity"); string(entry.severity.rawValue)
        append("\n    }")
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string as JSONEncoder escapes it: `"` and `\`, the C escapes for backspace, tab, newline, form feed
    /// and carriage return, `\u00xx` (lower-case hex) for the other control characters, everything else as is.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        // Most strings need no escape: copied whole.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case ..<0x20: bytes += Array("\\u00".utf8) + [Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
    }
}
