import Yams

/// A key one mapping of a workflow file names twice, at byte offsets of the file.
struct DuplicateKey: Equatable {
    let name: String
    let earlier: Int
    let later: Int
}

/// Keys defined twice in one mapping. libyaml (through Yams) refuses them, but the programs that run these files
/// disagree: GitHub Actions, Azure Pipelines and GoReleaser reject the file, GitLab (Ruby's Psych) keeps the later
/// value, and HCL's JSON syntax (bake JSON) must keep every definition (`"target"` twice is two sets of targets,
/// hashicorp/hcl json/spec.md). So a duplicate is first resolved the way a lenient reader does, offsets unchanged,
/// and the reader decides afterwards, knowing the format, whether the file is invalid or only worth a warning.
enum DuplicateKeys {
    /// Longest run of fixes for one file: each is one more parse.
    static let maximumFixes = 64

    /// Keys renamed in the text, to be folded back by `merge`: the original name of each placeholder, and the
    /// placeholders whose entry is dropped (an earlier value the later one replaces).
    struct Placeholders {
        var names: [String: String] = [:]
        var dropped: Set<String> = []

        /// The next placeholder for a key `length` bytes long: `~`, a counter in base 36, tildes to the length
        /// (two bytes at least: `~` alone is YAML's null).
        mutating func next(length: Int, for name: String, dropped drop: Bool) -> [UInt8]? {
            var placeholder = Array("~\(String(names.count, radix: 36))".utf8)
            guard length >= 2, placeholder.count <= length else { return nil }
            placeholder += Array(repeating: UInt8(ascii: "~"), count: length - placeholder.count)
            let text = String(decoding: placeholder, as: UTF8.self)
            names[text] = name
            if drop { dropped.insert(text) }
            return placeholder
        }
    }

    /// The duplicates of the mapping holding the key that Yams names at `offset`, and `bytes` with their keys renamed
    /// to placeholders of the same length (the text keeps its offsets, and anchors in a dropped value stay defined):
    /// in YAML the earlier entries are dropped (the later value wins), except merge keys, which all count; in JSON
    /// the later ones are merged into the first. A one-byte YAML key is blanked instead. Nil when the mapping cannot
    /// be found in the text (a YAML flow mapping, a key Yams placed elsewhere) or a key is too short for a
    /// placeholder: the caller reports the error.
    static func resolve(_ bytes: inout [UInt8], keyAt offset: Int, names: Set<String>, json: Bool,
                        placeholders: inout Placeholders) -> [DuplicateKey]? {
        let entries = json ? flowEntries(bytes, around: offset) : blockEntries(bytes, around: offset)
        guard let entries else { return nil }
        var duplicates: [DuplicateKey] = []
        var firstByName: [String: Entry] = [:]
        var lastByName: [String: Int] = [:]
        for entry in entries where names.contains(entry.name) {
            lastByName[entry.name] = entry.key
            guard let first = firstByName[entry.name] else { firstByName[entry.name] = entry; continue }
            duplicates.append(DuplicateKey(name: entry.name, earlier: first.key, later: entry.key))
        }
        guard !duplicates.isEmpty else { return nil }
        for entry in entries where names.contains(entry.name) {
            let merging = json || entry.name == "<<"
            // JSON and merge keys: every one after the first is folded into it. YAML: every one before the last goes.
            guard merging ? firstByName[entry.name]?.key != entry.key : lastByName[entry.name] != entry.key else { continue }
            let quoted = bytes[entry.key] == UInt8(ascii: "\"") || bytes[entry.key] == UInt8(ascii: "'")
            let content = quoted ? (entry.key + 1)..<(entry.keyEnd - 1) : entry.key..<entry.keyEnd
            if let placeholder = placeholders.next(length: content.count, for: entry.name, dropped: !merging) {
                bytes.replaceSubrange(content, with: placeholder)
            } else if !merging {
                for position in entry.key..<entry.end where bytes[position] != 0x0A { bytes[position] = UInt8(ascii: " ") }
            } else {
                return nil
            }
        }
        // Several `<<:` are how a mapping merges several others (Ruby's Psych applies each): not a finding.
        return duplicates.filter { $0.name != "<<" }
    }

    /// `node` with every placeholder folded back: a dropped entry goes; a merged one joins the entry of its original
    /// name (two mappings merge, entries of the later one winning and mappings inside merging again; merge keys
    /// become one merge list; anything else the later value replaces).
    static func merge(_ node: Node, placeholders: Placeholders) -> Node {
        switch node {
        case .mapping(let mapping):
            var merged = Node.Mapping([], mapping.tag, mapping.style, mapping.mark, mapping.anchor)
            for (key, value) in mapping {
                if let text = key.string, placeholders.dropped.contains(text) { continue }
                let folded = merge(value, placeholders: placeholders)
                var keyNode = key
                if let name = key.string.flatMap({ placeholders.names[$0] }) {
                    // The original name, with the tag of its first key (`<<` resolves as a merge key).
                    let original = mapping.keys.first { $0.string == name }
                    keyNode = .scalar(.init(name, original?.tag ?? key.tag, original?.scalar?.style ?? .any, key.mark))
                }
                merged = adding(keyNode, folded, to: merged)
            }
            return .mapping(merged)
        case .sequence(let sequence):
            return .sequence(.init(sequence.map { merge($0, placeholders: placeholders) }, sequence.tag, sequence.style, sequence.mark, sequence.anchor))
        default:
            return node
        }
    }

    private static func adding(_ key: Node, _ value: Node, to mapping: Node.Mapping) -> Node.Mapping {
        var pairs = Array(mapping.map { ($0.key, $0.value) })
        // By text: a renamed key's tag (a string) differs from a merge key's.
        if let index = pairs.firstIndex(where: { $0.0 == key || $0.0.string != nil && $0.0.string == key.string }) {
            if key.string == "<<" {
                // A merge list's first mapping wins; Psych lets a later `<<:` win over an earlier one.
                let earlier = pairs[index].1.sequence.map(Array.init) ?? [pairs[index].1]
                let later = value.sequence.map(Array.init) ?? [value]
                pairs[index].1 = .sequence(.init(later + earlier, .implicit, .block, pairs[index].1.mark))
            } else if case .mapping(let existing) = pairs[index].1, case .mapping(let incoming) = value {
                var combined = existing
                for (innerKey, innerValue) in incoming { combined = adding(innerKey, innerValue, to: combined) }
                pairs[index].1 = .mapping(combined)
            } else {
                pairs[index].1 = value
            }
        } else {
            pairs.append((key, value))
        }
        return Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark, mapping.anchor)
    }

    /// One entry of a mapping: where its key starts and ends, and where the entry ends (the next key or the end of
    /// the mapping).
    private struct Entry {
        let name: String
        let key: Int
        let keyEnd: Int
        let end: Int
    }

    // MARK: - YAML block mappings

    /// The entries of the block mapping whose key starts at `offset`: the lines whose key starts in that column,
    /// from the first one back (a `- ` may open it) to the first line indented less.
    private static func blockEntries(_ bytes: [UInt8], around offset: Int) -> [Entry]? {
        guard offset < bytes.count else { return nil }
        var starts = [0]
        for (position, byte) in bytes.enumerated() where byte == 0x0A { starts.append(position + 1) }
        let line = (starts.lastIndex { $0 <= offset }) ?? 0
        let column = offset - starts[line]
        func end(_ line: Int) -> Int { line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count }
        func indent(_ line: Int) -> Int? {
            var position = starts[line]
            while position < end(line), bytes[position] == UInt8(ascii: " ") { position += 1 }
            guard position < end(line), bytes[position] != UInt8(ascii: "#"), bytes[position] != 0x0D else { return nil }
            return position - starts[line]
        }
        /// A key line of the mapping: its key starts in the column, after spaces or `- ` sequence openers.
        func keyAt(_ line: Int) -> Bool {
            let start = starts[line], at = starts[line] + column
            guard at < end(line) else { return false }
            let byte = bytes[at]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "#") { return false }
            // `- item` in the column is a sequence (the value of the key above), not a key.
            if byte == UInt8(ascii: "-"), at + 1 == end(line) || bytes[at + 1] == UInt8(ascii: " ") { return false }
            return bytes[start..<at].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }
        }
        /// `---` or `...` at the start of a line: a document begins or ends there.
        func documentMarker(_ line: Int) -> Bool {
            bytes[starts[line]...].starts(with: "---".utf8) || bytes[starts[line]...].starts(with: "...".utf8)
        }
        guard keyAt(line), !documentMarker(line) else { return nil }
        var first = line
        var scan = line - 1
        while scan >= 0, !documentMarker(scan) {
            if let indent = indent(scan) {
                if indent < column {
                    if keyAt(scan) { first = scan }
                    break
                }
                if indent == column, keyAt(scan) { first = scan }
            }
            scan -= 1
        }
        var keyLines: [Int] = []
        var last = starts.count - 1
        scan = first
        while scan < starts.count {
            if let indent = indent(scan) {
                if scan != first, indent < column || documentMarker(scan) { last = scan - 1; break }
                if scan == first || indent == column, keyAt(scan) { keyLines.append(scan) }
            }
            scan += 1
        }
        var entries: [Entry] = []
        for (number, keyLine) in keyLines.enumerated() {
            let key = starts[keyLine] + column
            guard let (name, keyEnd) = keyName(bytes, at: key, lineEnd: end(keyLine)) else { return nil }
            let entryEnd = number + 1 < keyLines.count ? starts[keyLines[number + 1]] + column : end(last)
            entries.append(Entry(name: name, key: key, keyEnd: keyEnd, end: entryEnd))
        }
        return entries
    }

    /// A block key's text: quoted, or plain up to the `:` that a space or the line's end follows.
    private static func keyName(_ bytes: [UInt8], at start: Int, lineEnd: Int) -> (String, Int)? {
        let quote = bytes[start]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var position = start + 1
            while position < lineEnd, bytes[position] != quote { position += bytes[position] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") ? 2 : 1 }
            guard position < lineEnd else { return nil }
            return (String(decoding: bytes[(start + 1)..<position], as: UTF8.self), position + 1)
        }
        var position = start
        while position < lineEnd {
            if bytes[position] == UInt8(ascii: ":"), position + 1 == lineEnd || bytes[position + 1] == UInt8(ascii: " ") || bytes[position + 1] == 0x0D {
                var trimmed = position
                while trimmed > start, bytes[trimmed - 1] == UInt8(ascii: " ") { trimmed -= 1 }
                return (String(decoding: bytes[start..<trimmed], as: UTF8.self), trimmed)
            }
            position += 1
        }
        return nil
    }

    // MARK: - JSON objects

    /// The entries of the JSON object holding the key that starts at `offset` (its opening quote).
    private static func flowEntries(_ bytes: [UInt8], around offset: Int) -> [Entry]? {
        // Objects open at these offsets; each collects its entries as the scan passes them.
        var stack: [(open: Int, isObject: Bool, entries: [Entry], expectingKey: Bool)] = []
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let start = position
                position += 1
                while position < bytes.count, bytes[position] != UInt8(ascii: "\"") { position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1 }
                guard position < bytes.count else { return nil }
                if let top = stack.indices.last, stack[top].isObject, stack[top].expectingKey {
                    stack[top].expectingKey = false
                    let name = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
                    stack[top].entries.append(Entry(name: name, key: start, keyEnd: position + 1, end: position + 1))
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                stack.append((position, byte == UInt8(ascii: "{"), [], byte == UInt8(ascii: "{")))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard let closed = stack.popLast() else { return nil }
                if closed.isObject, closed.entries.contains(where: { $0.key == offset }) { return closed.entries }
            case UInt8(ascii: ","):
                if let top = stack.indices.last, stack[top].isObject { stack[top].expectingKey = true }
            default:
                break
            }
            position += 1
        }
        return nil
    }
}
