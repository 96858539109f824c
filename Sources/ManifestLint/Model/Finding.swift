/// How serious a finding is. Ordered: `note < warning < error`.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in one document.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The file path (or `-` for standard input) the finding is about.
    public var path: String
    public var pointer: JSONPointer
    public var position: SourcePosition?
    /// Just after the offending node's last character, when known (SARIF and annotation regions).
    public var end: SourcePosition?
    /// The value that should replace the one at `pointer`, when a rule knows it.
    public var suggestion: String?
    /// Edits that fix the finding, when a rule knows them exactly (SARIF `fixes`).
    public var replacements: [Replacement] = []
    /// Another node the finding names (the earlier entry a duplicate repeats), positioned like the finding.
    public var related: [RelatedNode] = []
    /// Set when the run compares against a baseline: true for findings the baseline does not hold.
    public var isNew: Bool?
    /// The stable identity of the finding (see `Fingerprints`), filled in after linting.
    public var fingerprint = ""
    /// The digest of the document the path resolved to, when the path can move (a registry tag).
    public var digest: String?

    public init(
        rule: String, severity: Severity, message: String, path: String = "",
        pointer: JSONPointer = .root, position: SourcePosition? = nil, suggestion: String? = nil
    ) {
        self.suggestion = suggestion
        self.rule = rule
        self.severity = severity
        self.message = message
        self.path = path
        self.pointer = pointer
        self.position = position
    }
}

extension Finding {
    /// The rules that say an input, or part of one, was not checked: it could not be read, a limit stopped the
    /// check, a registry did not answer. Their findings make the run incomplete (exit code 3); no configuration
    /// turns them off and no baseline accepts them, since "not checked" is never "passed".
    public static let incompleteRules: Set<String> = ["unreadable-input", "not-checked", "registry-error"]

    /// Why a configuration may not name one of `incompleteRules`.
    static func notConfigurable(_ id: String) -> String {
        "\(id) cannot be configured: it says something was not checked, which no setting turns into a pass (exit 3)"
    }

    /// Whether this finding makes its run incomplete.
    public var marksIncomplete: Bool { Self.incompleteRules.contains(rule) }
}

/// A node a finding refers to besides its own (SARIF `relatedLocations`).
public struct RelatedNode: Sendable, Hashable {
    public var pointer: JSONPointer
    public var region: SourceRegion?
    public var message: String

    public init(pointer: JSONPointer, message: String, region: SourceRegion? = nil) {
        self.pointer = pointer
        self.message = message
        self.region = region
    }
}

/// One edit of a fix: the JSON value at `pointer` becomes `text` (JSON source text, e.g. `"amd64"`).
public struct Replacement: Sendable, Hashable {
    public var pointer: JSONPointer
    public var text: String
    /// The span of the value being replaced, filled in with the finding's position.
    public var region: SourceRegion?

    public init(pointer: JSONPointer, text: String, region: SourceRegion? = nil) {
        self.pointer = pointer
        self.text = text
        self.region = region
    }
}
