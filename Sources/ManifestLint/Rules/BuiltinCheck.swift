import Foundation

/// Checks too specific for selectors and generic functions; a rule file still names them and
/// carries their id, severity, message, parameters and examples.
public enum BuiltinCheck: String, Sendable, CaseIterable {
    /// A tag that names an architecture (`:1.2-arm64`) on an entry or inspect result of another platform.
    case tagArchitecture = "tag-architecture"
    /// A repository name within a small edit distance of a more used one in the same workflow (`myyimage`).
    case repositoryTypo = "repository-typo"

    struct Result {
        /// Where the finding points, as member names below the checked value.
        let below: [String]
        let variables: [String: String]
        /// Source text that fixes the finding at its pointer, when known.
        var replacement: String? = nil
        /// Set when the check stopped at a limit: what it did not do. Reported as `not-checked` (the run is
        /// incomplete) instead of a finding of the rule.
        var notChecked: String? = nil
    }

    func evaluate(_ value: JSONValue, options: [String: JSONValue] = [:]) -> [Result] {
        switch self {
        case .tagArchitecture: return Self.workflowTagArchitecture(value) ?? Self.tagArchitecture(value)
        case .repositoryTypo: return RepositoryTypo.find(in: value, maxDistance: Int(options["max-distance"]?.integerValue ?? 2))
        }
    }

    /// A workflow reference (`WorkflowIntent`): the tag's platform against the one its build or annotation says.
    private static func workflowTagArchitecture(_ value: JSONValue) -> [Result]? {
        let taggedOS = value["tag-os"]?.stringValue, builtOS = value["build-os"]?.stringValue
        guard value["tag-platform"] != nil || taggedOS != nil else { return value["reference"] != nil ? [] : nil }
        guard let builtText = value["build-platform"]?.stringValue, let reference = value["reference"]?.stringValue,
            let built = Platform(specifier: "linux/" + builtText)?.normalized()
        else { return [] }
        var differs = false
        var taggedText = value["tag-platform"]?.stringValue ?? ""
        if let text = value["tag-platform"]?.stringValue, let tagged = Platform(specifier: "linux/" + text) {
            // Variants compared as spelt canonically: `--variant armv7` on an -armv7 tag is the same platform
            // (its spelling is non-canonical-platform's finding).
            let builtVariant = Platform.cleanVariant(built.variant)
            differs = TagArchitecture.differs(named: tagged, tag: value["tag"]?.stringValue ?? "", from: built.architecture, variant: builtVariant)
        }
        // A Windows tag (`-windows-amd64`, `-nanoserver`, `-ltsc2022`) annotated or built for linux, or the reverse.
        if let taggedOS, let builtOS, taggedOS != builtOS {
            differs = true
            taggedText = taggedText.isEmpty ? taggedOS : taggedOS + "/" + taggedText
        }
        guard differs else { return [] }
        let platformText = taggedOS != nil ? (builtOS.map { $0 + "/" + builtText } ?? builtText) : builtText
        let source = value["build-source"]?.stringValue ?? "its build"
        return [Result(below: [], variables: [
            "tag": value["tag"]?.stringValue ?? "", "reference": reference, "tagged": taggedText,
            "value": platformText, "platform": platformText, "source": source,
        ])]
    }

    /// An index entry (`org.opencontainers.image.ref.name` + `platform`) or an inspect entry (`Ref` + `Descriptor.platform`).
    private static func tagArchitecture(_ value: JSONValue) -> [Result] {
        let reference: String?
        let platformValue: JSONValue?
        let platformPath: [String]
        if let ref = value["Ref"]?.stringValue {
            let entry = InspectEntry(value: value)
            reference = ref
            platformValue = entry.descriptor?["platform"]
            platformPath = entry.tokens(for: ["platform"])
        } else {
            reference = value["annotations"]?["org.opencontainers.image.ref.name"]?.stringValue
            platformValue = value["platform"]
            platformPath = ["platform"]
        }
        guard let reference, let tag = TagArchitecture.tag(of: reference), let named = TagArchitecture.platform(namedIn: tag),
            let platform = platformValue.flatMap(Platform.init(json:))?.normalized(), platform.architecture != "unknown"
        else { return [] }
        let differs = TagArchitecture.differs(named: named, tag: tag, from: platform.architecture, variant: platform.variant)
        guard differs else { return [] }
        return [Result(below: platformPath, variables: [
            "tag": tag, "reference": reference, "tagged": named.variant.isEmpty ? named.architecture : named.architecture + "/" + named.variant,
            "value": platform.description, "platform": platform.description,
        ])]
    }
}

/// Finding the architecture a tag names.
public enum TagArchitecture {
    /// Architecture words in tags, longest first, with the normalized architecture and variant they stand for.
    /// `armhf` is ARMv7 to Debian and ARMv6 to Raspbian (Raspberry Pi OS), and `armel` ARMv5 to Debian (Docker's
    /// `arm32v5` images) and ARMv6 to containerd's normalization, so each names arm of either variant.
    static let words: [(word: String, architecture: String, variant: String)] = [
        ("arm64v8", "arm64", ""), ("arm32v7", "arm", "v7"), ("arm32v6", "arm", "v6"), ("arm32v5", "arm", "v5"),
        ("x86_64", "amd64", ""), ("x86-64", "amd64", ""), ("aarch64", "arm64", ""), ("ppc64le", "ppc64le", ""),
        ("riscv64", "riscv64", ""), ("mips64le", "mips64le", ""), ("armv7l", "arm", "v7"), ("armv6l", "arm", "v6"),
        ("armv7", "arm", "v7"), ("armv6", "arm", "v6"), ("armv5", "arm", "v5"), ("armhf", "arm", ""), ("armel", "arm", ""),
        ("amd64", "amd64", ""), ("arm64", "arm64", ""), ("s390x", "s390x", ""), ("i386", "386", ""), ("i686", "386", ""),
        ("x64", "amd64", ""), ("386", "386", ""), ("arm", "arm", ""),
    ]

    private static let pattern: NSRegularExpression = {
        let alternatives = words.map { NSRegularExpression.escapedPattern(for: $0.word) }.joined(separator: "|")
        // swiftlint:disable:next force_try
        return try! NSRegularExpression(pattern: "(?<![a-z0-9])(\(alternatives))(?![a-z0-9])")  // a constant pattern
    }()

    /// The tag of a reference (`registry/repo:tag`, `repo:tag@sha256:…`), or a bare tag as OCI layouts write `ref.name`.
    public static func tag(of reference: String) -> String? {
        let withoutDigest = reference.split(separator: "@", maxSplits: 1).first.map(String.init) ?? reference
        let lastComponent = withoutDigest.split(separator: "/").last.map(String.init) ?? withoutDigest
        if let colon = lastComponent.lastIndex(of: ":") { return String(lastComponent[lastComponent.index(after: colon)...]) }
        return withoutDigest.contains("/") ? nil : lastComponent
    }

    /// Words that name Windows in a tag (`1.0-windowsservercore-ltsc2022`, `-nanoserver-1809`, `-win-amd64`, `-windows1809-amd64`).
    private static let windowsPattern: NSRegularExpression = {
        // swiftlint:disable:next force_try
        try! NSRegularExpression(pattern: "(?<![a-z0-9])(windows[a-z0-9]*|servercore|nanoserver|ltsc20[0-9][0-9]|win)(?![a-z])")  // a constant pattern
    }()

    /// The OS a tag names: `windows` for the words above, `linux` for `linux`, else nil.
    public static func os(namedIn tag: String) -> String? {
        let lower = tag.lowercased()
        let range = NSRange(lower.startIndex..., in: lower)
        if windowsPattern.firstMatch(in: lower, range: range) != nil { return "windows" }
        if lower.range(of: #"(?<![a-z0-9])linux(?![a-z])"#, options: .regularExpression) != nil { return "linux" }
        return nil
    }

    /// Whether a platform differs from the one a tag names. A variant is compared only when the tag names one. A bare
    /// `arm` (`:arm`, `-arm`) names the ARM family, which projects use for their arm64 image as often as for 32-bit
    /// ARM (aldinokemal/go-whatsapp-web-multidevice's `-arm`, ChristoffBo/dockup's "DockerHub ARM64" `:arm`), so it
    /// does not differ from arm64. `armhf`, `armel`, `arm32v7` and `armv7` still name 32-bit ARM.
    static func differs(named: Platform, tag: String, from architecture: String, variant: String) -> Bool {
        if named.architecture == "arm", named.variant.isEmpty, architecture == "arm64", namesBareArm(tag) { return false }
        return named.architecture != architecture || (!named.variant.isEmpty && named.architecture == "arm" && named.variant != variant)
    }

    /// Whether every architecture word of the tag is the bare word `arm`.
    static func namesBareArm(_ tag: String) -> Bool {
        let lower = tag.lowercased()
        let found = pattern.matches(in: lower, range: NSRange(lower.startIndex..., in: lower)).compactMap { Range($0.range(at: 1), in: lower).map { lower[$0] } }
        return !found.isEmpty && found.allSatisfy { $0 == "arm" }
    }

    /// The platform (architecture and maybe variant) a tag names, if it names exactly one architecture.
    public static func platform(namedIn tag: String) -> Platform? {
        let lower = tag.lowercased()
        let matches = pattern.matches(in: lower, range: NSRange(lower.startIndex..., in: lower)).compactMap { match -> (String, String)? in
            guard let range = Range(match.range(at: 1), in: lower) else { return nil }
            let word = String(lower[range])
            return words.first { $0.word == word }.map { ($0.architecture, $0.variant) }
        }
        let architectures = Set(matches.map(\.0))
        guard architectures.count == 1, let first = matches.first else { return nil }
        return Platform(os: "", architecture: first.0, variant: first.1)
    }
}
