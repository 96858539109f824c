/// The part of HCL that `docker buildx bake` files use for what is built: blocks (`target "name" { ... }`,
/// `variable`, `group`, `function`) with attributes whose values are strings (with `${...}` interpolations),
/// numbers, booleans, lists and objects. Any other expression (a conditional, an operator, a function call, a
/// `for`) is read past and becomes `unknown`, so a check that needs it skips instead of guessing.
struct BakeHCLParser {
    /// A value and the byte range where it stands.
    indirect enum Value {
        case string(String, Range<Int>)
        case list([Value], Range<Int>)
        case object([(key: String, value: Value)], Range<Int>)
        case reference(String, Range<Int>)
        case literal(String, Range<Int>)
        /// `split(",", PLATFORMS)`: a separator and the string (or variable) it splits, which the reader resolves.
        case split(String, Value, Range<Int>)
        case unknown(Range<Int>)
    }

    struct Block {
        let type: String
        let labels: [(text: String, range: Range<Int>)]
        var attributes: [(name: String, value: Value)] = []
        var blocks: [Block] = []
    }

    struct ParseError: Error {
        let offset: Int
        let message: String
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var depth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The file's top-level blocks; throws at the first place the file is not HCL.
    static func parse(_ bytes: [UInt8]) throws(ParseError) -> [Block] {
        var parser = BakeHCLParser(bytes)
        return try parser.body(closing: nil).blocks
    }

    private mutating func body(closing: UInt8?) throws(ParseError) -> Block {
        var block = Block(type: "", labels: [])
        depth += 1
        defer { depth -= 1 }
        guard depth <= Limits.nestingDepth else { throw ParseError(offset: offset, message: "blocks nested too deep") }
        while true {
            skipSpace(newlines: true)
            guard offset < bytes.count else {
                if closing != nil { throw ParseError(offset: offset, message: "a block is not closed") }
                return block
            }
            if let closing, bytes[offset] == closing { offset += 1; return block }
            guard let name = identifier() else { throw ParseError(offset: offset, message: "expected an attribute or a block") }
            skipSpace(newlines: false)
            if peek("=") && !peek("==") {
                offset += 1
                block.attributes.append((name, try expression()))
                continue
            }
            var labels: [(String, Range<Int>)] = []
            while offset < bytes.count, bytes[offset] != UInt8(ascii: "{") {
                if bytes[offset] == UInt8(ascii: "\""), case .string(let text, let range) = try stringLiteral() {
                    labels.append((text, range))
                } else if let label = identifier() {
                    labels.append((label, (offset - label.utf8.count)..<offset))
                } else {
                    throw ParseError(offset: offset, message: "expected \"=\" or a block")
                }
                skipSpace(newlines: false)
            }
            guard offset < bytes.count else { throw ParseError(offset: offset, message: "expected \"{\"") }
            offset += 1
            var inner = try body(closing: UInt8(ascii: "}"))
            inner = Block(type: name, labels: labels, attributes: inner.attributes, blocks: inner.blocks)
            block.blocks.append(inner)
        }
    }

    /// One expression; anything past a simple value up to the end of the expression makes it unknown.
    private mutating func expression() throws(ParseError) -> Value {
        skipSpace(newlines: false)
        let start = offset
        var value = try primary()
        skipSpace(newlines: false)
        if offset < bytes.count, !",]})\n#".utf8.contains(bytes[offset]), !(peek("//")) {
            try skipExpression()
            value = .unknown(start..<offset)
        }
        return value
    }

    private mutating func primary() throws(ParseError) -> Value {
        guard offset < bytes.count else { throw ParseError(offset: offset, message: "expected a value") }
        let start = offset
        // Lists and objects nest by recursion: bounded like blocks, so `[[[[…` cannot exhaust the stack.
        depth += 1
        defer { depth -= 1 }
        guard depth <= Limits.nestingDepth * 4 else { throw ParseError(offset: offset, message: "values nested too deep") }
        switch bytes[offset] {
        case UInt8(ascii: "\""): return try stringLiteral()
        case UInt8(ascii: "["):
            offset += 1
            skipSpace(newlines: true)
            if let word = peekIdentifier(), word == "for" { try skipBalanced(from: start); return .unknown(start..<offset) }
            var items: [Value] = []
            while true {
                skipSpace(newlines: true)
                guard offset < bytes.count else { throw ParseError(offset: start, message: "a list is not closed") }
                if bytes[offset] == UInt8(ascii: "]") { offset += 1; return .list(items, start..<offset) }
                items.append(try expression())
                skipSpace(newlines: true)
                if offset < bytes.count, bytes[offset] == UInt8(ascii: ",") { offset += 1 }
            }
        case UInt8(ascii: "{"):
            offset += 1
            skipSpace(newlines: true)
            if let word = peekIdentifier(), word == "for" { try skipBalanced(from: start); return .unknown(start..<offset) }
            var members: [(String, Value)] = []
            while true {
                skipSpace(newlines: true)
                guard offset < bytes.count else { throw ParseError(offset: start, message: "an object is not closed") }
                if bytes[offset] == UInt8(ascii: "}") { offset += 1; return .object(members, start..<offset) }
                let key = try objectKey()
                skipSpace(newlines: false)
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "=") || bytes[offset] == UInt8(ascii: ":") else {
                    throw ParseError(offset: offset, message: "expected \"=\" after an object key")
                }
                offset += 1
                members.append((key, try expression()))
                skipSpace(newlines: true)
                if offset < bytes.count, bytes[offset] == UInt8(ascii: ",") { offset += 1 }
            }
        case UInt8(ascii: "("):
            try skipBalanced(from: start)
            return .unknown(start..<offset)
        case UInt8(ascii: "<") where peek("<<"):
            return try heredoc()
        default:
            guard let word = identifier() else {
                // A number or an operator: read to the end of the expression. Nothing read (a stray `}` or `)`)
                // is an error, so that a list or object loop always moves on.
                try skipExpression()
                guard offset > start else { throw ParseError(offset: offset, message: "expected a value") }
                return .unknown(start..<offset)
            }
            if ["true", "false", "null"].contains(word) { return .literal(word, start..<offset) }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "(") {
                if word == "split", let split = try splitCall(from: start) { return split }
                try skipBalanced(from: offset)
                return .unknown(start..<offset)
            }
            // `target.base.tags`, `var[0]`: references beyond a plain variable are unknown.
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") || bytes[offset] == UInt8(ascii: "[") {
                try skipExpression()
                return .unknown(start..<offset)
            }
            return .reference(word, start..<offset)
        }
    }

    /// An object key: a name or a string as written, or any other expression (`format_tag(REGISTRY, "x") = ...`,
    /// `(var.name) = ...`, which HCL allows) as "?", a key nothing looks up. The parser stops before the `=` or `:`.
    private mutating func objectKey() throws(ParseError) -> String {
        let start = offset
        if bytes[offset] == UInt8(ascii: "\""), case .string(let text, _) = try stringLiteral(), atKeyEnd() { return text }
        offset = start
        if let name = identifier(), atKeyEnd() { return name }
        offset = start
        while offset < bytes.count, !atKeyEnd() {
            let byte = bytes[offset]
            if byte == 0x0A || ",]}".utf8.contains(byte) { break }
            if "([{".utf8.contains(byte) { try skipBalanced(from: offset); continue }
            if byte == UInt8(ascii: "\"") { _ = try stringLiteral(); continue }
            // `==`, `!=`, `<=`, `>=` are operators, not the `=` that ends the key.
            offset += "=!<>".utf8.contains(byte) && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "=") ? 2 : 1
        }
        guard offset > start else { throw ParseError(offset: offset, message: "expected an object key") }
        return "?"
    }

    /// After spaces, an `=` (not `==`) or `:`: where an object key ends.
    private mutating func atKeyEnd() -> Bool {
        let start = offset
        skipSpace(newlines: false)
        defer { offset = start }
        return offset < bytes.count && (bytes[offset] == UInt8(ascii: ":") || bytes[offset] == UInt8(ascii: "=") && !peek("=="))
    }

    /// `split("SEP", VALUE)` with a literal separator and a string or plain variable: bake files write their platform
    /// lists so (`platforms = split(",", PLATFORMS)`). Nil, with the parser where it was, for any other call.
    private mutating func splitCall(from start: Int) throws(ParseError) -> Value? {
        let open = offset
        offset += 1
        skipSpace(newlines: true)
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "\""), case .string(let separator, _) = try stringLiteral(), !separator.contains("${") {
            skipSpace(newlines: true)
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                skipSpace(newlines: true)
                let argument = try expression()
                skipSpace(newlines: true)
                if offset < bytes.count, bytes[offset] == UInt8(ascii: ")") {
                    offset += 1
                    switch argument {
                    case .string, .reference: return .split(separator, argument, start..<offset)
                    default: break
                    }
                }
            }
        }
        offset = open
        return nil
    }

    /// `"text ${interpolation} text"`: the text as written between the quotes (escapes `\"` and `\\` undone).
    private mutating func stringLiteral() throws(ParseError) -> Value {
        let start = offset
        offset += 1
        var text: [UInt8] = []
        var interpolation = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x0A, interpolation == 0 { break }
            if byte == UInt8(ascii: "\\"), offset + 1 < bytes.count {
                let next = bytes[offset + 1]
                text.append(next == UInt8(ascii: "n") ? 0x0A : next)
                offset += 2
                continue
            }
            if byte == UInt8(ascii: "$"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "{") { interpolation += 1; text += [byte, bytes[offset + 1]]; offset += 2; continue }
            if byte == UInt8(ascii: "}"), interpolation > 0 { interpolation -= 1 }
            if byte == UInt8(ascii: "\""), interpolation == 0 {
                offset += 1
                return .string(String(decoding: text, as: UTF8.self), (start + 1)..<(offset - 1))
            }
            text.append(byte)
            offset += 1
        }
        throw ParseError(offset: start, message: "a string is not closed")
    }

    private mutating func heredoc() throws(ParseError) -> Value {
        let start = offset
        offset += 2
        if peek("-") { offset += 1 }
        guard let marker = identifier() else { throw ParseError(offset: offset, message: "expected a heredoc marker") }
        while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
        while offset < bytes.count {
            offset += 1
            var lineStart = offset
            while lineStart < bytes.count, bytes[lineStart] == UInt8(ascii: " ") || bytes[lineStart] == UInt8(ascii: "\t") { lineStart += 1 }
            if bytes[lineStart...].starts(with: Array(marker.utf8)) { offset = lineStart + marker.utf8.count; return .unknown(start..<offset) }
            while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
        }
        throw ParseError(offset: start, message: "a heredoc is not closed")
    }

    /// Past the rest of an expression: up to a newline, `,` or closing bracket outside brackets and strings.
    private mutating func skipExpression() throws(ParseError) {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x0A || ",]})".utf8.contains(byte) { return }
            if byte == UInt8(ascii: "#") || peek("//") { return }
            if "([{".utf8.contains(byte) { try skipBalanced(from: offset); continue }
            if byte == UInt8(ascii: "\"") { _ = try stringLiteral(); continue }
            offset += 1
        }
    }

    /// Past a bracketed group starting at `from`, strings and nested groups included.
    private mutating func skipBalanced(from start: Int) throws(ParseError) {
        offset = start
        var stack: [UInt8] = []
        repeat {
            guard offset < bytes.count else { throw ParseError(offset: start, message: "a bracket is not closed") }
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "("): stack.append(UInt8(ascii: ")"))
            case UInt8(ascii: "["): stack.append(UInt8(ascii: "]"))
            case UInt8(ascii: "{"): stack.append(UInt8(ascii: "}"))
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard stack.last == byte else { throw ParseError(offset: offset, message: "unbalanced brackets") }
                stack.removeLast()
            case UInt8(ascii: "\""):
                _ = try stringLiteral()
                continue
            case UInt8(ascii: "#"):
                while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
                continue
            case UInt8(ascii: "/") where peek("//") || peek("/*"):
                // Comments inside brackets may hold brackets of their own.
                if peek("//") {
                    while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
                } else {
                    offset += 2
                    while offset < bytes.count, !peek("*/") { offset += 1 }
                    offset = min(offset + 2, bytes.count)
                }
                continue
            default: break
            }
            guard stack.count <= Limits.nestingDepth * 4 else { throw ParseError(offset: offset, message: "brackets nested too deep") }
            offset += 1
        } while !stack.isEmpty
    }

    private mutating func skipSpace(newlines: Bool) {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0D || (newlines && byte == 0x0A) { offset += 1; continue }
            if newlines, byte == UInt8(ascii: "#") || peek("//") {
                while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
                continue
            }
            if peek("/*") {
                offset += 2
                while offset < bytes.count, !peek("*/") { offset += 1 }
                offset = min(offset + 2, bytes.count)
                continue
            }
            return
        }
    }

    private func peek(_ text: String) -> Bool { bytes[offset...].starts(with: Array(text.utf8)) }

    private func peekIdentifier() -> String? {
        var copy = self
        return copy.identifier()
    }

    private mutating func identifier() -> String? {
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
            let isDigitOrDash = (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
            guard isLetter || (offset > start && isDigitOrDash) else { break }
            offset += 1
        }
        return offset > start ? String(decoding: bytes[start..<offset], as: UTF8.self) : nil
    }
}
