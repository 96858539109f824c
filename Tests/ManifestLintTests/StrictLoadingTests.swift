import Foundation
import Testing
@testable import ManifestLint

@Suite("Strict loading through jansson")
struct StrictLoadingTests {
    @Test("each strict-loading fixture gives exactly its rule, with a position",
          arguments: ["duplicate-key", "invalid-utf8", "null-character", "number-out-of-range", "trailing-data",
                      "json-syntax", "empty-document"])
    func fixtureTriggersRule(rule: String) throws {
        let result = lintFile(Repository.fixture("strict/\(rule).json"))
        #expect(result.findings.map(\.rule) == [rule])
        #expect(result.findings.first?.severity == .error)
        #expect(result.findings.first?.position != nil)
    }

    @Test func duplicateKeyPointsAtTheSecondKey() {
        let finding = lintFile(Repository.fixture("strict/duplicate-key.json")).findings.first
        #expect(finding?.position == SourcePosition(line: 1, column: 12))
        #expect(finding?.message.contains("\"a\"") == true)
    }

    /// A byte order mark is named for what it is (Go clients reject it), not called binary content.
    @Test func byteOrderMarksAreNamed() {
        let manifest = Array(#"{"schemaVersion": 2, "manifests": []}"#.utf8)
        let utf8 = Linter().lint(bytes: [0xEF, 0xBB, 0xBF] + manifest, path: "bom.json").findings.first
        #expect(utf8?.rule == "json-syntax" && utf8?.message.contains("UTF-8 byte order mark") == true, "\(String(describing: utf8))")
        let utf16 = Linter().lint(bytes: [0xFF, 0xFE] + manifest.flatMap { [$0, 0] }, path: "utf16.json").findings.first
        #expect(utf16?.message.contains("UTF-16") == true, "\(String(describing: utf16))")
    }

    /// A descriptor of a manifest (`oras manifest fetch --descriptor`) is a descriptor, not a manifest missing
    /// its schemaVersion, config and layers.
    @Test func aDescriptorOfAManifestIsADescriptor() {
        let descriptor = #"{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:\#(String(repeating: "a", count: 64))", "size": 7143}"#
        let result = Linter().lint(bytes: Array(descriptor.utf8), path: "descriptor.json")
        #expect(result.kind == .descriptor)
        #expect(result.findings.isEmpty, "\(result.findings)")
    }

    @Test func binaryFileIsNotJSON() {
        let finding = lintFile(Repository.fixture("strict/binary.json")).findings.first
        #expect(finding?.rule == "json-syntax")
        #expect(finding?.message.contains("0x7f") == true)
    }

    @Test func deepNestingIsAFindingNotACrash() {
        let bytes = Array(repeating: UInt8(ascii: "["), count: 100_000)
        let result = Linter().lint(bytes: bytes, path: "deep.json")
        #expect(result.findings.map(\.rule) == ["nesting-too-deep"])
    }

    @Test func truncatedDocumentIsASyntaxError() {
        let result = Linter().lint(bytes: Array(#"{"schemaVersion": 2, "manifests": [{"#.utf8), path: "cut.json")
        #expect(result.findings.map(\.rule) == ["json-syntax"])
    }

    @Test func cleanDocumentParsesWithMembersInOrder() throws {
        let value = try JanssonParser.parse(Array(#"{"b": 1, "a": [true, null, "x", 1.5]}"#.utf8)).get()
        #expect(value.objectMembers?.map(\.key) == ["b", "a"])
        #expect(value["a"] == .array([.bool(true), .null, .string("x"), .real(1.5)]))
    }

    @Test func oversizedDocumentIsRefusedWithoutReading() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).json").path
        try Data(repeating: 0x20, count: 2048).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = Linter().lint(InputCollector(maxDocumentSize: 1024).read(path))
        #expect(result.findings.map(\.rule) == ["document-too-large"])
    }
}
