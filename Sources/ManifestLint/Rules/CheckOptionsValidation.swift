import Foundation

/// Options that would make a check misbehave at run time (a pattern that does not compile, `min` above `max`),
/// found when the rule file or config is read so that they fail with the file's line instead of silently
/// disabling the check or trapping.
enum CheckOptionsValidation {
    /// What is wrong with a check's options once parameter references take `values` (a parameter missing from
    /// `values` takes its default), naming the option; nil when nothing is.
    /// `parameter` names the parameter the bad value came from, when it came from one.
    static func problem(_ options: [String: JSONValue], parameters: [RuleParameter], values: [String: JSONValue] = [:]) -> (option: String, parameter: String?, message: String)? {
        func resolved(_ name: String) -> (value: JSONValue, via: String?)? {
            guard let value = options[name] else { return nil }
            guard let reference = RuleLoader.parameterReference(value) else { return (value, nil) }
            guard let parameterValue = values[reference] ?? parameters.first(where: { $0.name == reference })?.defaultValue else { return nil }
            return (parameterValue, reference)
        }
        func origin(_ via: String?) -> String { via.map { " (from parameter \"\($0)\")" } ?? "" }
        if let (value, via) = resolved("regex") {
            guard let pattern = value.stringValue else { return ("regex", via, "\"regex\"\(origin(via)) must be a string") }
            do {
                _ = try NSRegularExpression(pattern: pattern)
            } catch {
                return ("regex", via, "\"regex\"\(origin(via)) is not a valid regular expression: \(pattern)")
            }
        }
        var bounds: [String: (value: Int64, via: String?)] = [:]
        for name in ["min", "max"] {
            guard let (value, via) = resolved(name) else { continue }
            guard let number = value.integerValue, number >= 0 else { return (name, via, "\"\(name)\"\(origin(via)) must be a whole number, 0 or more") }
            bounds[name] = (number, via)
        }
        if let minimum = bounds["min"], let maximum = bounds["max"], minimum.value > maximum.value {
            return ("max", maximum.via ?? minimum.via, "\"min\" (\(minimum.value)) is larger than \"max\" (\(maximum.value)); no count could pass")
        }
        return nil
    }
}
