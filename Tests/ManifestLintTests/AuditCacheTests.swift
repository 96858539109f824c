import Foundation
import Testing
@testable import ManifestLint

/// The registry audit's caches keep at most their budget, giving up the oldest values first.
@Suite("Audit cache")
struct AuditCacheTests {
    @Test func oldestValuesAreGivenUpWhenTheBudgetIsFull() {
        let budget = ByteBudget(10)
        let cache = OnceCache<String, String>()
        var computed: [String] = []
        func get(_ key: String) -> String {
            cache.value(for: key, budget: budget, cost: { _ in 4 }) {
                computed.append(key)
                return key.uppercased()
            }
        }
        #expect(get("a") == "A" && get("b") == "B")
        #expect(get("a") == "A")  // still kept: computed once
        #expect(get("c") == "C")  // 12 > 10: "a", the oldest, is given up
        #expect(get("b") == "B" && get("c") == "C")
        #expect(get("a") == "A")  // computed again
        #expect(computed == ["a", "b", "c", "a"])
    }

    @Test func aValueOverTheWholeBudgetIsNotKept() {
        let budget = ByteBudget(10)
        let cache = OnceCache<Int, Int>()
        var computations = 0
        for _ in 0..<3 {
            _ = cache.value(for: 1, budget: budget, cost: { _ in 11 }) { computations += 1; return 1 }
        }
        #expect(computations == 3)
    }

    /// Caches sharing one budget give up each other's oldest values; concurrent callers never deadlock.
    @Test func sharedBudgetUnderConcurrency() {
        let budget = ByteBudget(64)
        let first = OnceCache<Int, Int>(), second = OnceCache<Int, Int>()
        DispatchQueue.concurrentPerform(iterations: 2_000) { index in
            let cache = index % 2 == 0 ? first : second
            let value = cache.value(for: index % 97, budget: budget, cost: { _ in 8 }) { index % 97 }
            precondition(value == index % 97)
        }
        #expect(budget.take(64) { }.0)  // everything held before can be given up for a full-size value
    }
}
