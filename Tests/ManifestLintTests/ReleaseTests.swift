import Foundation
import Testing

/// `scripts/release` as a user of the release would meet it: the tarball unpacked into an empty folder runs the
/// examples with a clean environment, needs no jansson or Swift library at run time, and matches its checksums and
/// SBOM. It needs the release build (about 15 minutes from scratch on two cores), which `scripts/test` makes first
/// when MANIFESTLINT_RELEASE_TEST=1; without it the suite is skipped, saying so.
@Suite("Release artifacts", .serialized, .enabled(if: ReleaseGate.enabled, "set MANIFESTLINT_RELEASE_TEST=1: it needs the release build"))
struct ReleaseTests {
    @Test func theTarballRunsAloneAndMatchesItsChecksumsAndSBOM() throws {
        let scratch = try makeScratch("release")
        defer { removeScratch(scratch) }
        let built = try runTool("env", ["DIST=" + scratch + "/dist", "MANIFESTLINT_RELEASE_PREBUILT=1", "./scripts/release"], in: Repository.root.path)
        try #require(built.status == 0, Comment(rawValue: String(built.output.suffix(2000))))
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch + "/dist")
        let tarball = try #require(files.first { $0.hasPrefix("manifestlint-") && $0.hasSuffix(".tar.gz") && $0.contains("-linux-") })
        let sbomName = try #require(files.first { $0.hasSuffix(".cdx.json") })
        #expect(try runTool("sha256sum", ["-c", "SHA256SUMS"], in: scratch + "/dist").status == 0)

        let sbom = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/dist/" + sbomName))) as? [String: Any])
        #expect(sbom["bomFormat"] as? String == "CycloneDX")
        let names = Set((sbom["components"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        for name in ["jansson", "swift-argument-parser", "swift-crypto", "yams", "async-http-client", "swift-toolchain"] {
            #expect(names.contains(name), "\(name) missing from the SBOM: \(names.sorted())")
        }

        // Unpacked into an empty folder and run with nothing in the environment, on a copy of the examples.
        let empty = scratch + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(try runTool("tar", ["-xzf", scratch + "/dist/" + tarball, "-C", empty], in: empty).status == 0)
        let folder = empty + "/" + tarball.replacingOccurrences(of: ".tar.gz", with: "")
        for file in ["manifestlint", "LICENSE", "README.md", "CHANGELOG.md"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file) not in the tarball")
        }
        let libraries = try runTool("ldd", [folder + "/manifestlint"], in: empty).output
        #expect(!libraries.contains("jansson") && !libraries.lowercased().contains("swift") && !libraries.contains("libz") && !libraries.contains("sqlite"),
                Comment(rawValue: libraries))
        try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent("Examples").path, toPath: empty + "/Examples")
        let run = try runTool("env", ["-i", folder + "/manifestlint", "lint", "Examples/"], in: empty)
        #expect(run.status == 1, Comment(rawValue: run.output))
        #expect(run.output.contains("[duplicate-platform]") && run.output.contains("[tag-architecture-mismatch]"))
        // The container image, written as an OCI layout without an engine, lints clean with the tool itself.
        let image = try runTool("env", ["DIST=" + scratch + "/dist", "./scripts/image", scratch + "/dist/" + tarball], in: Repository.root.path)
        try #require(image.status == 0, Comment(rawValue: image.output))
        let layout = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch + "/dist").first { $0.hasSuffix("-oci") })
        let dogfood = try runTool("env", ["-i", folder + "/manifestlint", "lint", "--no-config", "--format", "json", scratch + "/dist/" + layout], in: empty)
        #expect(dogfood.status == 0, Comment(rawValue: dogfood.output))
        #expect(dogfood.output.contains("\"errors\" : 0") && dogfood.output.contains("\"warnings\" : 0"), Comment(rawValue: dogfood.output))
        let index = try String(contentsOfFile: scratch + "/dist/" + layout + "/index.json", encoding: .utf8)
        for annotation in ["source", "revision", "version", "licenses", "created"] {
            #expect(index.contains("org.opencontainers.image." + annotation), "\(annotation) annotation missing")
        }
        // Stripped: no symbol table left (readelf comes with binutils, which the Swift toolchain needs).
        let sections = try runTool("readelf", ["-S", folder + "/manifestlint"], in: empty).output
        #expect(!sections.contains(".symtab"), "the binary keeps its symbol table")
    }

    /// The GitHub Action's step, run locally against a loopback server that serves the release: it downloads the
    /// tarball for this machine's architecture, verifies it against SHA256SUMS, writes annotations, the job summary
    /// and a SARIF file, and fails on the examples' findings; a tarball that does not match its checksum is refused.
    @Test func theActionDownloadsVerifiesAndLints() throws {
        let scratch = try makeScratch("action")
        defer { removeScratch(scratch) }
        let built = try runTool("env", ["DIST=" + scratch + "/dist", "MANIFESTLINT_RELEASE_PREBUILT=1", "./scripts/release"], in: Repository.root.path)
        try #require(built.status == 0, Comment(rawValue: String(built.output.suffix(2000))))
        let tarballName = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch + "/dist").first { $0.hasSuffix(".tar.gz") })
        let version = String(tarballName.split(separator: "-")[1])  // manifestlint-VERSION-linux-ARCH.tar.gz
        let served = scratch + "/served/v" + version
        try FileManager.default.createDirectory(atPath: served, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: scratch + "/dist") {
            try FileManager.default.copyItem(atPath: scratch + "/dist/" + file, toPath: served + "/" + file)
        }
        let server = try startTestServer("static_server.py", portFile: scratch + "/port", mode: scratch + "/served")
        defer { kill(server.process.processIdentifier, SIGKILL); server.process.waitUntilExit() }
        let port = server.ports.trimmingCharacters(in: .whitespacesAndNewlines)
        let workspace = scratch + "/workspace"
        try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent("Examples").path, toPath: workspace + "/Examples")
        try write("", to: scratch + "/summary.md")
        let environment = ["INPUT_VERSION": version, "INPUT_PATHS": "Examples/", "INPUT_FORMAT": "github", "INPUT_FAIL_ON": "error",
                           "INPUT_SARIF_FILE": scratch + "/report.sarif", "INPUT_RELEASE_URL": "http://127.0.0.1:" + port,
                           "RUNNER_TEMP": scratch, "GITHUB_STEP_SUMMARY": scratch + "/summary.md"]
        let run = try runTool(Repository.root.appendingPathComponent("action/run.sh").path, [], in: workspace, environment: environment)
        #expect(run.status == 1, Comment(rawValue: run.output))
        #expect(run.output.contains("::error file=Examples/index-amended-twice.json"), Comment(rawValue: run.output))
        #expect(try String(contentsOfFile: scratch + "/summary.md", encoding: .utf8).contains("duplicate-platform"))
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/report.sarif"))) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")

        // A tampered tarball is refused before anything runs.
        let tarball = try #require(try FileManager.default.contentsOfDirectory(atPath: served).first { $0.hasSuffix(".tar.gz") })
        let handle = try #require(FileHandle(forWritingAtPath: served + "/" + tarball))
        try handle.seekToEnd()
        handle.write(Data([0]))
        try handle.close()
        let tampered = try runTool(Repository.root.appendingPathComponent("action/run.sh").path, [], in: workspace, environment: environment)
        #expect(tampered.status == 2 && tampered.output.contains("does not match SHA256SUMS"), Comment(rawValue: tampered.output))
    }
}

/// Whether the release tests run: when asked for (`MANIFESTLINT_RELEASE_TEST=1 ./scripts/test`).
enum ReleaseGate {
    static var enabled: Bool { ProcessInfo.processInfo.environment["MANIFESTLINT_RELEASE_TEST"] == "1" }
}
