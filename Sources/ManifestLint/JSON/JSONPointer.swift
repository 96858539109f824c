import Foundation

/// An RFC 6901 JSON pointer such as `/manifests/1/platform`. Kept as its unescaped steps, each linked to the
/// pointer it extends, so that the pointers checks pass along while walking a document cost one small node each;
/// the escaped text is built only when asked for (for a finding).
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible, Comparable {
    private enum Token: Sendable {
        case name(String)
        case index(Int)
    }

    /// One step and the steps before it.
    private final class Step: Sendable {
        let parent: Step?
        let token: Token
        let depth: Int

        init(parent: Step?, token: Token) {
            self.parent = parent
            self.token = token
            depth = (parent?.depth ?? 0) + 1
        }
    }

    private let last: Step?

    public init(_ tokens: [String] = []) {
        last = tokens.reduce(nil) { Step(parent: $0, token: .name($1)) }
    }

    private init(last: Step) { self.last = last }

    public static let root = JSONPointer()

    public func appending(_ key: String) -> JSONPointer { JSONPointer(last: Step(parent: last, token: .name(key))) }
    public func appending(_ index: Int) -> JSONPointer { JSONPointer(last: Step(parent: last, token: .index(index))) }

    /// The steps from the root, in order.
    private var steps: [Token] {
        var result: [Token] = []
        result.reserveCapacity(last?.depth ?? 0)
        var step = last
        while let current = step {
            result.append(current.token)
            step = current.parent
        }
        return result.reversed()
    }

    /// The steps as text that keeps their kind (`.name`, `#index`), for results stored in the audit cache.
    var stepCodes: [String] {
        steps.map { token in
            switch token {
            case .name(let name): return "." + name
            case .index(let index): return "#" + String(index)
            }
        }
    }

    /// The pointer `stepCodes` wrote.
    init(stepCodes: [String]) {
        var pointer = JSONPointer.root
        for code in stepCodes {
            if code.hasPrefix("#"), let index = Int(code.dropFirst()) { pointer = pointer.appending(index) } else { pointer = pointer.appending(String(code.dropFirst())) }
        }
        self = pointer
    }

    /// The unescaped reference tokens.
    public var tokens: [String] {
        steps.map { token in
            switch token {
            case .name(let name): return name
            case .index(let index): return String(index)
            }
        }
    }

    /// The escaped pointer text (`""` for the whole document).
    public var description: String {
        var text = ""
        for token in steps {
            text += "/"
            switch token {
            case .name(let name): text += Self.escape(name)
            case .index(let index): text += String(index)
            }
        }
        return text
    }

    private static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// Pointers are equal when their texts are (`/0` names the same node whether built from a name or an index).
    public static func == (lhs: JSONPointer, rhs: JSONPointer) -> Bool { lhs.last === rhs.last || lhs.description == rhs.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool { lhs.description < rhs.description }
}
