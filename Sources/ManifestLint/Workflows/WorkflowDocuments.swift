import Yams

/// A workflow file's YAML documents, and what the program that runs the file makes of a key defined twice.
extension WorkflowReader {
    /// The file's YAML documents, with keys a mapping defines twice resolved as lenient readers do
    /// (`DuplicateKeys`), and those duplicates.
    func documents() throws(WorkflowReadError) -> ([Node], [DuplicateKey]) {
        var text = masked.bytes
        var duplicates: [DuplicateKey] = []
        var placeholders = DuplicateKeys.Placeholders()
        var fixes = 0
        while true {
            do {
                let documents = try Self.compose(text)
                for document in documents where YAMLBudget.exceeds(document, limit: Limits.workflowYAMLNodes) {
                    throw WorkflowReadError(position: SourcePosition(line: 1, column: 1), message: YAMLBudget.message(limit: Limits.workflowYAMLNodes),
                                            rule: "document-too-large")
                }
                return (placeholders.names.isEmpty ? documents : documents.map { DuplicateKeys.merge($0, placeholders: placeholders) }, duplicates)
            } catch YamlError.duplicatedKeysInMapping(let names, let context) {
                let offset = masked.offset(line: context.mark.line, column: context.mark.column)
                let json = path.asciiLowercased.hasSuffix(".json")
                guard fixes < DuplicateKeys.maximumFixes,
                    let found = DuplicateKeys.resolve(&text, keyAt: offset, names: Set(names), json: json, placeholders: &placeholders)
                else {
                    throw WorkflowReadError(position: SourcePosition(line: context.mark.line, column: context.mark.column),
                                            message: (json ? "invalid JSON: " : "invalid YAML: ") + names.map { "\"\($0)\"" }.joined(separator: ", ")
                                                + " defined twice in one mapping, \(fixes < DuplicateKeys.maximumFixes ? "in a way not read" : "too many times to read")")
                }
                fixes += 1
                duplicates += found
            } catch let error as WorkflowReadError {
                throw error
            } catch {
                throw Self.readError(error)
            }
        }
    }

    private static func compose(_ bytes: [UInt8]) throws -> [Node] {
        var documents: [Node] = []
        // The sequence keeps a parse error instead of throwing it from `next()`.
        var sequence = try Yams.compose_all(yaml: String(decoding: bytes, as: UTF8.self))
        while let document = sequence.next() { documents.append(document) }
        if let error = sequence.error { throw error }
        return documents
    }

    private static func readError(_ error: any Error) -> WorkflowReadError {
        if let error = error as? YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return WorkflowReadError(position: SourcePosition(line: mark.line, column: mark.column), message: "invalid YAML: \(problem)")
            default:
                break
            }
        }
        // Some errors carry the whole document as context: the first line says what is wrong.
        return WorkflowReadError(position: SourcePosition(line: 1, column: 1), message: "invalid YAML: " + firstLine(of: "\(error)"))
    }

    /// The first line of an error's description, at most 300 characters.
    static func firstLine(of text: String) -> String {
        let line = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? text
        return line.count > 300 ? String(line.prefix(300)) + "…" : line
    }

    /// The program that refuses a file naming one key twice in a mapping, for the formats whose program does:
    /// GitHub Actions and Azure Pipelines ("'if' is already defined"), GoReleaser (Go's yaml.v3). GitLab keeps
    /// the later value; for bake JSON both count; for the others it is not known.
    func rejectingDuplicates(_ read: PipelineRead) -> String? {
        let name = String(path.lastPathComponent).asciiLowercased
        switch (read.format, read.graph.flatMap(PipelineRead.CISystem.init(rawValue:))) {
        case (.goreleaser, _): return "GoReleaser"
        case (.ciYAML, .github): return "GitHub Actions"
        case (.ciYAML, .azure): return "Azure Pipelines"
        case (.ciYAML, nil) where path.contains(".github/workflows/"): return "GitHub Actions"
        case (.ciYAML, nil) where name.hasPrefix("azure-pipelines"): return "Azure Pipelines"
        default: return nil
        }
    }

    /// GitLab, which keeps the later value of a key defined twice, when the file is GitLab's.
    func keepingLaterKey(_ read: PipelineRead) -> String? {
        let name = String(path.lastPathComponent).asciiLowercased
        let gitlab = read.graph == PipelineRead.CISystem.gitlab.rawValue
            || read.format == .ciYAML && (name.hasSuffix("gitlab-ci.yml") || name.hasSuffix("gitlab-ci.yaml"))
        return gitlab ? "GitLab" : nil
    }
}
