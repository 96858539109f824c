import Foundation

/// Type conversions (`int()`, `uint()`, `double()`, `string()`, `bytes()`, `bool()`, `timestamp()`, `duration()`),
/// with range errors where a value does not fit.
enum CELConversions {
    static func int(_ value: CELValue) throws(CELError) -> CELValue {
        switch value {
        case .int: return value
        case .uint(let u):
            guard u <= UInt64(Int64.max) else { throw CELError("range error") }
            return .int(Int64(u))
        case .double(let d):
            // Values outside (-2^63, 2^63) (and NaN) do not fit.
            // -2^63 as a double is out of range too (cel-spec conformance: double_int_min_range).
            guard d.isFinite, d > -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0 else { throw CELError("range error") }
            return .int(Int64(d.rounded(.towardZero)))
        case .string(let text):
            guard let number = Int64(text) else { throw CELError("cannot convert \"\(text)\" to int") }
            return .int(number)
        case .timestamp(let time): return .int(time.seconds)
        default: throw .noOverload("int", [value])
        }
    }

    static func uint(_ value: CELValue) throws(CELError) -> CELValue {
        switch value {
        case .uint: return value
        case .int(let i):
            guard i >= 0 else { throw CELError("range error") }
            return .uint(UInt64(i))
        case .double(let d):
            guard d.isFinite, d > -1, d < 18_446_744_073_709_551_616.0 else { throw CELError("range error") }
            return .uint(UInt64(d.rounded(.towardZero)))
        case .string(let text):
            guard let number = UInt64(text) else { throw CELError("cannot convert \"\(text)\" to uint") }
            return .uint(number)
        default: throw .noOverload("uint", [value])
        }
    }

    static func double(_ value: CELValue) throws(CELError) -> CELValue {
        switch value {
        case .double: return value
        case .int(let i): return .double(Double(i))
        case .uint(let u): return .double(Double(u))
        case .string(let text):
            let spelled = ["NaN": Double.nan, "Infinity": .infinity, "+Infinity": .infinity, "-Infinity": -.infinity, "inf": .infinity, "-inf": -.infinity]
            if let special = spelled[text] { return .double(special) }
            guard let number = Double(text), !text.lowercased().contains("inf"), !text.lowercased().contains("nan") else {
                throw CELError("cannot convert \"\(text)\" to double")
            }
            return .double(number)
        default: throw .noOverload("double", [value])
        }
    }

    static func string(_ value: CELValue) throws(CELError) -> CELValue {
        switch value {
        case .string: return value
        case .int(let i): return .string(String(i))
        case .uint(let u): return .string(String(u))
        case .double(let d): return .string(format(d))
        case .bool(let flag): return .string(flag ? "true" : "false")
        case .bytes(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else { throw CELError("invalid UTF-8 in bytes, cannot convert to string") }
            return .string(text)
        case .timestamp(let time): return .string(time.description)
        case .duration(let duration): return .string(duration.description)
        case .type(let name): return .string(name)
        default: throw .noOverload("string", [value])
        }
    }

    /// Doubles as Go's strconv.FormatFloat(d, 'g', -1, 64) writes them, the form CEL implementations print.
    static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "+Inf" : "-Inf" }
        if d == d.rounded(), abs(d) < 1e21 { return String(format: "%.0f", d) }
        var text = "\(d)"  // Swift prints the shortest representation that round-trips
        if text.contains("e") {
            // 1e-05 → 1e-05, as Go prints two exponent digits.
            let parts = text.split(separator: "e")
            var exponent = String(parts[1])
            let sign = exponent.hasPrefix("-") ? "-" : "+"
            exponent = exponent.trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
            if exponent.count < 2 { exponent = "0" + exponent }
            text = "\(parts[0])e\(sign)\(exponent)"
        }
        return text
    }

    static func bytes(_ value: CELValue) throws(CELError) -> CELValue {
        switch value {
        case .bytes: return value
        case .string(let text): return .bytes(Array(text.utf8))
        default: throw .noOverload("bytes", [value])
        }
    }

    static func bool(_ value: CELValue) throws(CELError) -> CELValue {
        switch value {
        case .bool: return value
        case .string(let text):
            switch text {
            case "true", "True", "TRUE", "t", "1": return .bool(true)
            case "false", "False", "FALSE", "f", "0": return .bool(false)
            default: throw CELError("cannot convert \"\(text)\" to bool")
            }
        default: throw .noOverload("bool", [value])
        }
    }

    static func timestamp(_ value: CELValue) throws(CELError) -> CELValue {
        switch value {
        case .timestamp: return value
        case .string(let text): return .timestamp(try CELTimestamp(parsing: text))
        case .int(let seconds): return .timestamp(try CELTimestamp(seconds: seconds, nanos: 0))
        default: throw .noOverload("timestamp", [value])
        }
    }

    static func duration(_ value: CELValue) throws(CELError) -> CELValue {
        switch value {
        case .duration: return value
        case .string(let text): return .duration(try CELDuration(parsing: text))
        default: throw .noOverload("duration", [value])
        }
    }
}
