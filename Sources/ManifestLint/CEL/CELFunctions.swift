import Foundation

/// CEL's standard functions (cel-spec `doc/langdef.md`, "Functions"), the Kubernetes list and string extensions
/// rules need (`sum`, `min`, `max`, `indexOf`, `lowerAscii`, `split`, `join`, ...), and the operators.
enum CELFunctions {
    static func call(_ function: String, _ a: [CELValue], receiver: Bool, evaluator: inout CELEvaluator) throws(CELError) -> CELValue {
        if let result = try CELOperators.apply(function, a) { return result }
        if let result = try CELLinks.call(function, a, evaluator: &evaluator) { return result }
        // What a call touches costs as much as its size: a loop over a large list cannot hide in one node.
        try evaluator.charge(a.reduce(0) { $0 + cost($1) })
        switch (function, a.count) {
        case ("size", 1): return try size(a[0])
        case ("type", 1): return .type(a[0].typeName)
        case ("dyn", 1): return a[0]
        case ("int", 1): return try CELConversions.int(a[0])
        case ("uint", 1): return try CELConversions.uint(a[0])
        case ("double", 1): return try CELConversions.double(a[0])
        case ("string", 1): return try CELConversions.string(a[0])
        case ("bytes", 1): return try CELConversions.bytes(a[0])
        case ("bool", 1): return try CELConversions.bool(a[0])
        case ("timestamp", 1): return try CELConversions.timestamp(a[0])
        case ("duration", 1): return try CELConversions.duration(a[0])
        default: break
        }
        if case .string(let text) = a.first, receiver { if let result = try string(function, text, Array(a.dropFirst()), evaluator: &evaluator) { return result } }
        if case .list(let elements) = a.first, receiver, let result = try list(function, elements, Array(a.dropFirst())) { return result }
        if case .timestamp(let time) = a.first, receiver, let result = try timestampField(function, time, Array(a.dropFirst())) { return result }
        if case .duration(let duration) = a.first, receiver, let result = durationField(function, duration, a.count) { return result }
        throw .noOverload(function, a)
    }

    private static func cost(_ value: CELValue) -> Int {
        switch value {
        case .string(let text): return text.utf8.count / 64
        case .bytes(let bytes): return bytes.count / 64
        case .list(let elements): return elements.count
        case .map(let entries): return entries.count
        default: return 0
        }
    }

    private static func size(_ value: CELValue) throws(CELError) -> CELValue {
        switch value {
        case .string(let text): return .int(Int64(text.unicodeScalars.count))
        case .bytes(let bytes): return .int(Int64(bytes.count))
        case .list(let elements): return .int(Int64(elements.count))
        case .map(let entries): return .int(Int64(entries.count))
        default: throw .noOverload("size", [value])
        }
    }

    private static func string(_ function: String, _ text: String, _ a: [CELValue], evaluator: inout CELEvaluator) throws(CELError) -> CELValue? {
        func argument(_ i: Int) -> String? { if i < a.count, case .string(let s) = a[i] { return s } else { return nil } }
        func integer(_ i: Int) -> Int64? { if i < a.count, case .int(let n) = a[i] { return n } else { return nil } }
        let scalars = Array(text.unicodeScalars)
        switch (function, a.count) {
        case ("contains", 1): return argument(0).map { .bool($0.isEmpty || text.contains($0)) }
        case ("startsWith", 1): return argument(0).map { .bool(text.unicodeScalars.starts(with: $0.unicodeScalars)) }
        case ("endsWith", 1): return argument(0).map { .bool(text.unicodeScalars.reversed().starts(with: $0.unicodeScalars.reversed())) }
        case ("matches", 1):
            guard let pattern = argument(0) else { return nil }
            return .bool(try CELRegex.matches(text, pattern))
        case ("lowerAscii", 0): return .string(String(String.UnicodeScalarView(scalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 })))
        case ("upperAscii", 0): return .string(String(String.UnicodeScalarView(scalars.map { ("a"..."z").contains($0) ? Unicode.Scalar($0.value - 32)! : $0 })))
        case ("trim", 0): return .string(text.trimmingCharacters(in: .whitespacesAndNewlines))
        case ("split", 1), ("split", 2):
            guard let separator = argument(0) else { return nil }
            if a.count == 2, integer(1) == nil { return nil }
            let limit = a.count == 2 ? integer(1)! : -1
            if limit == 0 { return .list([]) }
            var parts = separator.isEmpty ? scalars.map { String($0) } : text.components(separatedBy: separator)
            if limit > 0, parts.count > limit { parts = Array(parts.prefix(Int(limit) - 1)) + [parts.dropFirst(Int(limit) - 1).joined(separator: separator)] }
            return .list(parts.map { .string($0) })
        case ("indexOf", 1), ("lastIndexOf", 1), ("indexOf", 2), ("lastIndexOf", 2):
            guard let needle = argument(0) else { return nil }
            let hay = scalars, find = Array(needle.unicodeScalars)
            let forward = function == "indexOf"
            // The optional second argument is where the search starts (forward) or the last start it may find (back).
            let from = a.count == 2 ? integer(1) : (forward ? 0 : Int64(hay.count))
            guard let from else { return nil }
            guard from >= 0, from <= hay.count else { throw CELError("index out of range: \(from)") }
            guard hay.count >= find.count else { return .int(-1) }
            let last = min(Int(forward ? Int64(hay.count - find.count) : from), hay.count - find.count)
            let first = forward ? Int(from) : 0
            guard first <= last else { return .int(-1) }
            let starts = Array(first...last)
            let found = (forward ? starts : starts.reversed()).first { hay[$0..<$0 + find.count].elementsEqual(find) }
            return .int(Int64(found ?? -1))
        case ("reverse", 0): return .string(String(String.UnicodeScalarView(scalars.reversed())))
        case ("charAt", 1):
            guard let i = integer(0) else { return nil }
            guard i >= 0, i <= scalars.count else { throw CELError("index out of range: \(i)") }
            return .string(i == scalars.count ? "" : String(scalars[Int(i)]))
        case ("substring", 1), ("substring", 2):
            guard let start = integer(0) else { return nil }
            if a.count == 2, integer(1) == nil { return nil }
            let end = a.count == 2 ? integer(1)! : Int64(scalars.count)
            guard start >= 0, end >= start, end <= scalars.count else { throw CELError("index out of range: \(start), \(end)") }
            return .string(String(String.UnicodeScalarView(scalars[Int(start)..<Int(end)])))
        case ("replace", 2), ("replace", 3):
            guard let old = argument(0), let new = argument(1) else { return nil }
            if a.count == 3, integer(2) == nil { return nil }
            let limit = a.count == 3 ? integer(2)! : -1
            if limit < 0 { return .string(old.isEmpty ? text : text.replacingOccurrences(of: old, with: new)) }
            var result = text
            var done: Int64 = 0
            var searchStart = result.startIndex
            while done < limit, let range = result.range(of: old, range: searchStart..<result.endIndex), !old.isEmpty {
                result.replaceSubrange(range, with: new)
                searchStart = result.index(range.lowerBound, offsetBy: new.count)
                done += 1
            }
            return .string(result)
        default: return nil
        }
    }

    /// `sum`, `min`, `max`, `join`, `indexOf`, `lastIndexOf`, `isSorted` (Kubernetes' lists and strings libraries).
    private static func list(_ function: String, _ elements: [CELValue], _ a: [CELValue]) throws(CELError) -> CELValue? {
        switch (function, a.count) {
        case ("sum", 0):
            guard var total = elements.first else { return .int(0) }
            for element in elements.dropFirst() { total = try CELOperators.add(total, element) }
            return total
        case ("min", 0), ("max", 0):
            guard var best = elements.first else { throw CELError("\(function)() of an empty list") }
            for element in elements.dropFirst() {
                let order = try CELValue.compare(element, best, function)
                if order == (function == "min" ? .orderedAscending : .orderedDescending) { best = element }
            }
            return best
        case ("join", 0), ("join", 1):
            var separator = ""
            if a.count == 1 { guard case .string(let s) = a[0] else { return nil }; separator = s }
            var parts: [String] = []
            for element in elements {
                guard case .string(let s) = element else { throw .noOverload("join", [.list(elements)]) }
                parts.append(s)
            }
            return .string(parts.joined(separator: separator))
        case ("indexOf", 1): return .int(Int64(elements.firstIndex { CELValue.equal($0, a[0]) } ?? -1))
        case ("lastIndexOf", 1): return .int(Int64(elements.lastIndex { CELValue.equal($0, a[0]) } ?? -1))
        case ("isSorted", 0):
            for (x, y) in zip(elements, elements.dropFirst()) where try CELValue.compare(x, y, function) == .orderedDescending { return .bool(false) }
            return .bool(true)
        default: return nil
        }
    }

    private static func timestampField(_ function: String, _ time: CELTimestamp, _ a: [CELValue]) throws(CELError) -> CELValue? {
        let zone: String?
        switch a.count {
        case 0: zone = nil
        case 1: guard case .string(let z) = a[0] else { return nil }; zone = z
        default: return nil
        }
        let fields = try time.fields(in: zone)
        switch function {
        case "getFullYear": return .int(fields.year)
        case "getMonth": return .int(fields.month - 1)
        case "getDate": return .int(fields.day)
        case "getDayOfMonth": return .int(fields.day - 1)
        case "getDayOfWeek": return .int(fields.weekday)
        case "getDayOfYear": return .int(fields.dayOfYear)
        case "getHours": return .int(fields.hour)
        case "getMinutes": return .int(fields.minute)
        case "getSeconds": return .int(fields.second)
        case "getMilliseconds": return .int(Int64(time.nanos) / 1_000_000)
        default: return nil
        }
    }

    private static func durationField(_ function: String, _ duration: CELDuration, _ count: Int) -> CELValue? {
        guard count == 1 else { return nil }
        switch function {
        case "getHours": return .int(duration.seconds / 3600)
        case "getMinutes": return .int(duration.seconds / 60)
        case "getSeconds": return .int(duration.seconds)
        case "getMilliseconds": return .int(Int64(duration.nanos) / 1_000_000)  // the millisecond part, as cel-go gives it
        default: return nil
        }
    }
}

/// `matches`: RE2 syntax mostly shared with ICU; patterns compiled once (up to 256 of them: a pattern taken from
/// the document is compiled each time past that), each match under a time budget so a pathological pattern is an
/// error, not a hang.
enum CELRegex {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [String: PatternMatcher] = [:]  // only touched under `lock`

    static func matches(_ text: String, _ pattern: String) throws(CELError) -> Bool {
        if pattern.isEmpty { return true }  // RE2's empty pattern matches everything; ICU refuses to compile it
        lock.lock()
        var matcher = compiled[pattern]
        lock.unlock()
        if matcher == nil {
            guard let made = PatternMatcher(pattern: pattern) else { throw CELError("invalid regular expression: \(pattern)") }
            matcher = made
            lock.lock()
            if compiled.count < 256 { compiled[pattern] = made }
            lock.unlock()
        }
        guard let found = matcher!.matches(text) else { throw CELError("the regular expression \(pattern) took too long") }
        return found
    }
}
