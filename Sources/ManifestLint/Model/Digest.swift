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
    static let registered: [String: (length: Int, label: String)] = [
        "sha256": (64, "64 lowercase hex characters"),
        "sha512": (128, "128 lowercase hex characters"),
        "blake3": (64, "64 lowercase hex characters"),
    ]

    /// Parses `text` by the grammar of image-spec descriptor.md:
    /// `algorithm-component (algorithm-separator algorithm-component)* ":" [a-zA-Z0-9=_-]+`.
    public init(parsing text: String) throws(Problem) {
        guard let colon = text.firstIndex(of: ":") else { throw .grammar }
        let algorithm = String(text[..<colon])
        let encoded = String(text[text.index(after: colon)...])
        guard Self.isAlgorithm(algorithm), !encoded.isEmpty,
            encoded.unicodeScalars.allSatisfy({ Self.isAlphanumeric($0) || "=_-".unicodeScalars.contains($0) })
        else { throw .grammar }
        if let rule = Self.registered[algorithm] {
            let lowerHex = encoded.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
            guard encoded.count == rule.length, lowerHex else {
                throw .encoding(algorithm: algorithm, expected: rule.label)
            }
        }
        self.algorithm = algorithm
        self.encoded = encoded
    }

    /// True when the algorithm is one the image-spec registers (sha256, sha512, blake3).
    public var isRegistered: Bool { Self.registered[algorithm] != nil }

    private static func isAlgorithm(_ text: String) -> Bool {
        var previousWasSeparator = true
        for scalar in text.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                previousWasSeparator = false
            } else if "+._-".unicodeScalars.contains(scalar) {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else {
                return false
            }
        }
        return !previousWasSeparator
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
