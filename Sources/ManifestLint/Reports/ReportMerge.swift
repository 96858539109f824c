import Foundation

/// `manifestlint report merge`: the JSON or SARIF reports of several runs (the shards of one audit) as one report.
/// JSON: findings concatenated and sorted as one run sorts them, summaries added up. SARIF: the runs side by side
/// (one run per shard, as GitHub code scanning takes them with a category each), or with `singleRun` one run whose
/// results are all of theirs, rule indexes renumbered against the first run's rules, and `executionSuccessful`
/// true only when every run's was.
public enum ReportMerge {
    public enum Format: String, Sendable { case json, sarif }

    public struct MergeError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public struct Merged: Sendable {
        public let bytes: [UInt8]
        /// What the merged findings make the exit status, as `lint` decides it with its defaults: 3 when anything
        /// was not checked, 1 for an error, else 0.
        public let status: Int32
    }

    /// Which report format a file holds.
    public static func format(of report: [String: Any]) -> Format? {
        if report["runs"] != nil, report["version"] as? String == "2.1.0" { return .sarif }
        if report["findings"] != nil, report["summary"] != nil { return .json }
        return nil
    }

    /// Merges reports read from `paths` (for messages) with their bytes.
    public static func merge(_ reports: [(path: String, bytes: [UInt8])], singleRun: Bool = false) throws(MergeError) -> Merged {
        var parsed: [[String: Any]] = []
        var format: Format?
        for report in reports {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(report.bytes))) as? [String: Any], let kind = Self.format(of: object) else {
                throw MergeError(description: "\(report.path): not a manifestlint JSON or SARIF 2.1.0 report")
            }
            if let format, format != kind {
                throw MergeError(description: "\(report.path): a \(kind.rawValue) report among \(format.rawValue) reports; merge reports of one format")
            }
            format = kind
            parsed.append(object)
        }
        guard let format else { throw MergeError(description: "no reports to merge") }
        switch format {
        case .json: return try mergeJSON(parsed)
        case .sarif: return try mergeSARIF(parsed, singleRun: singleRun)
        }
    }

    private static func mergeJSON(_ reports: [[String: Any]]) throws(MergeError) -> Merged {
        var findings: [[String: Any]] = []
        var summary: [String: Int] = [:]
        for report in reports {
            findings += report["findings"] as? [[String: Any]] ?? []
            for (key, value) in report["summary"] as? [String: Any] ?? [:] {
                if let count = value as? Int { summary[key, default: 0] += count }
            }
        }
        findings.sort { order($0).lexicographicallyPrecedes(order($1)) }
        var merged = reports[0]
        merged["findings"] = findings
        merged["summary"] = summary
        return Merged(bytes: try serialize(merged), status: status(rules: findings.compactMap { ($0["rule"] as? String, $0["severity"] as? String) }))
    }

    private static func order(_ finding: [String: Any]) -> [String] {
        [finding["path"] as? String ?? "", String(format: "%012d", finding["line"] as? Int ?? 0),
         String(format: "%012d", finding["column"] as? Int ?? 0), finding["rule"] as? String ?? "", finding["message"] as? String ?? ""]
    }

    private static func mergeSARIF(_ reports: [[String: Any]], singleRun: Bool) throws(MergeError) -> Merged {
        let runs = reports.flatMap { $0["runs"] as? [[String: Any]] ?? [] }
        guard var first = runs.first else { throw MergeError(description: "the SARIF reports hold no run") }
        let statuses = runs.flatMap { run in
            (run["results"] as? [[String: Any]] ?? []).map { ($0["ruleId"] as? String, Self.severity(sarifLevel: $0["level"] as? String)) }
        }
        let succeeded = runs.allSatisfy { run in
            (run["invocations"] as? [[String: Any]] ?? []).allSatisfy { $0["executionSuccessful"] as? Bool ?? true }
        }
        var merged = reports[0]
        if singleRun {
            var driver = (first["tool"] as? [String: Any])?["driver"] as? [String: Any] ?? [:]
            var rules = driver["rules"] as? [[String: Any]] ?? []
            var index = Dictionary(rules.enumerated().compactMap { entry in (entry.element["id"] as? String).map { ($0, entry.offset) } },
                                   uniquingKeysWith: { first, _ in first })
            var results: [[String: Any]] = []
            for run in runs {
                let theirs = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
                for rule in theirs {
                    guard let id = rule["id"] as? String, index[id] == nil else { continue }
                    index[id] = rules.count
                    rules.append(rule)
                }
                for var result in run["results"] as? [[String: Any]] ?? [] {
                    if let id = result["ruleId"] as? String, let position = index[id] { result["ruleIndex"] = position }
                    results.append(result)
                }
            }
            driver["rules"] = rules
            var tool = first["tool"] as? [String: Any] ?? [:]
            tool["driver"] = driver
            first["tool"] = tool
            first["results"] = results
            var invocations = first["invocations"] as? [[String: Any]] ?? [[:]]
            if invocations.isEmpty { invocations = [[:]] }
            invocations[0]["executionSuccessful"] = succeeded
            first["invocations"] = invocations
            first.removeValue(forKey: "automationDetails")
            merged["runs"] = [first]
        } else {
            merged["runs"] = runs
        }
        var status = status(rules: statuses)
        if !succeeded { status = ExitStatus.incomplete }
        return Merged(bytes: try serialize(merged), status: status)
    }

    private static func severity(sarifLevel: String?) -> String? {
        switch sarifLevel {
        case "error": "error"
        case "warning": "warning"
        case "note": "note"
        default: nil
        }
    }

    private static func status(rules: [(rule: String?, severity: String?)]) -> Int32 {
        if rules.contains(where: { $0.rule.map(Finding.incompleteRules.contains) ?? false }) { return ExitStatus.incomplete }
        if rules.contains(where: { $0.severity == "error" }) { return ExitStatus.findings }
        return ExitStatus.passed
    }

    private static func serialize(_ object: [String: Any]) throws(MergeError) -> [UInt8] {
        do {
            var data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            data.append(0x0A)
            return [UInt8](data)
        } catch {
            throw MergeError(description: "the merged report could not be written: \(error)")
        }
    }
}
