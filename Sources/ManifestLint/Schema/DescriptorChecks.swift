import Crypto
import Foundation

/// Checks of an OCI content descriptor (image-spec descriptor.md) wherever one appears.
enum DescriptorChecks {
    /// Validates the descriptor at `pointer`; `what` names it in messages ("manifests[1]").
    static func check(_ value: JSONValue, at pointer: JSONPointer, what: String, into collector: inout FindingCollector) {
        guard value.objectMembers != nil else {
            collector.report("wrong-type", .error, at: pointer, "\(what) is \(article(value.typeName)), expected a descriptor object")
            return
        }
        if let mediaType = collector.requireField("mediaType", in: value, at: pointer, what: what) {
            checkMediaType(mediaType, field: "mediaType", at: pointer.appending("mediaType"), into: &collector)
        }
        if let artifactType = value["artifactType"] {
            checkMediaType(artifactType, field: "artifactType", at: pointer.appending("artifactType"), into: &collector)
        }
        let digestIsValid = collector.requireField("digest", in: value, at: pointer, what: what)
            .map { checkDigest($0, at: pointer.appending("digest"), into: &collector) } ?? false
        var size: Int64?
        if let sizeValue = collector.requireField("size", in: value, at: pointer, what: what) {
            size = checkSize(sizeValue, at: pointer.appending("size"), into: &collector)
        }
        collector.expectStringArray("urls", in: value, at: pointer, nullable: false)
        if let urls = value["urls"]?.arrayElements {
            for (index, url) in urls.enumerated() {
                guard let text = url.stringValue else { continue }
                if !isURI(text) {
                    collector.report("invalid-url", .error, at: pointer.appending("urls").appending(index),
                        "\"\(text)\" is not an absolute URI (expected e.g. https://example.com/blob)")
                } else if let scheme = text.split(separator: ":", maxSplits: 1).first?.lowercased(), scheme != "http", scheme != "https" {
                    // descriptor.md: entries SHOULD use http or https; a client that follows `file://` or a
                    // custom scheme reads from wherever the manifest's author says.
                    collector.report("non-http-url", .warning, at: pointer.appending("urls").appending(index),
                        "\"\(text)\" uses the \(scheme) scheme; urls entries should be http or https (image-spec descriptor.md)")
                }
            }
        }
        collector.expectStringMap("annotations", in: value, at: pointer, rule: "invalid-annotations")
        if let data = value["data"] {
            let digest = digestIsValid ? value["digest"]?.stringValue.flatMap { try? Digest(parsing: $0) } : nil
            checkData(data, digest: digest, size: size, at: pointer.appending("data"), into: &collector)
        }
        if let platform = value["platform"] {
            PlatformChecks.check(platform, at: pointer.appending("platform"), into: &collector)
        }
    }

    /// `pointer` is worked out only for a finding (these run on every descriptor field of every document).
    static func checkMediaType(_ value: JSONValue, field: String, at pointer: @autoclosure () -> JSONPointer, into collector: inout FindingCollector) {
        guard let text = value.stringValue else {
            collector.report("wrong-type", .error, at: pointer(), "\"\(field)\" is \(article(value.typeName)), expected a string")
            return
        }
        if !MediaType.isWellFormed(text) {
            collector.report("invalid-media-type", .error, at: pointer(),
                "\"\(field)\" \"\(text)\" is not an RFC 6838 media type (expected type/subtype, e.g. \(MediaType.ociManifest))")
        }
    }

    /// Whether `value` is a digest string; reports why not.
    static func checkDigest(_ value: JSONValue, at pointer: @autoclosure () -> JSONPointer, into collector: inout FindingCollector) -> Bool {
        guard let text = value.stringValue else {
            collector.report("wrong-type", .error, at: pointer(), "\"digest\" is \(article(value.typeName)), expected a string")
            return false
        }
        if let problem = Digest.problem(in: text) {
            collector.report("invalid-digest", .error, at: pointer(), "digest \"\(text)\" \(problem)")
            return false
        }
        return true
    }

    static func checkSize(_ value: JSONValue, at pointer: @autoclosure () -> JSONPointer, into collector: inout FindingCollector) -> Int64? {
        guard let size = value.integerValue else {
            collector.report("invalid-size", .error, at: pointer(),
                "\"size\" is \(article(value.typeName)), expected an integer number of bytes")
            return nil
        }
        guard size >= 0 else {
            collector.report("invalid-size", .error, at: pointer(), "\"size\" is \(size), expected a byte count >= 0")
            return nil
        }
        return size
    }

    /// `data` must be padded standard base64 whose bytes match the descriptor's size and digest.
    static func checkData(_ value: JSONValue, digest: Digest?, size: Int64?, at pointer: JSONPointer, into collector: inout FindingCollector) {
        guard let text = value.stringValue else {
            collector.report("wrong-type", .error, at: pointer, "\"data\" is \(article(value.typeName)), expected a base64 string")
            return
        }
        guard let bytes = Data(base64Encoded: text) else {
            collector.report("invalid-data", .error, at: pointer,
                "\"data\" is not valid base64 (RFC 4648 standard alphabet with padding)")
            return
        }
        if let size, Int64(bytes.count) != size {
            collector.report("data-mismatch", .error, at: pointer,
                "\"data\" holds \(bytes.count) bytes but \"size\" says \(size)")
        }
        if let digest, let actual = ContentHash.digest(of: bytes, algorithm: digest.algorithm), actual != digest.encoded {
            collector.report("data-mismatch", .error, at: pointer,
                "\"data\" hashes to \(digest.algorithm):\(actual), not the descriptor's \(digest)")
        }
    }

    /// An absolute URI per RFC 3986: a scheme, then characters allowed in a URI.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
            scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0)) })
        else { return false }
        let allowed = "-._~:/?#[]@!$&'()*+,;=%"
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || allowed.unicodeScalars.contains($0)) }
    }
}

/// Hashes bytes with the digest algorithms swift-crypto provides.
public enum ContentHash {
    /// The lowercase hex digest of `bytes`, or nil for an algorithm manifestlint cannot compute.
    public static func digest(of bytes: Data, algorithm: String) -> String? {
        switch algorithm {
        case "sha256": return BlobHasher.hex(SHA256.hash(data: bytes))
        case "sha512": return BlobHasher.hex(SHA512.hash(data: bytes))
        default: return nil
        }
    }
}
