/// Splits a CEL expression into tokens (cel-spec `doc/langdef.md`, "Syntax": the lexical grammar).
struct CELLexer {
    enum Kind: Equatable {
        case int(Int64?, text: String)  // nil: too large for int64 (valid only after unary minus: -9223372036854775808)
        case uint(UInt64)
        case double(Double)
        case string(String)
        case bytes([UInt8])
        case identifier(String)
        case symbol(String)
        case end
    }

    struct Token {
        let kind: Kind
        /// Offset in Unicode scalars from the start of the expression.
        let offset: Int
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    static let symbols = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%", "!", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}"]

    mutating func tokens() throws(CELParseError) -> [Token] {
        var result: [Token] = []
        while true {
            skipSpaceAndComments()
            let start = index
            guard index < scalars.count else { result.append(Token(kind: .end, offset: start)); return result }
            result.append(Token(kind: try next(), offset: start))
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? { index + ahead < scalars.count ? scalars[index + ahead] : nil }

    private mutating func skipSpaceAndComments() {
        while let scalar = peek() {
            if [" ", "\t", "\n", "\r", "\u{0C}"].contains(scalar) {
                index += 1
            } else if scalar == "/", peek(1) == "/" {
                while let c = peek(), c != "\n" { _ = c; index += 1 }
            } else {
                return
            }
        }
    }

    private func error(_ message: String, at offset: Int? = nil) -> CELParseError { CELParseError(message: message, offset: offset ?? index) }

    private mutating func next() throws(CELParseError) -> Kind {
        let scalar = scalars[index]
        if scalar.properties.isAlphabetic && scalar.isASCII || scalar == "_" {
            let start = index
            while let c = peek(), c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" { index += 1 }
            let word = String(String.UnicodeScalarView(scalars[start..<index]))
            let lower = word.lowercased()
            if ["r", "b", "rb", "br"].contains(lower), let quote = peek(), quote == "\"" || quote == "'" {
                let text = try quoted(raw: lower.contains("r"), bytes: lower.contains("b"))
                if lower.contains("b") { return .bytes(text.bytes) }
                return .string(text.string)
            }
            return .identifier(word)
        }
        if ("0"..."9").contains(scalar) || (scalar == "." && peek(1).map { ("0"..."9").contains($0) } == true) { return try number() }
        if scalar == "\"" || scalar == "'" {
            return .string(try quoted(raw: false, bytes: false).string)
        }
        for symbol in Self.symbols where symbol.unicodeScalars.elementsEqual(scalars[index..<min(scalars.count, index + symbol.unicodeScalars.count)]) {
            index += symbol.unicodeScalars.count
            return .symbol(symbol)
        }
        throw error("unexpected character \"\(scalar.escaped(asASCII: true))\"")
    }

    private mutating func number() throws(CELParseError) -> Kind {
        let start = index
        if peek() == "0", let x = peek(1), x == "x" || x == "X" {
            index += 2
            let digitsStart = index
            while let c = peek(), c.properties.isASCIIHexDigit { index += 1 }
            let digits = String(String.UnicodeScalarView(scalars[digitsStart..<index]))
            guard !digits.isEmpty else { throw error("a hexadecimal literal needs digits", at: start) }
            if let u = peek(), u == "u" || u == "U" {
                index += 1
                guard let value = UInt64(digits, radix: 16) else { throw error("uint literal out of range", at: start) }
                return .uint(value)
            }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            return .int(Int64(digits, radix: 16), text: text)
        }
        while let c = peek(), ("0"..."9").contains(c) { index += 1 }
        var isDouble = false
        if peek() == ".", let d = peek(1), ("0"..."9").contains(d) {
            isDouble = true
            index += 1
            while let c = peek(), ("0"..."9").contains(c) { index += 1 }
        }
        if let e = peek(), e == "e" || e == "E" {
            var ahead = 1
            if let sign = peek(1), sign == "+" || sign == "-" { ahead = 2 }
            if let d = peek(ahead), ("0"..."9").contains(d) {
                isDouble = true
                index += ahead
                while let c = peek(), ("0"..."9").contains(c) { index += 1 }
            }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        if isDouble {
            guard let value = Double(text) else { throw error("invalid double literal", at: start) }
            return .double(value)
        }
        if let u = peek(), u == "u" || u == "U" {
            index += 1
            guard let value = UInt64(text) else { throw error("uint literal out of range", at: start) }
            return .uint(value)
        }
        return .int(Int64(text), text: text)
    }

    /// A quoted literal: '…', "…", '''…''', """…""", raw or not; escapes as the lexical grammar defines them.
    private mutating func quoted(raw: Bool, bytes isBytes: Bool) throws(CELParseError) -> (string: String, bytes: [UInt8]) {
        let start = index
        let quote = scalars[index]
        let triple = peek(1) == quote && peek(2) == quote
        index += triple ? 3 : 1
        var out: [UInt8] = []
        func append(_ scalar: Unicode.Scalar) { out += Array(String(scalar).utf8) }
        while true {
            guard let c = peek() else { throw error("unterminated string literal", at: start) }
            if c == quote, !triple || (peek(1) == quote && peek(2) == quote) {
                index += triple ? 3 : 1
                break
            }
            if !triple, c == "\n" || c == "\r" { throw error("a newline in a single-quoted string literal", at: index) }
            index += 1
            guard c == "\\", !raw else { append(c); continue }
            guard let e = peek() else { throw error("unterminated escape", at: index) }
            index += 1
            switch e {
            case "a": out.append(7)
            case "b": out.append(8)
            case "f": out.append(12)
            case "n": out.append(10)
            case "r": out.append(13)
            case "t": out.append(9)
            case "v": out.append(11)
            case "\\", "'", "\"", "`", "?": append(e)
            case "x", "X", "u", "U":
                let count = e == "u" ? 4 : (e == "U" ? 8 : 2)
                let digits = String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + count)]))
                guard digits.count == count, let value = UInt32(digits, radix: 16) else { throw error("invalid \\\(e) escape", at: index - 2) }
                index += count
                if (e == "x" || e == "X") && isBytes { out.append(UInt8(value)); continue }
                guard !(e == "x" || e == "X") || !isBytes, let scalar = Unicode.Scalar(value) else { throw error("invalid code point in escape", at: index - count - 2) }
                if isBytes, e != "x", e != "X" { append(scalar) } else { append(scalar) }
            case "0"..."3":
                let digits = String(String.UnicodeScalarView(scalars[(index - 1)..<min(scalars.count, index + 2)]))
                guard digits.count == 3, let value = UInt32(digits, radix: 8) else { throw error("invalid octal escape", at: index - 2) }
                index += 2
                if isBytes { out.append(UInt8(value)) } else if let scalar = Unicode.Scalar(value) { append(scalar) }
            default:
                throw error("invalid escape \\\(e.escaped(asASCII: true))", at: index - 2)
            }
        }
        if isBytes { return ("", out) }
        guard let text = String(validating: out, as: UTF8.self) else { throw error("a string literal that is not UTF-8", at: start) }
        return (text, [])
    }
}

/// A parse or check error inside an expression, at an offset the rule loader turns into the file's line and column.
public struct CELParseError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// Offset in Unicode scalars from the start of the expression.
    public let offset: Int
    public var description: String { message }
}
