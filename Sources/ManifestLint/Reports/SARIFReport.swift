import Foundation

/// A SARIF 2.1.0 log for code scanning (`--format sarif`). Built as plain dictionaries and arrays and
/// serialized with sorted keys, so the output is stable; validated against the official schema in the tests.
public struct SARIFReport: Sendable {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let rootBaseID = "SRCROOT"

    public let context: ReportContext

    public init(context: ReportContext) { self.context = context }

    public func rendered() throws -> String {
        let data = try JSONSerialization.data(withJSONObject: log(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func log() -> [String: Any] {
        let ruleIndex = Dictionary(context.rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let run: [String: Any] = [
            "tool": ["driver": [
                "name": ToolInfo.name, "version": ToolInfo.version, "semanticVersion": ToolInfo.version,
                "informationUri": ToolInfo.informationURI, "rules": context.rules.map(rule),
            ] as [String: Any]],
            "invocations": [[
                "executionSuccessful": !context.results.contains(where: \.inputFailed),
                "exitCode": Int(context.failLevel.exitCode(for: context.results)),
            ] as [String: Any]],
            "originalUriBaseIds": [Self.rootBaseID: ["uri": context.paths.rootURI]],
            "columnKind": "unicodeCodePoints",
            "results": context.findings.map { result($0, ruleIndex: ruleIndex[$0.rule]) },
        ]
        return ["$schema": Self.schemaURI, "version": "2.1.0", "runs": [run]]
    }

    private func rule(_ rule: RuleDescriptor) -> [String: Any] {
        var entry: [String: Any] = [
            "id": rule.id,
            "name": rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
            "shortDescription": ["text": rule.title],
            "fullDescription": ["text": rule.description],
            "defaultConfiguration": ["level": level(rule.level), "enabled": rule.enabled] as [String: Any],
            "properties": ["tags": rule.tags],
        ]
        if rule.help.hasPrefix("https://") || rule.help.hasPrefix("http://") {
            entry["helpUri"] = rule.help
            entry["help"] = ["text": "\(rule.title). See \(rule.help)", "markdown": "\(rule.title). See [the reference](\(rule.help))."]
        } else {
            entry["help"] = ["text": rule.help.isEmpty ? rule.title : rule.help]
        }
        return entry
    }

    private func result(_ finding: Finding, ruleIndex: Int?) -> [String: Any] {
        let position = finding.position ?? SourcePosition(line: 1, column: 1)
        var entry: [String: Any] = [
            "ruleId": finding.rule,
            "level": level(finding.severity),
            "message": ["text": finding.message],
            "locations": [[
                "physicalLocation": [
                    "artifactLocation": artifactLocation(finding.path),
                    "region": ["startLine": position.line, "startColumn": position.column],
                ] as [String: Any],
                "logicalLocations": [["fullyQualifiedName": finding.pointer.description.isEmpty ? "/" : finding.pointer.description, "kind": "element"]],
            ] as [String: Any]],
            "partialFingerprints": [Fingerprints.key: finding.fingerprint],
        ]
        if let ruleIndex { entry["ruleIndex"] = ruleIndex }
        if let isNew = finding.isNew { entry["baselineState"] = isNew ? "new" : "unchanged" }
        if let digest = finding.digest { entry["properties"] = ["digest": digest] }
        let edits = finding.replacements.compactMap { edit -> [String: Any]? in
            guard let region = edit.region else { return nil }
            return [
                "deletedRegion": ["startLine": region.start.line, "startColumn": region.start.column,
                                  "endLine": region.end.line, "endColumn": region.end.column],
                "insertedContent": ["text": edit.text],
            ]
        }
        if !edits.isEmpty, edits.count == finding.replacements.count {
            entry["fixes"] = [[
                "description": ["text": finding.suggestion.map { "Write \($0)" } ?? "Apply the canonical spelling"],
                "artifactChanges": [["artifactLocation": artifactLocation(finding.path), "replacements": edits] as [String: Any]],
            ] as [String: Any]]
        }
        return entry
    }

    private func artifactLocation(_ path: String) -> [String: Any] {
        if let relative = context.paths.relative(path) {
            return ["uri": URIText.encodePath(relative), "uriBaseId": Self.rootBaseID]
        }
        if path == "-" { return ["uri": "stdin"] }
        if path.contains("://") { return ["uri": path] }  // a registry reference
        return ["uri": "file://" + URIText.encodePath(context.paths.display(path))]
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }
}
