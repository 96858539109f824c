/// A platform as an index entry or config states it: os, architecture and the optional parts.
public struct Platform: Sendable, Hashable, CustomStringConvertible {
    public var os: String
    public var architecture: String
    public var variant: String
    public var osVersion: String
    public var osFeatures: [String]

    public init(os: String, architecture: String, variant: String = "", osVersion: String = "", osFeatures: [String] = []) {
        self.os = os
        self.architecture = architecture
        self.variant = variant
        self.osVersion = osVersion
        self.osFeatures = osFeatures
    }

    /// Reads a `platform` object; nil when it is not an object with string `os` and `architecture`.
    public init?(json: JSONValue) {
        guard let os = json["os"]?.stringValue, let architecture = json["architecture"]?.stringValue else { return nil }
        self.init(
            os: os, architecture: architecture, variant: json["variant"]?.stringValue ?? "",
            osVersion: json["os.version"]?.stringValue ?? "",
            osFeatures: json["os.features"]?.arrayElements?.compactMap(\.stringValue) ?? [])
    }

    /// Parses `os/architecture[/variant]`, the form used in parameters and on the command line.
    public init?(specifier: String) {
        let parts = specifier.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(os: parts[0], architecture: parts[1], variant: parts.count == 3 ? parts[2] : "")
    }

    /// `os/architecture[/variant]` as written.
    public var description: String { variant.isEmpty ? os + "/" + architecture : os + "/" + architecture + "/" + variant }

    /// The platform under containerd's normalization (`platforms.Normalize`): lower case, `x86_64`→`amd64`,
    /// `aarch64`→`arm64`, `arm64/v8`≡`arm64`, `arm`≡`arm/v7`, `armhf`→`arm/v7`, `armel`→`arm/v6`, `i386`→`386`;
    /// `os.features` sorted so order does not matter.
    public func normalized() -> Platform {
        var result = self
        result.os = Self.normalizeOS(os)
        (result.architecture, result.variant) = Self.normalizeArchitecture(architecture, variant: variant)
        if osFeatures.count > 1 { result.osFeatures = osFeatures.sorted() }
        return result
    }

    /// The platform written the way the image-spec and Go spell it, keeping an explicit `arm64/v8`
    /// (an accepted spelling) but fixing aliases such as `x86_64`, `aarch64`, `armhf`, `armv7` or upper case.
    public func canonicalSpelling() -> Platform {
        var result = self
        result.os = Self.normalizeOS(os)
        let lowerVariant = Self.cleanVariant(variant.asciiLowercased)
        let (architecture, variant) = Self.normalizeArchitecture(architecture, variant: lowerVariant)
        result.architecture = architecture
        if architecture == "arm64", variant.isEmpty, ["v8", "8"].contains(lowerVariant) {
            result.variant = "v8"
        } else if architecture == "arm", self.variant.isEmpty, !["armhf", "armel"].contains(self.architecture.asciiLowercased) {
            result.variant = ""  // a missing arm variant is the missing-variant rule's concern, not a spelling
        } else {
            result.variant = variant
        }
        return result
    }

    /// `os/arch[/variant]` plus `os.version` and sorted `os.features`: the identity clients select by.
    public var selectionKey: String {
        var key = description
        if !osVersion.isEmpty { key += " os.version=\(osVersion)" }
        if !osFeatures.isEmpty { key += " os.features=\(osFeatures.sorted().joined(separator: ","))" }
        return key
    }

    static func normalizeOS(_ os: String) -> String {
        let lower = os.asciiLowercased
        return lower == "macos" ? "darwin" : lower
    }

    /// `armv7` → `v7`, `7` → `v7`: spellings of a variant seen in the wild.
    static func cleanVariant(_ variant: String) -> String {
        var text = variant
        if text.hasPrefix("armv") { text = "v" + text.dropFirst(4) }
        if let first = text.utf8.first, (0x30...0x39).contains(first) { text = "v" + text }
        return text
    }

    static func normalizeArchitecture(_ architecture: String, variant: String) -> (String, String) {
        let arch = architecture.asciiLowercased
        let variant = variant.asciiLowercased
        switch arch {
        case "i386", "386": return ("386", "")
        case "x86_64", "x86-64", "amd64": return ("amd64", variant == "v1" ? "" : variant)
        case "aarch64", "arm64":
            switch variant {
            case "8", "v8", "v8.0", "armv8": return ("arm64", "")
            case "": return ("arm64", "")
            default: return ("arm64", cleanVariant(variant))
            }
        case "armhf": return ("arm", "v7")
        case "armel": return ("arm", "v6")
        case "arm":
            switch variant {
            case "", "7", "v7", "armv7": return ("arm", "v7")
            default: return ("arm", cleanVariant(variant))
            }
        default: return (arch, variant)
        }
    }
}
