import Crypto

/// Incremental hashing for the digest algorithms content can be verified with.
struct BlobHasher {
    private var sha256: SHA256?
    private var sha512: SHA512?
    let algorithm: String

    /// Nil for algorithms manifestlint cannot compute.
    init?(algorithm: String) {
        self.algorithm = algorithm
        switch algorithm {
        case "sha256": sha256 = SHA256()
        case "sha512": sha512 = SHA512()
        default: return nil
        }
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        sha256?.update(bufferPointer: bytes)
        sha512?.update(bufferPointer: bytes)
    }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    func finalize() -> Digest {
        let hex: String
        if let sha256 { hex = Self.hex(Array(sha256.finalize())) } else if let sha512 { hex = Self.hex(Array(sha512.finalize())) } else { hex = "" }
        // The encoding is lowercase hex of the right length, so parsing cannot fail.
        return (try? Digest(parsing: algorithm + ":" + hex)) ?? Digest(unchecked: algorithm, hex)
    }

    static func digest(of bytes: [UInt8], algorithm: String) -> Digest? {
        guard var hasher = BlobHasher(algorithm: algorithm) else { return nil }
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Lower-case hex of `bytes` (digests, fingerprints).
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(64)
        for byte in bytes { result += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
        return String(decoding: result, as: UTF8.self)
    }
}
