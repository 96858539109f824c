import Foundation

/// `--format html`: one self-contained page for a registry audit (no script, no external asset; a Content Security
/// Policy forbids loading any): a repositories × platforms matrix (how many of each repository's tags provide each
/// platform; a required platform some tag lacks is red), the findings per repository, and what was not checked.
/// Every count is also a `data-` attribute, which the headless-browser test compares with the JSON report.
public struct HTMLReport {
    public let context: ReportContext

    public init(context: ReportContext) { self.context = context }

    /// `host/repository` of a registry path (`docker://host/repo:tag`, `docker://host/repo@sha256:…`), else the path.
    public static func repository(of path: String) -> String {
        var rest = path.hasPrefix("docker://") ? String(path.dropFirst("docker://".count)) : path
        if let at = rest.firstIndex(of: "@") { rest = String(rest[..<at]) }
        if let slash = rest.lastIndex(of: "/"), let colon = rest[slash...].lastIndex(of: ":") { rest = String(rest[..<colon]) }
        return rest
    }

    public func rendered() -> String {
        var tags: [String: Int] = [:]
        var provided: [String: [String: Int]] = [:]
        for entry in context.inventory {
            let repository = Self.repository(of: entry.path)
            tags[repository, default: 0] += 1
            for platform in Set(entry.platforms) { provided[repository, default: [:]][platform, default: 0] += 1 }
        }
        var counts: [String: (errors: Int, warnings: Int, notes: Int)] = [:]
        var listed: [String: [Finding]] = [:]
        var incomplete: [Finding] = []
        for finding in context.findings {
            let repository = Self.repository(of: finding.path)
            var count = counts[repository] ?? (0, 0, 0)
            switch finding.severity {
            case .error: count.errors += 1
            case .warning: count.warnings += 1
            case .note: count.notes += 1
            }
            counts[repository] = count
            listed[repository, default: []].append(finding)
            if finding.marksIncomplete { incomplete.append(finding) }
        }
        let required = context.requiredPlatforms
        let platforms = required + Set(provided.values.flatMap(\.keys)).subtracting(required).sorted()
        let repositories = Set(tags.keys).union(counts.keys).sorted()
        let summary = context.summary

        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>manifestlint audit</title>
            <style>
            body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #1b1f24; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; }
            td.count { text-align: right; }
            .missing { background: #ffd7d5; color: #82071e; font-weight: bold; }
            .full { background: #dafbe1; }
            .partial { background: #fff8c5; }
            th.required::after { content: " (required)"; font-weight: normal; color: #57606a; }
            .error { color: #82071e; } .warning { color: #7d4e00; } .note { color: #57606a; }
            code { font-size: 12px; }
            </style>
            </head>
            <body>
            <h1>manifestlint audit</h1>

            """
        html += "<p id=\"summary\" data-files=\"\(summary.files)\" data-errors=\"\(summary.errors)\" data-warnings=\"\(summary.warnings)\" "
            + "data-notes=\"\(summary.notes)\" data-incomplete=\"\(incomplete.count)\">\(summary.files) checked: \(summary.errors) errors, "
            + "\(summary.warnings) warnings, \(summary.notes) notes\(incomplete.isEmpty ? "" : "; <strong class=\"error\">\(incomplete.count) not checked</strong>")</p>\n"

        html += "<h2>Platforms</h2>\n<table id=\"matrix\">\n<thead><tr><th>repository</th><th>tags</th>"
        for platform in platforms {
            html += "<th data-platform=\"\(Self.escape(platform))\"\(required.contains(platform) ? " class=\"required\"" : "")>\(Self.escape(platform))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for repository in repositories where tags[repository] != nil {
            let total = tags[repository] ?? 0
            html += "<tr data-repository=\"\(Self.escape(repository))\" data-tags=\"\(total)\"><th>\(Self.escape(repository))</th><td class=\"count\">\(total)</td>"
            for platform in platforms {
                let count = provided[repository]?[platform] ?? 0
                let style = count == total ? "full" : required.contains(platform) ? "missing" : count == 0 ? "" : "partial"
                html += "<td class=\"count \(style)\" data-platform=\"\(Self.escape(platform))\" data-count=\"\(count)\">\(count == 0 ? "–" : "\(count)")</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"

        html += "<h2>Findings by repository</h2>\n<table id=\"findings\">\n<thead><tr><th>repository</th><th>errors</th><th>warnings</th><th>notes</th></tr></thead>\n<tbody>\n"
        for repository in repositories {
            let count = counts[repository] ?? (0, 0, 0)
            html += "<tr data-repository=\"\(Self.escape(repository))\" data-errors=\"\(count.errors)\" data-warnings=\"\(count.warnings)\" data-notes=\"\(count.notes)\">"
                + "<th>\(Self.escape(repository))</th><td class=\"count\">\(count.errors)</td><td class=\"count\">\(count.warnings)</td><td class=\"count\">\(count.notes)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        for repository in repositories {
            guard let findings = listed[repository] else { continue }
            html += "<details><summary>\(Self.escape(repository)): \(findings.count) finding\(findings.count == 1 ? "" : "s")</summary>\n<ul>\n"
            for finding in findings {
                html += "<li class=\"\(finding.severity.rawValue)\"><code>\(Self.escape(finding.path))</code> \(finding.severity.rawValue) "
                    + "[\(Self.escape(finding.rule))]: \(Self.escape(finding.message))</li>\n"
            }
            html += "</ul>\n</details>\n"
        }

        html += "<h2>Not checked</h2>\n"
        if incomplete.isEmpty {
            html += "<p id=\"incomplete\">Everything asked for was checked.</p>\n"
        } else {
            html += "<ul id=\"incomplete\">\n"
            for finding in incomplete { html += "<li><code>\(Self.escape(finding.path))</code>: \(Self.escape(finding.message))</li>\n" }
            html += "</ul>\n"
        }
        html += "<p class=\"note\">\(Self.escape(ToolInfo.name)) \(Self.escape(ToolInfo.version))</p>\n</body>\n</html>\n"
        return html
    }

    /// Text as HTML: the five characters that mean something there, and control characters, escaped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { escaped += "&#\(scalar.value);" } else { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }
}
