import Foundation
import Testing
@testable import ManifestLint

/// The parse path of issue 15: jansson allocating from a per-thread arena that is released after each document,
/// and listed strings reused as literals. Both must leave every parse exactly as it was.
@Suite("Arena parsing and known strings")
struct ParserArenaTests {
    /// Documents that exercise the arena: small, larger than its first 64 KiB chunk, over its 1 MiB keep limit
    /// (several chunks, one request larger than a chunk), and failures that jansson frees half-built.
    static let documents: [String] = {
        let entry = #"{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:"# + String(repeating: "ab", count: 32)
            + #"", "platform": {"architecture": "arm64", "os": "linux", "variant": "v8"}, "annotations": {"vnd.docker.reference.type": "x"}}"#
        let many = "{\"schemaVersion\": 2, \"manifests\": [" + Array(repeating: entry, count: 3000).joined(separator: ", ") + "]}"
        let longString = "{\"k\": \"" + String(repeating: "é", count: 1_500_000) + "\"}"
        return [
            "{\"schemaVersion\": 2, \"manifests\": [\(entry)]}", many, longString,
            "{\"a\": 1, \"a\": 2}", "{\"a\": [1, 2", String(repeating: "[", count: 5000), "{\"a\": \"\\u0000\"}", "[1] [2]",
            "{\"n\": 99999999999999999999}", "\"text\"", "null",
        ]
    }()

    @Test func parsesOnManyThreadsExactlyAsOnOne() async {
        let expected = Self.documents.map { JanssonParser.parse(Array($0.utf8)) }
        #expect(expected.filter { if case .success = $0 { return true } else { return false } }.count == 5)
        await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var same = true
                    for round in 0..<4 {
                        for index in Self.documents.indices.shuffled() where (index + round + worker) % 2 == 0 || index < 4 {
                            same = same && JanssonParser.parse(Array(Self.documents[index].utf8)) == expected[index]
                        }
                    }
                    return same
                }
            }
            for await same in group { #expect(same) }
        }
    }

    @Test func largeDocumentKeepsEveryEntry() throws {
        guard case .success(let value) = JanssonParser.parse(Array(Self.documents[1].utf8)) else {
            Issue.record("the 3,000-entry document did not parse")
            return
        }
        let entries = try #require(value["manifests"]?.arrayElements)
        #expect(entries.count == 3000)
        #expect(entries.allSatisfy { $0["platform"]?["architecture"] == .string("arm64") })
        guard case .success(let long) = JanssonParser.parse(Array(Self.documents[2].utf8)) else {
            Issue.record("the long string did not parse")
            return
        }
        #expect(long["k"]?.stringValue?.count == 1_500_000)
    }

    /// Every listed word comes back as itself; texts near them (prefixes, one byte changed, other cases) and texts
    /// that are not listed come back exactly as decoded.
    @Test func knownStringsChangeNoText() {
        let known = KnownStrings.shared
        func viaTable(_ text: String) -> String { Array(text.utf8).withUnsafeBufferPointer { known.string($0) } }
        for word in KnownStrings.words {
            #expect(viaTable(word) == word)
            #expect(known.canonical(word) == word)
            var near = [String(word.dropLast()), String(word.dropFirst()), word.uppercased(), word + "x", "x" + word]
            var bytes = Array(word.utf8)
            bytes[bytes.count / 2] ^= 0x01
            near.append(String(decoding: bytes, as: UTF8.self))
            for text in near { #expect(viaTable(text) == text && viaTable(text).utf8.elementsEqual(text.utf8), "\(text.debugDescription)") }
        }
        for text in FastPathTests.awkwardTexts + ["", String(repeating: "a", count: 65), String(repeating: "z", count: 200), "e\u{301}"] {
            #expect(viaTable(text).utf8.elementsEqual(text.utf8), "\(text.debugDescription)")
            #expect(known.canonical(text).utf8.elementsEqual(text.utf8))
        }
    }
}
