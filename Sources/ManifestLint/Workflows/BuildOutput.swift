/// One buildx export: `docker buildx build --output`, a bake target's `output` entry, or a line of
/// `docker/build-push-action`'s `outputs` input. Read as buildx's `ParseOutputs` and BuildKit's image exporter read
/// it: comma-separated `key=value` fields; `-o DIR` alone is `type=local,dest=DIR` and `-o -` a tar on standard output;
/// `type=registry` is `type=image,push=true`; `push` and `push-by-digest` are Go booleans (`1`, `t`, `TRUE`, `True`
/// and `true` are true, and an empty value means true), so `push=1` pushes and `push=false` does not.
struct BuildOutput {
    /// The fields as written, each word with its place in the file.
    let fields: [ShellWord]

    init(_ fields: [ShellWord]) {
        self.fields = fields
    }

    /// An output as the shell, YAML or HCL gave its CSV text (a bake `output` string has no place: `range` 0..<0).
    init(_ word: ShellWord) {
        self.init(Self.fields(of: word))
    }

    /// The value of a field (keys match without case or surrounding spaces, values as written), nil when absent; the
    /// last one wins, as in buildx's map.
    func value(_ key: String) -> String? {
        fields.last { Self.key(of: $0.text) == key }.map { Self.value(of: $0.text) }
    }

    /// `type=`, or what a bare destination means (`-o DIR`: local files; `-o -`: a tar stream).
    var type: String? {
        if let type = value("type") { return type.lowercased() }
        guard fields.count == 1, let only = fields.first, !only.text.contains("=") else { return nil }
        return only.text == "-" ? "tar" : "local"
    }

    /// Sends the image to a registry: `type=registry`, or `type=image` with a true `push`.
    var pushes: Bool {
        switch type {
        case "registry": return true  // buildx sets `push=true` for it, whatever the field says
        case "image": return value("push").flatMap(Self.boolean) ?? false
        default: return false
        }
    }

    /// May push by digest only: `push-by-digest` is true (the names are repositories, no tag is written) or an
    /// expression the file cannot decide (`push-by-digest=${{ github.event_name == 'push' }}`), so its names are not
    /// known to be written as tags.
    var mayPushByDigest: Bool {
        value("push-by-digest").map { Self.boolean($0) != false } ?? false
    }

    /// Files on the builder's disk (`local`, `tar`) or nothing at all (`cacheonly`): no image under a name.
    var writesFiles: Bool {
        ["local", "tar", "cacheonly"].contains(type ?? "")
    }

    /// The names given by `name=` (a quoted field may hold several: `"name=a:1,a:2"`), each a word at its place.
    var names: [ShellWord] {
        fields.filter { Self.key(of: $0.text) == "name" }.flatMap { field -> [ShellWord] in
            let exact = field.range.count == field.text.utf8.count
            let prefix = field.text.prefix { $0 != "=" }.utf8.count + 1
            let text = String(field.text.dropFirst(prefix))
            guard !text.isEmpty else { return [] }
            return DockerCommand.split(ShellWord(text: text, range: exact ? (field.range.lowerBound + prefix)..<field.range.upperBound : field.range), on: ",")
        }
    }

    /// The outputs of a list of words, each an output's CSV text as the shell or YAML gave it.
    static func parse(_ words: [ShellWord]) -> [BuildOutput] {
        words.map(BuildOutput.init(_:))
    }

    /// An output's CSV text as fields. A double-quoted field (`"name=a,b"`) keeps its commas, as Go's CSV reader does.
    static func fields(of word: ShellWord) -> [ShellWord] {
        guard word.text.contains("\"") else { return DockerCommand.split(word, on: ",") }
        var fields: [ShellWord] = [], current = "", quoted = false
        for character in word.text {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                if !current.isEmpty { fields.append(ShellWord(text: current, range: word.range)) }
                current = ""
            default: current.append(character)
            }
        }
        if !current.isEmpty { fields.append(ShellWord(text: current, range: word.range)) }
        return fields
    }

    /// Go's `strconv.ParseBool`, with BuildKit's empty value meaning true; nil for anything else (an expression).
    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "", "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default: return nil
        }
    }

    private static func key(of field: String) -> String {
        String(field.prefix { $0 != "=" }).trimmingCharacters(in: .whitespaces).lowercased()
    }

    private static func value(of field: String) -> String {
        guard let equals = field.firstIndex(of: "=") else { return "" }
        return String(field[field.index(after: equals)...])
    }
}
