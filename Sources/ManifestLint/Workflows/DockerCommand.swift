/// What one docker CLI invocation does to images, as far as multi-arch publishing is concerned.
enum DockerCommand {
    /// `docker build`, `docker buildx build`, an ACR `build:` step. `buildx`: an explicit `docker buildx build`,
    /// whose result is kept only as its builder and output flags say; `outputs`: `--load`, `-o`/`--output` given.
    /// `builder`: the `--builder` it names.
    case build(tags: [ShellWord], dockerfile: ShellWord?, platforms: [ShellWord], pushes: Bool, at: ShellWord, buildx: Bool = false, outputs: Bool = false,
               builder: ShellWord? = nil)
    /// `docker tag SOURCE TARGET`.
    case tag(source: ShellWord, target: ShellWord)
    /// `docker push REF`, an ACR `push:` entry.
    case push(ShellWord)
    /// `docker push --all-tags REPO`: every local tag of the repository.
    case pushAllTags(ShellWord)
    /// `docker pull REF`: the reference now exists locally.
    case pull(ShellWord)
    /// A command that may build, tag, load or push images this file cannot see (`make`, `docker load`,
    /// `docker compose build`, another script, an image-building action).
    case opaque(ShellWord)
    /// `docker manifest create LIST MEMBER...`, `docker buildx imagetools create -t LIST SOURCE...` (which also pushes).
    /// `appends`: `imagetools create --append` adds the members to what the list's tag already holds, which the
    /// file does not say.
    case createList(list: ShellWord, members: [ShellWord], pushes: Bool, at: ShellWord, appends: Bool = false)
    /// `docker manifest annotate [--os O] [--arch A] [--variant V] LIST MEMBER`.
    case annotate(list: ShellWord, member: ShellWord, os: ShellWord?, architecture: ShellWord?, variant: ShellWord?)
    /// `docker manifest push LIST`.
    case pushList(ShellWord)
    /// `docker buildx use NAME` (`uses`), `docker buildx create [--name NAME] [--use]` (`creates`): which builder
    /// the later builds of the script or job run on (`name` nil: a generated name).
    case builder(name: ShellWord?, creates: Bool, uses: Bool)
    /// `for NAME in WORD...`: a shell loop's variable and the words it takes in turn (see `LoopValues`).
    case loop(variable: ShellWord, values: [ShellWord])

    /// Reads the docker invocation in a simple command, if it has one (`sudo docker ...`, `@docker ...` in make).
    static func parse(_ words: [ShellWord]) -> DockerCommand? {
        if words.count >= 3, words[0].text == "for", words[2].text == "in", isName(words[1].text) {
            return .loop(variable: words[1], values: Array(words[3...]))
        }
        guard let start = words.firstIndex(where: { isDocker($0.text) }) else { return OpaqueProducers.producer(in: words).map(DockerCommand.opaque) }
        // `... | xargs -n1 docker push`, `xargs -I{} docker push "app:{}"`: the names come from the input, not the file.
        if words[..<start].contains(where: { $0.text == "xargs" || $0.text == "parallel" }) { return .opaque(words[start]) }
        var rest = Array(words[(start + 1)...])
        // `docker --context pi5 build`, `docker -H ssh://box build`, `DOCKER_HOST=... docker build`: another engine
        // builds, on a machine this file does not describe.
        let remote = rest.prefix { $0.text.hasPrefix("-") }.contains { word in
            ["-H", "--host", "-c", "--context"].contains { word.text == $0 || word.text.hasPrefix($0 + "=") }
        } || words[..<start].contains { $0.text.hasPrefix("DOCKER_HOST=") || $0.text.hasPrefix("DOCKER_CONTEXT=") }
        skipGlobalOptions(&rest)
        guard let verb = rest.first?.text else { return nil }
        rest.removeFirst()
        if remote, verb == "build" || verb == "buildx" && ["build", "b"].contains(rest.first?.text ?? ""),
            case .build(let tags, let dockerfile, let platforms, let pushes, let anchor, let buildx, let outputs, let builder) =
                verb == "build" ? parseBuild(rest, at: words[start]) : parseBuild(Array(rest.dropFirst()), at: words[start], buildx: true)
        {
            let engine = [ShellWord(text: "${DOCKER_HOST}", range: anchor.range)]
            return .build(tags: tags, dockerfile: dockerfile, platforms: platforms.isEmpty ? engine : platforms, pushes: pushes, at: anchor,
                          buildx: buildx, outputs: outputs, builder: builder)
        }
        switch verb {
        case "build": return hidingTags(parseBuild(rest, at: words[start]), rest)
        case "tag": return parseTag(rest)
        case "push": return parsePush(rest)
        case "pull": return positionals(rest, valued: ["--platform"]).first.map(DockerCommand.pull)
        case "load", "import", "commit", "compose": return .opaque(words[start])
        case "image", "container":
            guard let sub = rest.first?.text else { return nil }
            let arguments = Array(rest.dropFirst())
            switch sub {
            case "build": return hidingTags(parseBuild(arguments, at: words[start]), arguments)
            case "tag": return parseTag(arguments)
            case "push": return parsePush(arguments)
            case "pull": return positionals(arguments, valued: ["--platform"]).first.map(DockerCommand.pull)
            case "load", "import", "commit": return .opaque(words[start])
            default: return nil
            }
        case "buildx":
            guard let sub = rest.first?.text else { return nil }
            let arguments = Array(rest.dropFirst())
            if sub == "build" || sub == "b" { return hidingTags(parseBuild(arguments, at: words[start], buildx: true), arguments) }
            if sub == "imagetools", arguments.first?.text == "create" { return parseImagetoolsCreate(Array(arguments.dropFirst()), at: words[start]) }
            if sub == "bake" { return .opaque(words[start]) }
            if sub == "use" {
                return positionals(arguments, valued: ["--builder"]).first.map { .builder(name: $0, creates: false, uses: true) }
            }
            if sub == "create" {
                // `buildx create ssh://box`, a context name, `--driver remote|kubernetes`: nodes elsewhere, a builder
                // this file does not describe (named for itself when the command gives no name).
                let options = valueOptions(arguments, ["--name", "--driver"])
                let builderOptions: Set<String> = ["--name", "--driver", "--driver-opt", "--platform", "--node", "--buildkitd-flags",
                                                   "--buildkitd-config", "--config", "--timeout"]
                let elsewhere = !positionals(arguments, valued: builderOptions).isEmpty
                    || ["remote", "kubernetes"].contains(options["--driver"]?.text.lowercased() ?? "")
                let uses = arguments.contains { $0.text == "--use" }
                if elsewhere {
                    let unnamed = ShellWord(text: "buildx create (remote)", range: words[start].range)
                    return .builder(name: options["--name"] ?? unnamed, creates: false, uses: uses)
                }
                return .builder(name: options["--name"], creates: true, uses: uses)
            }
            return nil
        case "manifest":
            guard let sub = rest.first?.text else { return nil }
            let arguments = Array(rest.dropFirst())
            switch sub {
            case "create":
                let found = positionals(arguments, valued: [])
                guard let list = found.first else { return nil }
                return .createList(list: list, members: Array(found.dropFirst()), pushes: false, at: words[start])
            case "annotate":
                let options = valueOptions(arguments, ["--os", "--arch", "--variant", "--os-version", "--os-features"])
                let found = positionals(arguments, valued: ["--os", "--arch", "--variant", "--os-version", "--os-features"])
                guard found.count >= 2 else { return nil }
                return .annotate(list: found[0], member: found[1], os: options["--os"], architecture: options["--arch"], variant: options["--variant"])
            case "push":
                return positionals(arguments, valued: []).first.map(DockerCommand.pushList)
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// A build that names no tag but has an argument that is only an expansion besides its context
    /// (`docker buildx build ${{ steps.prepare.outputs.docker_args }} --load`, `docker build $ARGS`): the expansion
    /// may hold `--tag`s (fescobar/allure-docker-service, set 34), so the build may make any image, as an opaque
    /// command does. A build with tags of its own keeps them; its expansions are read as build arguments.
    private static func hidingTags(_ command: DockerCommand, _ arguments: [ShellWord]) -> DockerCommand {
        guard case .build(let tags, _, _, _, _, _, _, _) = command, tags.isEmpty,
            let hidden = positionals(arguments, valued: []).first(where: { $0.text.contains("$") || $0.text.contains("{{") }),
            ImageReference.isOnlyExpansions(hidden.text)
        else { return command }
        return .opaque(ShellWord(text: "a build whose options come from \(hidden.text)", range: hidden.range))
    }

    /// Reads the arguments of a build (`docker build` without the verb, as ACR `build:` steps write them).
    static func parseBuild(_ arguments: [ShellWord], at anchor: ShellWord, buildx: Bool = false) -> DockerCommand {
        var tags: [ShellWord] = [], platforms: [ShellWord] = []
        var dockerfile: ShellWord?, builder: ShellWord?
        var pushes = false, outputs = false
        forEachOption(arguments) { name, value in
            switch name {
            case "-t", "--tag": if let value { tags.append(value) }
            case "--builder": builder = value
            case "-f", "--file": dockerfile = value
            case "--platform":
                if let value { platforms += split(value, on: ",") }
            case "--push": pushes = true
            case "--load": outputs = true
            case "-o", "--output":
                outputs = true
                guard let value else { break }
                let output = BuildOutput(value)
                if output.pushes { pushes = true }
                // With `push-by-digest=true` (or a value the file cannot decide) the name is a repository pushed by
                // digest, no tag.
                if !output.mayPushByDigest { tags += output.names }
            default: break
            }
        }
        return .build(tags: tags, dockerfile: dockerfile, platforms: platforms, pushes: pushes, at: anchor, buildx: buildx, outputs: outputs, builder: builder)
    }

    /// `docker push [--all-tags|-a] [--platform P] [-q] REF`.
    private static func parsePush(_ arguments: [ShellWord]) -> DockerCommand? {
        guard let reference = positionals(arguments, valued: ["--platform"]).first else { return nil }
        let allTags = arguments.contains { $0.text == "--all-tags" || $0.text == "-a" || $0.text == "--all-tags=true" }
        return allTags ? .pushAllTags(reference) : .push(reference)
    }

    private static func parseTag(_ arguments: [ShellWord]) -> DockerCommand? {
        let found = positionals(arguments, valued: [])
        guard found.count >= 2 else { return nil }
        return .tag(source: found[0], target: found[1])
    }

    private static func parseImagetoolsCreate(_ arguments: [ShellWord], at anchor: ShellWord) -> DockerCommand? {
        var tags: [ShellWord] = []
        forEachOption(arguments) { name, value in
            if name == "-t" || name == "--tag", let value { tags.append(value) }
        }
        let sources = positionals(arguments, valued: ["-t", "--tag", "-f", "--file", "--annotation", "--builder", "--progress"])
        // `--dry-run` prints the list and pushes nothing.
        guard let list = tags.first, !arguments.contains(where: { $0.text == "--dry-run" || $0.text == "--dry-run=true" }) else { return nil }
        let appends = arguments.contains { $0.text == "--append" || $0.text == "--append=true" }
        return .createList(list: list, members: sources, pushes: true, at: anchor, appends: appends)
    }

    // MARK: - Words

    private static func isDocker(_ word: String) -> Bool {
        var text = Substring(word)
        while let first = text.first, "@-+".contains(first) { text = text.dropFirst() }
        return text == "docker" || text.hasSuffix("/docker")
    }

    /// `docker --context x --debug build ...`: global options before the verb.
    private static func skipGlobalOptions(_ words: inout [ShellWord]) {
        let valued: Set<String> = ["--config", "-c", "--context", "-H", "--host", "-l", "--log-level"]
        while let first = words.first?.text, first.hasPrefix("-") {
            words.removeFirst()
            if valued.contains(first), !words.isEmpty { words.removeFirst() }
        }
    }

    /// Options that take a value in the commands read here (so their values are not taken for positionals).
    private static let valuedOptions: Set<String> = [
        "-t", "--tag", "-f", "--file", "--platform", "-o", "--output", "--build-arg", "--target", "--label", "--cache-from",
        "--cache-to", "--secret", "--ssh", "--network", "--progress", "--builder", "--annotation", "--attest", "--sbom",
        "--provenance", "--iidfile", "--metadata-file", "--add-host", "--shm-size", "--ulimit", "--build-context",
        "--os", "--arch", "--variant", "--os-version", "--os-features", "-m", "--memory",
    ]

    /// Calls `body` with each option and its value (`-t x`, `--tag=x`, `--push`).
    private static func forEachOption(_ arguments: [ShellWord], valued extra: Set<String> = [], _ body: (String, ShellWord?) -> Void) {
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            guard word.text.hasPrefix("-"), word.text != "-" else { continue }
            if let equals = word.text.firstIndex(of: "="), word.text.hasPrefix("--") {
                let name = String(word.text[..<equals])
                let valueText = String(word.text[word.text.index(after: equals)...])
                let offset = word.range.upperBound - valueText.utf8.count
                body(name, ShellWord(text: valueText, range: offset..<word.range.upperBound))
            } else if valuedOptions.contains(word.text) || extra.contains(word.text) {
                body(word.text, index < arguments.count ? arguments[index] : nil)
                index += 1
            } else {
                body(word.text, nil)
            }
        }
    }

    private static func valueOptions(_ arguments: [ShellWord], _ names: Set<String>) -> [String: ShellWord] {
        var values: [String: ShellWord] = [:]
        // The names asked for take a value (`buildx create --name NAME`), whatever other commands' options do.
        forEachOption(arguments, valued: names) { name, value in
            if names.contains(name), let value { values[name] = value }
        }
        return values
    }

    /// The words that are not options or option values.
    private static func positionals(_ arguments: [ShellWord], valued extra: Set<String>) -> [ShellWord] {
        var found: [ShellWord] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word.text.hasPrefix("-"), word.text != "-" {
                if !word.text.contains("="), valuedOptions.contains(word.text) || extra.contains(word.text) { index += 1 }
                continue
            }
            found.append(word)
        }
        return found
    }

    /// `linux/amd64,linux/arm64` as separate words with their own ranges (when the raw word is unquoted).
    static func split(_ word: ShellWord, on separator: Character) -> [ShellWord] {
        var parts: [ShellWord] = []
        var offset = word.range.lowerBound
        let exact = word.range.count == word.text.utf8.count
        // Not inside braces or parentheses: `${{ format('{0},{1}', a, b) }}`, `${TAGS:-a,b}` and `$(echo a,b)` are
        // one value each.
        var depth = 0
        let pieces = word.text.split(omittingEmptySubsequences: false) { character in
            switch character {
            case "{", "(": depth += 1
            case "}", ")": depth = max(0, depth - 1)
            default: break
            }
            return character == separator && depth == 0
        }
        for part in pieces {
            let length = part.utf8.count
            if !part.isEmpty {
                parts.append(ShellWord(text: String(part), range: exact ? offset..<(offset + length) : word.range))
            }
            offset += length + 1
        }
        return parts
    }

    /// A shell variable name.
    private static func isName(_ text: String) -> Bool {
        guard let first = text.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return text.utf8.allSatisfy(ShellLexer.isNameByte)
    }
}
