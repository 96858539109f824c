/// `resolve(d)` and `referrers(d)`: the functions that let an expression follow descriptors to other documents.
/// `d` is a descriptor (a map with `digest`, and `mediaType` to choose the registry endpoint) or a digest string.
/// A document that is not at hand is an *unavailable* error: the rule is skipped with a note, never passed.
enum CELLinks {
    static func call(_ function: String, _ a: [CELValue], evaluator: inout CELEvaluator) throws(CELError) -> CELValue? {
        switch (function, a.count) {
        case ("resolve", 1):
            try evaluator.charge(Limits.linkCallCost)
            let (digest, mediaType) = try target(a[0], function)
            switch evaluator.links.document(digest, mediaType: mediaType) {
            case .found(let document): return CELValue(json: document)
            case .unavailable(let reason): throw CELError(unavailable: reason)
            case .failed(let reason): throw CELError(reason)
            }
        case ("referrers", 1), ("referrers", 2):
            try evaluator.charge(Limits.linkCallCost)
            let (digest, _) = try target(a[0], function)
            var wanted: String?
            if a.count == 2 {
                guard case .string(let artifactType) = a[1] else { throw .noOverload(function, a) }
                wanted = artifactType
            }
            switch evaluator.links.referrers(digest) {
            case .found(let descriptors):
                let kept = wanted.map { type in descriptors.filter { $0["artifactType"]?.stringValue == type } } ?? descriptors
                return .list(kept.map(CELValue.init(json:)))
            case .unavailable(let reason): throw CELError(unavailable: reason)
            case .failed(let reason): throw CELError(reason)
            }
        default:
            return nil
        }
    }

    /// The digest (and media type) a descriptor or digest string names.
    private static func target(_ value: CELValue, _ function: String) throws(CELError) -> (Digest, String?) {
        var text: String?, mediaType: String?
        switch value {
        case .string(let digest): text = digest
        case .map:
            if case .string(let digest)? = value.lookup(.string("digest")) { text = digest }
            if case .string(let type)? = value.lookup(.string("mediaType")) { mediaType = type }
            guard text != nil else { throw CELError("\(function)() needs a descriptor with a digest; this map has none") }
        case .null:
            throw CELError("\(function)(null): the document has no descriptor (an OCI layout's index.json is not content-addressed)")
        default:
            throw .noOverload(function, [value])
        }
        guard let text, let digest = try? Digest(parsing: text) else {
            throw CELError("\(function)(): \"\(text ?? "")\" is not a digest (algorithm:encoded)")
        }
        return (digest, mediaType)
    }
}
