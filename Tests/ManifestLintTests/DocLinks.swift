import Foundation

/// Relative Markdown links of README.md and docs/: the file must exist and, for `#anchor`, hold a heading with that
/// GitHub slug.
enum DocLinks {
    static func broken(root: URL) -> [String] {
        var files = ["README.md"]
        if let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent("docs").path) {
            files += walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        }
        var problems: [String] = []
        for file in files.sorted() {
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { continue }
            let folder = (file as NSString).deletingLastPathComponent
            for target in links(in: text) where !target.contains("://") && !target.hasPrefix("mailto:") {
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let path = parts[0].isEmpty ? file : ((folder as NSString).appendingPathComponent(parts[0]) as NSString).standardizingPath
                let url = root.appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    problems.append("\(file): \(target): no such file")
                    continue
                }
                if parts.count == 2, path.hasSuffix(".md"), let linked = try? String(contentsOf: url, encoding: .utf8),
                   !anchors(in: linked).contains(parts[1]) {
                    problems.append("\(file): \(target): no such heading")
                }
            }
        }
        return problems
    }

    /// `](target)` of inline links, outside fenced code blocks.
    static func links(in text: String) -> [String] {
        var targets: [String] = []
        var fenced = false
        for line in text.split(separator: "\n") {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { fenced.toggle(); continue }
            guard !fenced else { continue }
            var rest = Substring(line)
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                let target = String(after[..<close])
                if !target.isEmpty, !target.contains(" ") { targets.append(target.hasPrefix("<") ? String(target.dropFirst().dropLast()) : target) }
                rest = after[close...]
            }
        }
        return targets
    }

    /// The anchors GitHub makes for a page's headings (duplicates get -1, -2, ...).
    static func anchors(in text: String) -> Set<String> {
        var seen: [String: Int] = [:]
        var result: Set<String> = []
        var fenced = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("```") { fenced.toggle(); continue }
            guard !fenced, line.hasPrefix("#") else { continue }
            let slug = self.slug(String(line.drop { $0 == "#" }))
            let count = seen[slug, default: 0]
            result.insert(count == 0 ? slug : "\(slug)-\(count)")
            seen[slug] = count + 1
        }
        return result
    }

    /// GitHub's heading slug: lower-cased, punctuation other than - and _ dropped, spaces to -.
    static func slug(_ heading: String) -> String {
        var slug = ""
        for character in heading.trimmingCharacters(in: .whitespaces).lowercased() {
            if character == " " { slug.append("-") } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            }
        }
        return slug
    }
}
