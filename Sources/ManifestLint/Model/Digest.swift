/// A content digest `algorithm:encoded`, validated against the image-spec grammar.
public struct Digest: Sendable, Hashable, CustomStringConvertible {
    public let algorithm: String
    public let encoded: String

    public var description: String { "\(algorithm):\(encoded)" }

    /// Why a digest string was rejected.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case grammar
        case encoding(algorithm: String, expected: String)

        public var description: String {
            switch self {
            case .grammar:
                return "is not a digest (expected algorithm:hex, e.g. sha256:<64 lowercase hex>)"
            case .encoding(let algorithm, let expected):
                return "is not a valid \(algorithm) digest (expected \(expected))"
            }
        }
    }

    /// Registered algorithms and the exact encoding each requires.
    typealias Registered = (algorithm: String, length: Int, label: String)
    static let registered: [Registered] = [
        ("sha256", 64, "64 lowercase hex characters"),
        ("sha512", 128, "128 lowercase hex characters"),
        ("blake3", 64, "64 lowercase hex characters"),
    ]

    /// A digest the caller built itself from a known algorithm and a computed encoding.
    init(unchecked algorithm: String, _ encoded: String) {
        self.algorithm = algorithm
        self.encoded = encoded
    }

    /// Parses `text` by the grammar of image-spec descriptor.md:
    /// `algorithm-component (algorithm-separator algorithm-component)* ":" [a-zA-Z0-9=_-]+`.
    public init(parsing text: String) throws(Problem) {
        let parsed = text.withUTF8Bytes { bytes in
            Self.check(bytes).map { checked in
                // A registered algorithm keeps its own spelling: no new string for `sha256`.
                Digest(unchecked: checked.rule?.algorithm ?? String(decoding: bytes[..<checked.colon], as: UTF8.self),
                       String(decoding: bytes[(checked.colon + 1)...], as: UTF8.self))
            }
        }
        self = try parsed.get()
    }

    /// Why `text` is not a digest, or nil when it is one: the grammar check of `init(parsing:)` without building
    /// the digest's strings (schema checks only need the verdict).
    static func problem(in text: String) -> Problem? {
        if case .failure(let problem) = text.withUTF8Bytes(check) { return problem }
        return nil
    }

    /// The grammar check over the text's bytes, in one pass with no copy: where the colon is, and the registered
    /// algorithm's rule (nil for another algorithm).
    private static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<(colon: Int, rule: Registered?), Problem> {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return .failure(.grammar) }
        let algorithmBytes = UnsafeBufferPointer(rebasing: bytes[..<colon])
        let encodedBytes = UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])
        // One table look-up per byte; the classes of every byte are and-ed: lower hex only if all of them are.
        var classes = encodedCharacter | lowerHex
        byteClasses.withUnsafeBufferPointer { table in
            for byte in encodedBytes { classes &= table[Int(byte)] }
        }
        guard isAlgorithm(algorithmBytes), !encodedBytes.isEmpty, classes & encodedCharacter != 0 else { return .failure(.grammar) }
        let rule = registered.first { $0.algorithm.utf8.count == algorithmBytes.count && $0.algorithm.utf8.elementsEqual(algorithmBytes) }
        if let rule, encodedBytes.count != rule.length || classes & lowerHex == 0 {
            return .failure(.encoding(algorithm: rule.algorithm, expected: rule.label))
        }
        return .success((colon, rule))
    }

    private static let encodedCharacter: UInt8 = 1, lowerHex: UInt8 = 2
    /// By byte: `[a-zA-Z0-9=_-]` (the encoded part's grammar) and `[0-9a-f]` (a registered algorithm's encoding).
    private static let byteClasses: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        let byte = UInt8(byte)
        let isLowerHex = (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
        let isEncoded = isAlphanumeric(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        return (isEncoded ? encodedCharacter : 0) | (isLowerHex ? lowerHex : 0)
    }

    /// The encoding a registered algorithm requires; nil for another algorithm.
    private static func rule(for algorithm: String) -> Registered? {
        registered.first { $0.algorithm == algorithm }
    }

    private static func isAlgorithm(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSeparator = true
        for byte in bytes {
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                previousWasSeparator = false
            } else if byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else {
                return false
            }
        }
        return !previousWasSeparator
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
    }

    /// True when the algorithm is one the image-spec registers (sha256, sha512, blake3).
    public var isRegistered: Bool { Self.rule(for: algorithm) != nil }
}
