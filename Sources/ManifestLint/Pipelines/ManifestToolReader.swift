import Foundation
import Yams

/// manifest-tool's spec (`manifest-tool push from-spec`, also drone-manifest templates): `image:` is the list,
/// `manifests:` its members, each with the `platform:` it is annotated with. `tags:` are more names of the same
/// list, so the list is checked once.
enum ManifestToolReader {
    static func isSpec(_ top: Node.Mapping) -> Bool {
        guard top["image"]?.string != nil, let manifests = top["manifests"]?.sequence, !manifests.isEmpty else { return false }
        return manifests.allSatisfy { $0.mapping?["image"] != nil && $0.mapping?["platform"]?.mapping != nil }
    }

    /// A drone-manifest template's lines that hold only template logic (`{{#if build.tags}}`, `{{/each}}`) are blanked,
    /// so the YAML around them parses; offsets stay the same.
    static func blankTemplateLines(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        var start = 0
        while start < result.count {
            var end = start
            while end < result.count, result[end] != 0x0A { end += 1 }
            let line = String(decoding: result[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("{{"), line.hasSuffix("}}") {
                for index in start..<end where result[index] != 0x0D { result[index] = UInt8(ascii: " ") }
            }
            start = end + 1
        }
        return result
    }

    static func read(_ documents: [Node], reader: WorkflowReader) -> PipelineRead {
        var read = PipelineRead(format: .manifestTool)
        for document in documents {
            guard let top = document.mapping, isSpec(top), let imageNode = top["image"] else { continue }
            let list = JobWords.word(imageNode, reader: reader)
            let members = top["manifests"]?.sequence?.compactMap { $0.mapping?["image"].map { JobWords.word($0, reader: reader) } } ?? []
            // `tags:` are more names of this same list: checked once, under `image`.
            read.append(.createList(list: list, members: members, pushes: true, at: list), .none)
            for (entry, member) in zip(top["manifests"]?.sequence ?? Node.Sequence(), members) {
                guard let platform = entry.mapping?["platform"]?.mapping else { continue }
                func word(_ key: String) -> ShellWord? { platform[key].map { JobWords.word($0, reader: reader) } }
                read.append(.annotate(list: list, member: member, os: word("os"), architecture: word("architecture"), variant: word("variant")), .none)
            }
        }
        return read
    }
}
