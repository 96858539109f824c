import Foundation
import Yams

/// The instances of a matrix job: each a set of values by key (`arch` → `arm64`, `platform.runner` for a nested
/// value), in the order the file gives them; nil when they cannot be known from the file (`fromJSON(...)`, a
/// value that is an expression, more than `Limits.matrixInstances` combinations).
enum MatrixExpansion {
    typealias Instance = [(key: String, value: String)]

    /// GitHub Actions `strategy.matrix`: the product of the listed keys, then `include` (added to every
    /// combination it does not contradict, or a new one) and `exclude`.
    static func github(_ matrix: Node) -> [Instance]? {
        guard let mapping = matrix.mapping else { return nil }
        var combinations: [Instance] = [[]]
        var originalKeys: Set<String> = []
        for (key, value) in mapping {
            guard let name = key.string, name != "include", name != "exclude" else { continue }
            guard let values = value.sequence?.map(flatten), !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
            originalKeys.insert(name)
            combinations = combinations.flatMap { combination in values.map { combination + prefixed(name, $0!) } }
            guard combinations.count <= Limits.matrixInstances else { return nil }
        }
        if originalKeys.isEmpty { combinations = [] }
        if let excludes = mapping["exclude"]?.sequence {
            for exclude in excludes {
                guard let entry = flatten(exclude) else { return nil }
                combinations.removeAll { combination in entry.allSatisfy { pair in combination.contains { $0 == pair } } }
            }
        }
        // Includes extend only the combinations of the product (none when the matrix is only `include`).
        let product = combinations.count
        if let includes = mapping["include"]?.sequence {
            for include in includes {
                guard let entry = flatten(include) else { return nil }
                let fixed = entry.filter { originalKeys.contains(String($0.key.split(separator: ".").first ?? "")) }
                var matched = false
                for index in 0..<product where fixed.allSatisfy({ pair in combinations[index].contains { $0 == pair } }) {
                    matched = true
                    // Original values stay; values added by an earlier include may be overwritten.
                    for pair in entry where !originalKeys.contains(String(pair.key.split(separator: ".").first ?? "")) {
                        combinations[index].removeAll { $0.key == pair.key }
                        combinations[index].append(pair)
                    }
                }
                if !matched { combinations.append(entry) }
                guard combinations.count <= Limits.matrixInstances else { return nil }
            }
        }
        return combinations.isEmpty ? nil : combinations
    }

    /// GitLab `parallel: matrix:`: a list of mappings, each the product of its keys (a scalar is one value).
    static func gitlab(_ matrix: Node) -> [Instance]? {
        guard let entries = matrix.sequence else { return nil }
        var instances: [Instance] = []
        for entry in entries {
            guard let mapping = entry.mapping else { return nil }
            var combinations: [Instance] = [[]]
            for (key, value) in mapping {
                guard let name = key.string else { return nil }
                let values = value.sequence.map { Array($0) } ?? [value]
                guard values.allSatisfy({ $0.string != nil }) else { return nil }
                combinations = combinations.flatMap { combination in values.map { combination + [(name, $0.string!)] } }
                guard instances.count + combinations.count <= Limits.matrixInstances else { return nil }
            }
            instances += combinations
        }
        return instances.isEmpty ? nil : instances
    }

    /// A scalar, or a mapping of scalars (nested ones as `a.b`); nil for anything holding an expression.
    private static func flatten(_ node: Node) -> Instance? {
        // Templates read masked (`${{ x }}` as `$xxxxxxxx`): any expansion makes the matrix unknown.
        if let text = node.string { return text.contains("${{") || text.contains("$xx") ? nil : [("", text)] }
        guard let mapping = node.mapping else { return nil }
        var result: Instance = []
        for (key, value) in mapping {
            guard let name = key.string, let inner = flatten(value) else { return nil }
            result += prefixed(name, inner)
        }
        return result
    }

    private static func prefixed(_ name: String, _ values: Instance) -> Instance {
        values.map { (key: $0.key.isEmpty ? name : name + "." + $0.key, value: $0.value) }
    }

    /// `build (amd64, ubuntu-24.04-arm)`: how GitHub names a matrix instance.
    static func instanceName(_ job: String, _ instance: Instance) -> String {
        instance.isEmpty ? job : "\(job) (\(instance.map(\.value).joined(separator: ", ")))"
    }
}

/// Fills in values the file states (matrix values, job variables) in the words of docker commands; what stays an
/// expansion stays unknown.
struct WordSubstitution {
    /// `matrix.arch` → `arm64` for `${{ matrix.arch }}`.
    var expressions: [String: String] = [:]
    /// `ARCH` → `arm64` for `$ARCH`, `${ARCH}` and `$(ARCH)`.
    var variables: [String: String] = [:]

    var isEmpty: Bool { expressions.isEmpty && variables.isEmpty }

    /// Names the file assigns anywhere (`NAME=value`, `export NAME=`, `echo "NAME=x" >> $GITHUB_ENV`,
    /// `##vso[task.setvariable variable=NAME]`, a shell loop's `for NAME in`): a value stated in `env:`/`variables:`
    /// may not be what a command sees, so the readers leave such names unknown. One pass over the file.
    static func assignedNames(in bytes: [UInt8]) -> Set<String> {
        var names: Set<String> = []
        var current: [UInt8] = []
        for byte in bytes {
            let isName = ShellLexer.isNameByte(byte)
            if byte == UInt8(ascii: "="), !current.isEmpty {
                names.insert(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else if isName {
                current.append(byte)
            } else {
                current.removeAll(keepingCapacity: true)
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for match in loopPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let name = Range(match.range(at: 1), in: text) { names.insert(String(text[name])) }
        }
        return names
    }

    /// `for NAME in`, a shell loop's header.
    // swiftlint:disable:next force_try
    private static let loopPattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9_$-])for[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]+in(?![A-Za-z0-9_])"#)  // constant

    func apply(_ text: String) -> String {
        guard !isEmpty, text.contains("$") else { return text }
        var result = text
        for _ in 0..<4 {
            let before = result
            result = replace(in: result, pattern: Self.expressionPattern) { expressions[$0] }
            result = replace(in: result, pattern: Self.variablePattern) { variables[$0] }
            if result == before { break }
        }
        return result
    }

    private func replace(in text: String, pattern: NSRegularExpression, _ value: (String) -> String?) -> String {
        var result = "", copied = text.startIndex
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text) else { continue }
            let name = (1..<match.numberOfRanges).lazy.compactMap { Range(match.range(at: $0), in: text) }.first.map { String(text[$0]) } ?? ""
            guard let replacement = value(name) else { continue }
            result += text[copied..<whole.lowerBound] + replacement
            copied = whole.upperBound
        }
        return result + text[copied...]
    }

    // swiftlint:disable force_try
    private static let expressionPattern = try! NSRegularExpression(pattern: #"\$\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}"#)  // constant
    private static let variablePattern = try! NSRegularExpression(
        pattern: #"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$\(([A-Za-z_][A-Za-z0-9_.]*)\)|\$([A-Za-z_][A-Za-z0-9_]*)"#)  // constant
    // swiftlint:enable force_try

    /// The command with every word's text substituted (its place in the file kept); platform lists split again.
    func apply(_ command: DockerCommand) -> DockerCommand {
        guard !isEmpty else { return command }
        func word(_ word: ShellWord) -> ShellWord { ShellWord(text: apply(word.text), range: word.range) }
        switch command {
        case .build(let tags, let dockerfile, let platforms, let pushes, let anchor, let buildx, let outputs, let builder):
            let split = platforms.map(word).flatMap { DockerCommand.split($0, on: ",") }
            return .build(tags: tags.map(word), dockerfile: dockerfile.map(word), platforms: split, pushes: pushes, at: anchor, buildx: buildx, outputs: outputs,
                          builder: builder.map(word))
        case .tag(let source, let target): return .tag(source: word(source), target: word(target))
        case .push(let reference): return .push(word(reference))
        case .pushAllTags(let reference): return .pushAllTags(word(reference))
        case .pull(let reference): return .pull(word(reference))
        case .opaque: return command
        case .createList(let list, let members, let pushes, let anchor, let appends):
            return .createList(list: word(list), members: members.map(word), pushes: pushes, at: anchor, appends: appends)
        case .annotate(let list, let member, let os, let architecture, let variant):
            return .annotate(list: word(list), member: word(member), os: os.map(word), architecture: architecture.map(word), variant: variant.map(word))
        case .pushList(let reference): return .pushList(word(reference))
        case .loop(let variable, let values): return .loop(variable: variable, values: values.map(word))
        case .builder(let name, let creates, let uses): return .builder(name: name.map(word), creates: creates, uses: uses)
        }
    }
}
