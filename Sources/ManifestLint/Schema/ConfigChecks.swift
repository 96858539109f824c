/// Checks of an OCI image configuration (config.md), which Docker's image config extends.
enum ConfigChecks {
    static func check(_ document: JSONValue, into collector: inout FindingCollector) {
        guard document.objectMembers != nil else {
            collector.report("wrong-type", .error, at: .root, "an image config is \(article(document.typeName)), expected an object")
            return
        }
        for field in ["architecture", "os"] {
            if collector.requireField(field, in: document, at: .root, what: "the image config") != nil {
                _ = collector.string(field, in: document, at: .root)
            }
        }
        for field in ["variant", "os.version", "created", "author"] { _ = collector.string(field, in: document, at: .root) }
        collector.expectStringArray("os.features", in: document, at: .root, nullable: false)
        checkExecutionConfig(document, into: &collector)
        checkRootfs(document, into: &collector)
        checkHistory(document, into: &collector)
    }

    private static func checkExecutionConfig(_ document: JSONValue, into collector: inout FindingCollector) {
        guard let config = document["config"], config != .null else { return }
        let pointer = JSONPointer.root.appending("config")
        guard config.objectMembers != nil else {
            collector.report("wrong-type", .error, at: pointer, "\"config\" is \(article(config.typeName)), expected an object")
            return
        }
        for field in ["User", "WorkingDir", "StopSignal"] { _ = collector.string(field, in: config, at: pointer) }
        for field in ["Env", "Entrypoint", "Cmd"] { collector.expectStringArray(field, in: config, at: pointer) }
        for field in ["ExposedPorts", "Volumes"] { collector.expectType(field, in: config, at: pointer, ["object", "null"]) }
        collector.expectStringMap("Labels", in: config, at: pointer, rule: "wrong-type")
        collector.expectType("ArgsEscaped", in: config, at: pointer, ["boolean"])
        for (index, entry) in (config["Env"]?.arrayElements ?? []).enumerated() {
            guard let text = entry.stringValue else { continue }
            if text.firstIndex(of: "=").map({ $0 == text.startIndex }) ?? true {
                collector.report("invalid-env", .error, at: pointer.appending("Env").appending(index),
                    "Env entry \"\(text)\" is not VARNAME=VALUE")
            }
        }
    }

    private static func checkRootfs(_ document: JSONValue, into collector: inout FindingCollector) {
        guard let rootfs = collector.requireField("rootfs", in: document, at: .root, what: "the image config") else { return }
        let pointer = JSONPointer.root.appending("rootfs")
        guard rootfs.objectMembers != nil else {
            collector.report("wrong-type", .error, at: pointer, "\"rootfs\" is \(article(rootfs.typeName)), expected an object")
            return
        }
        if let type = collector.requireField("type", in: rootfs, at: pointer, what: "\"rootfs\""), type.stringValue != "layers" {
            collector.report("invalid-rootfs", .error, at: pointer.appending("type"), "\"rootfs.type\" must be \"layers\"")
        }
        guard let diffIDs = collector.requireField("diff_ids", in: rootfs, at: pointer, what: "\"rootfs\"") else { return }
        guard let elements = diffIDs.arrayElements else {
            collector.report("wrong-type", .error, at: pointer.appending("diff_ids"),
                "\"diff_ids\" is \(article(diffIDs.typeName)), expected an array of digests")
            return
        }
        for (index, element) in elements.enumerated() {
            _ = DescriptorChecks.checkDigest(element, at: pointer.appending("diff_ids").appending(index), into: &collector)
        }
    }

    private static func checkHistory(_ document: JSONValue, into collector: inout FindingCollector) {
        guard let history = document["history"], history != .null else { return }
        let pointer = JSONPointer.root.appending("history")
        guard let entries = history.arrayElements else {
            collector.report("wrong-type", .error, at: pointer, "\"history\" is \(article(history.typeName)), expected an array")
            return
        }
        for (index, entry) in entries.enumerated() {
            let entryPointer = pointer.appending(index)
            guard entry.objectMembers != nil else {
                collector.report("wrong-type", .error, at: entryPointer, "history[\(index)] is \(article(entry.typeName)), expected an object")
                continue
            }
            for field in ["created", "author", "created_by", "comment"] { _ = collector.string(field, in: entry, at: entryPointer) }
            collector.expectType("empty_layer", in: entry, at: entryPointer, ["boolean"])
        }
    }
}
