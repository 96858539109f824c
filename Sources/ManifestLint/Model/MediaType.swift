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

    /// RFC 6838 `type/subtype` with restricted-name characters (at most 127 each), as the image-spec schema's pattern.
    public static func isWellFormed(_ text: String) -> Bool {
        text.withUTF8Bytes(isWellFormed)
    }

    private static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var partLength = 0
        var slashes = 0
        return nameCharacters.withUnsafeBufferPointer { table in
            for byte in bytes {
                if byte == UInt8(ascii: "/") {
                    guard partLength > 0 else { return false }
                    slashes += 1
                    partLength = 0
                    continue
                }
                let kind = table[Int(byte)]
                guard kind == alphanumeric || (partLength > 0 && kind == punctuation) else { return false }
                partLength += 1
                if partLength > 127 { return false }
            }
            return slashes == 1 && partLength > 0
        }
    }

    private static let alphanumeric: UInt8 = 1, punctuation: UInt8 = 2
    /// RFC 6838 restricted-name characters by byte: letters and digits (which may start a name) and `!#$&-^_.+`.
    private static let nameCharacters: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        let scalar = UInt8(byte)
        if (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar) { return alphanumeric }
        return "!#$&-^_.+".utf8.contains(scalar) ? punctuation : 0
    }

    /// True for Docker distribution media types (`application/vnd.docker.…`).
    public static func isDocker(_ text: String) -> Bool { text.hasPrefix("application/vnd.docker.") }
    /// True for OCI media types (`application/vnd.oci.…`).
    public static func isOCI(_ text: String) -> Bool { text.hasPrefix("application/vnd.oci.") }
}
