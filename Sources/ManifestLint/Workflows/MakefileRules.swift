/// A Makefile's rules, for what "a later step" means there: make runs a rule's recipe after its prerequisites, and
/// the recipes of unrelated targets are not steps of one run. `docker-build-x:` building for two platforms and
/// `docker-push-x:` pushing another target's image are two commands a user runs apart (radius-project/radius's
/// build/docker.mk), while `push: image` or `release: image push` runs one after the other.
///
/// Read as GNU make reads lines: a rule line (`targets: prerequisites`, `::` rules, a `; recipe` after them), its
/// recipe lines (starting with a tab; blank lines, comments and conditional directives between them keep the rule
/// open), and anything else (an assignment, `include`, `define`/`endef`) ending it. Rules inside `define` blocks (made
/// by `$(eval $(call …))`) are read as written: `docker-push-$(1):` is a target name like any other.
struct MakefileRules {
    private struct Rule {
        let targets: [String]
        let prerequisites: [String]
        var recipe: [Range<Int>] = []
    }

    private var rules: [Rule] = []
    private var rulesByTarget: [String: [Int]] = [:]
    /// For each rule, where each target make visits from its prerequisites stands in that run's order.
    private var runOrders: [[String: Int]] = []
    /// Larger files are not ordered: every command may follow every other, as in a script.
    static let ruleLimit = 500

    init(_ bytes: [UInt8]) {
        var current: Int?
        for line in Self.logicalLines(bytes) {
            let text = line.text
            if text.first == "\t" {
                if let current { rules[current].recipe.append(line.range) }
                continue
            }
            let trimmed = text.drop { $0 == " " }
            let word = trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "(" }
            if trimmed.isEmpty || trimmed.first == "#" || ["ifeq", "ifneq", "ifdef", "ifndef", "else", "endif"].contains(String(word)) {
                continue
            }
            current = nil
            if ["define", "endef", "include", "-include", "sinclude", "export", "unexport", "override", "vpath"].contains(String(word)) { continue }
            guard let (targets, rest) = Self.ruleParts(String(trimmed)) else { continue }
            let recipeStart = rest.firstIndex(of: ";")
            let prerequisiteText = recipeStart.map { String(rest[..<$0]) } ?? rest
            // `target: VARIABLE = value` sets a variable for the target; it makes no recipe.
            if prerequisiteText.contains("=") { continue }
            let prerequisites = prerequisiteText.split { $0 == " " || $0 == "\t" || $0 == "|" }.map(String.init)
            rules.append(Rule(targets: targets, prerequisites: prerequisites))
            current = rules.count - 1
            if recipeStart != nil { rules[rules.count - 1].recipe.append(line.range) }
            for target in targets { rulesByTarget[target, default: []].append(rules.count - 1) }
        }
        if rules.count <= Self.ruleLimit {
            runOrders = rules.map { rule in
                Dictionary(reachedInOrder(from: rule.prerequisites).enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            }
        }
    }

    /// Whether the command at byte `later` may run after the one at byte `earlier` in one run of make: both in one
    /// recipe (in that order), `later`'s target depending on `earlier`'s, or a target that depends on both with
    /// `earlier`'s first. Commands outside any recipe (and files with very many rules) are compared as a script's.
    func mayRun(_ later: Int, after earlier: Int) -> Bool {
        guard rules.count <= Self.ruleLimit, let first = rule(at: earlier), let second = rule(at: later) else { return later > earlier }
        if first == second { return later > earlier }
        let firstTargets = rules[first].targets, secondTargets = rules[second].targets
        if firstTargets.contains(where: { runOrders[second][$0] != nil }) { return true }
        // `release: image push` builds `image`, then `push`.
        return runOrders.contains { order in
            guard let firstAt = firstTargets.compactMap({ order[$0] }).min(), let secondAt = secondTargets.compactMap({ order[$0] }).min() else { return false }
            return firstAt < secondAt
        }
    }

    private func rule(at offset: Int) -> Int? {
        rules.indices.first { rules[$0].recipe.contains { $0.contains(offset) } }
    }

    /// Targets make visits from `prerequisites`, in the order it runs them (depth first, each once).
    private func reachedInOrder(from prerequisites: [String]) -> [String] {
        var order: [String] = [], seen: Set<String> = []
        func visit(_ name: String) {
            guard seen.insert(name).inserted else { return }
            for index in rulesByTarget[name] ?? [] { rules[index].prerequisites.forEach(visit) }
            order.append(name)
        }
        prerequisites.forEach(visit)
        return order
    }

    /// `targets: rest` when `text` is a rule line: the first `:` outside `$(…)`/`${…}` that does not begin an
    /// assignment (`:=`, `::=`), with no `=` before it.
    private static func ruleParts(_ text: String) -> ([String], String)? {
        var depth = 0
        let characters = Array(text)
        for (offset, character) in characters.enumerated() {
            switch character {
            case "(", "{": depth += 1
            case ")", "}": depth = max(0, depth - 1)
            case "=" where depth == 0: return nil
            case ":" where depth == 0:
                var rest = offset + 1
                while rest < characters.count, characters[rest] == ":" { rest += 1 }
                if rest < characters.count, characters[rest] == "=" { return nil }
                let targets = String(characters[..<offset]).split { $0 == " " || $0 == "\t" }.map(String.init)
                guard !targets.isEmpty else { return nil }
                return (targets, String(characters[rest...]))
            default: break
            }
        }
        return nil
    }

    /// Lines joined at backslash-newline, with their byte ranges.
    private static func logicalLines(_ bytes: [UInt8]) -> [(text: String, range: Range<Int>)] {
        var lines: [(text: String, range: Range<Int>)] = []
        var start = 0, index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                let continued = index < bytes.count && index > start && bytes[index - 1] == UInt8(ascii: "\\")
                if !continued {
                    let text = String(decoding: bytes[start..<index], as: UTF8.self).replacingOccurrences(of: "\\\n", with: " ")
                    lines.append((text, start..<(index + 1)))
                    start = index + 1
                }
            }
            index += 1
        }
        return lines
    }
}
