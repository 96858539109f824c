/// Domain functions that turn a value into the string a check compares.
public enum ValueTransform: String, Sendable, CaseIterable {
    /// A platform object (or `os/arch[/variant]` string) → its normalized selection key, with `os.version` and `os.features`.
    case platform
    /// A platform → normalized `os/arch[/variant]` only.
    case platformBasic = "platform-basic"
    /// A platform → `os/arch[/variant]` in its canonical spelling (see `Platform.canonicalSpelling()`).
    case platformCanonical = "platform-canonical"
    /// A platform → `os/arch[/variant]` exactly as written.
    case platformWritten = "platform-written"
    /// An architecture name → its normalized form (`x86_64` → `amd64`).
    case architecture
    /// An OS name → its normalized form (lower case, `macos` → `darwin`).
    case os
    /// A media type → `Docker` or `OCI` (nothing for other media types).
    case mediaTypeFamily = "media-type-family"
    /// A string → lower case.
    case lowercase

    public func apply(_ value: JSONValue) -> String? {
        switch self {
        case .platform: return platform(value)?.normalized().selectionKey
        case .platformBasic: return platform(value)?.normalized().description
        case .platformCanonical: return platform(value)?.canonicalSpelling().description
        case .platformWritten: return platform(value)?.description
        case .architecture: return value.stringValue.map { Platform.normalizeArchitecture($0, variant: "").0 }
        case .os: return value.stringValue.map(Platform.normalizeOS)
        case .mediaTypeFamily:
            guard let text = value.stringValue else { return nil }
            if MediaType.isDocker(text) { return "Docker" }
            if MediaType.isOCI(text) { return "OCI" }
            return nil
        case .lowercase: return value.stringValue?.asciiLowercased  // lowercased(), without Unicode tables for ASCII text
        }
    }

    private func platform(_ value: JSONValue) -> Platform? {
        if let text = value.stringValue { return Platform(specifier: text) }
        return Platform(json: value)
    }
}
