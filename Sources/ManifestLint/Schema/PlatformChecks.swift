/// Checks of a `platform` object (image-index.md; Docker manifest-list platform).
enum PlatformChecks {
    static func check(_ value: JSONValue, at pointer: JSONPointer, into collector: inout FindingCollector) {
        guard value.objectMembers != nil else {
            collector.report("invalid-platform", .error, at: pointer,
                "\"platform\" is \(article(value.typeName)), expected an object with \"os\" and \"architecture\"")
            return
        }
        for field in ["os", "architecture"] {
            guard let fieldValue = value[field] else {
                collector.report("invalid-platform", .error, at: pointer, "platform has no \"\(field)\" (required)")
                continue
            }
            if fieldValue.stringValue == nil {
                collector.report("wrong-type", .error, at: pointer.appending(field),
                    "\"\(field)\" is \(article(fieldValue.typeName)), expected a string")
            }
        }
        collector.expectType("variant", in: value, at: pointer, ["string"])
        collector.expectType("os.version", in: value, at: pointer, ["string"])
        collector.expectStringArray("os.features", in: value, at: pointer, nullable: false)
        collector.expectStringArray("features", in: value, at: pointer, nullable: false)
    }
}
