/// One word of a shell command: its text with quotes removed, and where its raw spelling sits in the input.
struct ShellWord: Equatable {
    let text: String
    /// Byte range of the raw word (quotes included) in the lexed text.
    let range: Range<Int>
}

/// Splits shell text into simple commands of words: enough of POSIX sh to read `docker` invocations in
/// scripts, Makefile recipes and CI `run:` blocks. Understands quotes, backslash-newline continuations,
/// comments, and the separators `;`, `&`, `&&`, `||`, `|` and newlines; `$VAR`, `${VAR}`, `$(...)` and
/// template values such as `{{.Run.ID}}` stay inside words as opaque text. Here-document bodies (`<<WORD`,
/// `<<'WORD'`, `<<-WORD`) are skipped to their delimiter line: they are data, and an apostrophe in them (`it's`)
/// must not open a quote that swallows the commands after them.
enum ShellLexer {
    /// A byte of a shell variable name: a letter, a digit or `_`.
    static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }

    static func commands(in bytes: [UInt8]) -> [[ShellWord]] {
        var collected = CommandCollector()
        var index = 0
        var hereDocuments = HereDocuments()
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n"), hereDocuments.isPending {
                collected.end()
                index = hereDocuments.skipBodies(bytes, from: index + 1)
                continue
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\\") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                index += 2
            case UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "`"):
                collected.end()
                index += 1
            case UInt8(ascii: "#") where collected.words.isEmpty || index == 0 || isBlank(bytes[index - 1]):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            default:
                let start = index
                let text = readWord(bytes, &index)
                hereDocuments.note(word: text, raw: bytes[start..<index])
                collected.words.append(ShellWord(text: text, range: start..<index))
            }
        }
        collected.end()
        return collected.commands
    }

    /// The here-documents a line opened, whose bodies follow it in order.
    private struct HereDocuments {
        private var pending: [(delimiter: [UInt8], stripTabs: Bool)] = []
        /// `<<` or `<<-` was a word of its own: the next word is the delimiter.
        private var awaiting: Bool?

        var isPending: Bool { !pending.isEmpty }

        mutating func note(word: String, raw: ArraySlice<UInt8>) {
            if let stripTabs = awaiting {
                awaiting = nil
                if !word.isEmpty { pending.append((Array(word.utf8), stripTabs)) }
                return
            }
            // A word that starts the redirection (`<<EOF`, `<<-EOF`); `<<<` is a here-string, not a here-document.
            guard raw.starts(with: "<<".utf8), !raw.starts(with: "<<<".utf8) else { return }
            var rest = word.utf8.dropFirst(2)
            let stripTabs = rest.first == UInt8(ascii: "-")
            if stripTabs { rest = rest.dropFirst() }
            if rest.isEmpty { awaiting = stripTabs } else { pending.append((Array(rest), stripTabs)) }
        }

        /// Skips the bodies from the start of the line after the one that opened them; returns where lexing goes on.
        mutating func skipBodies(_ bytes: [UInt8], from start: Int) -> Int {
            var index = start
            for (delimiter, stripTabs) in pending {
                while index < bytes.count {
                    var end = index
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                    var line = bytes[index..<end]
                    if stripTabs { line = line.drop { $0 == UInt8(ascii: "\t") } }
                    if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                    index = min(end + 1, bytes.count)
                    if line.elementsEqual(delimiter) { break }
                }
            }
            pending = []
            awaiting = nil
            return index
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
    }

    private static func readWord(_ bytes: [UInt8], _ index: inout Int) -> String {
        var text: [UInt8] = []
        var nesting = WordNesting()
        while index < bytes.count {
            let byte = bytes[index]
            if !nesting.isOpen && (isBlank(byte) || byte == UInt8(ascii: "\r") || ";&|()`".utf8.contains(byte)) { break }
            if nesting.consume(bytes, &index, into: &text, bareParentheses: false) { continue }
            switch byte {
            case UInt8(ascii: "'"):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "'") { text.append(bytes[index]); index += 1 }
                index += 1
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count, "\"\\$`".utf8.contains(bytes[index + 1]) { index += 1 }
                    text.append(bytes[index])
                    index += 1
                }
                index += 1
            case UInt8(ascii: "\\"):
                if index + 1 < bytes.count {
                    if bytes[index + 1] != UInt8(ascii: "\n") { text.append(bytes[index + 1]) }
                    index += 2
                } else {
                    index += 1
                }
            default:
                text.append(byte)
                index += 1
            }
        }
        // An unclosed quote at the end of the input steps one past the end; the word ends there.
        index = min(index, bytes.count)
        return String(decoding: text, as: UTF8.self)
    }
}

/// Words gathered into simple commands, for the shell and PowerShell lexers.
struct CommandCollector {
    private(set) var commands: [[ShellWord]] = []
    var words: [ShellWord] = []

    /// Ends the command being read (an empty one is no command).
    mutating func end() {
        if !words.isEmpty { commands.append(words) }
        words = []
    }
}

/// The nesting of `$( )`, `( )`, `{{ }}` (GitHub's `${{ }}`) and GitLab's `$[[ ]]` inside a word, for both lexers: separators inside
/// do not end the word, and each opener expects its own closer, so the `)` of `${{ fromJSON(x).tags[0] }}` does
/// not close the `{{`.
struct WordNesting {
    private var closers: [UInt8] = []

    var isOpen: Bool { !closers.isEmpty }

    /// Takes an opener, or the closer the innermost opener expects, at `index` into `text`; false for any other
    /// byte. `bareParentheses`: a `(` opens even outside an expansion (PowerShell expressions).
    mutating func consume(_ bytes: [UInt8], _ index: inout Int, into text: inout [UInt8], bareParentheses: Bool) -> Bool {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let count: Int
        switch byte {
        case UInt8(ascii: "$") where next == UInt8(ascii: "("):
            closers.append(UInt8(ascii: ")"))
            count = 2
        case UInt8(ascii: "$") where next == UInt8(ascii: "[") && index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "["):
            // GitLab's component inputs, `$[[ inputs.image ]]`.
            closers.append(UInt8(ascii: "]"))
            count = 3
        case UInt8(ascii: "(") where bareParentheses || isOpen:
            closers.append(UInt8(ascii: ")"))
            count = 1
        case UInt8(ascii: "{") where next == UInt8(ascii: "{"):
            closers.append(UInt8(ascii: "}"))
            count = 2
        case UInt8(ascii: ")") where closers.last == UInt8(ascii: ")"):
            closers.removeLast()
            count = 1
        case UInt8(ascii: "}") where next == UInt8(ascii: "}") && closers.last == UInt8(ascii: "}"):
            closers.removeLast()
            count = 2
        case UInt8(ascii: "]") where next == UInt8(ascii: "]") && closers.last == UInt8(ascii: "]"):
            closers.removeLast()
            count = 2
        default:
            return false
        }
        text += bytes[index..<(index + count)]
        index += count
        return true
    }
}
