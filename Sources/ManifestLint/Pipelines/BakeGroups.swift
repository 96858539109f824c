/// Bake groups: `docker buildx bake GROUP` resolves the group's targets (and those of the groups it names) and builds
/// them all in one build, at the same time (docker/buildx `bake/bake.go`, `ReadTargets`; `build.Build` runs every
/// target's solve concurrently). Two targets of one group that both push one tag race: the last push wins, so a tag
/// that per-platform targets both write holds one platform (CowDogMoo/warpgate's `amd64` and `arm64` targets).
enum BakeGroups {
    /// What a target of the file writes: the tags it pushes (its `output` pushes: `type=registry`, or `push=true` not
    /// by digest; or it builds several platforms and names no output, so `bake --push` pushes them), as the file
    /// spells them after variables.
    struct Writes {
        let target: String
        let pushedTags: [String]
    }

    /// For each target, the tags another target of a group it is built with pushes too, with that target and group
    /// named: `["example/app:1": "target \"amd64\" (group \"default\")"]`. Targets are compared within one group,
    /// whose `targets` are expanded through the groups they name; a group written twice is its last block (bake's
    /// HCL parser replaces an earlier block of one name). Tags that cannot be pushed as written (`app:` from an empty
    /// variable, which the environment sets) are not compared.
    static func sharedTags(groups written: [(name: String, members: [String])], writes: [Writes]) -> [String: [String: String]] {
        let byTarget = Dictionary(writes.map { ($0.target, $0) }, uniquingKeysWith: { first, _ in first })
        let groupMembers = Dictionary(written.map { ($0.name, $0.members) }, uniquingKeysWith: { _, last in last })
        let groups = written.enumerated().filter { offset, group in !written[(offset + 1)...].contains { $0.name == group.name } }.map(\.element)
        var shared: [String: [String: String]] = [:]
        for group in groups {
            var writers: [String: String] = [:]
            for target in expanded(group.members, groupMembers) {
                for tag in byTarget[target]?.pushedTags ?? [] where isComplete(tag) {
                    // One image however it is spelt: `example/app` is `docker.io/example/app:latest`.
                    let image = ImageReference(tag).normalized
                    if let earlier = writers[image], earlier != target {
                        if shared[target]?[tag] == nil { shared[target, default: [:]][tag] = "target \"\(earlier)\" (group \"\(group.name)\")" }
                    } else {
                        writers[image] = target
                    }
                }
            }
        }
        return shared
    }

    /// A reference with every part present: not `app:` or `/app` (an empty variable's place), nor empty.
    private static func isComplete(_ tag: String) -> Bool {
        !tag.isEmpty && !tag.hasSuffix(":") && !tag.hasSuffix("/") && !tag.hasPrefix("/") && !tag.hasPrefix(":") && !tag.contains("//")
            && !tag.contains(":/") && !tag.contains("/:")
    }

    /// A group's targets in order, each once, groups it names replaced by their targets (a group naming itself, or
    /// a cycle, adds nothing more).
    private static func expanded(_ members: [String], _ groups: [String: [String]], visiting: Set<String> = []) -> [String] {
        var result: [String] = []
        for member in members {
            if let inner = groups[member], member != "" {
                guard !visiting.contains(member), visiting.count < Limits.inheritanceDepth else { continue }
                for target in expanded(inner, groups, visiting: visiting.union([member])) where !result.contains(target) { result.append(target) }
            } else if !result.contains(member) {
                result.append(member)
            }
        }
        return result
    }
}
