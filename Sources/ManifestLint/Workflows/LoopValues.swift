/// The values shell loops give their variables, where the file says them all: `for arch in amd64 arm64` over
/// literal words (every loop of that name over the same words), and the variable named nowhere else in the file but
/// in expansions (`$arch`, `${arch}`, `${arch#linux/}`; in a Makefile recipe only `$$arch` and `$${arch}`, the
/// shell's), in option names (`--arch`) and in comments. Anything else — a word with an expansion or a glob, an
/// assignment (`arch=`), a key of the same name (`arch:` in a matrix or `env:`), `read arch`, two loops over
/// different words — leaves the variable unbound: it may hold anything, as before. A push spelt with a bound variable
/// (`docker push "example/app:$V-$arch"` in the loop) then spells only those values, and a list member spelt like it
/// with another word close to one of them (`example/app:$V-arm46`) that names no architecture is a typo.
struct LoopValues {
    /// One loop header: its variable and its words.
    struct Loop {
        let variable: ShellWord
        let values: [ShellWord]
    }

    /// What a bound variable is: its values in the order the loop lists them, and the loop's variable word.
    struct Binding {
        let values: [String]
        let loop: ShellWord
    }

    private(set) var bindings: [String: Binding] = [:]

    /// A member's word that is close to, but none of, the values a loop gives (as its push spells them).
    struct Misspelling {
        let value: String
        let expected: String
        let values: [String]
        let loop: ShellWord
    }

    /// Most words a bound loop has; a longer list (generated, or hostile) leaves its variable unbound.
    static let maximumValues = 64
    /// Most combinations of loop values a push is spelt out in; past it the push may spell anything.
    static let maximumCombinations = 64

    init(_ loops: [Loop], bytes: [UInt8], makefile: Bool) {
        var candidates: [String: Binding] = [:], unbound: Set<String> = []
        for loop in loops {
            let name = loop.variable.text
            guard !unbound.contains(name) else { continue }
            var seen: Set<String> = []
            let values = loop.values.map(\.text).filter { seen.insert($0).inserted }
            guard !values.isEmpty, values.count <= Self.maximumValues, values.allSatisfy(Self.isLiteral),
                candidates[name].map({ $0.values == values }) ?? true
            else {
                unbound.insert(name)
                candidates[name] = nil
                continue
            }
            if candidates[name] == nil { candidates[name] = Binding(values: values, loop: loop.variable) }
        }
        guard !candidates.isEmpty else { return }
        let headers = Set(loops.map(\.variable.range.lowerBound))
        let setElsewhere = Self.namesSetElsewhere(Set(candidates.keys), in: bytes, headers: headers, makefile: makefile)
        bindings = candidates.filter { !setElsewhere.contains($0.key) }
    }

    /// An expansion of a bound variable: its name, and what it makes of a value (`${platform#linux/}` drops the
    /// prefix). Nil for any other expansion.
    func binding(ofExpansion expansion: String) -> (name: String, transform: (String) -> String)? {
        var text = Substring(expansion)
        guard text.hasPrefix("$") else { return nil }
        text = text.dropFirst()
        guard text.hasPrefix("{") else { return bindings[String(text)] == nil ? nil : (String(text), { $0 }) }
        guard text.hasSuffix("}") else { return nil }
        text = text.dropFirst().dropLast()
        let name = String(text.prefix { ShellLexer.isNameByte($0.asciiValue ?? 0) })
        guard bindings[name] != nil else { return nil }
        let rest = text.dropFirst(name.count)
        if rest.isEmpty { return (name, { $0 }) }
        // `#literal` / `##literal` removes a prefix, `%literal` / `%%literal` a suffix (without glob characters, the
        // shortest and the longest match are the same).
        let removesPrefix = rest.hasPrefix("#")
        guard removesPrefix || rest.hasPrefix("%") else { return nil }
        let literal = String(rest.drop { $0 == "#" || $0 == "%" })
        guard rest.count - literal.count <= 2, !literal.isEmpty, Self.isLiteral(literal) else { return nil }
        return (name, { value in
            if removesPrefix { return value.hasPrefix(literal) ? String(value.dropFirst(literal.count)) : value }
            return value.hasSuffix(literal) ? String(value.dropLast(literal.count)) : value
        })
    }

    /// `pattern` spelt out with each combination of the values of its bound variables that `text` does not hold
    /// itself; nil when it has none, or more combinations than `maximumCombinations`.
    func spellings(of pattern: String, against text: String) -> [String]? {
        let shared = Set(ImageReference.expansions(text))
        var seen: Set<String> = []
        let bound = ImageReference.expansions(pattern).filter { !shared.contains($0) && binding(ofExpansion: $0) != nil && seen.insert($0).inserted }
        return spell(pattern, bound)
    }

    /// The value `text` gives one bound variable of `pattern` (the others spelt out in turn) when the rest of the two
    /// agree, with the loop's values it is fewest edits from (at most `maximumDistance`, and at most half the value):
    /// `$V-arm46` against `$V-$arch` over amd64 and arm64 is arm46, close to arm64. Nil when the pattern has an
    /// expansion `text` does not hold that is not a bound variable's, or the value names an architecture itself
    /// (`arm`, `ppc64`, `armv6`: another image, perhaps pushed elsewhere), or is close to none.
    func misspelling(of pattern: String, in text: String, maximumDistance: Int = 2) -> Misspelling? {
        let shared = Set(ImageReference.expansions(text))
        var seen: Set<String> = []
        let foreign = ImageReference.expansions(pattern).filter { !shared.contains($0) && seen.insert($0).inserted }
        guard !foreign.isEmpty, foreign.allSatisfy({ binding(ofExpansion: $0) != nil }) else { return nil }
        for expansion in foreign {
            for spelt in spell(pattern, foreign.filter { $0 != expansion }) ?? [] {
                if let found = misspelling(of: spelt, in: text, at: expansion, maximumDistance: maximumDistance) { return found }
            }
        }
        return nil
    }

    private func misspelling(of pattern: String, in text: String, at expansion: String, maximumDistance: Int) -> Misspelling? {
        guard let (name, transform) = binding(ofExpansion: expansion), let binding = bindings[name], let range = pattern.range(of: expansion),
            pattern[range.upperBound...].range(of: expansion) == nil
        else { return nil }
        let prefix = pattern[..<range.lowerBound], suffix = pattern[range.upperBound...]
        guard text.count > prefix.count + suffix.count, text.hasPrefix(prefix), text.hasSuffix(suffix) else { return nil }
        let value = String(text.dropFirst(prefix.count).dropLast(suffix.count))
        let values = binding.values.map(transform)
        guard value.count >= 3, Self.isLiteral(value), !values.contains(value), !Self.namesArchitecture(value) else { return nil }
        let distances = values.map { ($0, RepositoryTypo.distance(value, $0, limit: maximumDistance)) }
            .filter { $0.1 <= maximumDistance && $0.1 <= $0.0.count / 2 }
        guard let best = distances.map(\.1).min() else { return nil }
        return Misspelling(value: value, expected: distances.filter { $0.1 == best }.map(\.0).joined(separator: " or "), values: values, loop: binding.loop)
    }

    /// `pattern` with each of `expansions` replaced by its variable's values, every combination; nil when there are
    /// none to replace or too many combinations.
    private func spell(_ pattern: String, _ expansions: [String]) -> [String]? {
        if expansions.isEmpty { return [pattern] }
        var spellings = [pattern]
        for expansion in expansions {
            guard let (name, transform) = binding(ofExpansion: expansion), let values = bindings[name]?.values,
                spellings.count * values.count <= Self.maximumCombinations
            else { return nil }
            spellings = spellings.flatMap { spelling in values.map { spelling.replacingOccurrences(of: expansion, with: transform($0)) } }
        }
        return spellings
    }

    /// A value that is an architecture or an alias of one (Go's GOARCH values, the words tags name them by).
    private static func namesArchitecture(_ value: String) -> Bool {
        let lower = value.lowercased()
        return GoArchitectures.known.contains(lower) || TagArchitecture.platform(namedIn: lower) != nil
    }

    /// A word that is one value: letters, digits, `.`, `_`, `-` and `/`.
    private static func isLiteral(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ImageReference.isPlainByte($0) || $0 == UInt8(ascii: "/") }
    }

    /// The names among `names` that the file sets or names otherwise than in expansions of the shell variable, option
    /// names (`--arch`), comments and loop headers: one pass over the file.
    private static func namesSetElsewhere(_ names: Set<String>, in bytes: [UInt8], headers: Set<Int>, makefile: Bool) -> Set<String> {
        var found: Set<String> = []
        var index = 0
        var lineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            // A comment: `#` at the start of a line or after a blank, to the end of the line.
            if byte == UInt8(ascii: "#"), lineStart || index > 0 && (bytes[index - 1] == UInt8(ascii: " ") || bytes[index - 1] == UInt8(ascii: "\t")) {
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            }
            lineStart = byte == UInt8(ascii: "\n") || lineStart && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t"))
            guard ShellLexer.isNameByte(byte), index == 0 || !ShellLexer.isNameByte(bytes[index - 1]) else { index += 1; continue }
            let start = index
            while index < bytes.count, ShellLexer.isNameByte(bytes[index]) { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            guard names.contains(word), !headers.contains(start) else { continue }
            func at(_ back: Int, _ character: Character) -> Bool { start >= back && bytes[start - back] == character.asciiValue! }
            let expanded = makefile
                ? at(1, "$") && at(2, "$") && !at(3, "$") || at(1, "{") && at(2, "$") && at(3, "$")
                : at(1, "$") && !at(2, "$") || at(1, "{") && at(2, "$")
            if expanded || at(1, "-") { continue }
            found.insert(word)
        }
        return found
    }
}
