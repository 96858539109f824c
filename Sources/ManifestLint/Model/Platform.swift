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

    /// Reads a `platform` object; nil when it is not an object with string `os` and `architecture`. One pass over
    /// the members; the first of a repeated name counts, as with `JSONValue`'s subscript.
    public init?(json: JSONValue) {
        guard case .object(let members) = json else { return nil }
        // Outer nil: no such member yet; inner nil: the member is not a string.
        var os: String??, architecture: String??, variant: String??, osVersion: String??, osFeatures: [String]?
        for member in members {
            let key = member.key
            switch key.utf8.count {
            case 2 where key == "os": if os == nil { os = .some(member.value.stringValue) }
            case 12 where key == "architecture": if architecture == nil { architecture = .some(member.value.stringValue) }
            case 7 where key == "variant": if variant == nil { variant = .some(member.value.stringValue) }
            case 10 where key == "os.version": if osVersion == nil { osVersion = .some(member.value.stringValue) }
            case 11 where key == "os.features": if osFeatures == nil { osFeatures = member.value.arrayElements?.compactMap(\.stringValue) ?? [] }
            default: continue
            }
        }
        guard let os = os ?? nil, let architecture = architecture ?? nil else { return nil }
        self.init(os: os, architecture: architecture, variant: (variant ?? nil) ?? "", osVersion: (osVersion ?? nil) ?? "", osFeatures: osFeatures ?? [])
    }

    /// Parses `os/architecture[/variant]`, the form used in parameters and on the command line.
    public init?(specifier: String) {
        let parts = specifier.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count), !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(os: parts[0], architecture: parts[1], variant: parts.count == 3 ? parts[2] : "")
    }

    /// `os/architecture[/variant]` as written.
    public var description: String { Self.slashJoined(os, architecture, variant) }

    /// `first/second`, or `first/second/third` when `third` is not empty: copied byte by byte into a string of the
    /// final size (`+` on short strings costs several times as much, and every rule on a platform builds one).
    static func slashJoined(_ first: String, _ second: String, _ third: String) -> String {
        let count = first.utf8.count + 1 + second.utf8.count + (third.isEmpty ? 0 : 1 + third.utf8.count)
        return String(unsafeUninitializedCapacity: count) { buffer in
            var offset = 0
            func copy(_ part: String) {
                offset += UnsafeMutableBufferPointer(rebasing: buffer[offset...]).initialize(from: part.utf8).1
            }
            copy(first)
            buffer[offset] = UInt8(ascii: "/")
            offset += 1
            copy(second)
            if !third.isEmpty {
                buffer[offset] = UInt8(ascii: "/")
                offset += 1
                copy(third)
            }
            return offset
        }
    }

    /// The platform under containerd's normalization, exactly as `platforms.Normalize` (containerd/platforms
    /// `platforms.go`, with `normalizeOS` and `normalizeArch` in `database.go`, v1.0.0-rc.4) computes it: os lower
    /// case with `macos` → `darwin`; architecture and variant lower case, then `i386` → `386` (variant dropped),
    /// `x86_64`/`x86-64` → `amd64` (variant `v1` dropped), `aarch64` → `arm64` (variants `8`, `v8`, `v8.0` dropped;
    /// `9`, `9.0`, `v9.0` → `v9`), `armhf` → `arm/v7`, `armel` → `arm/v6`, `arm` with no variant or `7` → `arm/v7`
    /// and `5`/`6`/`8` → `v5`/`v6`/`v8`; every other variant is kept as written (`armv7` stays `armv7`, which no
    /// client on arm/v7 selects); `os.features` sorted with duplicates removed. Unlike containerd, an empty os is
    /// kept (there is no host to default to).
    public func normalized() -> Platform {
        // Built in one go, not as a copy of `self` whose fields are then replaced (a copy retains each of them).
        let (architecture, variant) = Self.normalizeArchitecture(architecture, variant: variant)
        return Platform(os: Self.normalizeOS(os), architecture: architecture, variant: variant, osVersion: osVersion,
                        osFeatures: osFeatures.count > 1 ? Array(Set(osFeatures)).sorted() : osFeatures)
    }

    /// Whether a client asking for this platform exactly would take `candidate`, as containerd's `OnlyStrict`
    /// matcher decides (`compare.go`, with the Windows matcher of `platform_windows_compat.go`): the same
    /// normalized os, architecture and variant; for Windows, the same major.minor.build of `os.version` when both
    /// state one; and the candidate's `os.features` a subset of this platform's. (containerd also lets a newer
    /// Windows Server host run an older LTSC build; entries of one index are compared, not hosts, so that host
    /// rule is left out.)
    public func strictlyMatches(_ candidate: Platform) -> Bool {
        let wanted = normalized(), offered = candidate.normalized()
        guard wanted.os == offered.os, wanted.architecture == offered.architecture, wanted.variant == offered.variant else { return false }
        if wanted.os == "windows", !wanted.osVersion.isEmpty, !offered.osVersion.isEmpty,
            Self.windowsBuild(wanted.osVersion) != Self.windowsBuild(offered.osVersion)
        {
            return false
        }
        return Set(offered.osFeatures).isSubset(of: Set(wanted.osFeatures))
    }

    /// `10.0.17763.4377` → `10.0.17763`: the part of a Windows `os.version` clients match on (the revision is ignored).
    static func windowsBuild(_ version: String) -> String {
        version.split(separator: ".", omittingEmptySubsequences: false).prefix(3).joined(separator: ".")
    }

    /// The platform written the way the image-spec and Go spell it, keeping an explicit `arm64/v8` (the spec's
    /// own table lists it) but fixing aliases such as `x86_64`, `aarch64`, `armhf`, `armv7`, upper case and
    /// `amd64/v1` (containerd's Normalize drops the baseline level: `amd64/v1` is plain `amd64`, so an entry beside
    /// a plain `amd64` one is its duplicate).
    public func canonicalSpelling() -> Platform {
        var result = self
        result.os = Self.normalizeOS(os)
        let lowerVariant = Self.cleanVariant(variant.asciiLowercased)
        let (architecture, variant) = Self.normalizeArchitecture(architecture, variant: lowerVariant)
        result.architecture = architecture
        if architecture == "arm64", variant.isEmpty, lowerVariant == "v8" || lowerVariant == "8" {
            result.variant = "v8"
        } else if architecture == "arm", self.variant.isEmpty, self.architecture.asciiLowercased != "armhf", self.architecture.asciiLowercased != "armel" {
            result.variant = ""  // a missing arm variant is the missing-variant rule's concern, not a spelling
        } else {
            result.variant = architecture == "arm" ? Self.armLevel(variant) ?? variant : variant
        }
        return result
    }

    /// The identity clients select by, on a normalized platform: `os/arch[/variant]`, for Windows the
    /// major.minor.build of `os.version` (containerd ignores the revision, and `os.version` on other systems), and
    /// the `os.features`. Two entries with the same key strictly match each other, so one is never selected.
    public var selectionKey: String {
        var key = description
        if os == "windows", !osVersion.isEmpty { key += " os.version=\(Self.windowsBuild(osVersion))" }
        if !osFeatures.isEmpty { key += " os.features=" + (osFeatures.count > 1 ? Array(Set(osFeatures)).sorted() : osFeatures).joined(separator: ",") }
        return key
    }

    /// The part of a platform key (`os/arch...`) before its first `/`: by bytes for an ASCII key, by characters
    /// otherwise (a `/` can belong to one character with what precedes it).
    static func osPart(of key: String) -> Substring {
        // The offset of the first `/` in an ASCII key (inner nil: none); nil for a key that is not ASCII.
        let slash = key.withUTF8Bytes { bytes -> Int?? in
            var found: Int?
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if found == nil, byte == UInt8(ascii: "/") { found = offset }
            }
            return .some(found)
        }
        guard let ascii = slash else { return key.prefix { $0 != "/" } }
        return ascii.map { key[..<key.utf8.index(key.utf8.startIndex, offsetBy: $0)] } ?? key[...]
    }

    static func normalizeOS(_ os: String) -> String {
        let lower = os.asciiLowercased
        return lower.utf8.count == 5 && lower == "macos" ? "darwin" : lower
    }

    /// `armv7` → `v7`, `7` → `v7`: spellings of a variant seen in the wild. Only one digit gains its `v`, as in
    /// containerd's normalization (arm 5 to 8, arm64 8 and 9, and the amd64 levels): `1809` (a Windows release put
    /// in `variant`), `10`, `08` or `8.0` are left as written, no spelling of anything.
    static func cleanVariant(_ variant: String) -> String {
        guard let first = variant.utf8.first else { return variant }  // most variants are empty
        var text = variant
        if first == UInt8(ascii: "a"), text.hasPrefix("armv") { text = "v" + text.dropFirst(4) }
        if isVersionNumber(text) { text = "v" + text }
        return text
    }

    /// For the spelling hint only: an arm variant that is a level with more words on it — a float ABI or endianness
    /// (`armv7hf`, `armv7l`, `v6hf`, `armv5tel`, `armv7hl`) or a profile (`armv7-a`) — is written as the level (`v7`).
    /// Comparisons keep such variants as written, as containerd does: an arm/v7 client does not select `armv7l`.
    static func armLevel(_ variant: String) -> String? {
        var text = Substring(variant)
        if text.hasPrefix("armv") { text = text.dropFirst(4) } else if text.hasPrefix("v") { text = text.dropFirst() }
        guard let digit = text.first, ("5"..."8").contains(digit), text.count > 1 else { return nil }
        let rest = text.dropFirst()
        guard rest.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        return "v" + String(digit)
    }

    private static func isVersionNumber(_ text: String) -> Bool {
        text.utf8.count == 1 && (0x31...0x39).contains(text.utf8.first!)
    }

    /// containerd's `normalizeArch`, case for case.
    static func normalizeArchitecture(_ architecture: String, variant: String) -> (String, String) {
        let arch = architecture.asciiLowercased
        let variant = variant.asciiLowercased
        // Dispatched on the length first: a name is compared with the aliases of its length only.
        switch arch.utf8.count {
        case 3 where arch == "arm":
            switch variant {
            case "", "7": return ("arm", "v7")
            case "5", "6", "8": return ("arm", "v" + variant)
            default: return ("arm", variant)
            }
        case 4 where arch == "i386": return ("386", "")
        case 5:
            if arch == "amd64" { return ("amd64", variant == "v1" ? "" : variant) }
            if arch == "arm64" { return arm64(variant: variant) }
            if arch == "armhf" { return ("arm", "v7") }
            if arch == "armel" { return ("arm", "v6") }
        case 6 where arch == "x86_64" || arch == "x86-64": return ("amd64", variant == "v1" ? "" : variant)
        case 7 where arch == "aarch64": return arm64(variant: variant)
        default: break
        }
        return (arch, variant)
    }

    private static func arm64(variant: String) -> (String, String) {
        if variant.isEmpty { return ("arm64", "") }
        switch variant {
        case "8", "v8", "v8.0": return ("arm64", "")
        case "9", "9.0", "v9.0": return ("arm64", "v9")
        default: return ("arm64", variant)
        }
    }
}
