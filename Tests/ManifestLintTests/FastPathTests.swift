import Foundation
import Testing
@testable import ManifestLint

/// The byte-level and allocation-free forms the performance work (issue 15) gave a few hot functions: each
/// must decide exactly as the plainer form it replaced, which these tests keep as the reference.
@Suite("Fast paths decide as their reference forms")
struct FastPathTests {
    /// Inputs that trip character-level and byte-level code apart: CR LF is one character, a prepended mark joins
    /// the `/` after it, combining marks and non-ASCII letters.
    static let awkwardTexts = [
        "", "/", "linux", "linux/amd64", "linux/arm64/v8", "/amd64", "windows/amd64", "a\r\nb/c", "\r\n/x", "é/x",
        "e\u{301}/x", "\u{600}/x", "x/\u{301}y", "LINUX/AMD64", "Linux", "İ", "ǅ/x", "a//b",
    ]

    @Test func osPartMatchesTheCharacterForm() {
        for text in Self.awkwardTexts {
            #expect(Platform.osPart(of: text) == text.prefix { $0 != "/" }, "\(text.debugDescription)")
        }
    }

    @Test func asciiLowercasedMatchesLowercasedForPlatformNames() {
        for text in Self.awkwardTexts + ["AMD64", "x86_64", "ARMv7", "ÄRM"] {
            #expect(text.asciiLowercased == text.lowercased(), "\(text.debugDescription)")
        }
    }

    /// The grammar of image-spec descriptor.md, and the exact encodings of the registered algorithms.
    @Test func digestGrammarIsUnchanged() {
        let hex64 = String(repeating: "a1", count: 32)
        let cases: [(String, Digest.Problem?)] = [
            ("sha256:" + hex64, nil),
            ("sha512:" + String(repeating: "0f", count: 64), nil),
            ("sha256+b64u:LCa0a2j_xo_5m0U8HTBBNBNCLXBkg7-g-YpeiGJm564", nil),
            ("multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8", nil),
            ("sha256:" + hex64.uppercased(), .encoding(algorithm: "sha256", expected: "64 lowercase hex characters")),
            ("sha256:abc", .encoding(algorithm: "sha256", expected: "64 lowercase hex characters")),
            ("blake3:" + hex64 + "00", .encoding(algorithm: "blake3", expected: "64 lowercase hex characters")),
            ("SHA256:" + hex64, .grammar), ("sha256", .grammar), ("sha256:", .grammar), (":" + hex64, .grammar),
            ("a..b:x", .grammar), ("a+:x", .grammar), ("sha256:é", .grammar), ("sha256:a b", .grammar), ("", .grammar),
        ]
        for (text, problem) in cases {
            do {
                let digest = try Digest(parsing: text)
                #expect(problem == nil, "\(text) parsed")
                #expect(digest.description == text)
            } catch {
                #expect(error == problem, "\(text): \(error)")
            }
        }
    }

    @Test func mediaTypeGrammarIsUnchanged() {
        let valid = ["application/vnd.oci.image.index.v1+json", "a/b", "text/plain", "x/y!#$&-^_.+", String(repeating: "a", count: 127) + "/b"]
        let invalid = ["", "a", "/b", "a/", "a/b/c", "-a/b", "a/+b", "a b/c", "ä/b", String(repeating: "a", count: 128) + "/b", "a/b\u{0}"]
        for text in valid { #expect(MediaType.isWellFormed(text), "\(text)") }
        for text in invalid { #expect(!MediaType.isWellFormed(text), "\(text.debugDescription)") }
    }

    /// One pass over the members reads what the subscript reads: the first member of a name, and a member that is
    /// not a string counts as absent (os, architecture) or empty (variant, os.version).
    @Test func platformReadsTheFirstMemberOfEachName() throws {
        let repeated = JSONValue.object([("os", .integer(1)), ("os", .string("linux")), ("architecture", .string("amd64"))])
        #expect(Platform(json: repeated) == nil)
        let odd = JSONValue.object([
            ("architecture", .string("arm")), ("variant", .integer(7)), ("os", .string("linux")), ("os.version", .null),
            ("os.features", .array([.string("b"), .integer(2), .string("a")])), ("variant", .string("v6")),
        ])
        let platform = try #require(Platform(json: odd))
        #expect(platform == Platform(os: "linux", architecture: "arm", variant: "", osVersion: "", osFeatures: ["b", "a"]))
        #expect(Platform(json: .array([])) == nil)
    }

    /// The JSON report works out each file's path once for its run of findings: two files whose names are equal as
    /// Swift strings (é composed and decomposed) are still two files, each with its own path bytes.
    @Test func reportPathsStayApartForCanonicallyEqualNames() throws {
        let scratch = try makeScratch("equal-names")
        defer { removeScratch(scratch) }
        let manifest = #"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": "#
            + #"{"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:abc", "size": 2}, "layers": []}"#
        let composed = scratch + "/\u{E9}.json", decomposed = scratch + "/e\u{301}.json"
        for path in [composed, decomposed] { try #require(FileManager.default.createFile(atPath: path, contents: Data(manifest.utf8))) }
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "--root", scratch, scratch], in: scratch)
        #expect(outcome.status == 1)
        #expect(outcome.findings.count >= 2)
        for name in ["\u{E9}.json", "e\u{301}.json"] {
            #expect(outcome.stdout.range(of: Data("\"path\" : \"\(name)\"".utf8)) != nil, "no finding on \(name.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// `.` and `..` removed by `/` bytes for an ASCII path, by characters otherwise: the same parts as splitting
    /// every path by characters (a `/` followed by a combining mark is not a separator).
    @Test func standardizedPathsMatchTheCharacterForm() {
        func reference(_ path: String) -> String {
            var parts: [Substring] = []
            for part in path.split(separator: "/", omittingEmptySubsequences: true) {
                if part == "." { continue }
                if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
                parts.append(part)
            }
            return "/" + parts.joined(separator: "/")
        }
        let paths = ["", "/", "//", "a", "/a/./b/../c", "a//b/", "../../x", "/a/b/..", "./.hidden/..x/x..", "/\u{301}/b",
                     "a/\u{301}b/../c", "\u{E9}/./e\u{301}", "a/\r\n/b", "/tmp/bench/corpus/000/index-00005.json"]
        for path in paths + Self.awkwardTexts {
            #expect(RepositoryPaths.standardized(path).utf8.elementsEqual(reference(path).utf8), "\(path.debugDescription)")
        }
    }

    /// A path is a registry reference when it holds `://`: by bytes for ASCII, by characters otherwise (a `/`
    /// followed by a combining mark is not the character `/`).
    @Test func registryReferencesAreToldFromPaths() {
        let paths = RepositoryPaths(workingFolder: "/work/repo", root: "/work/repo")
        #expect(paths.display("docker://registry.example/app:1") == "docker://registry.example/app:1")
        #expect(paths.display("a/b.json") == "a/b.json")
        #expect(paths.relative("a://\u{301}b.json") != nil)  // inside the repository, not a reference
        #expect(paths.relative("oci://x") == nil)
    }

    /// Inline `data` is hashed with the same hex spelling as blobs (`BlobHasher.hex`): lowercase, two digits a byte.
    @Test func inlineDataHashesAsBlobsDo() {
        #expect(ContentHash.digest(of: Data("{}".utf8), algorithm: "sha256") == "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a")
        #expect(ContentHash.digest(of: Data(), algorithm: "sha512")?.hasPrefix("cf83e1357eefb8bdf1542850d66d8007") == true)
        #expect(ContentHash.digest(of: Data([0x00]), algorithm: "sha512")?.count == 128)
        #expect(ContentHash.digest(of: Data(), algorithm: "blake3") == nil)
    }

    /// Pointers are kept as steps and spelled only when asked: the spelling, the tokens and equality are those of
    /// the text form they replaced.
    @Test func pointersSpellAndCompareAsText() {
        let built = JSONPointer.root.appending("manifests").appending(0).appending("a/b~c")
        #expect(built.description == "/manifests/0/a~1b~0c")
        #expect(built.tokens == ["manifests", "0", "a/b~c"])
        let fromTokens = JSONPointer(["manifests", "0", "a/b~c"])
        #expect(built == fromTokens && built.hashValue == fromTokens.hashValue)
        #expect(JSONPointer.root.description == "" && JSONPointer.root.tokens.isEmpty)
        #expect(JSONPointer.root.appending("a") < JSONPointer.root.appending("b"))
        #expect(Set([built, fromTokens, JSONPointer.root]).count == 2)
    }
}
