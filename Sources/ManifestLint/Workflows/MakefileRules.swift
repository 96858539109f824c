/// A Makefile's rules, for what "a later step" means there: make runs a rule's recipe after its prerequisites, and
/// the recipes of unrelated targets are not steps of one run. `docker-build-x:` building for two platforms and
/// `docker-push-x:` pushing another target's image are two commands a user runs apart (radius-project/radius's
/// build/docker.mk), while `push: image`, `release: image push` or a recipe running `$(MAKE) image` runs one after
/// the other.
///
/// Read as GNU make reads lines: a rule line (`targets: prerequisites`, `::` rules, order-only prerequisites after
/// `|`, a `; recipe` after them, a `#` comment ending the line), its recipe lines (starting with a tab; blank lines,
/// comments and conditional directives between them keep the rule open), and anything else (an assignment,
/// `include`, `define`/`endef`) ending it. Special targets (`.PHONY:`, `.SILENT:`) order nothing. Names are compared
/// after expanding variables the file assigns plainly (`IMAGE_TARGET = image`); rules inside `define` blocks (made by
/// `$(eval $(call …))`) are read as written, so `docker-push-$(1):` is a target name like any other. A pattern rule
/// (`image-%:`) makes the names it matches. A name nothing defines orders nothing: what cannot be read is not
/// guessed to run.
final class MakefileRules {
    private struct Rule {
        let targets: [String]
        var prerequisites: [String]
        var recipe: [Range<Int>] = []
        /// Targets the recipe runs with `$(MAKE) target` (in this Makefile), in order.
        var invoked: [String] = []
        var doubleColon = false
        /// A later rule gives its one target another recipe, which make runs instead of this one.
        var overridden = false
    }

    private var rules: [Rule] = []
    private var rulesByTarget: [String: [Int]] = [:]
    private var patternRules: [Int] = []
    private var variables: [String: String] = [:]
    /// Recipe lines by their start, for finding the rule a byte belongs to, with the conditional branches
    /// (`ifeq` … `else` … `endif`, by conditional and branch number) each line is in.
    private var recipes: [(range: Range<Int>, rule: Int, branches: [Int: Int])] = []
    /// `define NAME` … `endef` bodies: a command there runs wherever the variable is expanded, which is not read.
    private var defines: [Range<Int>] = []
    private var recipePrefix: Character = "\t"
    /// For each rule, where each target make visits before (or from) its recipe stands in that run's order.
    private var runOrders: [[String: Int]] = []
    private var answers: [Int: Bool] = [:]
    /// Larger files are not ordered: every command may follow every other, as in a script.
    static let ruleLimit = 500

    init(_ bytes: [UInt8]) {
        var current: Int?
        var branches: [(conditional: Int, branch: Int)] = [], conditionals = 0
        var recipeLines: [(range: Range<Int>, rule: Int, branches: [Int: Int])] = []
        var defineStart: Int?
        func addRecipe(_ range: Range<Int>, to rule: Int) {
            rules[rule].recipe.append(range)
            recipeLines.append((range, rule, Dictionary(branches.map { ($0.conditional, $0.branch) }, uniquingKeysWith: { $1 })))
        }
        for line in Self.logicalLines(bytes) {
            let text = line.text
            if text.first == recipePrefix {
                if let current {
                    addRecipe(line.range, to: current)
                    rules[current].invoked += Self.makeTargets(in: String(text.dropFirst()))
                }
                continue
            }
            let trimmed = Self.withoutComment(String(text.drop { $0 == " " }))
            let word = String(trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "(" })
            if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            switch word {
            case "ifeq", "ifneq", "ifdef", "ifndef":
                conditionals += 1
                branches.append((conditionals, 0))
                continue
            case "else":
                if !branches.isEmpty { branches[branches.count - 1].branch += 1 }
                continue
            case "endif":
                if !branches.isEmpty { branches.removeLast() }
                continue
            default: break
            }
            current = nil
            if word == "define" { defineStart = line.range.lowerBound }
            if word == "endef", let start = defineStart {
                defines.append(start..<line.range.upperBound)
                defineStart = nil
            }
            if ["define", "endef", "include", "-include", "sinclude", "unexport", "vpath"].contains(word) { continue }
            guard let (targets, rest, doubleColon) = Self.ruleParts(trimmed) else {
                assign(trimmed)
                continue
            }
            // `.PHONY: a b` names targets; it runs nothing and orders nothing.
            if targets.allSatisfy(Self.isSpecialTarget) { continue }
            let recipeStart = rest.firstIndex(of: ";")
            var prerequisiteText = recipeStart.map { String(rest[..<$0]) } ?? rest
            // `target: VARIABLE = value` sets a variable for the target; it makes no recipe.
            if prerequisiteText.contains("=") { continue }
            // A static pattern rule, `push-app: push-%: image-%`: each target's prerequisites are its stem's.
            var staticPattern: String?
            if let (patterns, stemmed, _) = Self.ruleParts(prerequisiteText), let pattern = patterns.first, patterns.count == 1 {
                staticPattern = pattern
                prerequisiteText = stemmed
            }
            var prerequisites = prerequisiteText.split { $0 == " " || $0 == "\t" || $0 == "|" }.map(String.init)
            if let staticPattern {
                prerequisites = targets.flatMap { target in
                    Self.stem(of: target, in: staticPattern).map { stem in prerequisites.map { $0.replacingOccurrences(of: "%", with: stem) } } ?? []
                }
            }
            rules.append(Rule(targets: targets, prerequisites: prerequisites, doubleColon: doubleColon))
            current = rules.count - 1
            if recipeStart != nil { addRecipe(line.range, to: rules.count - 1) }
        }
        recipes = recipeLines
        guard rules.count <= Self.ruleLimit else { return }
        // make runs the last recipe given for a target (single-colon rules), and warns that it overrides the others.
        var lastRecipe: [String: Int] = [:]
        for index in rules.indices where !rules[index].recipe.isEmpty && !rules[index].doubleColon && rules[index].targets.count == 1 {
            if let earlier = lastRecipe[rules[index].targets[0]] { rules[earlier].overridden = true }
            lastRecipe[rules[index].targets[0]] = index
        }
        // Names are compared once the file's plain variables are expanded (a rule may precede its variable).
        for index in rules.indices {
            var rule = rules[index]
            rule = Rule(targets: rule.targets.flatMap(expanded), prerequisites: rule.prerequisites.flatMap(expanded), recipe: rule.recipe,
                        invoked: rule.invoked.flatMap(expanded), doubleColon: rule.doubleColon, overridden: rule.overridden)
            rules[index] = rule
            for target in rule.targets {
                rulesByTarget[target, default: []].append(index)
                if target.contains("%") { patternRules.append(index) }
            }
        }
        runOrders = rules.map { rule in
            // Every rule of the rule's targets adds prerequisites; `$(MAKE) x` in its recipe runs x too.
            var names: [String] = []
            for target in rule.targets { for index in rulesByTarget[target] ?? [] { names += rules[index].prerequisites } }
            names += rule.invoked
            return Dictionary(reachedInOrder(from: names).enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Whether the command at byte `later` may run after the one at byte `earlier` in one run of make: both in one
    /// recipe (in that order), `later`'s target depending on `earlier`'s, or a target that depends on both with
    /// `earlier`'s first. Commands outside any recipe (and files with very many rules) are compared as a script's.
    func mayRun(_ later: Int, after earlier: Int) -> Bool {
        guard rules.count <= Self.ruleLimit else { return later > earlier }
        guard let (first, firstBranches) = rule(at: earlier), let (second, secondBranches) = rule(at: later) else {
            // A command of a `define` body runs where the variable is expanded: unknown, so not ordered.
            if defines.contains(where: { $0.contains(earlier) || $0.contains(later) }) { return false }
            return later > earlier
        }
        // Two branches of one conditional never both run; an overridden recipe never runs.
        for (conditional, branch) in firstBranches where secondBranches[conditional].map({ $0 != branch }) == true { return false }
        if rules[first].overridden || rules[second].overridden { return false }
        if first == second { return later > earlier }
        let key = first * (Self.ruleLimit + 1) + second
        if let known = answers[key] { return known }
        let firstTargets = rules[first].targets, secondTargets = rules[second].targets
        var answer = firstTargets.contains { runOrders[second][$0] != nil }
        // `release: image push` builds `image`, then `push`.
        if !answer {
            answer = runOrders.contains { order in
                guard let firstAt = firstTargets.compactMap({ order[$0] }).min(), let secondAt = secondTargets.compactMap({ order[$0] }).min() else { return false }
                return firstAt < secondAt
            }
        }
        answers[key] = answer
        return answer
    }

    private func rule(at offset: Int) -> (Int, [Int: Int])? {
        var low = 0, high = recipes.count
        while low < high {
            let middle = (low + high) / 2
            if recipes[middle].range.lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0, recipes[low - 1].range.contains(offset) else { return nil }
        return (recipes[low - 1].rule, recipes[low - 1].branches)
    }

    /// The stem `name` matches in `pattern` (`image-%` and `image-app`: `app`).
    private static func stem(of name: String, in pattern: String) -> String? {
        let parts = pattern.split(separator: "%", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, name.count > parts[0].count + parts[1].count, name.hasPrefix(parts[0]), name.hasSuffix(parts[1]) else { return nil }
        return String(name.dropFirst(parts[0].count).dropLast(parts[1].count))
    }

    /// Targets make visits from `prerequisites`, in the order it runs them (depth first, each once); a name made by a
    /// pattern rule stands for that rule's pattern too.
    private func reachedInOrder(from prerequisites: [String]) -> [String] {
        var order: [String] = [], seen: Set<String> = []
        func visit(_ name: String, depth: Int) {
            guard depth < 64, seen.insert(name).inserted else { return }
            if let indices = rulesByTarget[name] {
                for index in indices { rules[index].prerequisites.forEach { visit($0, depth: depth + 1) } }
            } else if let (pattern, stem) = patternMatch(name) {
                for index in rulesByTarget[pattern] ?? [] {
                    rules[index].prerequisites.forEach { visit($0.replacingOccurrences(of: "%", with: stem), depth: depth + 1) }
                }
                order.append(pattern)
            }
            order.append(name)
        }
        prerequisites.forEach { visit($0, depth: 0) }
        return order
    }

    /// The pattern target (`image-%`) that makes `name`, and the stem it matches.
    private func patternMatch(_ name: String) -> (String, String)? {
        for index in patternRules {
            for target in rules[index].targets {
                if let stem = Self.stem(of: name, in: target) { return (target, stem) }
            }
        }
        return nil
    }

    /// `NAME = value`, `NAME := value`, `NAME ?= value`, `NAME += value` (also after `export`/`override`).
    private func assign(_ line: String) {
        var text = Substring(line)
        for prefix in ["export ", "override "] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        guard let equals = text.firstIndex(of: "=") else { return }
        var name = text[..<equals]
        var appending = false
        if let last = name.last, [":", "?", "+", "!"].contains(last) {
            appending = last == "+"
            name = name.dropLast()
            while name.last == ":" { name = name.dropLast() }
        }
        let key = name.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !key.contains(" "), !key.contains("$") else { return }
        let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        if key == ".RECIPEPREFIX" {
            recipePrefix = value.first ?? "\t"
            return
        }
        variables[key] = appending ? [variables[key], value].compactMap { $0 }.joined(separator: " ") : value
    }

    /// A word with the file's plain variables expanded (`$(NAME)`, `${NAME}`, a few levels deep), split into words.
    private func expanded(_ word: String) -> [String] {
        guard word.contains("$") else { return [word] }
        var text = word
        for _ in 0..<5 {
            var changed = false
            for (name, value) in variables where text.contains(name) {
                for spelling in ["$(\(name))", "${\(name)}"] where text.contains(spelling) {
                    text = text.replacingOccurrences(of: spelling, with: value)
                    changed = true
                }
            }
            if !changed { break }
        }
        return text.split { $0 == " " || $0 == "\t" }.map(String.init)
    }

    /// `$(MAKE) image push`, `make image`: targets a recipe line runs in this Makefile (not with `-C`/`-f`).
    private static func makeTargets(in line: String) -> [String] {
        var targets: [String] = []
        for command in line.split(whereSeparator: { $0 == ";" || $0 == "&" || $0 == "|" }) {
            var words = command.split { $0 == " " || $0 == "\t" }.map(String.init)
            while let first = words.first, first.hasPrefix("@") || first.hasPrefix("-") || first.hasPrefix("+") {
                let stripped = first.drop { $0 == "@" || $0 == "-" || $0 == "+" }
                if stripped.isEmpty { words.removeFirst() } else { words[0] = String(stripped); break }
            }
            guard let first = words.first, ["$(MAKE)", "${MAKE}", "make"].contains(first) else { continue }
            let arguments = words.dropFirst()
            if arguments.contains(where: { ["-C", "-f", "--directory", "--file", "--makefile"].contains($0) || $0.hasPrefix("--directory=") || $0.hasPrefix("--file=") }) {
                continue
            }
            targets += arguments.filter { !$0.hasPrefix("-") && !$0.contains("=") && !$0.hasPrefix("\\") }
        }
        return targets
    }

    private static func isSpecialTarget(_ target: String) -> Bool {
        target.first == "." && target.dropFirst().allSatisfy { $0.isUppercase || $0 == "_" } && target.count > 1
    }

    /// The line up to a `#` that starts a comment (not escaped, not inside `$(…)`).
    private static func withoutComment(_ text: String) -> String {
        var depth = 0, previous: Character = " "
        for (offset, character) in text.enumerated() {
            if character == "(" || character == "{" {
                if previous == "$" || depth > 0 { depth += 1 }
            } else if character == ")" || character == "}" {
                depth = max(0, depth - 1)
            } else if character == "#", depth == 0, previous != "\\" {
                return String(text.prefix(offset))
            }
            previous = character
        }
        return text
    }

    /// `targets: rest` when `text` is a rule line: the first `:` outside `$(…)`/`${…}` that does not begin an
    /// assignment (`:=`, `::=`), with no `=` before it.
    private static func ruleParts(_ text: String) -> ([String], String, Bool)? {
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
                return (targets, String(characters[rest...]), rest - offset > 1)
            default: break
            }
        }
        return nil
    }

    /// Lines joined at backslash-newline, with their byte ranges; a carriage return before the newline is dropped.
    private static func logicalLines(_ bytes: [UInt8]) -> [(text: String, range: Range<Int>)] {
        var lines: [(text: String, range: Range<Int>)] = []
        var start = 0, index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                var end = index
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let continued = index < bytes.count && end > start && bytes[end - 1] == UInt8(ascii: "\\")
                if !continued {
                    let text = String(decoding: bytes[start..<end], as: UTF8.self)
                        .replacingOccurrences(of: "\\\r\n", with: " ").replacingOccurrences(of: "\\\n", with: " ")
                    lines.append((text, start..<(index + 1)))
                    start = index + 1
                }
            }
            index += 1
        }
        return lines
    }
}
