import Foundation

/// An RFC 6901 JSON pointer such as `/manifests/1/platform`, stored in its escaped text form so that
/// building one while walking a document costs a single string append.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible, Comparable {
    /// The escaped pointer text (`""` for the whole document).
    public let description: String

    public init(_ tokens: [String] = []) {
        description = tokens.map { "/" + Self.escape($0) }.joined()
    }

    private init(text: String) { description = text }

    public static let root = JSONPointer()

    public func appending(_ key: String) -> JSONPointer { JSONPointer(text: description + "/" + Self.escape(key)) }
    public func appending(_ index: Int) -> JSONPointer { JSONPointer(text: description + "/" + String(index)) }

    /// The unescaped reference tokens.
    public var tokens: [String] {
        guard !description.isEmpty else { return [] }
        return description.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.contains("~") ? $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") : String($0)
        }
    }

    private static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool { lhs.description < rhs.description }
}
