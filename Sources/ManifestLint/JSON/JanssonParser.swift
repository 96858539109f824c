import CJansson
import CJanssonArena

/// Why jansson refused a document; each case maps to one rule id.
public enum JSONLoadFailure: Sendable, Equatable {
    case syntax, duplicateKey, invalidUTF8, nullCharacter, numberOutOfRange, trailingData, nestingTooDeep, empty

    public var ruleID: String {
        switch self {
        case .syntax: return "json-syntax"
        case .duplicateKey: return "duplicate-key"
        case .invalidUTF8: return "invalid-utf8"
        case .nullCharacter: return "null-character"
        case .numberOutOfRange: return "number-out-of-range"
        case .trailingData: return "trailing-data"
        case .nestingTooDeep: return "nesting-too-deep"
        case .empty: return "empty-document"
        }
    }
}

/// A parse error with jansson's position (1-based line and column).
public struct JSONLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public let failure: JSONLoadFailure
    public let message: String
    public let line: Int
    public let column: Int

    public var description: String { "\(line):\(column): \(message)" }
}

/// Strict JSON parsing through jansson. The only type that touches jansson pointers.
public enum JanssonParser {
    /// Parses `bytes` strictly: duplicate keys, NUL characters and trailing data are errors.
    public static func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONLoadError> {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(JSONLoadError(failure: .empty, message: "the document is empty", line: 1, column: 1))
        }
        return load(bytes, flags: JSON_REJECT_DUPLICATES | JSON_DECODE_ANY)
    }

    /// The first JSON value of `bytes`, ignoring whatever follows it (a stream of concatenated documents, NDJSON):
    /// for discovery to judge a file by its first document when the whole is not one. Nil when even that does not
    /// parse.
    public static func parseFirstValue(_ bytes: [UInt8]) -> JSONValue? {
        try? load(bytes, flags: JSON_REJECT_DUPLICATES | JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK).get()
    }

    private static func load(_ bytes: [UInt8], flags: Int32) -> Result<JSONValue, JSONLoadError> {
        var error = json_error_t()
        _ = arenaInstalled
        // jansson's values live in this thread's arena from here to `end`, which frees them all at once: the tree
        // is converted before that and never freed node by node.
        manifestlint_arena_begin()
        defer { manifestlint_arena_end() }
        let root: UnsafeMutablePointer<json_t>? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                json_loadb($0, buffer.count, size_t(flags), &error)
            }
        }
        guard let root else { return .failure(loadError(from: &error, bytes: bytes)) }
        return .success(convert(root, KnownStrings.shared))
    }

    /// jansson allocates through the per-thread arena (`CJanssonArena`); set once, before the first parse.
    private static let arenaInstalled: Void = json_set_alloc_funcs(manifestlint_arena_alloc, manifestlint_arena_free)

    private static func loadError(from error: inout json_error_t, bytes: [UInt8]) -> JSONLoadError {
        let text = withUnsafeBytes(of: &error.text) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        let failure: JSONLoadFailure
        switch json_error_code(rawValue: UInt32(manifestlint_json_error_code(&error))) {
        case json_error_duplicate_key: failure = .duplicateKey
        case json_error_invalid_utf8: failure = .invalidUTF8
        case json_error_null_character, json_error_null_byte_in_key: failure = .nullCharacter
        case json_error_numeric_overflow: failure = .numberOutOfRange
        case json_error_end_of_input_expected: failure = .trailingData
        case json_error_stack_overflow: failure = .nestingTooDeep
        default: failure = .syntax
        }
        return JSONLoadError(
            failure: failure, message: humaneMessage(failure, parserText: text, bytes: bytes),
            line: max(1, Int(error.line)), column: max(1, Int(error.column)))
    }

    /// Says what is wrong in the user's terms; jansson's own text follows where it adds detail.
    private static func humaneMessage(_ failure: JSONLoadFailure, parserText: String, bytes: [UInt8]) -> String {
        let first = bytes.first(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) ?? 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return "the file starts with a UTF-8 byte order mark, which JSON texts must not have (RFC 8259, section 8.1) and Go "
                + "clients such as containerd and docker reject: save it without the mark"
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "the file is UTF-16 text (it starts with a UTF-16 byte order mark); manifests must be UTF-8"
        }
        if failure == .syntax || failure == .invalidUTF8, !"{[\"-0123456789tfn".utf8.contains(first) {
            return "not a JSON document: it starts with byte 0x\(String(first, radix: 16)) (binary or non-JSON content)"
        }
        switch failure {
        case .duplicateKey:
            // jansson says `near '"key"'` for the token it stopped at; a long key may not be in its text at all.
            var key = parserText.range(of: "near ").map { String(parserText[$0.upperBound...]) } ?? ""
            while key.hasPrefix("'") { key.removeFirst() }
            while key.hasSuffix("'") { key.removeLast() }
            let named = key.hasPrefix("\"") && key.hasSuffix("\"") && key.count >= 2 ? " " + key : ""
            return "duplicate object key\(named): readers disagree on which value wins, so keys must be unique"
        case .nullCharacter:
            return "a string contains a NUL character (\\u0000), which manifest readers reject"
        case .invalidUTF8:
            return "invalid UTF-8 (\(parserText)); manifests must be UTF-8 text"
        case .numberOutOfRange:
            return "a number does not fit in a signed 64-bit integer (\(parserText))"
        case .trailingData:
            return "unexpected content after the end of the JSON document (\(parserText))"
        case .nestingTooDeep:
            return "the document nests arrays or objects too deeply for a manifest (\(parserText))"
        case .empty:
            return "the document is empty"
        case .syntax:
            return "invalid JSON: \(parserText)"
        }
    }

    private static func convert(_ value: UnsafeMutablePointer<json_t>, _ known: KnownStrings) -> JSONValue {
        switch manifestlint_json_typeof(value) {
        case JSON_OBJECT:
            var members: [(key: String, value: JSONValue)] = []
            members.reserveCapacity(json_object_size(value))
            var iterator = json_object_iter(value)
            while let current = iterator {
                let keyPointer = json_object_iter_key(current)!
                let keyLength = json_object_iter_key_len(current)
                let key = keyPointer.withMemoryRebound(to: UInt8.self, capacity: keyLength) {
                    known.string(UnsafeBufferPointer(start: $0, count: keyLength))
                }
                members.append((key, convert(json_object_iter_value(current), known)))
                iterator = json_object_iter_next(value, current)
            }
            return .object(members)
        case JSON_ARRAY:
            return .array((0..<json_array_size(value)).map { convert(json_array_get(value, $0), known) })
        case JSON_STRING:
            let length = json_string_length(value)
            let text = json_string_value(value)!.withMemoryRebound(to: UInt8.self, capacity: length) {
                known.string(UnsafeBufferPointer(start: $0, count: length))
            }
            return .string(text)
        case JSON_INTEGER: return .integer(Int64(json_integer_value(value)))
        case JSON_REAL: return .real(json_real_value(value))
        case JSON_TRUE: return .bool(true)
        case JSON_FALSE: return .bool(false)
        default: return .null
        }
    }
}
