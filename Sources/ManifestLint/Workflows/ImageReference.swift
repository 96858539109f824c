/// An image reference as a workflow writes it: `registry/path/name:tag@digest`, where template values
/// (`{{.Run.Registry}}`, `$REGISTRY`, `$(IMAGE)`) are opaque text.
struct ImageReference {
    let text: String
    /// Everything before the tag and digest.
    let repository: String
    let tag: String?

    init(_ text: String) {
        self.text = text
        let withoutDigest = text.split(separator: "@", maxSplits: 1).first.map(String.init) ?? text
        let lastSlash = withoutDigest.lastIndex(of: "/")
        let nameStart = lastSlash.map { withoutDigest.index(after: $0) } ?? withoutDigest.startIndex
        if let colon = withoutDigest[nameStart...].lastIndex(of: ":"), !Self.insideTemplate(withoutDigest, colon) {
            repository = String(withoutDigest[..<colon])
            tag = String(withoutDigest[withoutDigest.index(after: colon)...])
        } else {
            repository = withoutDigest
            tag = nil
        }
    }

    /// The platform (architecture, maybe variant) the tag names: `:1.2-arm64` → `arm64`.
    var taggedPlatform: Platform? { tag.flatMap(TagArchitecture.platform(namedIn:)) }

    private static func insideTemplate(_ text: String, _ index: String.Index) -> Bool {
        let before = text[..<index]
        return before.components(separatedBy: "{{").count > before.components(separatedBy: "}}").count
    }
}
