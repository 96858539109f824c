import Foundation

/// A rule's regular expression with a time budget. A catastrophic pattern (`^(a+)+$`) costs ICU up to its own
/// limit on every value; once one match takes longer than `Limits.regexMatchBudget`, or all matches together
/// longer than `Limits.regexTotalBudget`, the pattern is spent for the rest of the run and `matches` answers nil
/// ("not evaluated"), which the evaluator reports as such instead of as a mismatch.
/// `@unchecked Sendable`: NSRegularExpression is immutable and safe to share; the spent time is only touched
/// under `lock`.
final class PatternMatcher: @unchecked Sendable {
    let expression: NSRegularExpression
    private let lock = NSLock()
    private var spent: TimeInterval = 0
    private var exhausted = false

    /// Nil when the pattern does not compile (the loaders reject such patterns first, with the file's line).
    init?(pattern: String) {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        self.expression = expression
    }

    var pattern: String { expression.pattern }

    /// Whether `text` matches; nil once the pattern has used up its budget.
    func matches(_ text: String) -> Bool? {
        lock.lock()
        let spentAlready = exhausted
        lock.unlock()
        if spentAlready { return nil }
        let start = DispatchTime.now().uptimeNanoseconds
        let found = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        lock.lock()
        defer { lock.unlock() }
        spent += seconds
        if seconds > Limits.regexMatchBudget || spent > Limits.regexTotalBudget { exhausted = true }
        return exhausted ? nil : found
    }
}
