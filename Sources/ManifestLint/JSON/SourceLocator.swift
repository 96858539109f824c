/// A line and column in a file, both 1-based; the column counts characters.
public struct SourcePosition: Sendable, Hashable, Codable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// Maps JSON pointers to positions in the original bytes.
///
/// jansson keeps no node positions, so after jansson has accepted a document this walks its bytes
/// once and records where each value starts. It never judges validity: jansson already did.
public struct SourceLocator: Sendable {
    private var offsets: [JSONPointer: Int] = [:]
    private var lineStarts: [Int] = [0]
    private let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        for (index, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
        var cursor = 0
        scanValue(at: &cursor, pointer: .root)
    }

    /// The position of the value at `pointer`, or of its nearest located ancestor.
    public func position(of pointer: JSONPointer) -> SourcePosition {
        var tokens = pointer.tokens
        while true {
            if let offset = offsets[JSONPointer(tokens)] { return position(ofOffset: offset) }
            if tokens.isEmpty { return SourcePosition(line: 1, column: 1) }
            tokens.removeLast()
        }
    }

    /// The position of a byte offset.
    public func position(ofOffset offset: Int) -> SourcePosition {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        let characters = bytes[lineStart..<min(offset, bytes.count)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return SourcePosition(line: low + 1, column: characters + 1)
    }

    private func skipWhitespace(_ cursor: inout Int) {
        while cursor < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[cursor]) { cursor += 1 }
    }

    private mutating func scanValue(at cursor: inout Int, pointer: JSONPointer) {
        skipWhitespace(&cursor)
        guard cursor < bytes.count else { return }
        offsets[pointer] = cursor
        switch bytes[cursor] {
        case UInt8(ascii: "{"):
            cursor += 1
            while true {
                skipWhitespace(&cursor)
                guard cursor < bytes.count, bytes[cursor] != UInt8(ascii: "}") else { cursor += 1; return }
                if bytes[cursor] == UInt8(ascii: ",") { cursor += 1; continue }
                let key = scanString(&cursor)
                skipWhitespace(&cursor)
                cursor += 1  // the colon
                scanValue(at: &cursor, pointer: pointer.appending(key))
            }
        case UInt8(ascii: "["):
            cursor += 1
            var index = 0
            while true {
                skipWhitespace(&cursor)
                guard cursor < bytes.count, bytes[cursor] != UInt8(ascii: "]") else { cursor += 1; return }
                if bytes[cursor] == UInt8(ascii: ",") { cursor += 1; continue }
                scanValue(at: &cursor, pointer: pointer.appending(index))
                index += 1
            }
        case UInt8(ascii: "\""):
            _ = scanString(&cursor)
        default:
            while cursor < bytes.count, !",]} \n\r\t".utf8.contains(bytes[cursor]) { cursor += 1 }
        }
    }

    /// Reads a string token starting at its opening quote and returns its decoded text.
    private func scanString(_ cursor: inout Int) -> String {
        let start = cursor
        cursor += 1
        var hasEscape = false
        while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "\"") {
            if bytes[cursor] == UInt8(ascii: "\\") { hasEscape = true; cursor += 1 }
            cursor += 1
        }
        cursor += 1
        let token = Array(bytes[start..<min(cursor, bytes.count)])
        if !hasEscape { return String(decoding: token.dropFirst().dropLast(), as: UTF8.self) }
        // Escaped keys are rare; let jansson decode them rather than decoding escapes here.
        if case .success(.string(let text)) = JanssonParser.parse(token) { return text }
        return String(decoding: token.dropFirst().dropLast(), as: UTF8.self)
    }
}
