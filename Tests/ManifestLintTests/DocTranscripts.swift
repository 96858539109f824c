import Foundation
import Testing

/// The console transcripts of the README and `docs/`: fenced ```console blocks whose `$ ` lines are commands and
/// whose other lines are what those commands print (stdout and stderr together). See docs/internals.md, "Docs that
/// cannot drift", for the convention this implements.
struct DocTranscript: CustomTestStringConvertible, Sendable {
    struct Step: Sendable {
        let command: String
        let expected: [String]
    }

    /// `README.md:23`: the file and the line of the opening fence.
    let place: String
    let steps: [Step]
    /// Preceded by `<!-- transcript: registry -->`: needs the loopback registry in `$REGISTRY`.
    let needsRegistry: Bool

    var testDescription: String { place }

    /// Every transcript of README.md and docs/**/*.md, in file order.
    static func all(root: URL = Repository.root) -> [DocTranscript] {
        var files = ["README.md"]
        let docs = root.appendingPathComponent("docs")
        if let walker = FileManager.default.enumerator(atPath: docs.path) {
            files += walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        }
        return files.flatMap { name -> [DocTranscript] in
            guard let text = try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) else { return [] }
            return parse(text, file: name)
        }
    }

    static func parse(_ text: String, file: String) -> [DocTranscript] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var transcripts: [DocTranscript] = []
        var index = 0
        var lastMarker = ""
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("<!-- transcript:") { lastMarker = line }
            guard line.trimmingCharacters(in: .whitespaces) == "```console" else {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("<!--") { lastMarker = "" }
                index += 1
                continue
            }
            let opening = index + 1
            var body: [String] = []
            index += 1
            while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "```" {
                body.append(lines[index])
                index += 1
            }
            index += 1
            transcripts.append(DocTranscript(place: "\(file):\(opening)", steps: steps(body), needsRegistry: lastMarker.contains("registry")))
            lastMarker = ""
        }
        return transcripts
    }

    private static func steps(_ body: [String]) -> [Step] {
        var steps: [Step] = []
        var command: String?
        var expected: [String] = []
        var continuing = false
        for line in body {
            if continuing, command != nil {
                command! += "\n" + line
                continuing = line.hasSuffix(" \\")
                continue
            }
            if line.hasPrefix("$ ") {
                if let command { steps.append(Step(command: command, expected: expected)) }
                command = String(line.dropFirst(2))
                expected = []
                continuing = line.hasSuffix(" \\")
            } else {
                expected.append(line)
            }
        }
        if let command { steps.append(Step(command: command, expected: expected)) }
        return steps
    }

    /// Whether `actual` is what `expected` shows: `<ANY>` in a line stands for any text, a line `...` for any lines.
    static func matches(_ actual: [String], _ expected: [String]) -> Bool {
        func match(_ a: Int, _ e: Int) -> Bool {
            if e == expected.count { return a == actual.count }
            if expected[e] == "..." { return (a...actual.count).contains { match($0, e + 1) } }
            return a < actual.count && lineMatches(actual[a], expected[e]) && match(a + 1, e + 1)
        }
        return match(0, 0)
    }

    static func lineMatches(_ actual: String, _ pattern: String) -> Bool {
        let pieces = pattern.components(separatedBy: "<ANY>")
        guard pieces.count > 1 else { return actual == pattern }
        guard actual.hasPrefix(pieces[0]) else { return false }
        var rest = actual.dropFirst(pieces[0].count)
        for (offset, piece) in pieces.dropFirst().enumerated() {
            if offset == pieces.count - 2 { return rest.hasSuffix(piece) && rest.count >= piece.count }
            guard let found = rest.range(of: piece) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }
}
