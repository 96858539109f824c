import Glibc

/// Member names and values that recur in nearly every manifest, as string literals. The Swift tree reuses these
/// instead of building a new `String` for each occurrence: a literal needs no allocation, no UTF-8 validation and no
/// reference counting (its storage is immortal, so two cores sharing it never contend), and two copies of one
/// literal compare equal by identity before any byte is read. Selector names in rules are mapped to the same
/// literals, so a member look-up in a document is an identity test for these names.
/// `@unchecked Sendable`: the table is filled in `init` and only read afterwards.
final class KnownStrings: @unchecked Sendable {
    static let shared = KnownStrings()

    /// The words: field names of the OCI image-spec and the Docker distribution spec, common annotation keys,
    /// media types and platform values. Any string may be added; a word not listed is simply built as before.
    static let words: [String] = [
        // Manifests, indexes and descriptors.
        "schemaVersion", "mediaType", "artifactType", "manifests", "config", "layers", "subject", "annotations",
        "digest", "size", "urls", "data", "platform", "architecture", "os", "os.version", "os.features", "variant",
        "features", "blobs",
        // Image configuration.
        "created", "author", "rootfs", "type", "diff_ids", "history", "created_by", "empty_layer", "comment",
        "User", "Env", "Entrypoint", "Cmd", "WorkingDir", "Labels", "ExposedPorts", "Volumes", "StopSignal",
        "ArgsEscaped", "OnBuild", "Hostname", "Domainname", "Image", "container", "container_config",
        "docker_version", "imageLayoutVersion",
        // Docker schema 1.
        "name", "tag", "fsLayers", "blobSum", "v1Compatibility", "signatures",
        // Annotation keys.
        "org.opencontainers.image.ref.name", "org.opencontainers.image.created", "org.opencontainers.image.source",
        "org.opencontainers.image.revision", "org.opencontainers.image.version", "org.opencontainers.image.title",
        "org.opencontainers.image.description", "org.opencontainers.image.url", "org.opencontainers.image.licenses",
        "org.opencontainers.image.authors", "org.opencontainers.image.vendor", "org.opencontainers.image.documentation",
        "org.opencontainers.image.base.name", "org.opencontainers.image.base.digest",
        "vnd.docker.reference.type", "vnd.docker.reference.digest", "attestation-manifest",
        "io.github.containers.compression.zstd", "containerd.io/distribution.source", "io.containerd.image.name",
        "com.docker.official-images.bashbrew.arch",
        // Media types.
        MediaType.ociIndex, MediaType.ociManifest, MediaType.ociConfig, MediaType.ociDescriptor,
        MediaType.ociLayoutHeader, MediaType.ociEmpty, MediaType.dockerList, MediaType.dockerManifest,
        MediaType.dockerSchema1, MediaType.dockerSchema1Signed, MediaType.dockerConfig,
        "application/vnd.oci.image.layer.v1.tar", "application/vnd.oci.image.layer.v1.tar+gzip",
        "application/vnd.oci.image.layer.v1.tar+zstd", "application/vnd.oci.image.layer.nondistributable.v1.tar",
        "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip",
        "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd",
        "application/vnd.docker.image.rootfs.diff.tar.gzip", "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip",
        "application/vnd.in-toto+json", "application/vnd.dev.cosign.simplesigning.v1+json",
        // Platform values.
        "linux", "windows", "darwin", "freebsd", "unknown", "amd64", "arm64", "arm", "386", "ppc64le", "s390x",
        "riscv64", "mips64le", "loong64", "v5", "v6", "v7", "v8", "true",
    ]

    /// Slots of an open-addressing table (linear probing): the index into `words` plus one, 0 when empty.
    private let slots: UnsafeMutablePointer<Int32>
    private let mask: Int
    /// The words' UTF-8 bytes, contiguous, and where each one starts.
    private let bytes: UnsafeMutablePointer<UInt8>
    private let starts: [Int]
    private let strings: [String]

    private init() {
        strings = Self.words  // kept per instance: the hot path reads no global
        var starts: [Int] = [], all: [UInt8] = []
        for word in strings {
            starts.append(all.count)
            all += word.utf8
        }
        starts.append(all.count)
        self.starts = starts
        bytes = .allocate(capacity: max(1, all.count))
        bytes.initialize(from: all, count: all.count)
        let capacity = 1024  // under a quarter full: probes stay short
        mask = capacity - 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        for index in strings.indices {
            let word = UnsafeBufferPointer(start: bytes + starts[index], count: starts[index + 1] - starts[index])
            var slot = Self.hash(word) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// The text of `utf8` (valid UTF-8, as jansson delivers it): the listed literal when it is one of the words.
    func string(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        if let index = find(utf8) { return strings[index] }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// `text` itself, or the listed literal equal to it (rule selectors use this so look-ups compare identities).
    func canonical(_ text: String) -> String {
        var text = text
        return text.withUTF8 { find($0) }.map { strings[$0] } ?? text
    }

    private func find(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard utf8.count > 0, utf8.count <= 64 else { return nil }
        var slot = Self.hash(utf8) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let start = starts[entry - 1], length = starts[entry] - start
            if length == utf8.count, memcmp(bytes + start, utf8.baseAddress!, length) == 0 { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Mixes the length and the first and last eight bytes: enough to tell the listed words apart cheaply.
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let count = utf8.count
        var head: UInt64 = 0, tail: UInt64 = 0
        if count >= 8 {
            let raw = UnsafeRawPointer(utf8.baseAddress!)
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            for byte in utf8 { head = head << 8 | UInt64(byte) }
        }
        var mixed = (head &+ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15 ^ tail &* 0xC2B2_AE3D_27D4_EB4F
        mixed ^= mixed >> 29
        return Int(truncatingIfNeeded: mixed)
    }
}
