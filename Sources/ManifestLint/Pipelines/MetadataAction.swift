import Yams

/// `docker/metadata-action` steps, for the one tag of theirs whose text is known: the automatic `latest`. The action
/// (src/meta.ts, tag.ts, flavor.ts) takes its tag entries by priority (schedule 1000, semver and pep440 900, match 800,
/// edge 700, ref 600, raw 200, sha 100, or `priority=`), and with the default flavor `latest=auto` the first entry
/// that gives a value decides: a release `semver`/`pep440` version, a `match` or a `type=ref,event=tag` turns
/// `latest` on; `raw`, `sha` and branch entries turn it off. `latest` gets the flavor's `prefix=`/`suffix=` only
/// with `onlatest=true`, and never an entry's own — so per-architecture jobs whose tags differ by a suffix all push
/// one bare `latest` on a tag push. Every other tag of the step stays unknown, as `${{ steps.ID.outputs.tags }}`.
enum MetadataAction {
    /// Whether the workflow runs on a push of a tag: nil when it does not (only branch filters, no push or release
    /// event, a reusable workflow, whose event is the caller's); true when a release version such as `v1.2.3` may be
    /// the tag (`on: push` with no tag filter, a `release` event, a pattern such as `v*` or `v*.*.*`); false when the
    /// patterns name other tags (`v*-rc*`, `nightly-*`, `v[0-9]+.[0-9]+`), whose semver entries may give no value.
    static func releaseTagPushes(_ top: Node.Mapping) -> Bool? {
        guard let on = top.first(where: { $0.key.string == "on" })?.value else { return nil }
        if let event = on.string { return event == "push" || event == "release" ? true : nil }
        if let events = on.sequence { return events.contains { $0.string == "push" || $0.string == "release" } ? true : nil }
        guard let events = on.mapping else { return nil }
        if events["release"] != nil { return true }
        guard let push = events["push"] else { return nil }
        guard let filters = push.mapping else { return true }
        let keys = Set(filters.keys.compactMap(\.string))
        guard let patterns = filters["tags"] else {
            // Only branch filters: GitHub does not run the workflow for tags.
            return keys.contains("tags-ignore") || !(keys.contains("branches") || keys.contains("branches-ignore")) ? true : nil
        }
        let written = patterns.sequence.map { $0.compactMap(\.string) } ?? patterns.string.map { [$0] } ?? []
        return written.contains { pattern in
            !pattern.contains("-") && !pattern.hasPrefix("!") && (pattern.contains("*") || pattern.filter { $0 == "." }.count >= 2)
        }
    }

    /// A condition or `push:` value that may be false on a tag push (it looks at the ref).
    static func mayExcludeTags(_ text: String) -> Bool {
        ["refs/heads", "ref_type", "ref_name", "github.ref", "github.head_ref", "is_default_branch"].contains(where: text.contains)
    }

    /// For each metadata step of a job (by its `id:`): the `IMAGE:latest` references it outputs on a release tag push.
    /// A step whose outcome depends on what the file does not say (an `enable=` or `value=` expression, a `match=`,
    /// an image entry with attributes, `latest=true`/`false` spelt by an expression) is left out.
    static func latestOnTagPush(_ steps: Node.Sequence, releaseTags: Bool, reader: WorkflowReader) -> [String: [ShellWord]] {
        var found: [String: [ShellWord]] = [:]
        // Builds that may not run or push on a tag (`if: startsWith(github.ref, 'refs/heads/')`,
        // `push: ${{ github.ref_type == 'branch' }}`) do not write what their metadata step makes there.
        var conditional: Set<String> = []
        for step in steps {
            guard let mapping = step.mapping, uses(mapping, "docker/build-push-action"),
                let tags = mapping["with"]?.mapping?["tags"].flatMap({ JobWords.original($0, reader: reader) }), let id = stepID(tags)
            else { continue }
            let guards = [mapping["if"], mapping["with"]?.mapping?["push"]].compactMap { $0.flatMap { JobWords.original($0, reader: reader) } }
            if guards.contains(where: mayExcludeTags) { conditional.insert(id) }
        }
        for step in steps {
            // v1 and v2 of the action have other inputs (`tag-latest`, `tag-semver`); v3 and later are read.
            guard let mapping = step.mapping, uses(mapping, "docker/metadata-action"),
                let version = mapping["uses"]?.string?.lowercased(), !["@v1", "@v2"].contains(where: { version.hasSuffix($0) || version.contains($0 + ".") }),
                let id = mapping["id"]?.string, !conditional.contains(id),
                !(mapping["if"].flatMap { JobWords.original($0, reader: reader) }.map(mayExcludeTags) ?? false),
                let inputs = mapping["with"]?.mapping, let imagesNode = inputs["images"],
                let latest = latestTag(tags: lines(inputs["tags"], reader: reader), flavor: lines(inputs["flavor"], reader: reader), releaseTags: releaseTags)
            else { continue }
            var images: [ShellWord] = []
            for word in reader.words(in: imagesNode.string ?? "", at: imagesNode) {
                // `name=IMAGE,enable=...` entries, and names with expressions, are left to what is unknown.
                guard !word.text.contains("="), !word.text.contains(","), !word.text.hasPrefix("#") else { images = []; break }
                images.append(word)
            }
            guard !images.isEmpty else { continue }
            // The action lowercases image names (src/image.ts).
            found[id] = latest.map { tag in images.map { ShellWord(text: ImageReference.lowercasingLiterals($0.text) + ":" + tag, range: $0.range) } } ?? []
        }
        return found
    }

    /// The build with the `latest` references of the metadata step its `tags` input names (`${{ steps.ID.outputs.tags }}`).
    static func addingLatest(_ command: DockerCommand, _ latest: [String: [ShellWord]]) -> DockerCommand {
        guard case .build(let tags, let dockerfile, let platforms, let pushes, let at, let buildx, let outputs, let builder) = command else { return command }
        let added = tags.flatMap { tag -> [ShellWord] in
            // Placed where the build names the step's tags: that is where it writes them.
            stepID(tag.text).flatMap { latest[$0] }.map { $0.map { ShellWord(text: $0.text, range: tag.range) } } ?? []
        }
        guard !added.isEmpty else { return command }
        return .build(tags: tags + added, dockerfile: dockerfile, platforms: platforms, pushes: pushes, at: at, buildx: buildx, outputs: outputs, builder: builder)
    }

    /// Jobs that write `latest` again as a list: a job whose `run:` makes a list (`imagetools create`, `manifest
    /// create`) and names `:latest` or takes a metadata step's tags (Docker's merge-job recipe, `imagetools create
    /// $(jq ... <<< "$DOCKER_METADATA_OUTPUT_JSON")`). Per-architecture jobs that such a job waits for only push a
    /// `latest` that it then replaces: their bare `latest` is not what the tag ends up holding, so it is not added.
    static func latestRewriters(_ jobs: Node.Mapping) -> Set<String> {
        var rewriters: Set<String> = []
        for (key, value) in jobs {
            guard let name = key.string, let steps = value.mapping?["steps"]?.sequence else { continue }
            let runs = steps.compactMap { $0.mapping?["run"]?.string }
            let metadata = steps.contains { $0.mapping.map { uses($0, "docker/metadata-action") } ?? false }
            let lists = runs.contains { $0.contains("imagetools create") || $0.contains("manifest create") }
            if lists, metadata || runs.contains(where: { $0.contains(":latest") }) { rewriters.insert(name) }
        }
        return rewriters
    }

    /// The step a `tags` input takes its tags from: `ID` of `${{ steps.ID.outputs.tags }}` (spaces anywhere).
    static func stepID(_ tags: String) -> String? {
        let text = tags.filter { !$0.isWhitespace }
        guard text.hasPrefix("${{steps."), text.hasSuffix(".outputs.tags}}") else { return nil }
        let id = text.dropFirst(9).dropLast(15)
        return id.isEmpty || id.contains(".") ? nil : String(id)
    }

    /// A step that runs the action (`uses: OWNER/NAME@VERSION`, compared without case).
    static func uses(_ step: Node.Mapping, _ action: String) -> Bool {
        step["uses"]?.string?.lowercased().hasPrefix(action + "@") ?? false
    }

    /// The `latest` tag's text on a release tag push: "latest" with the flavor's prefix/suffix when `onlatest=true`;
    /// nil when no `latest` is made or when it is not known.
    static func latestTag(tags: [String], flavor: [String], releaseTags: Bool = true) -> String?? {
        var latestFlavor = "auto", prefix = "", suffix = "", prefixOnLatest = false, suffixOnLatest = false
        for line in flavor {
            var lastAffix = ""
            for field in fields(line) {
                guard let (key, value) = pair(field) else { return .some(nil) }
                switch key {
                case "latest": latestFlavor = value
                case "prefix": (prefix, lastAffix) = (value, "prefix")
                case "suffix": (suffix, lastAffix) = (value, "suffix")
                case "onlatest":
                    if lastAffix == "prefix" { prefixOnLatest = value == "true" }
                    if lastAffix == "suffix" { suffixOnLatest = value == "true" }
                default: return .some(nil)
                }
            }
        }
        let made: Bool?
        switch latestFlavor {
        case "false": made = false
        case "true":
            // Any entry that gives a value turns it on.
            made = tags.isEmpty ? true : entries(tags, releaseTags: releaseTags).flatMap { found in
                found.contains { $0.gives == true } ? true : found.contains { $0.gives == nil } ? nil : false
            }
        case "auto":
            made = decided(by: entries(tags.isEmpty ? ["type=schedule", "type=ref,event=branch", "type=ref,event=tag", "type=ref,event=pr"] : tags,
                                       releaseTags: releaseTags))
        default: made = nil
        }
        guard let made else { return .some(nil) }
        guard made else { return .none }
        let text = (prefixOnLatest ? prefix : "") + "latest" + (suffixOnLatest ? suffix : "")
        return text.contains("{{") || text.contains("$") ? .some(nil) : .some(text)
    }

    /// One tag entry on a release tag push: whether it gives a value (nil: not known) and whether that turns `latest` on.
    private struct Entry {
        let priority: Int
        let gives: Bool?
        let setsLatest: Bool
    }

    /// The first entry by priority that gives a value decides `latest=auto`; nil when that is not known.
    private static func decided(by entries: [Entry]?) -> Bool? {
        guard let entries else { return nil }
        // The action's sort is stable: equal priorities keep the order written.
        let ordered = entries.enumerated().sorted { ($0.element.priority, $1.offset) > ($1.element.priority, $0.offset) }.map(\.element)
        for entry in ordered {
            guard let gives = entry.gives else { return nil }
            if gives { return entry.setsLatest }
        }
        return false
    }

    private static func entries(_ lines: [String], releaseTags: Bool) -> [Entry]? {
        var result: [Entry] = []
        for line in lines {
            var attributes: [String: String] = [:]
            for field in fields(line) {
                if let (key, value) = pair(field) { attributes[key] = value } else { attributes["value"] = field }
            }
            let type = attributes["type"] ?? "raw"
            let defaults = ["schedule": 1000, "semver": 900, "pep440": 900, "match": 800, "edge": 700, "ref": 600, "raw": 200, "sha": 100]
            guard let standard = defaults[type] else { return nil }
            let priority = attributes["priority"].map { Int($0) } ?? standard
            guard let priority else { return nil }
            // `enable=`: `{{is_default_branch}}` is false on a tag; other expressions are not known.
            let enable = attributes["enable"] ?? "true"
            let enabled: Bool? = enable == "true" ? true : enable == "false" || enable == "{{is_default_branch}}" ? false : nil
            let value = attributes["value"] ?? ""
            let gives: Bool?, setsLatest: Bool
            switch type {
            case "schedule", "edge": (gives, setsLatest) = (false, false)
            case "semver", "pep440":
                // The pushed tag (or a literal `value=`) read as a version: a release one turns latest on, a
                // prerelease (`2.0.0-beta.1`) off. A `match=` may not match; a tag the workflow's filters do not
                // show to be a release version may be no version at all.
                let matches = attributes["match"].map(\.isEmpty) ?? true
                let literal = !value.isEmpty && !value.contains("{{") && !value.contains("$")
                gives = matches && !value.contains("{{") && !value.contains("$") && (releaseTags || literal) ? true : nil
                setsLatest = !(literal && value.contains("-"))
            case "match": (gives, setsLatest) = (nil, true)
            case "ref":
                guard let event = attributes["event"] else { return nil }
                (gives, setsLatest) = (event == "tag", true)
            case "raw":
                // A value may be empty on a tag push (`{{branch}}`, an expression): then the entry gives nothing.
                let mayBeEmpty = value.contains("$") || ["{{branch", "{{base_ref", "{{is_"].contains(where: value.contains)
                gives = value.isEmpty ? false : mayBeEmpty ? nil : true
                setsLatest = false
            case "sha": (gives, setsLatest) = (true, false)
            default: return nil
            }
            switch enabled {
            case true: result.append(Entry(priority: priority, gives: gives, setsLatest: setsLatest))
            case false: continue
            default: result.append(Entry(priority: priority, gives: gives == false ? false : nil, setsLatest: setsLatest))
            }
        }
        return result
    }

    /// An input's lines as the action reads them (one entry per line, `#` comments and blank lines dropped), each as
    /// the file spells it: the parsed value has its `{{...}}` templates masked, so each line is found in the masked
    /// text from the value's place on and read from the file there.
    private static func lines(_ node: Node?, reader: WorkflowReader) -> [String] {
        guard let node, let text = node.string else { return [] }
        var cursor = reader.offset(of: node)
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { line in
                let needle = Array(line.utf8)
                guard let found = reader.masked.find(needle, in: cursor..<min(reader.index.bytes.count, cursor + 4096 + needle.count * 8)) else { return line }
                cursor = found + needle.count
                return String(decoding: reader.index.bytes[found..<cursor], as: UTF8.self)
            }
    }

    /// `a=b,c=d` split on commas outside braces and quotes.
    private static func fields(_ line: String) -> [String] {
        var result: [String] = [], current = "", depth = 0, quoted = false
        for character in line {
            switch character {
            case "{": depth += 1
            case "}": depth = max(0, depth - 1)
            case "\"": quoted.toggle(); continue
            case "," where depth == 0 && !quoted:
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        result.append(current.trimmingCharacters(in: .whitespaces))
        return result.filter { !$0.isEmpty }
    }

    private static func pair(_ field: String) -> (String, String)? {
        guard let equals = field.firstIndex(of: "=") else { return nil }
        return (field[..<equals].trimmingCharacters(in: .whitespaces).lowercased(), field[field.index(after: equals)...].trimmingCharacters(in: .whitespaces))
    }
}
