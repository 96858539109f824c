import Yams

/// Azure Pipelines' template expressions in lists: `- ${{ if cond }}:`, `${{ elseif }}`, `${{ else }}` and
/// `- ${{ each x in list }}:` items whose value is a list of jobs, stages, steps or `dependsOn` names. The file is
/// read as if the first condition of each list held and one pass of every loop were written out (their items spliced
/// into the list), so the jobs they define exist and their docker commands are read; a loop's items keep its
/// `${{ x }}` values, which stay unknown. Later conditions of the list (`else`, another `if`) become opaque templates.
/// `generatesNames` says a loop or a later condition was seen: names may exist that the file does not spell, so no
/// `dependsOn` is called missing.
enum AzureExpressions {
    static func flatten(_ node: Node, reader: WorkflowReader, generatesNames: inout Bool, depth: Int = 0) -> Node {
        guard depth < 64 else { return node }
        switch node {
        case .sequence(let sequence):
            var items: [Node] = []
            var conditionRead = false
            for item in sequence {
                if let (kind, value) = expressionItem(item, reader: reader) {
                    // Conditions are often alternatives (`${{ if eq(x) }}` and `${{ if ne(x) }}`, `${{ else }}`): the
                    // first is read as written, every later one is a template not read here (opaque: it may build and
                    // push anything; the names it defines may exist).
                    if kind != "each" && kind != "insert" {
                        if conditionRead {
                            generatesNames = true
                            items.append(.mapping(.init([(Node("template"), .scalar(.init("${{ \(kind) }}", .implicit, .plain, item.mark)))])))
                            continue
                        }
                        conditionRead = true
                    }
                    if kind == "each" { generatesNames = true }
                    let spliced = flatten(value, reader: reader, generatesNames: &generatesNames, depth: depth + 1)
                    items += spliced.sequence.map(Array.init) ?? [spliced]
                } else {
                    items.append(flatten(item, reader: reader, generatesNames: &generatesNames, depth: depth + 1))
                }
            }
            return .sequence(.init(items, sequence.tag, sequence.style, sequence.mark, sequence.anchor))
        case .mapping(let mapping):
            let pairs = mapping.map { ($0.key, flatten($0.value, reader: reader, generatesNames: &generatesNames, depth: depth + 1)) }
            return .mapping(.init(pairs, mapping.tag, mapping.style, mapping.mark, mapping.anchor))
        default:
            return node
        }
    }

    /// The keyword (`if`, `elseif`, `else`, `each`, `insert`) and list of a one-key `${{ ... }}:` item whose value
    /// is a list.
    private static func expressionItem(_ item: Node, reader: WorkflowReader) -> (String, Node)? {
        guard let mapping = item.mapping, mapping.count == 1, let (key, value) = mapping.first.map({ ($0.key, $0.value) }),
            value.sequence != nil
        else { return nil }
        let bytes = reader.index.bytes
        var position = reader.offset(of: key)
        guard bytes[position...].starts(with: "${{".utf8) else { return nil }
        position += 3
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        let start = position
        while position < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[position]) { position += 1 }
        let keyword = String(decoding: bytes[start..<position], as: UTF8.self)
        return ["if", "elseif", "else", "each", "insert"].contains(keyword) ? (keyword, value) : nil
    }
}
