import Foundation

/// The job graph of a CI file and the facts the job rules judge, added to the intent document:
///
///     "jobs": [{"id", "name", "needs": [{"name", "missing"}], "runner-platform", "matrix-unknown"}]
///     /lists/*/members/*: "pushed-by-unordered-job"   a job pushes the member, and the list's job does not wait for it
///     /pushes/*, /lists/*: "unordered-with"            another job writes the same tag, neither waits for the other
///     /builds/*/references/*: "machine-shared-with"    a tag naming another architecture is built on the same machine
///     /lists/*: "overwrites-image"                     the list is pushed under the name of an image the file pushes
///     /builds/*: "binary-mismatch"                     the binaries put in the image (GoReleaser goarch) are another platform's
///
/// Two jobs are ordered when one waits for the other through `needs:`/`dependsOn:` or an earlier stage, transitively.
/// Writes whose reference holds an unexpanded matrix value, or jobs with different run conditions, are not compared;
/// nor are a list's job and a member's pusher whose conditions cannot both hold (`ref_type == 'tag'`, `== 'branch'`).
struct JobGraph {
    private let read: PipelineRead
    private let index: TextIndex
    private let order: JobOrder
    private let jobs: [String: PipelineJob]
    private let hints: MachineHints

    init(_ read: PipelineRead, index: TextIndex, hints: MachineHints) {
        self.read = read
        self.index = index
        self.hints = hints
        jobs = Dictionary(read.jobs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        order = JobOrder(read.jobs)
    }

    /// The job names of two job instances.
    private func name(_ id: String) -> String { jobs[id]?.name ?? id }

    /// One instance waits for the other (instances of one matrix job never do).
    private func ordered(_ first: String, _ second: String) -> Bool {
        first == second || order.waits(name(second), for: name(first)) || order.waits(name(first), for: name(second))
    }

    /// A reference two jobs can be compared by: every expansion left in it has one value for the whole run (a
    /// commit, a registry, a secret); a variable a job sets for itself (`$TAG` from a script, `${{ env.ARCH }}` from
    /// `$GITHUB_ENV`, a matrix value not expanded) may differ between the jobs that spell it alike.
    static func comparable(_ reference: String) -> Bool {
        !ImageReference(reference).isWhollyVariable && ImageReference.expansions(reference).allSatisfy(isRunWide)
    }

    private static let runWidePrefixes = ["github.", "secrets.", "vars.", "inputs.", "CI_", "GITHUB_", "Build.", "System.", "DRONE_", "."]
    private static let jobSpecific = ["github.job", "CI_JOB_", "CI_NODE_", "GITHUB_JOB", "GITHUB_ENV", "System.Job", "System.Phase"]

    private static func isRunWide(_ expansion: String) -> Bool {
        let name = expansion.trimmingCharacters(in: CharacterSet(charactersIn: "${}() "))
        return runWidePrefixes.contains { name.hasPrefix($0) } && !jobSpecific.contains { name.hasPrefix($0) }
    }

    func addFacts(to document: inout JSONValue, regions: inout [String: SourceRegion]) {
        guard case .object(var members) = document else { return }
        func array(_ key: String) -> [JSONValue] {
            if let position = members.firstIndex(where: { $0.key == key }), case .array(let items) = members[position].value { return items }
            return []
        }
        func store(_ key: String, _ items: [JSONValue]) {
            if let position = members.firstIndex(where: { $0.key == key }) { members[position].value = .array(items) } else { members.append((key, .array(items))) }
        }
        var pushes = array("pushes"), lists = array("lists"), builds = array("builds")
        if read.graph != nil {
            members.append(("jobs", .array(jobValues(&regions))))
            members.append(("graph", .string(read.graph ?? "")))
            orderFacts(pushes: &pushes, lists: &lists)
            lists = lists.map(Self.markJobLocal)
            builds = builds.map { build in
                guard case .array(let references)? = build["references"] else { return build }
                return build.replacing("references", .array(references.map(Self.markJobLocal)))
            }
        }
        machineFacts(&builds)
        overwriteFacts(&lists, builds: builds)
        binaryFacts(&builds)
        store("pushes", pushes)
        store("lists", lists)
        store("builds", builds)
        document = .object(members)
    }

    private func jobValues(_ regions: inout [String: SourceRegion]) -> [JSONValue] {
        read.jobs.enumerated().map { offset, job in
            regions["/jobs/\(offset)"] = index.region(from: job.anchor.range.lowerBound, length: job.anchor.range.count)
            var fields: [(key: String, value: JSONValue)] = [("id", .string(job.id)), ("name", .string(job.name))]
            fields.append(("needs", .array(job.needs.enumerated().map { needOffset, need in
                regions["/jobs/\(offset)/needs/\(needOffset)"] = index.region(from: need.word.range.lowerBound, length: need.word.range.count)
                var need: [(key: String, value: JSONValue)] = [("name", .string(need.name.hasPrefix("stage:") ? String(need.name.dropFirst(6)) : need.name))]
                if !job.needs[needOffset].exists { need.append(("missing", .bool(true))) }
                return .object(need)
            })))
            if let runner = job.runner { fields.append(("runner-platform", .string(runner.platform.description))) }
            if job.matrixUnknown { fields.append(("matrix-unknown", .bool(true))) }
            return .object(fields)
        }
    }

    /// Who writes each reference: (job, where in the document), in file order.
    private func orderFacts(pushes: inout [JSONValue], lists: inout [JSONValue]) {
        var writers: [String: [(job: String, kind: String, offset: Int)]] = [:]
        // One write per job and reference is enough to compare jobs (a job pushing one tag 80,000 times is one writer).
        var seen: Set<String> = []
        for (offset, push) in pushes.enumerated() {
            guard let job = push["job"]?.stringValue, let reference = push["reference"]?.stringValue,
                seen.insert(job + "\u{0}" + reference).inserted, Self.comparable(reference) else { continue }
            writers[reference, default: []].append((job, "pushes", offset))
        }
        for (offset, list) in lists.enumerated() {
            guard let job = list["job"]?.stringValue, let reference = list["reference"]?.stringValue, list["pushed"] == .bool(true),
                Self.comparable(reference) else { continue }
            // A multi-platform build's own list is the same write as its push.
            guard seen.insert(job + "\u{0}" + reference).inserted else { continue }
            writers[reference, default: []].append((job, "lists", offset))
        }
        for (reference, written) in writers {
            // Instances of one matrix job write from one place in the file: reported there once.
            var reported: Set<String> = []
            for (later, writer) in written.enumerated() {
                guard let earlier = written[..<later].first(where: { other in
                    !ordered(other.job, writer.job) && jobs[other.job]?.condition == jobs[writer.job]?.condition
                }) else { continue }
                guard reported.insert((jobs[writer.job]?.name ?? writer.job) + "\u{0}" + reference + "\u{0}" + writer.kind).inserted else { continue }
                if writer.kind == "pushes" { pushes[writer.offset] = pushes[writer.offset].adding("unordered-with", .string(earlier.job)) }
                else { lists[writer.offset] = lists[writer.offset].adding("unordered-with", .string(earlier.job)) }
            }
        }
        for (offset, list) in lists.enumerated() {
            guard let listJob = list["job"]?.stringValue, case .array(var listMembers)? = list["members"] else { continue }
            for (memberOffset, member) in listMembers.enumerated() {
                guard let reference = member["reference"]?.stringValue, Self.comparable(reference),
                    let unordered = writers[reference]?.first(where: { writer in
                        writer.job != listJob && !order.waits(name(listJob), for: name(writer.job)) && !Self.runApart(jobs[listJob], jobs[writer.job])
                    })
                else { continue }
                listMembers[memberOffset] = member.adding("pushed-by-unordered-job", .string(unordered.job))
            }
            lists[offset] = list.replacing("members", .array(listMembers))
        }
    }

    /// Whether two jobs never run in one run: each condition is one comparison of the same value with a different
    /// literal (`github.ref_type == 'tag'` and `github.ref_type == 'branch'`). Any other pair of conditions may both
    /// hold (`push` and `push && tag`, or a dispatch that meets both sides of an `||`), so those jobs are compared.
    private static func runApart(_ first: PipelineJob?, _ second: PipelineJob?) -> Bool {
        guard let one = first.flatMap({ singleComparison($0.condition) }), let other = second.flatMap({ singleComparison($0.condition) }) else { return false }
        return one.value == other.value && one.literal != other.literal
    }

    /// `VALUE == 'literal'` (a GitHub expression, with or without `${{ }}`), lower-cased.
    private static func singleComparison(_ condition: String) -> (value: String, literal: String)? {
        var text = condition.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("${{"), text.hasSuffix("}}") { text = String(text.dropFirst(3).dropLast(2)).trimmingCharacters(in: .whitespaces) }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = comparisonPattern.firstMatch(in: text, range: range),
            let value = Range(match.range(at: 1), in: text), let literal = Range(match.range(at: 2), in: text) else { return nil }
        // GitHub compares strings without case: `'TAG'` is `'tag'`.
        return (text[value].lowercased(), text[literal].lowercased())
    }

    // swiftlint:disable:next force_try
    private static let comparisonPattern = try! NSRegularExpression(pattern: #"^([A-Za-z_][A-Za-z0-9_.]*)\s*==\s*'([^']*)'$"#)  // a constant pattern

    /// `"overwrites-image"` on a list pushed under the name of one of its members or of a single-platform image the
    /// file pushes (not in a Makefile, whose targets are alternatives; names a job sets for itself are not compared; `imagetools create` merging into its own tag is
    /// not replacing). One pass over builds and one over lists.
    private func overwriteFacts(_ lists: inout [JSONValue], builds: [JSONValue]) {
        var pushedImages: Set<String> = []
        for build in builds where build["pushed"] == .bool(true) {
            guard case .array(let platforms)? = build["platforms"], platforms.count <= 1, case .array(let references)? = build["references"] else { continue }
            for reference in references where reference["job-local-expansion"] == nil {
                if let name = reference["reference"]?.stringValue { pushedImages.insert(name) }
            }
        }
        for (offset, list) in lists.enumerated() {
            // `imagetools create --append`, or with the list's own name among its sources, adds to what the tag holds
            // (imagetools reads a list source's manifests): nothing is replaced.
            guard list["source"]?.stringValue != "docker buildx build --platform", list["job-local-expansion"] == nil, list["appends"] != .bool(true),
                let name = list["reference"]?.stringValue, case .array(let members)? = list["members"] else { continue }
            let merges = list["source"]?.stringValue == "docker buildx imagetools create"
            if members.contains(where: { $0["reference"]?.stringValue == name }) {
                if merges { continue }
                lists[offset] = list.adding("overwrites-image", .string("\(name), the name of an image it is made of"))
            } else if pushedImages.contains(name), !read.isMakefile {
                // In a Makefile the single-platform push and the list are targets make need not run in one
                // invocation: alternatives for single- and multi-platform projects (alexfalkowski/docker, set 35).
                lists[offset] = list.adding("overwrites-image", .string("\(name), the name of a single-platform image this file pushes"))
            }
        }
    }

    /// A platform with an amd64 microarchitecture level (`linux/amd64/v3`) dropped: a `goamd64: v3` binary in an
    /// image labelled `linux/amd64` is labelled right (the level is an optional variant), and a v1 binary runs on any level.
    private static func withoutAMD64Level(_ platform: String) -> String {
        platform.hasPrefix("linux/amd64/") || platform.hasPrefix("windows/amd64/") ? String(platform.prefix { $0 != "/" }) + "/amd64" : platform
    }

    /// Whether binaries built for `binary` run in an image labelled `image`: the same platform, an amd64 of any level,
    /// or an ARM binary of an older variant (a GOARM=6 binary runs on ARMv7).
    private static func runs(_ binary: String, in image: String) -> Bool {
        if withoutAMD64Level(binary) == withoutAMD64Level(image) { return true }
        let binaryParts = binary.split(separator: "/"), imageParts = image.split(separator: "/")
        guard binaryParts.count == 3, imageParts.count == 3, binaryParts[0] == imageParts[0], binaryParts[1] == "arm", imageParts[1] == "arm",
            let binaryLevel = Int(binaryParts[2].dropFirst()), let imageLevel = Int(imageParts[2].dropFirst())
        else { return false }
        return binaryLevel <= imageLevel
    }

    /// `"binary-mismatch"` on a build whose binaries (`binary-platform`) are not the image's platform: its `--platform`,
    /// or without one the build machine's (taken as amd64, the default of `goarch` too). Not when the platform is
    /// unknown or a Dockerfile named for an architecture gives it (tag-architecture-mismatch compares that).
    private func binaryFacts(_ builds: inout [JSONValue]) {
        for (offset, build) in builds.enumerated() {
            guard let binary = build["binary-platform"]?.stringValue, build["platforms-unknown"] == nil,
                case .array(let platforms)? = build["platforms"], case .array(let references)? = build["references"] else { continue }
            let source = build["binary-source"]?.stringValue ?? ""
            var image: String?
            if platforms.isEmpty {
                // The machine is taken to be a Linux amd64 runner; a binary for another OS (a Windows image)
                // is built on a machine of that OS, whose architecture the file does not say.
                guard !references.contains(where: { $0["build-platform"] != nil }), binary.hasPrefix("linux/"),
                    Self.withoutAMD64Level(binary) != "linux/amd64" else { continue }
                image = "the build machine's platform (no --platform)"
            } else {
                image = platforms.compactMap(\.stringValue).first { !Self.runs(binary, in: $0) }
            }
            guard let image else { continue }
            builds[offset] = build.adding("binary-mismatch", .string("\(binary) (\(source)) but the image is \(image)"))
        }
    }

    /// `"job-local-expansion": true` on a reference (list, build reference) whose value may differ between jobs.
    private static func markJobLocal(_ value: JSONValue) -> JSONValue {
        guard let reference = value["reference"]?.stringValue, !comparable(reference) else { return value }
        return value.adding("job-local-expansion", .bool(true))
    }

    /// Builds without any platform (no `--platform`, no architecture in the Dockerfile's name, no known runner) in
    /// one job — or one file without jobs — hold the machine's architecture: tags naming two architectures there
    /// cannot both be right.
    private func machineFacts(_ builds: inout [JSONValue]) {
        // CI YAML read without jobs may run each part on another machine, and so may each bake target (one
        // `bake TARGET` per runner), each Makefile target and each branch of a script; GoReleaser has its own rule.
        guard read.format == .shell && !read.isMakefile && !hints.branches || read.graph != nil || read.format == .acrTask else { return }
        guard !hints.checksHostArchitecture, !hints.emulated, !hints.namesArchitectureImages, !hints.buildsElsewhere else { return }
        /// Per job: the first reference built for each architecture, and every tagged reference.
        var firstByArchitecture: [String: [String: (build: Int, text: String)]] = [:]
        var flagged: [Int: [Int: String]] = [:]
        for (buildOffset, build) in builds.enumerated() where build["machine-platform"] == .bool(true) {
            guard case .array(let references)? = build["references"] else { continue }
            // Builds on another builder (`buildx use NAME`, `--builder NAME`) are on its machine, not the job's.
            let job = (build["job"]?.stringValue ?? "") + "\u{0}" + (build["builder"]?.stringValue ?? "")
            for (referenceOffset, reference) in references.enumerated() {
                guard let tagged = reference["tag-platform"]?.stringValue, let text = reference["reference"]?.stringValue else { continue }
                let architecture = Platform(specifier: tagged)?.architecture ?? tagged
                var firsts = firstByArchitecture[job, default: [:]]
                if firsts[architecture] == nil { firsts[architecture] = (buildOffset, text) }
                firstByArchitecture[job] = firsts
                // An earlier build on this machine made a tag of another architecture.
                if let other = firsts.first(where: { $0.key != architecture && $0.value.build < buildOffset })?.value {
                    flagged[buildOffset, default: [:]][referenceOffset] = other.text
                }
            }
        }
        for (buildOffset, marks) in flagged {
            guard case .array(var references)? = builds[buildOffset]["references"] else { continue }
            for (referenceOffset, other) in marks { references[referenceOffset] = references[referenceOffset].adding("machine-shared-with", .string(other)) }
            builds[buildOffset] = builds[buildOffset].replacing("references", .array(references))
        }
    }
}

/// What the text of a workflow file says about the machine its builds run on, read once per file: whether it
/// sets up emulation (QEMU, binfmt: a build without `--platform` may run a foreign base image and hold it), names
/// Docker's per-architecture image namespaces (`arm64v8`, `arm32v7`, `amd64/` as a build argument's value: a build
/// argument may choose a base image of another architecture, `FROM ${ARCH}/busybox`), or looks at the machine's
/// architecture (`uname -m`, `dpkg --print-architecture`, `$RUNNER_ARCH`: which build runs may depend on it).
struct MachineHints {
    let emulated: Bool
    let namesArchitectureImages: Bool
    let checksHostArchitecture: Bool
    /// A build without `--platform` may be for another platform than the runner's: `DOCKER_DEFAULT_PLATFORM` names
    /// one, or the engine runs elsewhere (`DOCKER_HOST`, `DOCKER_CONTEXT`, `docker context use`, a buildx builder on
    /// `ssh://` or `tcp://`, or with the remote or kubernetes driver).
    let buildsElsewhere: Bool
    /// Docker's containerd image store is turned on (`"containerd-snapshotter": true`): it keeps a multi-platform
    /// build made with the default builder.
    let containerdImageStore: Bool
    /// Shell branches (`case` arms, `if`/`else`): the script's commands need not all run in one invocation.
    let branches: Bool

    /// Whether `DOCKER_HOST` is set to an engine on another machine: not the docker-in-docker service of the same job
    /// (`tcp://docker:2376`, GitLab's usual setup), `localhost` or a local socket; a value that is an expansion may be
    /// anywhere.
    private static func hostsElsewhere(_ text: String) -> Bool {
        guard text.contains("DOCKER_HOST") else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return hostPattern.matches(in: text, range: range).contains { match in
            guard let value = Range(match.range(at: 1), in: text).map({ text[$0].lowercased() }) else { return true }
            return !["tcp://docker:", "tcp://docker/", "tcp://dind:", "tcp://localhost", "tcp://127.0.0.1", "unix://", "npipe://"].contains(where: value.hasPrefix)
                && value != "tcp://docker"
        }
    }

    // swiftlint:disable:next force_try
    private static let architectureNamespacePattern = try! NSRegularExpression(  // a constant pattern
        pattern: #"arm(?:64v8|32v[5-7])/|(?:^|[\s='"])arm(?:64v8|32v[5-7])(?![\w-])"#, options: [.anchorsMatchLines])

    // swiftlint:disable:next force_try
    private static let hostPattern = try! NSRegularExpression(pattern: #"DOCKER_HOST["']?\s*[:=]\s*["']?([^\s"']*)"#)  // a constant pattern

    init(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lower = text.lowercased()
        emulated = lower.contains("qemu") || lower.contains("binfmt")
        // Docker Hub's per-architecture namespaces where a base image or a build argument names them (`arm64v8/alpine`,
        // `ARCH=arm64v8`, `--build-arg ARCH arm32v7`), not a tag's suffix (`:1.0-arm64v8`, natpowning's images in set 35).
        namesArchitectureImages = Self.architectureNamespacePattern.firstMatch(in: lower, range: NSRange(lower.startIndex..., in: lower)) != nil
            || ["amd64/", "i386/", "ppc64le/", "s390x/", "riscv64/"].contains { lower.contains("=" + $0) || lower.contains(" " + $0) }
        checksHostArchitecture = ["uname -m", "uname -p", "print-architecture", "$(arch)", "`arch`", "runner.arch", "RUNNER_ARCH", "HOSTTYPE", "go env GOARCH"]
            .contains { text.contains($0) }
        buildsElsewhere = ["DOCKER_DEFAULT_PLATFORM", "DOCKER_CONTEXT", "docker context use"].contains(where: text.contains)
            || Self.hostsElsewhere(text)
            || lower.contains("buildx create") && ["ssh://", "tcp://", "--driver remote", "--driver=remote", "--driver kubernetes", "--driver=kubernetes"].contains(where: lower.contains)
            || ["driver: remote", "driver: kubernetes"].contains(where: lower.contains)
        containerdImageStore = text.contains("containerd-snapshotter")
        // A line (comments aside) that is or starts an `else`/`elif` arm, or ends a `case`.
        branches = text.split(separator: "\n").contains { line in
            line.prefix { $0 != "#" }.split(separator: ";").contains { piece in
                piece.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { ["else", "elif", "esac"].contains($0) } ?? false
            }
        }
    }
}

extension JSONValue {
    /// The object with one more member (or that member replaced).
    func adding(_ key: String, _ value: JSONValue) -> JSONValue { replacing(key, value) }

    func replacing(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(var members) = self else { return self }
        if let position = members.firstIndex(where: { $0.key == key }) { members[position].value = value } else { members.append((key, value)) }
        return .object(members)
    }
}
