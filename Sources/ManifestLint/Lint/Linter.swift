/// The result of linting one input.
public struct LintResult: Sendable {
    public let path: String
    public let kind: DocumentKind?
    public internal(set) var findings: [Finding]
    /// True when the input could not be read at all (exit code 2).
    public let inputFailed: Bool
}

/// Runs the pipeline for one document: strict parse, kind detection, schema checks, positions.
public struct Linter: Sendable {
    /// Forces every document to be checked as this media type.
    public var forcedMediaType: String?
    /// The rules to apply after the schema checks; nil runs the schema checks only.
    public var policy: LintPolicy?

    public init(forcedMediaType: String? = nil, policy: LintPolicy? = nil) {
        self.forcedMediaType = forcedMediaType
        self.policy = policy
    }

    public func lint(_ input: InputDocument) -> LintResult {
        switch input.contents {
        case .failure(let error):
            let rule: String
            if case .tooLarge = error { rule = "document-too-large" } else { rule = "unreadable-input" }
            let finding = Finding(rule: rule, severity: .error, message: error.description, path: input.path,
                position: SourcePosition(line: 1, column: 1))
            return LintResult(path: input.path, kind: nil, findings: [finding], inputFailed: rule == "unreadable-input")
        case .success(let bytes):
            return lint(bytes: bytes, path: input.path)
        }
    }

    public func lint(bytes: [UInt8], path: String) -> LintResult {
        let document: JSONValue
        switch JanssonParser.parse(bytes) {
        case .failure(let error):
            let finding = Finding(rule: error.failure.ruleID, severity: .error, message: error.message, path: path,
                position: SourcePosition(line: error.line, column: error.column))
            return LintResult(path: path, kind: nil, findings: policy?.adjust([finding]) ?? [finding], inputFailed: false)
        case .success(let value):
            document = value
        }
        let kind = forcedMediaType.flatMap(DocumentKind.init(mediaType:)) ?? KindDetector.detect(document)
        var findings = SchemaValidator.validate(document, as: kind, forcedMediaType: forcedMediaType)
        if let policy {
            findings = policy.adjust(findings) + policy.engine.evaluate(document, kind: kind)
        }
        if !findings.isEmpty {
            let locator = SourceLocator(bytes: bytes)
            for index in findings.indices {
                findings[index].path = path
                findings[index].position = locator.position(of: findings[index].pointer)
                for edit in findings[index].replacements.indices {
                    findings[index].replacements[edit].region = locator.region(of: findings[index].replacements[edit].pointer)
                }
            }
            findings.sort {
                ($0.position?.line ?? 0, $0.position?.column ?? 0, $0.rule) < ($1.position?.line ?? 0, $1.position?.column ?? 0, $1.rule)
            }
        }
        return LintResult(path: path, kind: kind, findings: findings, inputFailed: false)
    }
}
