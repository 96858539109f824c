import Foundation

/// A CEL duration (google.protobuf.Duration): seconds and nanoseconds of the same sign, within ±10,000 years.
public struct CELDuration: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let seconds: Int64
    public let nanos: Int32
    /// Durations are held to what an int64 of nanoseconds holds (about ±292 years), as cel-go and the conformance
    /// tests do, so the difference of two far-apart timestamps is an error rather than a value other CEL
    /// implementations cannot represent.
    static let maxSeconds: Int64 = 9_223_372_036

    /// Normalizes, or throws when out of range.
    init(seconds: Int64, nanos: Int64) throws(CELError) {
        var (s, n) = (seconds, nanos)
        let (carry, rest) = n.quotientAndRemainder(dividingBy: 1_000_000_000)
        let (sum, overflow) = s.addingReportingOverflow(carry)
        guard !overflow else { throw CELError("duration out of range") }
        (s, n) = (sum, rest)
        if s > 0, n < 0 { s -= 1; n += 1_000_000_000 } else if s < 0, n > 0 { s += 1; n -= 1_000_000_000 }
        guard abs(s) <= Self.maxSeconds else { throw CELError("duration out of range") }
        self.seconds = s
        self.nanos = Int32(n)
    }

    /// `"1.5s"`, `"-2h45m"`, `"1m30.5s"`, `"100ms"`: Go's time.ParseDuration units (h, m, s, ms, us, µs, ns).
    init(parsing text: String) throws(CELError) {
        var rest = Substring(text)
        var negative = false
        if rest.hasPrefix("-") { negative = true; rest = rest.dropFirst() } else if rest.hasPrefix("+") { rest = rest.dropFirst() }
        guard !rest.isEmpty else { throw CELError("invalid duration: \"\(text)\"") }
        if rest == "0" { try self.init(seconds: 0, nanos: 0); return }
        var totalNanos = Decimal(0)
        let units: [(String, Decimal)] = [("ns", 1), ("us", 1_000), ("µs", 1_000), ("ms", 1_000_000), ("s", 1_000_000_000),
                                           ("m", 60_000_000_000), ("h", 3_600_000_000_000)]
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, let value = Decimal(string: String(number)) else { throw CELError("invalid duration: \"\(text)\"") }
            rest = rest.dropFirst(number.count)
            guard let unit = units.filter({ rest.hasPrefix($0.0) }).max(by: { $0.0.count < $1.0.count }) else {
                throw CELError("invalid duration: \"\(text)\"")
            }
            rest = rest.dropFirst(unit.0.count)
            totalNanos += value * unit.1
        }
        if negative { totalNanos = -totalNanos }
        let limit = Decimal(Self.maxSeconds) * 1_000_000_000
        guard totalNanos <= limit, totalNanos >= -limit else { throw CELError("duration out of range") }
        var whole = Decimal()
        var copy = totalNanos
        NSDecimalRound(&whole, &copy, 0, .down)
        let billion = Decimal(1_000_000_000)
        var secondsPart = Decimal()
        var quotient = whole / billion
        NSDecimalRound(&secondsPart, &quotient, 0, .down)
        let nanosPart = whole - secondsPart * billion
        try self.init(seconds: NSDecimalNumber(decimal: secondsPart).int64Value, nanos: NSDecimalNumber(decimal: nanosPart).int64Value)
    }

    /// Seconds with up to nine fractional digits, as protobuf JSON writes durations: `"1.5s"`, `"1000000s"`.
    public var description: String {
        let negative = seconds < 0 || nanos < 0
        var text = (negative ? "-" : "") + String(abs(seconds))
        if nanos != 0 {
            var fraction = String(abs(Int64(nanos)))
            fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "s"
    }

    public static func < (lhs: CELDuration, rhs: CELDuration) -> Bool { (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos) }

    var totalNanos: Decimal { Decimal(seconds) * 1_000_000_000 + Decimal(Int64(nanos)) }
}

extension CELValue {
    /// The clock, as a timestamp.
    public static func now() -> CELValue {
        let interval = Date().timeIntervalSince1970
        let seconds = Int64(interval.rounded(.down))
        return (try? CELTimestamp(seconds: seconds, nanos: Int64((interval - Double(seconds)) * 1e9))).map(CELValue.timestamp) ?? .null
    }
}

/// A CEL timestamp (google.protobuf.Timestamp): seconds since the Unix epoch and nanoseconds, from year 1 to 9999.
public struct CELTimestamp: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let seconds: Int64
    public let nanos: Int32
    static let minSeconds: Int64 = -62_135_596_800
    static let maxSeconds: Int64 = 253_402_300_799

    public init(seconds: Int64, nanos: Int64) throws(CELError) {
        var (s, n) = (seconds, nanos)
        let (carry, rest) = n.quotientAndRemainder(dividingBy: 1_000_000_000)
        s += carry
        n = rest
        if n < 0 { s -= 1; n += 1_000_000_000 }
        guard s >= Self.minSeconds, s <= Self.maxSeconds else { throw CELError("timestamp out of range") }
        self.seconds = s
        self.nanos = Int32(n)
    }

    /// RFC 3339: `2009-02-13T23:31:30Z`, with optional fractional seconds and a `Z` or `±hh:mm` offset.
    public init(parsing text: String) throws(CELError) {
        let bytes = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int64? {
            guard from + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for byte in bytes[from..<from + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            return value
        }
        guard bytes.count >= 20, let year = number(0, 4), bytes[4] == 45, let month = number(5, 2), bytes[7] == 45, let day = number(8, 2),
            bytes[10] == 84 || bytes[10] == 116, let hour = number(11, 2), bytes[13] == 58, let minute = number(14, 2), bytes[16] == 58,
            let second = number(17, 2), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { throw CELError("invalid timestamp \"\(text)\"") }
        var index = 19
        var nanos: Int64 = 0
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            var digits = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                if digits < 9 { nanos = nanos * 10 + Int64(bytes[index] - 48) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { throw CELError("invalid timestamp \"\(text)\"") }
            for _ in min(digits, 9)..<9 { nanos *= 10 }
        }
        var offset: Int64 = 0
        if index < bytes.count, bytes[index] == 90 || bytes[index] == 122 {
            index += 1
        } else if index + 6 == bytes.count, bytes[index] == 43 || bytes[index] == 45, let hours = number(index + 1, 2),
            bytes[index + 3] == 58, let minutes = number(index + 4, 2) {
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == 45 ? -1 : 1)
            index += 6
        }
        guard index == bytes.count else { throw CELError("invalid timestamp \"\(text)\"") }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        try self.init(seconds: days * 86_400 + hour * 3600 + minute * 60 + second - offset, nanos: nanos)
    }

    /// `2009-02-13T23:31:30Z`, with the fraction's trailing zeros dropped (Go's RFC3339Nano).
    public var description: String {
        let (days, secondsOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (day, rest) = secondsOfDay < 0 ? (days - 1, secondsOfDay + 86_400) : (days, secondsOfDay)
        let civil = Self.civilFromDays(day)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = String(format: "%04lld", civil.year) + "-\(two(civil.month))-\(two(civil.day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))"
        if nanos != 0 {
            var fraction = String(nanos)
            fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "Z"
    }

    public static func < (lhs: CELTimestamp, rhs: CELTimestamp) -> Bool { (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos) }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The broken-down time in a zone: an IANA name (`America/New_York`) or an offset (`+05:30`, `-08:00`);
    /// UTC when nil.
    func fields(in zone: String?) throws(CELError) -> (year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64, weekday: Int64, dayOfYear: Int64) {
        var offset: Int64 = 0
        if let zone {
            if let first = zone.first, first == "+" || first == "-" || first.isNumber, zone.contains(":") {
                let sign: Character = first == "-" ? "-" : "+"
                let parts = (first.isNumber ? Substring(zone) : zone.dropFirst()).split(separator: ":")
                guard parts.count == 2, let hours = Int64(parts[0]), let minutes = Int64(parts[1]) else { throw CELError("invalid time zone \"\(zone)\"") }
                offset = (hours * 3600 + minutes * 60) * (sign == "-" ? -1 : 1)
            } else if let timeZone = TimeZone(identifier: zone) {
                offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
            } else {
                throw CELError("invalid time zone \"\(zone)\"")
            }
        }
        let local = seconds + offset
        var (days, rest) = local.quotientAndRemainder(dividingBy: 86_400)
        if rest < 0 { days -= 1; rest += 86_400 }
        let civil = Self.civilFromDays(days)
        let weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (4); Sunday = 0
        let dayOfYear = days - Self.daysFromCivil(year: civil.year, month: 1, day: 1)
        return (civil.year, civil.month, civil.day, rest / 3600, rest / 60 % 60, rest % 60, weekday, dayOfYear)
    }
}
