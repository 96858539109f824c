/// Finds repository names that are typos of another name in the same workflow. Being near-identical is not
/// enough (`debianc`/`debiand` in a pull → tag → push round trip are deliberate siblings, `$GHCR_IMAGE` and
/// `$ACR_IMAGE` are variables): the two names must have complementary gaps on the same tag — one made (built,
/// tagged, pulled) but never pushed or listed, or pushed but not in the list, while the other is pushed or listed
/// but never made — as when `myyimage:$ID-arm64` is built and `myimage:$ID-arm64` pushed. The less used name is
/// the misspelling, and every use of it is reported.
enum RepositoryTypo {
    /// What a file does with one repository name, by tag.
    private struct Usage {
        var made: [String: String] = [:]  // tag → how (built, tagged, pulled)
        var pushed: Set<String> = []
        var listed: Set<String> = []
        var sourced: Set<String> = []
        var uses: [Int] = []

        var madeNowhere: Set<String> { Set(made.keys).subtracting(pushed).subtracting(listed).subtracting(sourced) }
        var pushedUnlisted: Set<String> { pushed.subtracting(listed) }
        var pushedUnmade: Set<String> { pushed.subtracting(made.keys) }
        var listedUnmade: Set<String> { listed.subtracting(made.keys).subtracting(pushed) }
    }

    static func find(in workflow: JSONValue, maxDistance requested: Int) -> [BuiltinCheck.Result] {
        let maxDistance = max(0, min(requested, 8))
        var usages: [String: Usage] = [:]
        var order: [String] = []
        for (offset, use) in (workflow["names"]?.arrayElements ?? []).enumerated() {
            guard let name = use["name"]?.stringValue, let role = use["role"]?.stringValue, let reference = use["reference"]?.stringValue else { continue }
            let literal = ImageReference.literal(name)
            guard literal.unicodeScalars.contains(where: { !"/-_.:".unicodeScalars.contains($0) }), name.unicodeScalars.count <= longestName else { continue }
            if usages[name] == nil { order.append(name) }
            let tag = ImageReference(reference).tag ?? ""
            usages[name, default: Usage()].uses.append(offset)
            switch role {
            case "built", "tagged", "pulled": if usages[name]?.made[tag] == nil { usages[name]?.made[tag] = role }
            case "pushed": usages[name]?.pushed.insert(tag)
            case "listed": usages[name]?.listed.insert(tag)
            case "tag-source": usages[name]?.sourced.insert(tag)
            default: break  // lists themselves and --all-tags pushes say nothing about one tag
            }
        }
        // Candidate pairs share a tag: one name leaves it unfinished, the other needs it unmade.
        var budget = Limits.typoComparisons
        var flagged: [String: (expected: String, evidence: String)] = [:]
        // Only pairs whose gaps can complement are candidates (see `evidence`): a name made but never pushed pairs
        // with names pushed or listed but never made; a name pushed but in no list only with list members never
        // made. A file that pushes thousands of images on one tag and lists none has no candidate pair at all.
        var consumers: [String: [String]] = [:]
        var listedConsumers: [String: [String]] = [:]
        for name in order {
            let usage = usages[name]!
            for tag in usage.pushedUnmade.union(usage.listedUnmade) { consumers[tag, default: []].append(name) }
            for tag in usage.listedUnmade { listedConsumers[tag, default: []].append(name) }
        }
        for producer in order {
            let usage = usages[producer]!
            let madeNowhere = usage.madeNowhere  // a computed set: made once per name, not once per tag
            for tag in madeNowhere.union(usage.pushedUnlisted).sorted() {
                let candidates = madeNowhere.contains(tag) ? consumers[tag] ?? [] : listedConsumers[tag] ?? []
                for consumer in candidates where consumer != producer {
                    guard budget > 0 else {
                        // Said, never silent: the names after this point were not compared (the run is incomplete).
                        return results(flagged, usages) + [BuiltinCheck.Result(below: [], variables: [:], notChecked:
                            "the repository-name typo search stopped after \(Limits.typoComparisons) comparisons; later names were not compared")]
                    }
                    guard ImageReference.expansions(producer) == ImageReference.expansions(consumer),
                        distance(producer, consumer, limit: maxDistance, cells: &budget) <= maxDistance,
                        let evidence = evidence(tag, producer: (producer, usage), consumer: (consumer, usages[consumer]!))
                    else { continue }
                    let other = usages[consumer]!
                    // The less used name is the misspelling; on a tie, the one used later.
                    let misspelt = (usage.uses.count, -(usage.uses.first ?? 0)) < (other.uses.count, -(other.uses.first ?? 0)) ? producer : consumer
                    let expected = misspelt == producer ? consumer : producer
                    if flagged[misspelt] == nil { flagged[misspelt] = (expected, evidence) }
                }
            }
        }
        return results(flagged, usages)
    }

    /// Why two names look like one: what each does with the shared tag; nil when the gaps do not complement.
    private static func evidence(_ tag: String, producer: (name: String, usage: Usage), consumer: (name: String, usage: Usage)) -> String? {
        func reference(_ name: String) -> String { tag.isEmpty ? name : name + ":" + tag }
        let made = producer.usage.made[tag].map { "is \($0)" }
        if let made, producer.usage.madeNowhere.contains(tag), consumer.usage.pushedUnmade.contains(tag) {
            return "\(reference(producer.name)) \(made) but never pushed, and \(reference(consumer.name)) is pushed but never built"
        }
        if let made, producer.usage.madeNowhere.contains(tag), consumer.usage.listedUnmade.contains(tag) {
            return "\(reference(producer.name)) \(made) but never pushed, and the list member \(reference(consumer.name)) is never built or pushed"
        }
        if producer.usage.pushedUnlisted.contains(tag), consumer.usage.listedUnmade.contains(tag) {
            return "\(reference(producer.name)) is pushed but in no list, and the list member \(reference(consumer.name)) is never built or pushed"
        }
        return nil
    }

    private static func results(_ flagged: [String: (expected: String, evidence: String)], _ usages: [String: Usage]) -> [BuiltinCheck.Result] {
        var results: [BuiltinCheck.Result] = []
        for (name, finding) in flagged {
            for use in usages[name]?.uses ?? [] {
                results.append(BuiltinCheck.Result(below: ["names", String(use)], variables: [
                    "value": name, "expected": finding.expected, "uses": String(usages[finding.expected]?.uses.count ?? 0),
                    "evidence": finding.evidence,
                ], replacement: finding.expected))
            }
        }
        return results.sorted { Int($0.below[1])! < Int($1.below[1])! }
    }

    /// Repository names are at most 255 characters; longer words are not names worth comparing.
    static let longestName = 255

    /// `distance(_:_:limit:cells:)` without a budget.
    static func distance(_ left: String, _ right: String, limit: Int) -> Int {
        var cells = Int.max
        return distance(left, right, limit: limit, cells: &cells)
    }

    /// Optimal string alignment distance, stopping early once it exceeds `limit`; the cells of the table it filled
    /// are taken from `cells` (the search's budget: what it costs, not what it might have cost).
    static func distance(_ left: String, _ right: String, limit: Int, cells: inout Int) -> Int {
        let a = Array(left.unicodeScalars), b = Array(right.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        cells -= b.count + 1
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            cells -= b.count + 1
            var current = [Int](repeating: 0, count: b.count + 1)
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], previous2[j - 2] + 1) }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            previous2 = previous
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

/// Edit distance for the command line (a mistyped subcommand), the same measure as the typo rule's.
public enum EditDistance {
    /// Optimal string alignment distance, or `limit + 1` once it is past `limit`.
    public static func between(_ left: String, _ right: String, limit: Int) -> Int {
        RepositoryTypo.distance(left, right, limit: limit)
    }
}
