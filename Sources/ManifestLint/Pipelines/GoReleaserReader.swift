import Yams

/// GoReleaser's `dockers:` (one image per `goos`/`goarch`/`goarm`, built by `docker build` or `docker buildx build`
/// with `build_flag_templates`), `dockers_v2:` (one multi-platform buildx build) and `docker_manifests:` (lists),
/// with GoReleaser's defaults: `goos` linux, `goarch` amd64, `goarm` 6, `use: docker`.
enum GoReleaserReader {
    /// A configuration is GoReleaser's when it has image sections and GoReleaser's top-level keys, or image sections
    /// whose entries have GoReleaser's own keys (`image_templates`): a file another configuration `includes:`.
    static func isConfiguration(_ top: Node.Mapping) -> Bool {
        let sections = ["dockers", "docker_manifests", "dockers_v2"].compactMap { top[$0]?.sequence }
        guard !sections.isEmpty else { return false }
        return isWhole(top) || sections.contains { $0.contains { $0.mapping?["image_templates"]?.sequence != nil } }
    }

    /// A configuration with GoReleaser's own top-level keys, not a part another one `includes:` (whose builds, and so
    /// whose binaries, the part does not say).
    private static func isWhole(_ top: Node.Mapping) -> Bool {
        ["project_name", "builds", "build", "version", "before", "archives", "archive", "release", "changelog", "dist", "env", "checksum",
         "snapshot", "nfpms", "brews", "signs"].contains { top[$0] != nil }
    }

    static func read(_ root: Node, reader: WorkflowReader) -> PipelineRead {
        var read = PipelineRead(format: .goreleaser)
        guard let top = root.mapping else { return read }
        for entry in top["dockers"]?.sequence ?? Node.Sequence() {
            guard let docker = entry.mapping else { continue }
            let anchorNode = docker["image_templates"] ?? entry
            let anchor = ShellWord(text: "dockers", range: reader.offset(of: anchorNode)..<reader.offset(of: anchorNode))
            let flags = words(docker["build_flag_templates"], reader: reader)
            var platforms: [ShellWord] = []
            if case .build(_, _, let found, _, _, _, _, _) = DockerCommand.parseBuild(flags, at: anchor) { platforms = found }
            let pushes = docker["skip_push"]?.string?.lowercased() != "true"
            let buildx = docker["use"]?.string == "buildx"
            let dockerfile = docker["dockerfile"].map { JobWords.word($0, reader: reader) }
            let command = DockerCommand.build(tags: words(docker["image_templates"], reader: reader), dockerfile: dockerfile, platforms: platforms,
                                              pushes: pushes, at: anchor, buildx: buildx, outputs: buildx)
            let ownBinary = !isWhole(top) || shipsGoSources(docker) || buildsNoBinaries(top, ids: docker["ids"])
                || platforms.isEmpty && passesArchitecture(flags)
            var context = CommandContext(binary: ownBinary ? nil : Self.goBinary(docker))
            context.unknownGoarch = ownBinary ? nil : unknownGoarch(docker, reader: reader)
            read.append(command, context)
        }
        for entry in top["dockers_v2"]?.sequence ?? Node.Sequence() {
            guard let docker = entry.mapping else { continue }
            let images = words(docker["images"], reader: reader), tags = words(docker["tags"], reader: reader)
            let references = images.flatMap { image in tags.map { ShellWord(text: image.text + ":" + $0.text, range: $0.range) } }
            let anchor = ShellWord(text: "dockers_v2", range: reader.offset(of: entry)..<reader.offset(of: entry))
            var platforms = words(docker["platforms"], reader: reader)
            if docker["platforms"] == nil {
                platforms = ["linux/amd64", "linux/arm64"].map { ShellWord(text: $0, range: anchor.range) }
            }
            read.append(.build(tags: references, dockerfile: nil, platforms: platforms, pushes: true, at: anchor, buildx: true, outputs: true), .none)
        }
        for entry in top["docker_manifests"]?.sequence ?? Node.Sequence() {
            guard let manifest = entry.mapping, let nameNode = manifest["name_template"] else { continue }
            // GoReleaser creates and pushes a manifest in one step of its publishing, which `skip_push: true` skips:
            // such a list is never made.
            if manifest["skip_push"]?.string?.lowercased() == "true" { continue }
            let list = words(nameNode, reader: reader).first ?? JobWords.word(nameNode, reader: reader)
            read.append(.createList(list: list, members: words(manifest["image_templates"], reader: reader), pushes: true, at: list), .none)
        }
        return read
    }

    /// Whether a `dockers:` entry sends Go sources into the build context (`extra_files: [go.mod, go.sum, main.go]`,
    /// older `files:`): its Dockerfile compiles the program itself, for the platform it builds, and GoReleaser's
    /// binary (of `goarch`) may not be in the image at all.
    private static func shipsGoSources(_ docker: Node.Mapping) -> Bool {
        let items = (docker["extra_files"]?.sequence.map(Array.init) ?? []) + (docker["files"]?.sequence.map(Array.init) ?? [])
        return items.contains { item in
            guard let path = item.string ?? item.mapping?["glob"]?.string ?? item.mapping?["src"]?.string else { return false }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return name == "go.mod" || name == "go.sum" || name.hasSuffix(".go")
        }
    }

    /// Whether a build argument names an architecture or a platform (`--build-arg=ARCH=arm64`, `--build-arg ARCH={{ .Arch }}`,
    /// `--build-arg=PLATFORM=linux/arm64/v8`):
    /// GoReleaser's binary is built already, so the argument is for the Dockerfile, which may choose its base image
    /// by it (`FROM gcr.io/distroless/base:nonroot-${ARCH}`). Without `--platform` the image then takes that base
    /// image's platform (the classic builder, and BuildKit when no platform is asked for), not the machine's.
    private static func passesArchitecture(_ flags: [ShellWord]) -> Bool {
        var values: [String] = []
        for (offset, flag) in flags.enumerated() {
            if flag.text.hasPrefix("--build-arg=") {
                values.append(String(flag.text.dropFirst("--build-arg=".count)))
            } else if flag.text == "--build-arg", offset + 1 < flags.count {
                values.append(flags[offset + 1].text)
            }
        }
        return values.contains { argument in
            guard let separator = argument.firstIndex(of: "=") else { return false }
            // BuildKit's own arguments (`TARGETARCH`, `BUILDPLATFORM`, ...) describe the build; passing one names no
            // base image.
            let name = argument[..<separator].uppercased()
            guard !name.hasPrefix("TARGET"), !name.hasPrefix("BUILD") else { return false }
            let value = String(argument[argument.index(after: separator)...])
            // The whole value is an architecture: GoReleaser's `{{ .Arch }}` (`.Arm`, `.Arm64`, `.Amd64` for the
            // variant), or one word such as `arm64`, `arm64v8`, `aarch64` (not `1.2-amd64` or a compiler's name).
            if value.contains("{{") { return value.range(of: #"^\{\{-?\s*\.(Arch|Arm|Arm64|Amd64)\s*-?\}\}$"#, options: .regularExpression) != nil }
            // A platform (`PLATFORM=linux/arm64/v8`, koshatul/traefik-acme) may be `FROM --platform=$PLATFORM`'s.
            if value.range(of: #"^[a-z]+/[a-z0-9_]+(/v[0-9]+)?$"#, options: .regularExpression) != nil { return true }
            return value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && TagArchitecture.platform(namedIn: value) != nil
        }
    }

    /// Whether the builds a `dockers:` entry takes binaries from (its `ids:`, or every build) all have `skip: true`
    /// (GoReleaser's way to release images only): the image has no binary of GoReleaser's, and its Dockerfile makes
    /// its own.
    private static func buildsNoBinaries(_ top: Node.Mapping, ids: Node?) -> Bool {
        guard let builds = (top["builds"]?.sequence.map(Array.init) ?? top["build"].map { [$0] }), !builds.isEmpty else { return false }
        let wanted = Set((ids?.sequence.map(Array.init) ?? []).compactMap(\.string))
        // A build without `id` has the project's name as its id (GoReleaser's default); without that, it may be any.
        let taken = builds.filter { build in
            guard !wanted.isEmpty, let id = build.mapping?["id"]?.string ?? top["project_name"]?.string else { return true }
            return wanted.contains(id)
        }
        return !taken.isEmpty && taken.allSatisfy { $0.mapping?["skip"]?.string?.lowercased() == "true" }
    }

    /// An entry's `goarch` as written when Go has no such architecture (`armv7`, `aarch64`, `x86_64`; not a template):
    /// GoReleaser matches no binary to the image ("no binaries or packages found for the given platform - COPY/ADD
    /// may not work", `internal/pipe/docker`), so the build's COPY fails or the image has no program.
    private static func unknownGoarch(_ docker: Node.Mapping, reader: WorkflowReader) -> ShellWord? {
        guard let node = docker["goarch"], let text = node.string, !text.contains("{{"), !GoArchitectures.buildable.contains(text) else { return nil }
        return JobWords.word(node, reader: reader)
    }

    /// The binaries' platform of an entry whose `goarch` Go builds for; nil for another (owenrumney/squealer's
    /// `goarch: armv7`, set 35: no binary is matched to the entry).
    private static func goBinary(_ docker: Node.Mapping) -> PlatformClaim? {
        let found = binary(docker)
        return GoArchitectures.buildable.contains(found.architecture) ? found.claim : nil
    }

    /// What the binaries of a `dockers:` entry are built for, with the key that says so (or the default), and the
    /// `goarch` as written.
    private static func binary(_ docker: Node.Mapping) -> (claim: PlatformClaim, architecture: String) {
        let os = docker["goos"]?.string ?? "linux", architecture = docker["goarch"]?.string ?? "amd64"
        var variant = ""
        var source = docker["goarch"] != nil ? "goarch: \(architecture)" : "goarch unset (amd64)"
        if architecture == "amd64", let level = docker["goamd64"]?.string, level != "v1" {
            variant = level
            source += ", goamd64: \(level)"
        }
        if architecture == "arm" {
            let goarm = docker["goarm"]?.string.flatMap { $0.isEmpty ? nil : $0 } ?? "6"  // `goarm: ""` is the default too
            variant = "v" + goarm
            source += docker["goarm"] != nil ? ", goarm: \(goarm)" : ", goarm unset (6)"
        }
        return (PlatformClaim(platform: Platform(os: os, architecture: architecture, variant: variant).normalized(), source: source), architecture)
    }

    /// A string or list of strings, each one word as the file spells it (templates and all).
    private static func words(_ node: Node?, reader: WorkflowReader) -> [ShellWord] {
        guard let node else { return [] }
        let items = node.sequence.map(Array.init) ?? [node]
        return items.filter { $0.string != nil }.map { JobWords.word($0, reader: reader) }
    }
}
