/// The result of linting one input.
public struct LintResult: Sendable {
    public let path: String
    public let kind: DocumentKind?
    public internal(set) var findings: [Finding]
    /// Results for other files this input led to (the blobs of an OCI layout), reported after it.
    public internal(set) var related: [LintResult] = []
    /// True when an input named on the command line does not exist, or is a kind of file manifestlint does not
    /// check (a Dockerfile, a Compose file): a usage error, exit code 2.
    public internal(set) var missing = false
    /// True for a special file or an outside link a folder walk met and did not read (a `skipped-input` note).
    public internal(set) var skipped = false
    /// True for a file discovery read and found not to be a manifest or build workflow: no findings, only counted.
    public internal(set) var otherFile = false
    /// For a registry tag: the platforms it provides (an index's entries, or a single image's config), as
    /// `os/architecture[/variant]`; nil elsewhere (the HTML report's matrix).
    public internal(set) var platforms: [String]?

    init(path: String, kind: DocumentKind?, findings: [Finding]) {
        self.path = path
        self.kind = kind
        self.findings = findings
    }

    /// The result for a file that is not ours.
    static func other(path: String) -> LintResult {
        var result = LintResult(path: path, kind: nil, findings: [])
        result.otherFile = true
        return result
    }

    /// True when something this input asked to be checked was not checked (it could not be read, a limit stopped a
    /// check, a registry did not answer): the run is incomplete (exit code 3), whatever the baseline or the config say.
    public var incomplete: Bool { findings.contains(where: \.marksIncomplete) }
}

/// Runs the pipeline for one document: strict parse, kind detection, schema checks, positions.
public struct Linter: Sendable {
    /// Forces every document to be checked as this media type.
    public var forcedMediaType: String?
    /// The rules to apply after the schema checks; nil runs the schema checks only.
    public var policy: LintPolicy?
    /// Whether an OCI layout's `index.json` is followed into its blobs (see `ContentWalker`).
    public var deepLayouts = true
    /// When set, the CPU time of each phase is added to it (`--timings`).
    public var times: PhaseTimes?
    /// The largest manifest, index or config a layout or registry walk reads (`--max-size`).
    public var maxDocumentSize = Limits.documentSize
    /// Where rules that follow descriptors find other documents: a layout's or a registry repository's; none
    /// (a lone file) by default.
    public var links: (any LinkedContent)?

    public init(forcedMediaType: String? = nil, policy: LintPolicy? = nil) {
        self.forcedMediaType = forcedMediaType
        self.policy = policy
    }

    public func lint(_ input: InputDocument) -> LintResult {
        switch input.contents {
        case .failure(let error):
            let rule: String, severity: Severity
            switch error {
            case .otherFile(let path): return .other(path: path)
            case .tooLarge: (rule, severity) = ("document-too-large", .error)
            case .skipped: (rule, severity) = ("skipped-input", .note)
            case .notFound, .unreadable: (rule, severity) = ("unreadable-input", .error)
            case .notChecked: (rule, severity) = ("not-checked", .error)
            }
            let finding = Finding(rule: rule, severity: severity, message: error.description, path: input.path,
                position: SourcePosition(line: 1, column: 1))
            // A skipped special file is a note the config may silence; inputs that were not checked always show.
            var result = LintResult(path: input.path, kind: nil, findings: rule == "skipped-input" ? adjusted([finding]) : [finding])
            result.skipped = rule == "skipped-input"
            if case .notFound = error { result.missing = true }
            return result
        case .success(let bytes):
            return lint(bytes: bytes, path: input.path, discovering: input.discovered, workflowFolderRun: !input.inWorkflowFolderNotRun)
        }
    }

    /// Lints one document. `discovering` (files found in folders, or `--discover`): a file that is not a
    /// manifest, index, layout or build workflow by its content gives an `otherFile` result instead of findings.
    public func lint(bytes: [UInt8], path: String, discovering: Bool = false, workflowFolderRun: Bool = true) -> LintResult {
        // Named on the command line but a kind of file other tools check: one clear line, not a JSON syntax error.
        if !discovering, forcedMediaType == nil, let foreign = Discovery.foreignKind(path: path) {
            let finding = Finding(rule: "unsupported-input", severity: .error, message: "\(foreign.kind), which manifestlint does not check "
                + "(it checks image manifests and indexes, OCI layouts and the build workflows that push images); \(foreign.advice)", path: path,
                position: SourcePosition(line: 1, column: 1))
            var result = LintResult(path: path, kind: nil, findings: [finding])
            result.missing = true
            return result
        }
        if forcedMediaType == nil, let syntax = WorkflowFormat.syntax(path: path, bytes: bytes) {
            return times.measure(.workflows) {
                lintWorkflow(bytes: bytes, path: path, syntax: syntax, discovering: discovering, workflowFolderRun: workflowFolderRun)
            }
        }
        // An HCL file that is no bake file (Terraform, Packer, Nomad): not JSON, and not ours.
        if forcedMediaType == nil, path.asciiLowercased.hasSuffix(".hcl") {
            if discovering { return .other(path: path) }
            let finding = Finding(rule: "unknown-document", severity: .note, message: "an HCL file without a bake `target` block: not recognised as a bake file; skipped",
                path: path, position: SourcePosition(line: 1, column: 1))
            return LintResult(path: path, kind: nil, findings: adjusted([finding]))
        }
        // An OCI layout's index.json: rules that follow descriptors read the layout, and the walk below shares it.
        let layout = deepLayouts ? LayoutDetection.layoutRoot(ofIndex: path) : nil
        var linter = self
        if let layout, policy?.engine.followsLinks == true {
            linter.links = LayoutLinks(source: LayoutContentSource(root: layout), maxSize: maxDocumentSize)
        }
        let descriptor: JSONValue? = layout == nil ? nil : .null
        guard let checked = discovering
            ? linter.checkFoundDocument(bytes: bytes, path: path, descriptor: descriptor)
            : linter.checkDocument(bytes: bytes, path: path, descriptor: descriptor)
        else {
            return .other(path: path)
        }
        switch checked {
        case .unparsable(let result):
            return result
        case .parsed(let document, let kind, var findings):
            var related: [LintResult] = []
            if let layout {
                var walker = ContentWalker(source: LayoutContentSource(root: layout), linter: linter)
                walker.maxDocumentSize = maxDocumentSize
                let outcome = walker.walk(root: document, kind: kind)
                findings += outcome.rootFindings
                related = outcome.blobResults
            }
            let located = times.measure(.positions) { Self.locate(findings, in: bytes, path: path) }
            var result = LintResult(path: path, kind: kind, findings: located)
            result.related = related
            return result
        }
    }

    enum Checked {
        case unparsable(LintResult)
        /// The document and its schema and rule findings, not yet positioned.
        case parsed(JSONValue, DocumentKind, [Finding])
    }

    /// Findings with the config's severity overrides and disabled rules applied (schema checks, deep checks).
    func adjusted(_ findings: [Finding]) -> [Finding] { policy?.adjust(findings) ?? findings }

    /// The linter for documents reached by digest (layout blobs, registry manifests): each detects its own
    /// kind whatever `--media-type` says, and none is opened as a layout.
    var forFetchedContent: Linter {
        var linter = self
        linter.forcedMediaType = nil
        linter.deepLayouts = false
        return linter
    }

    /// Strict parse, kind detection, schema checks and rules for one JSON document.
    /// `descriptor`: the descriptor the document was reached by (nil: computed from `bytes` if a rule needs it).
    func checkDocument(bytes: [UInt8], path: String, descriptor: JSONValue? = nil) -> Checked {
        switch times.measure(.parse, { JanssonParser.parse(bytes) }) {
        case .failure(let error): return .unparsable(unparsable(error, path: path))
        case .success(let document): return check(document, as: kind(of: document, path: path), bytes: bytes, descriptor: descriptor)
        }
    }

    /// `checkDocument` for a file discovery found: nil when the document is not ours (see `Discovery`), before
    /// any check runs.
    private func checkFoundDocument(bytes: [UInt8], path: String, descriptor: JSONValue?) -> Checked? {
        switch times.measure(.parse, { JanssonParser.parse(bytes) }) {
        case .failure(let error):
            if LayoutDetection.layoutRoot(ofIndex: path) != nil { return .unparsable(unparsable(error, path: path)) }
            // Several documents one after another (a trace, NDJSON): ours only when the first one is. A media type
            // quoted somewhere inside (an HTTP Accept header in a buildx trace) does not make it a manifest.
            if error.failure == .trailingData {
                guard let first = JanssonParser.parseFirstValue(bytes), Discovery.isOurs(first, kind: KindDetector.detect(first), path: path) else { return nil }
                return .unparsable(unparsable(error, path: path))
            }
            guard Discovery.hasManifestMarkers(bytes) else { return nil }
            return .unparsable(unparsable(error, path: path))
        case .success(let document):
            let kind = kind(of: document, path: path)
            guard forcedMediaType != nil || Discovery.isOurs(document, kind: kind, path: path) else { return nil }
            return check(document, as: kind, bytes: bytes, descriptor: descriptor)
        }
    }

    /// The kind a document is checked as: `--media-type`, else what it says or is shaped as. An OCI layout's
    /// `index.json` is an OCI image index by the layout spec, even when it states no `mediaType` and lists Docker
    /// image manifests (buildpacks' lifecycle writes such layouts): it is never read as a Docker manifest list.
    private func kind(of document: JSONValue, path: String) -> DocumentKind {
        if let forced = forcedMediaType.flatMap(DocumentKind.init(mediaType:)) { return forced }
        let detected = KindDetector.detect(document)
        if detected == .dockerList, document["mediaType"] == nil, LayoutDetection.layoutRoot(ofIndex: path) != nil { return .ociIndex }
        return detected
    }

    private func unparsable(_ error: JSONLoadError, path: String) -> LintResult {
        let finding = Finding(rule: error.failure.ruleID, severity: .error, message: error.message, path: path,
            position: SourcePosition(line: error.line, column: error.column))
        return LintResult(path: path, kind: nil, findings: adjusted([finding]))
    }

    /// Schema checks and rules for a parsed document of a kind already decided (detected once per document).
    private func check(_ document: JSONValue, as kind: DocumentKind, bytes: [UInt8], descriptor: JSONValue?) -> Checked {
        var findings = times.measure(.schema) { SchemaValidator.validate(document, as: kind, forcedMediaType: forcedMediaType) }
        if let policy {
            var context = RuleContext()
            if policy.engine.followsLinks {
                context.links = links ?? NoLinkedContent()
                context.descriptor = descriptor ?? {
                    let read = Self.descriptor(of: document, kind: kind, bytes: bytes)
                    // A file that an index among the run's files lists is that index's entry, platform and all.
                    return read["digest"]?.stringValue.flatMap { try? Digest(parsing: $0) }.flatMap(context.links.listing) ?? read
                }()
                if kind == .ociIndex || kind == .dockerList { context.links.noteIndex(document) }
            }
            // Rule findings are adjusted too: `rule-skipped` is a built-in note the config may silence.
            findings = policy.adjust(findings + times.measure(.rules) { policy.engine.evaluate(document, kind: kind, context: context) })
        }
        return .parsed(document, kind, findings)
    }

    /// `{mediaType, digest, size}` of a document read directly (a file, the manifest a tag names).
    static func descriptor(of document: JSONValue, kind: DocumentKind, bytes: [UInt8]) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let mediaType = document["mediaType"]?.stringValue ?? kind.declaredMediaType { members.append(("mediaType", .string(mediaType))) }
        if let digest = BlobHasher.digest(of: bytes, algorithm: "sha256") { members.append(("digest", .string(digest.description))) }
        members.append(("size", .integer(Int64(bytes.count))))
        return .object(members)
    }

    /// Gives findings their path, line and column in `bytes`, sorted by position.
    static func locate(_ findings: [Finding], in bytes: [UInt8], path: String) -> [Finding] {
        guard !findings.isEmpty else { return findings }
        var findings = findings
        let locator = SourceLocator(bytes: bytes)
        for index in findings.indices {
            findings[index].path = path
            let region = locator.region(of: findings[index].pointer)
            findings[index].position = region.start
            findings[index].end = region.end
            for edit in findings[index].replacements.indices {
                findings[index].replacements[edit].region = locator.region(of: findings[index].replacements[edit].pointer)
            }
            for node in findings[index].related.indices {
                findings[index].related[node].region = locator.region(of: findings[index].related[node].pointer)
            }
        }
        findings.sort {
            ($0.position?.line ?? 0, $0.position?.column ?? 0, $0.rule) < ($1.position?.line ?? 0, $1.position?.column ?? 0, $1.rule)
        }
        return findings
    }

    /// The intent document rules see for a workflow file (`manifestlint rules intent FILE`), or nil when the
    /// file is not a workflow; throws the reading error.
    public static func workflowIntent(bytes: [UInt8], path: String) throws -> JSONValue? {
        guard let syntax = WorkflowFormat.syntax(path: path, bytes: bytes) else { return nil }
        let reader = WorkflowReader(bytes: bytes, syntax: syntax, path: path)
        do {
            guard let read = try reader.read(discovering: false) else { return nil }
            return WorkflowIntent(read, index: reader.index).document
        } catch {
            throw YAMLFileError(path: path, line: error.position.line, column: error.position.column, message: error.message)
        }
    }

    /// A build workflow: its docker commands become an intent document that the rules check; positions come
    /// from where each part was read in the file.
    private func lintWorkflow(bytes: [UInt8], path: String, syntax: WorkflowFormat.Syntax, discovering: Bool, workflowFolderRun: Bool) -> LintResult {
        var reader = WorkflowReader(bytes: bytes, syntax: syntax, path: path)
        reader.workflowFolderRun = workflowFolderRun
        let read: PipelineRead
        do {
            guard let found = try reader.read(discovering: discovering) else { return .other(path: path) }
            read = found
        } catch {
            let finding = Finding(rule: error.rule, severity: .error, message: error.message, path: path, position: error.position)
            return LintResult(path: path, kind: .workflow, findings: adjusted([finding]))
        }
        let intent = WorkflowIntent(read, index: reader.index)
        var findings = policy?.engine.evaluate(intent.document, kind: .workflow) ?? []
        for index in findings.indices {
            findings[index].path = path
            let region = Self.region(of: findings[index].pointer, in: intent.regions)
            findings[index].position = region?.start ?? SourcePosition(line: 1, column: 1)
            findings[index].end = region?.end
            for edit in findings[index].replacements.indices {
                findings[index].replacements[edit].region = intent.regions[findings[index].replacements[edit].pointer.description]
            }
        }
        findings += adjusted(read.duplicateKeys.map { duplicate in
            let consequence = read.keepsLaterKey.map { "\($0) keeps the later value and ignores this one" }
                ?? "programs reading YAML disagree: some reject the file, others keep the later value and ignore this one"
            return Finding(rule: "yaml-duplicate-key", severity: .warning,
                           message: "\"\(duplicate.name)\" is defined again at line \(reader.index.position(ofOffset: duplicate.later).line); \(consequence)",
                           path: path, position: reader.index.position(ofOffset: duplicate.earlier))
        })
        findings.sort { ($0.position?.line ?? 0, $0.position?.column ?? 0, $0.rule) < ($1.position?.line ?? 0, $1.position?.column ?? 0, $1.rule) }
        // One place in the file can stand for several builds (a bake target that others inherit, a matrix job's
        // instances): the same finding there is reported once.
        var seen: Set<String> = []
        findings = findings.filter { finding in
            seen.insert("\(finding.rule)\u{0}\(finding.position?.line ?? 0):\(finding.position?.column ?? 0)\u{0}\(finding.message)").inserted
        }
        return LintResult(path: path, kind: .workflow, findings: findings)
    }

    /// The region of a pointer, or of its nearest ancestor that has one.
    private static func region(of pointer: JSONPointer, in regions: [String: SourceRegion]) -> SourceRegion? {
        var tokens = pointer.tokens
        while true {
            let text = tokens.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
            if let region = regions[text] { return region }
            if tokens.isEmpty { return nil }
            tokens.removeLast()
        }
    }
}
