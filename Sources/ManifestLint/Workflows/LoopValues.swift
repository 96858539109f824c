/// The values shell loops give their variables, where the file says them all: `for arch in amd64 arm64` over
/// literal words, and the variable named nowhere else in the file but in expansions (`$arch`, `${arch}`, `$$arch`
/// in a Makefile recipe). Anything else — a word with an expansion or a glob, an assignment (`arch=`), a key of the
/// same name (`arch:` in a matrix or `env:`), `read arch`, a comment naming it — leaves the variable unbound: it may
/// hold anything, as before. A push spelt with a bound variable (`docker push "example/app:$V-$arch"` in the loop)
/// then spells only those values, and a list member spelt like it with another value close to one of them
/// (`example/app:$V-arm46`) is a typo no step pushes.
struct LoopValues {
    /// One loop header: its variable and its words.
    struct Loop {
        let variable: ShellWord
        let values: [ShellWord]
    }

    /// What a bound variable is: its values in the order the loops list them, and the first loop's variable word.
    struct Binding {
        let values: [String]
        let loop: ShellWord
    }

    private(set) var bindings: [String: Binding] = [:]

    /// Most combinations of loop values a push is spelt out in; past it the push may spell anything.
    static let maximumCombinations = 64

    init(_ loops: [Loop], bytes: [UInt8]) {
        var values: [String: [String]] = [:], first: [String: ShellWord] = [:], unbound: Set<String> = []
        for loop in loops {
            let name = loop.variable.text
            guard loop.values.allSatisfy({ Self.isLiteral($0.text) }), !loop.values.isEmpty else { unbound.insert(name); continue }
            for value in loop.values.map(\.text) where !(values[name]?.contains(value) ?? false) { values[name, default: []].append(value) }
            if first[name] == nil { first[name] = loop.variable }
        }
        let headers = loops.map(\.variable.range)
        for (name, list) in values where !unbound.contains(name) && Self.onlyExpanded(name, in: bytes, headers: headers) {
            bindings[name] = Binding(values: list, loop: first[name]!)
        }
    }

    /// A bound variable's name for an expansion written `$name` or `${name}`.
    func name(ofExpansion expansion: String) -> String? {
        var text = Substring(expansion)
        guard text.hasPrefix("$") else { return nil }
        text = text.dropFirst()
        if text.hasPrefix("{") {
            guard text.hasSuffix("}") else { return nil }
            text = text.dropFirst().dropLast()
        }
        return bindings[String(text)] == nil ? nil : String(text)
    }

    /// `pattern` spelt out with each combination of the values of its bound variables that `text` does not hold
    /// itself; nil when it has none, or more combinations than `maximumCombinations`.
    func spellings(of pattern: String, against text: String) -> [String]? {
        let shared = Set(ImageReference.expansions(text))
        var seen: Set<String> = []
        let bound = ImageReference.expansions(pattern).filter { !shared.contains($0) && name(ofExpansion: $0) != nil && seen.insert($0).inserted }
        guard !bound.isEmpty else { return nil }
        var spellings = [pattern]
        for expansion in bound {
            let values = bindings[name(ofExpansion: expansion)!]!.values
            guard spellings.count * values.count <= Self.maximumCombinations else { return nil }
            spellings = spellings.flatMap { spelling in values.map { spelling.replacingOccurrences(of: expansion, with: $0) } }
        }
        return spellings
    }

    /// The value `text` gives the one bound variable of `pattern` when the rest of the two agree, with the loop's
    /// values it is fewest edits from (at most `maximumDistance`, and at most half the value): `$V-arm46` against
    /// `$V-$arch` over amd64 and arm64 is arm46, close to arm64; `$V-amr64` is close to amd64 or arm64. Nil when the pattern has other expansions `text` does not hold, or the value is none close.
    func misspelling(of pattern: String, in text: String, maximumDistance: Int = 2) -> (value: String, expected: String, binding: Binding)? {
        let shared = Set(ImageReference.expansions(text))
        let foreign = ImageReference.expansions(pattern).filter { !shared.contains($0) }
        guard let expansion = foreign.first, foreign.allSatisfy({ $0 == expansion }), let name = name(ofExpansion: expansion),
            let binding = bindings[name], let range = pattern.range(of: expansion),
            pattern[range.upperBound...].range(of: expansion) == nil
        else { return nil }
        let prefix = pattern[..<range.lowerBound], suffix = pattern[range.upperBound...]
        guard text.count > prefix.count + suffix.count, text.hasPrefix(prefix), text.hasSuffix(suffix) else { return nil }
        let value = String(text.dropFirst(prefix.count).dropLast(suffix.count))
        guard value.count >= 3, Self.isLiteral(value), !binding.values.contains(value) else { return nil }
        let distances = binding.values.map { ($0, RepositoryTypo.distance(value, $0, limit: maximumDistance)) }
            .filter { $0.1 <= maximumDistance && $0.1 <= $0.0.count / 2 }
        guard let best = distances.map(\.1).min() else { return nil }
        return (value, distances.filter { $0.1 == best }.map(\.0).joined(separator: " or "), binding)
    }

    /// A word that is one value: letters, digits, `.`, `_`, `-` and `/`.
    private static func isLiteral(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ImageReference.isPlainByte($0) || $0 == UInt8(ascii: "/") }
    }

    /// Whether every occurrence of `name` as a whole word in the file is an expansion (`$name`, `${name…`) or a
    /// loop's variable.
    private static func onlyExpanded(_ name: String, in bytes: [UInt8], headers: [Range<Int>]) -> Bool {
        let target = Array(name.utf8)
        guard let firstByte = target.first else { return false }
        var index = 0
        while index + target.count <= bytes.count {
            defer { index += 1 }
            guard bytes[index] == firstByte, bytes[index..<(index + target.count)].elementsEqual(target) else { continue }
            let before = index > 0 ? bytes[index - 1] : 0, after = index + target.count < bytes.count ? bytes[index + target.count] : 0
            guard !isNameByte(before), !isNameByte(after) else { continue }
            let expanded = before == UInt8(ascii: "$") || before == UInt8(ascii: "{") && index > 1 && bytes[index - 2] == UInt8(ascii: "$")
            if expanded || headers.contains(where: { $0.contains(index) }) { continue }
            return false
        }
        return true
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }
}
