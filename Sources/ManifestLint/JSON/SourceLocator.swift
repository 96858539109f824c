/// A line and column in a file, both 1-based; the column counts characters.
public struct SourcePosition: Sendable, Hashable, Codable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A span of a file: `end` is the position just after the last character.
public struct SourceRegion: Sendable, Hashable, Codable {
    public let start: SourcePosition
    public let end: SourcePosition
}

/// Maps JSON pointers to positions in the original bytes.
///
/// jansson keeps no node positions, so after jansson has accepted a document this walks its bytes
/// along the pointer's path, skipping everything else. It never judges validity: jansson already did.
/// Many findings in one large file cost one pass, not one pass each: the members of every container walked
/// are indexed the first time, and line and column come from a `PositionIndex`.
/// A class, not Sendable: it caches as it goes, and lives for the findings of one document.
public final class SourceLocator {
    private let bytes: [UInt8]
    /// Offsets of the children of containers already walked, by the container's offset: array elements in order,
    /// object members by key (the first of duplicates, as a reader would find them).
    private var arrayChildren: [Int: [Int]] = [:]
    private var objectChildren: [Int: [String: Int]] = [:]
    /// Line and column lookups, built on first use.
    private var positions: PositionIndex?

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The position of the value at `pointer`, or of its nearest ancestor that exists.
    public func position(of pointer: JSONPointer) -> SourcePosition {
        position(ofOffset: offset(of: pointer))
    }

    /// The byte offset where the value at `pointer` (or its nearest existing ancestor) starts.
    public func offset(of pointer: JSONPointer) -> Int {
        var cursor = 0
        skipWhitespace(&cursor)
        var found = cursor
        for token in pointer.tokens {
            guard cursor < bytes.count, let next = child(token, ofValueAt: cursor) else { break }
            cursor = next
            found = next
        }
        return found
    }

    /// Where the value at `pointer` starts and where it ends (the position just after its last character).
    public func region(of pointer: JSONPointer) -> SourceRegion {
        let start = offset(of: pointer)
        var end = start
        skipValue(&end)
        return SourceRegion(start: position(ofOffset: start), end: position(ofOffset: end))
    }

    /// The position of a byte offset (see `PositionIndex`: at most 1 KiB counted however long the line).
    public func position(ofOffset offset: Int) -> SourcePosition {
        if positions == nil { positions = PositionIndex(bytes) }
        return positions!.position(ofOffset: offset, in: bytes)
    }

    /// The offset of member `token` (object) or element `token` (array) of the value at `start`.
    private func child(_ token: String, ofValueAt start: Int) -> Int? {
        switch bytes[start] {
        case UInt8(ascii: "{"):
            if objectChildren[start] == nil { objectChildren[start] = indexObject(at: start) }
            return objectChildren[start]?[token]
        case UInt8(ascii: "["):
            guard let wanted = Int(token), wanted >= 0 else { return nil }
            if arrayChildren[start] == nil { arrayChildren[start] = indexArray(at: start) }
            guard let elements = arrayChildren[start], wanted < elements.count else { return nil }
            return elements[wanted]
        default:
            return nil
        }
    }

    private func indexObject(at start: Int) -> [String: Int] {
        var members: [String: Int] = [:]
        var cursor = start + 1
        while true {
            skipSeparators(&cursor)
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") else { return members }
            let key = readString(&cursor)
            skipWhitespace(&cursor)
            cursor += 1  // the colon
            skipWhitespace(&cursor)
            if members[key] == nil { members[key] = cursor }
            skipValue(&cursor)
        }
    }

    private func indexArray(at start: Int) -> [Int] {
        var elements: [Int] = []
        var cursor = start + 1
        while true {
            skipSeparators(&cursor)
            guard cursor < bytes.count, bytes[cursor] != UInt8(ascii: "]") else { return elements }
            elements.append(cursor)
            skipValue(&cursor)
        }
    }

    private func skipWhitespace(_ cursor: inout Int) {
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D || bytes[cursor] == 0x09 {
            cursor += 1
        }
    }

    private func skipSeparators(_ cursor: inout Int) {
        while cursor < bytes.count,
            bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D || bytes[cursor] == 0x09 || bytes[cursor] == UInt8(ascii: ",")
        { cursor += 1 }
    }

    /// Moves past one value (string, number, literal, or a whole object or array).
    private func skipValue(_ cursor: inout Int) {
        guard cursor < bytes.count else { return }
        switch bytes[cursor] {
        case UInt8(ascii: "\""):
            skipString(&cursor)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: "\"") { skipString(&cursor); continue }
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { cursor += 1; return }
                }
                cursor += 1
            }
        default:
            while cursor < bytes.count, !",]} \n\r\t".utf8.contains(bytes[cursor]) { cursor += 1 }
        }
    }

    private func skipString(_ cursor: inout Int) {
        cursor += 1
        while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "\"") {
            if bytes[cursor] == UInt8(ascii: "\\") { cursor += 1 }
            cursor += 1
        }
        cursor += 1
    }

    /// Reads a string token starting at its opening quote and returns its decoded text.
    private func readString(_ cursor: inout Int) -> String {
        let start = cursor
        skipString(&cursor)
        let token = Array(bytes[start..<min(cursor, bytes.count)])
        if !token.contains(UInt8(ascii: "\\")) { return String(decoding: token.dropFirst().dropLast(), as: UTF8.self) }
        // Escaped keys are rare; let jansson decode them rather than decoding escapes here.
        if case .success(.string(let text)) = JanssonParser.parse(token) { return text }
        return String(decoding: token.dropFirst().dropLast(), as: UTF8.self)
    }
}
