import Foundation

/// A SARIF 2.1.0 log for code scanning (`--format sarif`), shaped for what GitHub accepts (see the README): every
/// location a repository-relative `file` path (registry findings get a placeholder path, the reference and digest in
/// `properties` and `logicalLocations`), full regions, a `primaryLocationLineHash` built from what identifies a
/// finding (rule, path, JSON pointer) rather than from the text of its line, GitHub's limits respected, and tool
/// failures (unreadable inputs, registry errors) as `toolExecutionNotifications` instead of results. Built as plain
/// dictionaries and serialized with sorted keys, so the output is stable.
public struct SARIFReport: Sendable {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let rootBaseID = "SRCROOT"
    /// GitHub rejects a run with more results; the most important are kept and the rest counted in a notification.
    static let resultLimit = 25_000
    static let tagLimit = 20
    static let descriptionLimit = 1_024
    /// Rules whose findings are integrity problems (content that is not what its descriptor says, or is missing):
    /// GitHub files them as security alerts with this severity (0.1–10).
    static let securitySeverity: [String: String] = [
        "digest-mismatch": "7.5", "data-mismatch": "7.5", "blob-outside-layout": "8.0", "size-mismatch": "5.5", "missing-blob": "5.0",
    ]

    public let context: ReportContext

    public init(context: ReportContext) { self.context = context }

    public func rendered() throws -> String {
        let data = try JSONSerialization.data(withJSONObject: log(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func log() -> [String: Any] {
        let ruleIndex = Dictionary(context.rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        // With a baseline, only new findings are results (GitHub ignores baselineState), as in the other formats.
        let shown = context.findings.filter { $0.isNew != false }
        // Findings that say the tool could not do its work (an input not checked), not that a document is wrong.
        let failures = shown.filter(\.marksIncomplete)
        var kept = shown.filter { !$0.marksIncomplete }
        var notifications = failures.map(notification)
        if kept.count > Self.resultLimit {
            // Errors first, then by file: what is dropped is the least important.
            kept.sort { ($1.severity, $0.path) < ($0.severity, $1.path) }
            let dropped = kept.count - Self.resultLimit
            kept.removeLast(dropped)
            notifications.append([
                "level": "warning",
                "message": ["text": "\(dropped) more findings are not in this file: GitHub code scanning takes at most \(Self.resultLimit) results per run (errors were kept first)"],
            ])
        }
        var invocation: [String: Any] = [
            "executionSuccessful": (context.summary.notChecked ?? 0) == 0,
            "exitCode": Int(context.exitCode),
            "commandLine": context.invocation.arguments.map(Self.shellQuoted).joined(separator: " "),
            "workingDirectory": ["uri": Self.directoryURI(context.invocation.workingDirectory)],
            "startTimeUtc": Self.timestamp(context.invocation.start),
            "endTimeUtc": Self.timestamp(Date()),
        ]
        if !notifications.isEmpty { invocation["toolExecutionNotifications"] = notifications }
        var run: [String: Any] = [
            "tool": ["driver": [
                "name": ToolInfo.name, "version": ToolInfo.version, "semanticVersion": ToolInfo.version,
                "informationUri": ToolInfo.informationURI, "rules": context.rules.map(rule),
            ] as [String: Any]],
            "invocations": [invocation],
            "originalUriBaseIds": [Self.rootBaseID: ["uri": context.paths.rootURI]],
            "columnKind": "utf16CodeUnits",
            "results": kept.map { result($0, ruleIndex: ruleIndex[$0.rule]) },
        ]
        if let category = context.sarifCategory {
            run["automationDetails"] = ["id": category.hasSuffix("/") ? category : category + "/"]
        }
        return ["$schema": Self.schemaURI, "version": "2.1.0", "runs": [run]]
    }

    private func rule(_ rule: RuleDescriptor) -> [String: Any] {
        let isLink = rule.help.hasPrefix("https://") || rule.help.hasPrefix("http://")
        var markdown = "**\(rule.title)**\n\n\(rule.description)\n\nSeverity: `\(rule.level.rawValue)`"
        markdown += rule.enabled ? "." : " (disabled unless enabled in `.manifestlint.yaml`)."
        if !rule.parameters.isEmpty {
            markdown += "\n\nParameters (set in `.manifestlint.yaml`):\n" + rule.parameters.map { "- \($0)" }.joined(separator: "\n")
        }
        for (heading, example) in [("Triggers the rule", rule.triggering), ("Passes", rule.passing)] {
            guard let example else { continue }
            let document = example.document.count > 1_200 ? String(example.document.prefix(1_200)) + "\n…" : example.document
            let language = (example.file ?? "x.json").hasSuffix(".json") ? "json" : ((example.file ?? "").hasSuffix(".sh") ? "sh" : "yaml")
            markdown += "\n\n\(heading) (\(example.name)\(example.file.map { ", as `\($0)`" } ?? "")):\n\n```\(language)\n\(document.trimmingCharacters(in: .newlines))\n```"
        }
        markdown += "\n\nExplain it with `manifestlint rules explain \(rule.id)`"
        markdown += rule.page.map { "; rule reference: [\(rule.id)](\($0))" } ?? ""
        markdown += isLink ? "; specification: [\(rule.help)](\(rule.help))." : "."
        var properties: [String: Any] = [
            "tags": Array(rule.tags.prefix(Self.tagLimit)),
            "precision": rule.tags.contains("schema") ? "very-high" : "high",
            "problem.severity": problemSeverity(rule.level),
        ]
        if let severity = Self.securitySeverity[rule.id] {
            properties["security-severity"] = severity
            properties["tags"] = Array((rule.tags + ["security"]).prefix(Self.tagLimit))
        }
        var entry: [String: Any] = [
            "id": rule.id,
            "name": rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
            "shortDescription": ["text": Self.clipped(rule.title)],
            "fullDescription": ["text": Self.clipped(rule.description)],
            "defaultConfiguration": ["level": level(rule.level), "enabled": rule.enabled] as [String: Any],
            "help": ["text": isLink ? "\(rule.title). See \(rule.help)" : (rule.help.isEmpty ? rule.title : rule.help), "markdown": markdown],
            "properties": properties,
        ]
        // helpUri is the rule's page in this release's rule reference; a user's rule links its own help.
        if let page = rule.page { entry["helpUri"] = page } else if isLink { entry["helpUri"] = rule.help }
        return entry
    }

    private func result(_ finding: Finding, ruleIndex: Int?) -> [String: Any] {
        let reference = Self.registryReference(finding.path)
        var logical: [[String: Any]] = [["fullyQualifiedName": finding.pointer.description.isEmpty ? "/" : finding.pointer.description, "kind": "element"]]
        var properties: [String: Any] = [:]
        let region: [String: Any]
        if let reference {
            // A registry document has no file in the checkout; its findings sit on a stable placeholder path.
            region = ["startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1]
            logical.append(["fullyQualifiedName": reference, "kind": "resource"])
            properties["reference"] = reference
        } else {
            let start = finding.position ?? SourcePosition(line: 1, column: 1)
            let end = finding.end.flatMap { ($0.line, $0.column) >= (start.line, start.column) ? $0 : nil } ?? start
            region = ["startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column]
        }
        if let digest = finding.digest { properties["digest"] = digest }
        var message = reference.map { "\(finding.message) (\($0)\(finding.digest.map { " at \($0)" } ?? ""))" } ?? finding.message
        var related: [[String: Any]] = []
        for (offset, node) in finding.related.enumerated() {
            guard let region = node.region else { continue }
            // GitHub links a related location from the message: `[text](id)`.
            let id = offset + 1
            let text = node.pointer.description
            if !text.isEmpty, let range = message.range(of: text) {
                message.replaceSubrange(range, with: "[\(text)](\(id))")
            }
            var physical: [String: Any] = ["artifactLocation": artifactLocation(finding.path)]
            if reference == nil {
                physical["region"] = ["startLine": region.start.line, "startColumn": region.start.column, "endLine": region.end.line, "endColumn": region.end.column]
            }
            related.append(["id": id, "message": ["text": node.message], "physicalLocation": physical])
        }
        var entry: [String: Any] = [
            "ruleId": finding.rule,
            "level": level(finding.severity),
            "message": ["text": message],
            "locations": [[
                "physicalLocation": ["artifactLocation": artifactLocation(finding.path), "region": region] as [String: Any],
                "logicalLocations": logical,
            ] as [String: Any]],
            "partialFingerprints": [Fingerprints.key: finding.fingerprint, "primaryLocationLineHash": Self.lineHash(finding)],
        ]
        if !properties.isEmpty { entry["properties"] = properties }
        if !related.isEmpty { entry["relatedLocations"] = related }
        if let ruleIndex { entry["ruleIndex"] = ruleIndex }
        if let isNew = finding.isNew { entry["baselineState"] = isNew ? "new" : "unchanged" }
        let edits = finding.replacements.compactMap { edit -> [String: Any]? in
            guard let region = edit.region else { return nil }
            return [
                "deletedRegion": ["startLine": region.start.line, "startColumn": region.start.column,
                                  "endLine": region.end.line, "endColumn": region.end.column],
                "insertedContent": ["text": edit.text],
            ]
        }
        if reference == nil, !edits.isEmpty, edits.count == finding.replacements.count {
            entry["fixes"] = [[
                "description": ["text": finding.suggestion.map { "Write \($0)" } ?? "Apply the canonical spelling"],
                "artifactChanges": [["artifactLocation": artifactLocation(finding.path), "replacements": edits] as [String: Any]],
            ] as [String: Any]]
        }
        return entry
    }

    /// A tool failure as an execution notification, naming the input it concerns.
    private func notification(_ finding: Finding) -> [String: Any] {
        var entry: [String: Any] = [
            "level": "error",
            "message": ["text": finding.message],
            "descriptor": ["id": finding.rule],
        ]
        if Self.registryReference(finding.path) == nil, finding.path != "-", context.paths.relative(finding.path) != nil {
            entry["locations"] = [["physicalLocation": ["artifactLocation": artifactLocation(finding.path)]]]
        }
        return entry
    }

    /// GitHub's alert identity, from what identifies the finding (not the text of its line, which reformatting
    /// changes and which minified documents share): the first 16 hex digits of the manifestlint fingerprint.
    static func lineHash(_ finding: Finding) -> String {
        String(finding.fingerprint.prefix(16)) + ":1"
    }

    private func artifactLocation(_ path: String) -> [String: Any] {
        if let reference = Self.registryReference(path) {
            return ["uri": URIText.encodePath(Self.placeholderPath(reference)), "uriBaseId": Self.rootBaseID]
        }
        if let relative = context.paths.relative(path) {
            return ["uri": URIText.encodePath(relative), "uriBaseId": Self.rootBaseID]
        }
        if path == "-" { return ["uri": "stdin"] }
        return ["uri": "file://" + URIText.encodePath(context.paths.display(path))]
    }

    /// `docker://host/repo:tag` for a registry finding's path, else nil.
    static func registryReference(_ path: String) -> String? {
        path.hasPrefix("docker://") ? path : nil
    }

    /// `docker://127.0.0.1:5000/team/app:1.0` → `.manifestlint/registry/127.0.0.1:5000/team/app/tags/1.0`
    /// (`@sha256:…` → `/digests/sha256:…`): stable, relative, and never a file anyone has.
    static func placeholderPath(_ reference: String) -> String {
        var rest = String(reference.dropFirst("docker://".count))
        var suffix = ""
        if let at = rest.firstIndex(of: "@") {
            suffix = "/digests/" + rest[rest.index(after: at)...]
            rest = String(rest[..<at])
        } else if let slash = rest.lastIndex(of: "/"), let colon = rest[slash...].lastIndex(of: ":") {
            suffix = "/tags/" + rest[rest.index(after: colon)...]
            rest = String(rest[..<colon])
        }
        return ".manifestlint/registry/" + rest + suffix
    }

    private static func clipped(_ text: String) -> String {
        text.count <= descriptionLimit ? text : String(text.prefix(descriptionLimit - 1)) + "…"
    }

    private static func directoryURI(_ path: String) -> String {
        "file://" + URIText.encodePath(path.hasSuffix("/") ? path : path + "/")
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// An argument as a POSIX shell would need it written.
    static func shellQuoted(_ argument: String) -> String {
        let plain = argument.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./=:@%+,".unicodeScalars.contains($0) }
        return plain && !argument.isEmpty ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private func problemSeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "recommendation"
        }
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }
}
