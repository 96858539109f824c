/// A parsed CEL expression. Operators are calls of their internal names (`_+_`, `_&&_`, `_[_]`, `@in`, `!_`, `-_`,
/// `_?_:_`), as cel-spec names them; the macros (`has`, `all`, `exists`, `exists_one`, `map`, `filter`) are
/// expanded into their own nodes at parse time.
public indirect enum CELExpr: Sendable {
    case literal(CELValue)
    case identifier(String)
    case select(CELExpr, field: String)
    /// `has(e.f)`.
    case presence(CELExpr, field: String)
    case call(target: CELExpr?, function: String, arguments: [CELExpr])
    case list([CELExpr])
    case map([(key: CELExpr, value: CELExpr)])
    case comprehension(CELMacro, range: CELExpr, variable: String, predicate: CELExpr, transform: CELExpr?)
}

public enum CELMacro: String, Sendable { case all, exists, existsOne = "exists_one", map, filter }

/// A Pratt-style recursive-descent parser for the grammar of cel-spec `doc/langdef.md`, with a nesting limit.
public struct CELParser {
    private var tokens: [CELLexer.Token]
    private var position = 0
    private var depth = 0
    private let macros: Bool
    static let maxDepth = 100
    static let maxLength = 16_384
    static let reserved: Set<String> = ["as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
                                        "package", "namespace", "return", "var", "void", "while", "in"]

    /// Parses a whole expression; `macros: false` leaves `has`, `all`, ... as plain calls.
    public static func parse(_ text: String, macros: Bool = true) throws(CELParseError) -> CELExpr {
        guard text.unicodeScalars.count <= maxLength else {
            throw CELParseError(message: "the expression is longer than \(maxLength) characters", offset: 0)
        }
        var lexer = CELLexer(text)
        var parser = CELParser(tokens: try lexer.tokens(), macros: macros)
        let expression = try parser.expression()
        guard case .end = parser.current.kind else { throw parser.error("unexpected \(parser.describe(parser.current))") }
        return expression
    }

    private init(tokens: [CELLexer.Token], macros: Bool) {
        self.tokens = tokens
        self.macros = macros
    }

    private var current: CELLexer.Token { tokens[position] }
    private func error(_ message: String) -> CELParseError { CELParseError(message: message, offset: current.offset) }

    private func describe(_ token: CELLexer.Token) -> String {
        switch token.kind {
        case .end: return "end of expression"
        case .symbol(let s): return "\"\(s)\""
        case .identifier(let name): return "\"\(name)\""
        default: return "literal"
        }
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(let s) = current.kind { return s == symbol }
        return false
    }

    private func isIdentifier(_ word: String) -> Bool {
        if case .identifier(let name) = current.kind { return name == word }
        return false
    }

    private mutating func expect(_ symbol: String) throws(CELParseError) {
        guard isSymbol(symbol) else { throw error("expected \"\(symbol)\", found \(describe(current))") }
        position += 1
    }

    private mutating func nested<T>(_ body: (inout CELParser) throws(CELParseError) -> T) throws(CELParseError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw error("the expression nests deeper than \(Self.maxDepth) levels") }
        return try body(&self)
    }

    mutating func expression() throws(CELParseError) -> CELExpr {
        try nested { parser throws(CELParseError) in
            let condition = try parser.binary(level: 0)
            guard parser.isSymbol("?") else { return condition }
            parser.position += 1
            let then = try parser.binary(level: 0)
            try parser.expect(":")
            let otherwise = try parser.expression()
            return .call(target: nil, function: "_?_:_", arguments: [condition, then, otherwise])
        }
    }

    private static let levels: [[(symbol: String, function: String)]] = [
        [("||", "_||_")],
        [("&&", "_&&_")],
        [("==", "_==_"), ("!=", "_!=_"), ("<", "_<_"), ("<=", "_<=_"), (">", "_>_"), (">=", "_>=_"), ("in", "@in")],
        [("+", "_+_"), ("-", "_-_")],
        [("*", "_*_"), ("/", "_/_"), ("%", "_%_")],
    ]

    /// Left-associative binary operators, lowest precedence first.
    private mutating func binary(level: Int) throws(CELParseError) -> CELExpr {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level: level + 1)
        // Each operator of a chain (`a + a + a ...`) makes the tree one level deeper: counted like nesting, so
        // evaluating it cannot recurse past the limit.
        let entered = depth
        defer { depth = entered }
        while let op = Self.levels[level].first(where: { $0.symbol == "in" ? isIdentifier("in") : isSymbol($0.symbol) }) {
            depth += 1
            guard depth <= Self.maxDepth else { throw error("the expression nests deeper than \(Self.maxDepth) levels") }
            position += 1
            let right = try nested { parser throws(CELParseError) in try parser.binary(level: level + 1) }
            left = .call(target: nil, function: op.function, arguments: [left, right])
        }
        return left
    }

    private mutating func unary() throws(CELParseError) -> CELExpr {
        if isSymbol("!") {
            position += 1
            let operand = try nested { parser throws(CELParseError) in try parser.unary() }
            return .call(target: nil, function: "!_", arguments: [operand])
        }
        if isSymbol("-") {
            position += 1
            // A negative int literal is one token's worth: -9223372036854775808 fits where 9223372036854775808 does not.
            if case .int(_, let text) = current.kind {
                let next = tokens[position + 1]
                let followedByMember: Bool
                if case .symbol(let s) = next.kind { followedByMember = s == "." || s == "[" } else { followedByMember = false }
                if !followedByMember {
                    let value: Int64?
                    if text.lowercased().hasPrefix("0x") { value = UInt64(text.dropFirst(2), radix: 16).flatMap { $0 <= UInt64(Int64.max) + 1 ? Int64(bitPattern: 0 &- $0) : nil } }
                    else { value = Int64("-" + text) }
                    guard let value else { throw error("int literal out of range") }
                    position += 1
                    return .literal(.int(value))
                }
            }
            let operand = try nested { parser throws(CELParseError) in try parser.unary() }
            return .call(target: nil, function: "-_", arguments: [operand])
        }
        return try member()
    }

    private mutating func member() throws(CELParseError) -> CELExpr {
        var result = try primary()
        let entered = depth
        defer { depth = entered }
        while true {
            depth += 1
            guard depth <= Self.maxDepth else { throw error("the expression nests deeper than \(Self.maxDepth) levels") }
            if isSymbol(".") {
                position += 1
                guard case .identifier(let name) = current.kind else { throw error("expected a field name after \".\"") }
                position += 1
                if isSymbol("(") {
                    let arguments = try callArguments()
                    result = try macro(target: result, name: name, arguments: arguments)
                        ?? .call(target: result, function: name, arguments: arguments)
                } else {
                    result = .select(result, field: name)
                }
            } else if isSymbol("[") {
                position += 1
                let index = try expression()
                try expect("]")
                result = .call(target: nil, function: "_[_]", arguments: [result, index])
            } else {
                return result
            }
        }
    }

    private mutating func callArguments() throws(CELParseError) -> [CELExpr] {
        try expect("(")
        var arguments: [CELExpr] = []
        if !isSymbol(")") {
            repeat {
                if !arguments.isEmpty { position += 1 }
                arguments.append(try expression())
            } while isSymbol(",")
        }
        try expect(")")
        return arguments
    }

    private mutating func primary() throws(CELParseError) -> CELExpr {
        let token = current
        switch token.kind {
        case .int(let value, _):
            guard let value else { throw error("int literal out of range") }
            position += 1
            return .literal(.int(value))
        case .uint(let value): position += 1; return .literal(.uint(value))
        case .double(let value): position += 1; return .literal(.double(value))
        case .string(let text): position += 1; return .literal(.string(text))
        case .bytes(let bytes): position += 1; return .literal(.bytes(bytes))
        case .identifier(let name):
            position += 1
            switch name {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "null": return .literal(.null)
            default: break
            }
            guard !Self.reserved.contains(name) else { throw CELParseError(message: "\"\(name)\" is a reserved word", offset: token.offset) }
            if isSymbol("(") {
                let arguments = try callArguments()
                return try macro(target: nil, name: name, arguments: arguments) ?? .call(target: nil, function: name, arguments: arguments)
            }
            return .identifier(name)
        case .symbol("."):
            // A leading dot names the root scope: `.x` is the variable x.
            position += 1
            guard case .identifier(let name) = current.kind else { throw error("expected an identifier after \".\"") }
            position += 1
            return .identifier(name)
        case .symbol("("):
            position += 1
            let inner = try expression()
            try expect(")")
            return inner
        case .symbol("["):
            position += 1
            var elements: [CELExpr] = []
            while !isSymbol("]") {
                elements.append(try expression())
                guard isSymbol(",") else { break }
                position += 1
            }
            try expect("]")
            return .list(elements)
        case .symbol("{"):
            position += 1
            var entries: [(key: CELExpr, value: CELExpr)] = []
            while !isSymbol("}") {
                let key = try expression()
                try expect(":")
                entries.append((key, try expression()))
                guard isSymbol(",") else { break }
                position += 1
            }
            try expect("}")
            return .map(entries)
        default:
            throw error("unexpected \(describe(token))")
        }
    }

    /// Expands a macro call, or nil when the call is not one.
    private func macro(target: CELExpr?, name: String, arguments: [CELExpr]) throws(CELParseError) -> CELExpr? {
        guard macros else { return nil }
        if target == nil, name == "has" {
            guard arguments.count == 1, case .select(let operand, let field) = arguments[0] else {
                throw error("has() takes one field selection, such as has(a.b)")
            }
            return .presence(operand, field: field)
        }
        guard let target, let kind = CELMacro(rawValue: name) else { return nil }
        let counts: [Int] = kind == .map ? [2, 3] : [2]
        guard counts.contains(arguments.count) else { return nil }
        guard case .identifier(let variable) = arguments[0] else { throw error("\(name)() takes a variable name first") }
        if kind == .map {
            return arguments.count == 2
                ? .comprehension(.map, range: target, variable: variable, predicate: .literal(.bool(true)), transform: arguments[1])
                : .comprehension(.map, range: target, variable: variable, predicate: arguments[1], transform: arguments[2])
        }
        return .comprehension(kind, range: target, variable: variable, predicate: arguments[1], transform: nil)
    }
}
