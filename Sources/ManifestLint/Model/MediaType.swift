/// The media types manifestlint knows by name, and the RFC 6838 grammar check.
public enum MediaType {
    public static let ociIndex = "application/vnd.oci.image.index.v1+json"
    public static let ociManifest = "application/vnd.oci.image.manifest.v1+json"
    public static let ociConfig = "application/vnd.oci.image.config.v1+json"
    public static let ociDescriptor = "application/vnd.oci.descriptor.v1+json"
    public static let ociLayoutHeader = "application/vnd.oci.layout.header.v1+json"
    public static let ociEmpty = "application/vnd.oci.empty.v1+json"
    public static let dockerList = "application/vnd.docker.distribution.manifest.list.v2+json"
    public static let dockerManifest = "application/vnd.docker.distribution.manifest.v2+json"
    public static let dockerSchema1 = "application/vnd.docker.distribution.manifest.v1+json"
    public static let dockerSchema1Signed = "application/vnd.docker.distribution.manifest.v1+prettyjws"
    public static let dockerConfig = "application/vnd.docker.container.image.v1+json"

    /// Media types of documents an index entry may point at.
    public static let manifestTypes: Set<String> = [ociIndex, ociManifest, dockerList, dockerManifest]

    /// RFC 6838 `type/subtype` with restricted-name characters, as the image-spec schema's pattern.
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return isRestrictedName(parts[0]) && isRestrictedName(parts[1])
    }

    private static func isRestrictedName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 127,
            first.properties.isASCIIHexDigit || ("a"..."z").contains(first) || ("A"..."Z").contains(first)
                || ("0"..."9").contains(first)
        else { return false }
        return name.unicodeScalars.dropFirst().allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "!#$&-^_.+".unicodeScalars.contains(scalar)
        }
    }

    /// True for Docker distribution media types (`application/vnd.docker.…`).
    public static func isDocker(_ text: String) -> Bool { text.hasPrefix("application/vnd.docker.") }
    /// True for OCI media types (`application/vnd.oci.…`).
    public static func isOCI(_ text: String) -> Bool { text.hasPrefix("application/vnd.oci.") }
}
