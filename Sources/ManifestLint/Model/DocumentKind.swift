/// What a JSON document is, decided from its `mediaType`, its shape, or `--media-type`.
public enum DocumentKind: String, Sendable, CaseIterable {
    case ociIndex = "oci-index"
    case ociManifest = "oci-manifest"
    case dockerList = "docker-list"
    case dockerManifest = "docker-manifest"
    case dockerSchema1 = "docker-schema1"
    case ociConfig = "oci-config"
    case descriptor = "descriptor"
    case layoutHeader = "layout-header"
    case inspectOutput = "docker-manifest-inspect"
    /// A build workflow (ACR task, shell script, CI YAML), checked through its derived intent document.
    case workflow = "workflow"
    case unknown = "unknown"

    /// The kind a media type names, if it names a document kind.
    public init?(mediaType: String) {
        switch mediaType {
        case MediaType.ociIndex: self = .ociIndex
        case MediaType.ociManifest: self = .ociManifest
        case MediaType.dockerList: self = .dockerList
        case MediaType.dockerManifest: self = .dockerManifest
        case MediaType.dockerSchema1, MediaType.dockerSchema1Signed: self = .dockerSchema1
        case MediaType.ociConfig, MediaType.dockerConfig: self = .ociConfig
        case MediaType.ociDescriptor: self = .descriptor
        case MediaType.ociLayoutHeader: self = .layoutHeader
        default: return nil
        }
    }

    /// The media type the document itself should declare, if any.
    public var declaredMediaType: String? {
        switch self {
        case .ociIndex: return MediaType.ociIndex
        case .ociManifest: return MediaType.ociManifest
        case .dockerList: return MediaType.dockerList
        case .dockerManifest: return MediaType.dockerManifest
        default: return nil
        }
    }

    public var isIndex: Bool { self == .ociIndex || self == .dockerList }
    public var isManifest: Bool { self == .ociManifest || self == .dockerManifest }
}

extension DocumentKind {
    /// Media types `--media-type` accepts.
    public static let knownMediaTypes = [
        MediaType.ociIndex, MediaType.ociManifest, MediaType.ociConfig, MediaType.ociDescriptor, MediaType.ociLayoutHeader,
        MediaType.dockerList, MediaType.dockerManifest, MediaType.dockerConfig, MediaType.dockerSchema1,
    ]
}
