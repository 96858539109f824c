import Foundation

/// Runs cel-spec conformance cases converted to JSON by `scripts/cel-conformance-import` (see
/// `Tests/Fixtures/cel-spec/`): each case's expression is parsed and evaluated with its bindings, and its value must
/// equal the expected one exactly (same type), or it must fail where an error is expected. Cases outside the JSON-typed
/// subset (protocol-buffer messages) are counted as unsupported, never as passed.
public enum CELConformance {
    public struct Outcome: Sendable {
        public var file = ""
        public var passed = 0
        public var failed: [String] = []
        public var unsupported = 0
        public var total: Int { passed + failed.count + unsupported }
    }

    public static func run(fileAt path: String) throws -> Outcome {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any], let tests = root["tests"] as? [[String: Any]] else {
            throw CELError("\(path): not a conformance file")
        }
        var outcome = Outcome(file: root["file"] as? String ?? path)
        for test in tests {
            let name = "\(test["section"] as? String ?? "")/\(test["name"] as? String ?? "")"
            if test["unsupported"] != nil { outcome.unsupported += 1; continue }
            if let problem = check(test) { outcome.failed.append("\(name): \(problem)") } else { outcome.passed += 1 }
        }
        return outcome
    }

    /// Nil when the case passes; else what went wrong.
    static func check(_ test: [String: Any]) -> String? {
        guard let text = test["expr"] as? String, let expect = test["expect"] as? [String: Any] else { return "malformed case" }
        var variables: [String: CELValue] = [:]
        for (name, encoded) in test["bindings"] as? [String: Any] ?? [:] {
            guard let value = decode(encoded) else { return "cannot decode binding \(name)" }
            variables[name] = value
        }
        let result: Result<CELValue, CELError>
        do {
            let expression = try CELParser.parse(text, macros: !(test["disableMacros"] as? Bool ?? false))
            var evaluator = CELEvaluator(variables: variables)
            result = .success(try evaluator.evaluate(expression))
        } catch let error as CELParseError {
            result = .failure(CELError("parse: \(error.message)"))
        } catch let error as CELError {
            result = .failure(error)
        } catch {
            result = .failure(CELError("\(error)"))
        }
        if expect["error"] != nil {
            if case .success(let value) = result { return "expected an error, got \(describe(value))" }
            return nil
        }
        guard let encoded = expect["value"], let expected = decode(encoded) else { return "cannot decode the expected value" }
        switch result {
        case .failure(let error): return "error \(error.message), expected \(describe(expected))"
        case .success(let value): return identical(value, expected) ? nil : "got \(describe(value)), expected \(describe(expected))"
        }
    }

    private static func describe(_ value: CELValue) -> String { "\(value.typeName) \(MessageTemplate.render(value.json))" }

    /// Equality that also tells types apart (1 is not 1u) and takes NaN as equal to NaN.
    static func identical(_ a: CELValue, _ b: CELValue) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.uint(let x), .uint(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        case (.map(let x), .map(let y)):
            return x.count == y.count && x.allSatisfy { entry in y.contains { identical($0.key, entry.key) && identical($0.value, entry.value) } }
        default:
            return a.typeName == b.typeName && CELValue.equal(a, b)
        }
    }

    /// The typed JSON encoding of `scripts/cel-conformance-import`.
    static func decode(_ encoded: Any) -> CELValue? {
        guard let object = encoded as? [String: Any], let (kind, payload) = object.first else { return nil }
        switch kind {
        case "int": return (payload as? String).flatMap(Int64.init).map(CELValue.int)
        case "uint": return (payload as? String).flatMap(UInt64.init).map(CELValue.uint)
        case "double":
            if let text = payload as? String {
                return ["NaN": Double.nan, "Infinity": .infinity, "-Infinity": -.infinity, "-0": -0.0][text].map(CELValue.double)
            }
            return (payload as? NSNumber).map { .double($0.doubleValue) }
        case "string": return (payload as? String).map(CELValue.string)
        case "bytes": return (payload as? String).flatMap { Data(base64Encoded: $0) }.map { .bytes(Array($0)) }
        case "bool": return (payload as? Bool).map(CELValue.bool)
        case "null": return .null
        case "type": return (payload as? String).map(CELValue.type)
        case "list":
            guard let elements = payload as? [Any] else { return nil }
            let values = elements.compactMap(decode)
            return values.count == elements.count ? .list(values) : nil
        case "map":
            guard let pairs = payload as? [[Any]] else { return nil }
            var entries: [(key: CELValue, value: CELValue)] = []
            for pair in pairs {
                guard pair.count == 2, let key = decode(pair[0]), let value = decode(pair[1]) else { return nil }
                entries.append((key, value))
            }
            return .map(entries)
        case "timestamp": return (payload as? String).flatMap { try? CELTimestamp(parsing: $0) }.map(CELValue.timestamp)
        case "duration": return (payload as? String).flatMap { try? CELDuration(parsing: $0) }.map(CELValue.duration)
        default: return nil
        }
    }
}
