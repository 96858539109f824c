import Foundation

/// A tag's audit result as the cache stores it: the result, its findings (positions and all) and the blob results
/// its walk reported first, in a Codable form of their own so that the model types stay free of storage concerns.
struct CachedResult: Codable {
    struct CachedFinding: Codable {
        var rule: String
        var severity: Severity
        var message: String
        var path: String
        var pointer: [String]
        var position: SourcePosition?
        var end: SourcePosition?
        var suggestion: String?
        var replacements: [CachedReplacement]
        var related: [CachedRelated]
        var digest: String?
    }

    struct CachedReplacement: Codable {
        var pointer: [String]
        var text: String
        var region: SourceRegion?
    }

    struct CachedRelated: Codable {
        var pointer: [String]
        var message: String
        var region: SourceRegion?
    }

    var path: String
    var kind: String?
    var findings: [CachedFinding]
    var related: [CachedResult]
    var platforms: [String]?

    init(_ result: LintResult) {
        path = result.path
        platforms = result.platforms
        kind = result.kind?.rawValue
        findings = result.findings.map { finding in
            CachedFinding(rule: finding.rule, severity: finding.severity, message: finding.message, path: finding.path,
                          pointer: finding.pointer.stepCodes, position: finding.position, end: finding.end, suggestion: finding.suggestion,
                          replacements: finding.replacements.map { CachedReplacement(pointer: $0.pointer.stepCodes, text: $0.text, region: $0.region) },
                          related: finding.related.map { CachedRelated(pointer: $0.pointer.stepCodes, message: $0.message, region: $0.region) },
                          digest: finding.digest)
        }
        related = result.related.map(CachedResult.init)
    }

    var result: LintResult {
        var result = LintResult(path: path, kind: kind.flatMap(DocumentKind.init(rawValue:)), findings: findings.map { cached in
            var finding = Finding(rule: cached.rule, severity: cached.severity, message: cached.message, pointer: JSONPointer(stepCodes: cached.pointer))
            finding.path = cached.path
            finding.position = cached.position
            finding.end = cached.end
            finding.suggestion = cached.suggestion
            finding.replacements = cached.replacements.map { Replacement(pointer: JSONPointer(stepCodes: $0.pointer), text: $0.text, region: $0.region) }
            finding.related = cached.related.map { RelatedNode(pointer: JSONPointer(stepCodes: $0.pointer), message: $0.message, region: $0.region) }
            finding.digest = cached.digest
            return finding
        })
        result.related = related.map(\.result)
        result.platforms = platforms
        return result
    }
}
