/// Splits PowerShell text into simple commands of words, enough to read `docker` invocations in `pwsh:` and
/// `powershell:` steps: `'literal'` strings (`''` is a quote), `"expandable"` strings (`` `" `` and `""` are
/// quotes, `` `x `` escapes), backtick line continuations, `#` and `<# … #>` comments, here-strings (skipped),
/// the separators `;`, `|`, `&&`, `||` and newlines, and the call operator `&`. `$var`, `$env:VAR` and `$(…)`
/// stay inside words as opaque text.
enum PowerShellLexer {
    static func commands(in bytes: [UInt8]) -> [[ShellWord]] {
        var collected = CommandCollector()
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "`") where next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r"):
                // A line continuation: the command goes on.
                index += 2
                if index < bytes.count, bytes[index - 1] == UInt8(ascii: "\r"), bytes[index] == UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "<") where next == UInt8(ascii: "#"):
                index = find([UInt8(ascii: "#"), UInt8(ascii: ">")], in: bytes, from: index + 2).map { $0 + 2 } ?? bytes.count
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "@") where (next == UInt8(ascii: "\"") || next == UInt8(ascii: "'")) && isLineEnd(bytes, index + 2):
                // A here-string: data, not commands.
                let close = [UInt8(ascii: "\n"), next, UInt8(ascii: "@")]
                index = find(close, in: bytes, from: index + 2).map { $0 + 3 } ?? bytes.count
            case UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: "|"):
                collected.end()
                index += 1
            case UInt8(ascii: "&") where next == UInt8(ascii: "&"):
                collected.end()
                index += 2
            case UInt8(ascii: "&") where collected.words.isEmpty:
                index += 1  // the call operator: `& docker build …`
            default:
                let start = index
                let text = readWord(bytes, &index)
                collected.words.append(ShellWord(text: text, range: start..<index))
            }
        }
        collected.end()
        return collected.commands
    }

    private static func isLineEnd(_ bytes: [UInt8], _ index: Int) -> Bool {
        var position = index
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") || bytes[position] == UInt8(ascii: "\r") {
            position += 1
        }
        return position >= bytes.count || bytes[position] == UInt8(ascii: "\n")
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    private static func readWord(_ bytes: [UInt8], _ index: inout Int) -> String {
        var text: [UInt8] = []
        var nesting = WordNesting()
        while index < bytes.count {
            let byte = bytes[index]
            if !nesting.isOpen && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|"))
            {
                break
            }
            if nesting.consume(bytes, &index, into: &text, bareParentheses: true) { continue }
            switch byte {
            case UInt8(ascii: "'"):
                text += readQuoted(bytes, &index, escape: nil)
            case UInt8(ascii: "\""):
                text += readQuoted(bytes, &index, escape: UInt8(ascii: "`"))
            case UInt8(ascii: "`"):
                if index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "\n") { text.append(bytes[index + 1]) }
                index += 2
            default:
                text.append(byte)
                index += 1
            }
        }
        index = min(index, bytes.count)
        // `("reg/app:" + $tag)` is an expression, not a name: kept opaque, like a `$( )` subexpression.
        if text.first == UInt8(ascii: "(") { text.insert(UInt8(ascii: "$"), at: 0) }
        return String(decoding: text, as: UTF8.self)
    }

    /// A quoted string from its opening quote to its closing one: a doubled quote is one quote, and `escape` (the
    /// backtick, in "…") takes the next byte as it is.
    private static func readQuoted(_ bytes: [UInt8], _ index: inout Int, escape: UInt8?) -> [UInt8] {
        let quote = bytes[index]
        var text: [UInt8] = []
        index += 1
        while index < bytes.count {
            if let escape, bytes[index] == escape, index + 1 < bytes.count {
                text.append(bytes[index + 1])
                index += 2
                continue
            }
            if bytes[index] == quote {
                guard index + 1 < bytes.count, bytes[index + 1] == quote else { break }
                index += 1
            }
            text.append(bytes[index])
            index += 1
        }
        index += 1
        return text
    }
}
