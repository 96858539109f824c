/// The one escaping for text that reaches a terminal or a line-oriented report (text format, stderr, GitHub
/// annotations, JUnit): control characters from documents, file names and registries are shown as `\xNN` or
/// `\u{NNNN}`, so no value can move the cursor, set a window title, forge a report line or start a workflow
/// command. Bidirectional overrides are escaped too (they reorder what a reviewer sees).
public enum DisplayText {
    /// `text` with C0 and C1 controls, DEL and bidirectional controls escaped; `keep` lists controls left as
    /// they are (a format that escapes line breaks its own way keeps them).
    public static func escaped(_ text: String, keeping keep: Set<Unicode.Scalar> = []) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) && !keep.contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar), !keep.contains(scalar) {
                result += scalar.value < 0x80
                    ? "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                    : "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A duration as messages show it: `3 s`, `2.5 s`.
    public static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
