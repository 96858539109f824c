import Foundation

/// An image reference as a workflow writes it: `registry/path/name:tag@digest`, where expansions (`$REGISTRY`,
/// `${IMAGE}`, `${arr[@]}`, `$(IMAGE)`, `{{.Run.Registry}}`, `${{ github.sha }}`) are opaque text: a `/`, `:` or
/// `@` inside one separates nothing.
struct ImageReference {
    let text: String
    /// Everything before the tag and digest.
    let repository: String
    let tag: String?
    let hasDigest: Bool

    init(_ text: String) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        var depth = 0
        var lastSlash: Int?, lastColon: Int?, at: Int?
        var index = 0
        while index < scalars.count {
            let character = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            // PowerShell's `$env:NAME`: the colon belongs to the variable.
            if character == "$", index + 5 < scalars.count, String(String.UnicodeScalarView(scalars[(index + 1)...(index + 4)])).lowercased() == "env:" {
                index += 5
                while index < scalars.count, scalars[index] == "_" || CharacterSet.alphanumerics.contains(scalars[index]) { index += 1 }
                continue
            }
            if character == "$" && (next == "{" || next == "(") || character == "{" && next == "{" {
                depth += 1
                index += 2
                continue
            }
            if depth > 0 {
                if character == "}" && next == "}" { depth -= 1; index += 2; continue }
                if character == "}" || character == ")" { depth -= 1 }
                index += 1
                continue
            }
            switch character {
            case "@" where at == nil: at = index
            case "/" where at == nil: lastSlash = index; lastColon = nil
            case ":" where at == nil: lastColon = index
            default: break
            }
            index += 1
        }
        let end = at ?? scalars.count
        hasDigest = at != nil
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        if let lastColon, lastColon > (lastSlash ?? -1) {
            repository = string(0..<lastColon)
            tag = string((lastColon + 1)..<end)
        } else {
            repository = string(0..<end)
            tag = nil
        }
    }

    /// The reference docker acts on, for comparing references: a name without tag or digest means `:latest`
    /// (`docker build -t app` then `docker push app:latest` are the same image); `docker.io/`, `index.docker.io/`
    /// and `library/` are Docker Hub's defaults (`docker.io/library/alpine` is `alpine`); spaces next to the braces
    /// of `${{ }}` and `{{ }}` do not matter, nor how many separate their words, nor braces the shell does not need
    /// (`${TAG}-amd64` is `$TAG-amd64`). A name that is only an expansion may carry its own tag, so it gets none.
    var normalized: String {
        var result = Self.withoutNeedlessBraces(Self.withoutTemplateSpaces(text))
        for prefix in ["docker.io/", "index.docker.io/", "registry-1.docker.io/"] where result.hasPrefix(prefix) {
            result.removeFirst(prefix.count)
            if result.hasPrefix("library/"), !result.dropFirst("library/".count).contains("/") { result.removeFirst("library/".count) }
            break
        }
        guard tag == nil, !hasDigest, !repository.isEmpty, !Self.isOnlyExpansions(repository) else { return result }
        return result + ":latest"
    }

    /// `${NAME}` as `$NAME` where the next character cannot continue the name: the same expansion, spelt two ways.
    static func withoutNeedlessBraces(_ text: String) -> String {
        guard text.contains("${") else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + 2]), ShellLexer.isNameByte(bytes[index + 2])
            {
                var end = index + 2
                while end < bytes.count, ShellLexer.isNameByte(bytes[end]) { end += 1 }
                if end < bytes.count, bytes[end] == UInt8(ascii: "}"), end + 1 == bytes.count || !ShellLexer.isNameByte(bytes[end + 1]) {
                    result.append(UInt8(ascii: "$"))
                    result += bytes[(index + 2)..<end]
                    index = end + 1
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func withoutTemplateSpaces(_ text: String) -> String {
        guard text.contains("{{") else { return text }
        let range = NSRange(text.startIndex..., in: text)
        // Built front to back in one pass (replacing each match in place copied the rest of the text per match:
        // quadratic in a word made of many `${{ a }}`).
        var result = ""
        var copied = text.startIndex
        for match in templatePattern.matches(in: text, range: range) {
            guard let matched = Range(match.range, in: text) else { continue }
            result += text[copied..<matched.lowerBound]
            result += tidiedTemplate(text[matched])
            copied = matched.upperBound
        }
        result += text[copied...]
        return result
    }

    /// `{{ .Version }}` as `{{.Version}}`: no space next to the braces, one space between words (so
    /// `{{#if build.tag}}` keeps its meaning in a message).
    /// A GitHub expression that only reads a value the runner also exports is that variable: `${{ github.sha }}` is
    /// `${GITHUB_SHA}` and `${{ env.IMAGE }}` is `${IMAGE}`, so a tag one step spells either way is one tag.
    private static func tidiedTemplate(_ template: Substring) -> String {
        let opening = template.hasPrefix("$") ? "${{" : "{{"
        let inner = template.dropFirst(opening.count).dropLast(2)
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if opening == "${{", words.count == 1, let variable = exportedVariable(String(words[0])) { return "${" + variable + "}" }
        return opening + words.joined(separator: " ") + "}}"
    }

    /// The environment variable a GitHub Actions runner sets to the value of `expression`, if there is one.
    /// Context and property names are compared without case (`${{ github.SHA }}`); `env` keys are names as written.
    /// The default variables are not in the `env` context: `${{ env.GITHUB_SHA }}` is empty, no spelling of `$GITHUB_SHA`.
    private static func exportedVariable(_ expression: String) -> String? {
        let lower = expression.lowercased()
        if lower.hasPrefix("github.") {
            let property = String(lower.dropFirst("github.".count))
            return githubExported.contains(property) ? "GITHUB_" + property.uppercased() : nil
        }
        if lower.hasPrefix("env.") {
            let name = expression.dropFirst("env.".count)
            guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first), name.utf8.allSatisfy(ShellLexer.isNameByte),
                  !name.hasPrefix("GITHUB_"), !name.hasPrefix("RUNNER_")
            else { return nil }
            return String(name)
        }
        return nil
    }

    /// `github` context properties the runner exports as `GITHUB_<PROPERTY>` with the same value for the whole job
    /// ("Default environment variables"; not `action`, which is per step, nor `workspace` and `event_path`, which are
    /// other paths inside a job's container).
    private static let githubExported: Set<String> = [
        "actor", "actor_id", "api_url", "base_ref", "event_name", "graphql_url", "head_ref", "job",
        "ref", "ref_name", "ref_protected", "ref_type", "repository", "repository_id", "repository_owner",
        "repository_owner_id", "retention_days", "run_attempt", "run_id", "run_number", "server_url", "sha",
        "triggering_actor", "workflow", "workflow_ref", "workflow_sha",
    ]

    // swiftlint:disable:next force_try
    private static let templatePattern = try! NSRegularExpression(pattern: #"\$?\{\{[^}]*\}\}"#)  // a constant pattern

    /// The platform (architecture, maybe variant) the tag names: `:1.2-arm64` → `arm64`.
    /// Not for a cross-compilation toolchain (`rust-musl-cross:aarch64-musl`, `crossbuild:armv7`), whose tags name the
    /// target it compiles for, not the platform it runs on.
    var taggedPlatform: Platform? {
        guard let tag, !(repository.split(separator: "/").last ?? "").lowercased().contains("cross") else { return nil }
        return TagArchitecture.platform(namedIn: tag)
    }

    /// What docker makes of a name with uppercase letters written out (not inside expansions), as distribution's
    /// reference grammar reads it (`reference.ParseNormalizedNamed`): a first component with a `.` or `:`, or
    /// `localhost`, is a registry host, which may have capitals; so is a first component with capitals (and no
    /// expansion), which makes the push go to a host of that name (`JIGLE/app` is host `JIGLE`); the rest is the
    /// repository path, which must be lowercase ("repository name must be lowercase"). Nil when no capital is known
    /// to be in the name: an expansion may hold anything, and tags may have capitals.
    var uppercase: (component: String, readAsHost: Bool)? {
        guard repository.contains(where: \.isUppercase) else { return nil }
        let masked = Self.expansionPattern.stringByReplacingMatches(in: repository, range: NSRange(repository.startIndex..., in: repository), withTemplate: "\u{1}")
        func capital(_ text: Substring) -> Bool { text.unicodeScalars.contains { CharacterSet.uppercaseLetters.contains($0) } }
        guard capital(masked[...]) else { return nil }
        var components = masked.split(separator: "/", omittingEmptySubsequences: false)
        var first: Substring?
        if components.count > 1 {
            let head = components[0]
            if head.contains(".") || head.contains(":") || head == "localhost" {
                components.removeFirst()
            } else if capital(head) {
                // A capital in a component an expansion also writes: what the component is cannot be known.
                guard !head.contains("\u{1}") else { return nil }
                first = head
                components.removeFirst()
            }
        }
        // Capitals only in what reads as a placeholder a later step or reader fills in (`__CONTAINER__`, `%OWNER%`,
        // `<ORG>`, `ghcr.io/OWNER/app`, `newName`) are not a name docker is given: all-capital components count only beside a component
        // with lowercase letters, and never one spelt with `_` or a placeholder's brackets, nor a word of the list.
        let lowercaseBeside = (components + (first.map { [$0] } ?? [])).contains { $0.unicodeScalars.contains { CharacterSet.lowercaseLetters.contains($0) } }
        func placeholder(_ component: Substring) -> Bool {
            if component.contains(where: { "%@<>{}[]#$".contains($0) }) { return true }
            // Words in lower camel case (`newName`, `myImage`) name what to write, as notes and cheat sheets do.
            if let head = component.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(head),
                component.unicodeScalars.allSatisfy({ CharacterSet.letters.contains($0) })
            {
                return true
            }
            guard !component.unicodeScalars.contains(where: { CharacterSet.lowercaseLetters.contains($0) }) else { return false }
            return !lowercaseBeside || component.contains("_") || Self.placeholderWords.contains(component.uppercased())
        }
        if let component = components.first(where: capital) {
            // A component an expansion also writes may be anything once it is filled in.
            return placeholder(component) || component.contains("\u{1}") ? nil : (String(component), false)
        }
        return first.flatMap { placeholder($0) ? nil : (String($0), true) }
    }

    /// Words documentation and templates write for a name to be filled in.
    private static let placeholderWords: Set<String> = [
        "OWNER", "USER", "USERNAME", "ORG", "ORGANIZATION", "NAMESPACE", "IMAGE", "IMAGENAME", "REPO", "REPOSITORY", "NAME",
        "PROJECT", "ACCOUNT", "REGISTRY", "APP", "TEAM", "ID", "TAG", "VERSION", "YOUR-ORG", "YOUR-NAME", "CHANGEME", "TODO",
    ]

    /// The text with every letter outside expansions in lowercase, as tools that lowercase a name write it
    /// (`docker/metadata-action`'s `images`, Azure's `Docker@2` `repository`); the expansions keep their spelling.
    static func lowercasingLiterals(_ text: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        var result = "", cursor = text.startIndex
        for match in expansionPattern.matches(in: text, range: range) {
            guard let found = Range(match.range, in: text) else { continue }
            result += text[cursor..<found.lowerBound].lowercased() + text[found]
            cursor = found.upperBound
        }
        return result + text[cursor...].lowercased()
    }

    /// The literal text of the name's last component, without expansions: what is left to compare.
    var literalName: String { Self.literal(repository) }

    /// The expansions a text contains, in order (`$REGISTRY`, `{{.Run.Registry}}`).
    static func expansions(_ text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return expansionPattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    /// Whether `pattern` can spell `text` when each of its expansions that `text` does not hold stands for a run of
    /// bytes `wildcard` takes (by default plain characters: `${image}:$SHA-$arch` can spell `${image}:$SHA-amd64`;
    /// `app:$VERSION` cannot spell `app:$VERSION-arm64`, nor `app:{{ .Major }}` spell `app:{{ .Version }}-arm64`).
    /// Nil, not compared, past 256 bytes either side. Matched by hand in time pattern × text: a regular expression
    /// built per name would be compiled (and cached by Foundation) once per name.
    static func mayEqual(pattern: String, _ text: String, wildcard: (UInt8) -> Bool = isPlainByte) -> Bool? {
        let target = Array(text.utf8)
        guard pattern.utf8.count <= 256, target.count <= 256 else { return nil }
        let shared = Set(expansions(text))
        // The pattern as literal bytes and wildcards (nil), one per expansion `text` does not hold.
        var tokens: [UInt8?] = []
        var rest = Substring(pattern)
        for expansion in expansions(pattern) {
            guard let range = rest.range(of: expansion) else { break }
            tokens += rest[..<range.lowerBound].utf8.map { $0 }
            if shared.contains(expansion) { tokens += expansion.utf8.map { $0 } } else { tokens.append(nil) }
            rest = rest[range.upperBound...]
        }
        tokens += rest.utf8.map { $0 }
        // reachable[j]: the tokens so far can spell target[..<j].
        var reachable = [Bool](repeating: false, count: target.count + 1)
        reachable[0] = true
        for token in tokens {
            var next = [Bool](repeating: false, count: target.count + 1)
            if let byte = token {
                for j in 0..<target.count where reachable[j] && target[j] == byte { next[j + 1] = true }
            } else {
                for j in 0...target.count {
                    next[j] = reachable[j] || j > 0 && next[j - 1] && wildcard(target[j - 1])
                }
            }
            reachable = next
        }
        return reachable[target.count]
    }

    /// Letters, digits, `.`, `_` and `-`: a value, not another expansion or a separator.
    static func isPlainByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// The text with every expansion removed.
    static func literal(_ text: String) -> String {
        // Innermost first, until nothing changes: `$(a + $(b))` is one expansion.
        var result = text
        for _ in 0..<8 {
            let next = expansionPattern.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result), withTemplate: "")
            if next == result { break }
            result = next
        }
        return result
    }

    /// A reference that is one variable, tag included (`$IMAGE`, `"${IMAGE}"`, `$(IMAGE)`): it may name anything.
    var isWhollyVariable: Bool { tag == nil && !hasDigest && Self.isOnlyExpansions(repository) }

    /// True when nothing but expansions and separators is left: `$IMAGE`, `${REGISTRY}/${NAME}`.
    static func isOnlyExpansions(_ text: String) -> Bool {
        Self.literal(text).unicodeScalars.allSatisfy { "/-_.:".unicodeScalars.contains($0) }
    }

    // swiftlint:disable:next force_try
    private static let expansionPattern = try! NSRegularExpression(  // a constant pattern
        pattern: #"\$\[\[(?:[^\]]|\](?!\]))*\]\]|\$\{\{(?:[^}]|\}(?!\}))*\}\}|\{\{(?:[^}]|\}(?!\}))*\}\}|\$\{[^}]*\}|\$\([^()]*\)|(?i:\$env:)[A-Za-z_][A-Za-z0-9_]*|\$[A-Za-z_][A-Za-z0-9_]*"#)
}

/// Variables CI systems set to something unique to one run or commit: a tag made of one can only exist in the
/// registry if this run (or a run of the same commit) pushed it.
enum RunUnique {
    static let variables: Set<String> = [
        "ID", "GITHUB_SHA", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER", "CI_COMMIT_SHA", "CI_COMMIT_SHORT_SHA", "CI_PIPELINE_ID",
        "CI_PIPELINE_IID", "CI_JOB_ID", "BUILD_BUILDID", "BUILD_BUILDNUMBER", "BUILD_SOURCEVERSION", "BUILD_NUMBER", "BUILD_ID",
        "CIRCLE_SHA1", "CIRCLE_BUILD_NUM", "TRAVIS_COMMIT", "TRAVIS_BUILD_NUMBER", "BUILDKITE_COMMIT", "BUILDKITE_BUILD_NUMBER",
        "DRONE_COMMIT_SHA", "DRONE_BUILD_NUMBER", "CODEBUILD_RESOLVED_SOURCE_VERSION", "CODEBUILD_BUILD_NUMBER",
        "Build.BuildId", "Build.BuildNumber", "Build.SourceVersion", "github.sha", "github.run_id", "github.run_number",
        ".Run.ID", ".Run.Date",
    ]

    /// True when the text uses one of `variables` (`$ID`, `${GITHUB_SHA::7}`, `$(Build.BuildId)`, `{{.Run.ID}}`,
    /// `${{ github.sha }}`).
    static func contains(_ text: String) -> Bool {
        ImageReference.expansions(text).contains { expansion in
            let name = expansion.trimmingCharacters(in: CharacterSet(charactersIn: "${}() ")).replacingOccurrences(of: "env:", with: "")
            let head = name.prefix { !":-+=?#%/[".contains($0) || $0 == "." }
            return variables.contains(String(head)) || variables.contains(name)
        }
    }
}
