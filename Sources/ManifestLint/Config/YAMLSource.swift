import Yams

/// An error in a YAML file the user wrote (rule file or config), with its position.
public struct YAMLFileError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String { "\(path):\(line):\(column): \(message)" }
}

/// A parsed YAML file whose nodes remember their positions, with typed readers that throw
/// `YAMLFileError` naming the file, line and column.
public struct YAMLSource {
    public let path: String
    public let root: Node

    public init(path: String, text: String) throws(YAMLFileError) {
        self.path = path
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw YAMLFileError(path: path, line: 1, column: 1, message: "the file is empty")
            }
            if YAMLBudget.exceeds(node, limit: Limits.configYAMLNodes) {
                throw YAMLFileError(path: path, line: 1, column: 1, message: YAMLBudget.message(limit: Limits.configYAMLNodes))
            }
            root = node
        } catch let error as YAMLFileError {
            throw error
        } catch let error as YamlError {
            throw Self.convert(error, path: path)
        } catch {
            throw YAMLFileError(path: path, line: 1, column: 1, message: "\(error)")
        }
    }

    private static func convert(_ error: YamlError, path: String) -> YAMLFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return YAMLFileError(path: path, line: mark.line, column: mark.column, message: "invalid YAML: \(excerpt(problem))")
        case .duplicatedKeysInMapping(let duplicates, _):
            return YAMLFileError(path: path, line: 1, column: 1, message: "duplicate keys: \(excerpt(duplicates.joined(separator: ", ")))")
        default:
            return YAMLFileError(path: path, line: 1, column: 1, message: "invalid YAML: \(excerpt("\(error)"))")
        }
    }

    /// At most the first line and 120 characters of a parser's words, escaped: a message about a file the
    /// repository wrote never quotes more of it than that.
    static func excerpt(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" && $0 != "\r" }
        let cut = line.count > 120 ? String(line.prefix(120)) + "…" : String(line)
        return DisplayText.escaped(cut)
    }

    public func error(_ node: Node?, _ message: String) -> YAMLFileError {
        YAMLFileError(path: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message)
    }

    /// The members of a mapping node, keys as strings, in file order.
    public func mapping(_ node: Node, what: String) throws(YAMLFileError) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping") }
        var members: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else { throw error(key, "\(what) has a key that is not a string") }
            if members.contains(where: { $0.key == name }) { throw error(key, "duplicate key \"\(name)\" in \(what)") }
            members.append((name, key, value))
        }
        return members
    }

    public func string(_ node: Node, what: String) throws(YAMLFileError) -> String {
        guard node.scalar != nil, let text = node.string else { throw error(node, "\(what) must be a string") }
        return text
    }

    public func stringList(_ node: Node, what: String) throws(YAMLFileError) -> [String] {
        if node.scalar != nil { return [try string(node, what: what)] }
        guard let sequence = node.sequence else { throw error(node, "\(what) must be a list of strings") }
        var result: [String] = []
        for element in sequence { result.append(try string(element, what: what)) }
        return result
    }

    /// Converts a YAML node to a JSON value: plain scalars resolve to null, booleans, integers, numbers or strings.
    public func json(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain || scalar.style == .any {
                if node.null != nil { return .null }
                if let bool = node.bool { return .bool(bool) }
                if let integer = node.int { return .integer(Int64(integer)) }
                if let number = node.float { return .real(number) }
            }
            return .string(scalar.string)
        case .sequence(let sequence): return .array(sequence.map(json))
        case .mapping(let mapping):
            return .object(mapping.map { (key: $0.key.string ?? "", value: json($0.value)) })
        case .alias: return .null
        }
    }
}
