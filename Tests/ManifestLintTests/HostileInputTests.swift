import Foundation
import Testing
@testable import ManifestLint

/// Hostile and broken input on disk and on the command line, through the binary as a user runs it: each test
/// names the security review defect (`../shared/reports/security-review.md`) or crash it keeps fixed. Every one
/// of them failed on the 0.1.0 build (crash, hang, leak, or damage).
@Suite("Hostile input")
struct HostileInputTests {
    private func lint(_ arguments: [String], in folder: String, stdin: Data? = nil) throws -> ProcessOutcome {
        try runManifestLint(arguments, stdin: stdin, in: folder)
    }

    private static let brokenIndex = Samples.brokenIndex

    // MARK: Crashes (exit 4 and "Fatal error" on 0.1.0)

    @Test(arguments: [
        ("ci.yml", "jobs:\n  b:\n    steps:\n      - run: echo Don't panic\n      - run: docker push example.com/app:1\n"),
        ("task.acr.yaml", "version: v1.1.0\nsteps:\n- build: 4'"),
        (".gitlab-ci.yml", "before_script: l\""),
        ("build.sh", "docker build -t app . && echo \"unclosed"),
        ("build.sh", "docker push app:1 \\"),
    ])
    func anUnclosedQuoteOrBackslashIsNeverACrash(name: String, text: String) throws {
        let folder = try makeScratch("unclosed")
        defer { removeScratch(folder) }
        try write(text, to: folder + "/" + name)
        let outcome = try lint(["lint", "--no-config", "--format", "json", name], in: folder)
        #expect(outcome.status <= 1, Comment(rawValue: outcome.stderr))
        #expect(!outcome.stderr.contains("Fatal error"))
        #expect(outcome.json != nil)
    }

    /// The intent document `manifestlint rules intent` prints for a workflow.
    private func intent(_ text: String, name: String) throws -> [String: Any] {
        let folder = try makeScratch("intent")
        defer { removeScratch(folder) }
        try write(text, to: folder + "/" + name)
        let outcome = try lint(["rules", "intent", name], in: folder)
        #expect(outcome.status == 0, Comment(rawValue: outcome.stderr))
        return outcome.json ?? [:]
    }

    private func pushed(_ intent: [String: Any]) -> [String] {
        (intent["pushes"] as? [[String: Any]] ?? []).compactMap { $0["reference"] as? String }
    }

    @Test func commandsBeforeAnUnclosedQuoteAreStillRead() throws {
        #expect(pushed(try intent("docker push example.com/app:1\necho Don't", name: "x.sh")) == ["example.com/app:1"])
        #expect(pushed(try intent("jobs:\n  b:\n    steps:\n      - run: |\n          docker push example.com/app:1\n          echo Don't\n", name: "ci.yml"))
                == ["example.com/app:1"])
    }

    /// github-script's JavaScript is not shell; a `shell: pwsh` run block is read as PowerShell (issue 13), so its
    /// trailing backtick is a line continuation, not an unclosed quote.
    @Test func githubScriptIsNotReadAndPowerShellIsReadAsPowerShell() throws {
        let workflow = """
            jobs:
              b:
                steps:
                  - uses: actions/github-script@v7
                    with:
                      script: |
                        const tag = 'docker push example.com/js:1'
                  - shell: pwsh
                    run: docker push example.com/pwsh:1 `
                  - run: docker push example.com/sh:1
            """
        #expect(pushed(try intent(workflow, name: "ci.yml")) == ["example.com/pwsh:1", "example.com/sh:1"])
    }

    @Test func userRuleValuesThatWouldTrapAreRefusedWithTheirLine() throws {
        let folder = try makeScratch("rule-values")
        defer { removeScratch(folder) }
        let rule = """
            id: list-size
            title: Lists are small
            severity: error
            applies-to: [index]
            message: "{{count}} entries"
            check:
              given: /manifests
              function: count
              options: {min: 5, max: 2}
            examples:
              valid: [{document: '{"schemaVersion": 2, "manifests": []}'}]
              invalid: [{document: '{"schemaVersion": 2, "manifests": []}'}]
            """
        try write(rule, to: folder + "/rules/count.yaml")
        try write(Self.brokenIndex, to: folder + "/i.json")
        for arguments in [["lint", "--no-config", "--rules", "rules", "i.json"], ["rules", "test", "rules"]] {
            let outcome = try lint(arguments, in: folder)
            #expect(outcome.status == 2, Comment(rawValue: outcome.stderr))
            #expect(outcome.stderr.contains("count.yaml:9:"), Comment(rawValue: outcome.stderr))
            #expect(outcome.stderr.contains("larger than \"max\""))
        }
        try write(rule.replacingOccurrences(of: "function: count\n  options: {min: 5, max: 2}", with: "field: mediaType\n  function: pattern\n  options: {regex: \"^(https://\"}"),
                  to: folder + "/rules/count.yaml")
        let regex = try lint(["lint", "--no-config", "--rules", "rules", "i.json"], in: folder)
        #expect(regex.status == 2)
        #expect(regex.stderr.contains("count.yaml:10:"), Comment(rawValue: regex.stderr))
        #expect(regex.stderr.contains("not a valid regular expression"))
    }

    @Test func aRegexSetFromTheConfigIsCheckedToo() throws {
        let folder = try makeScratch("config-regex")
        defer { removeScratch(folder) }
        try write("""
            id: https-sources
            title: Sources are https
            severity: error
            applies-to: [index]
            message: "{{value}} does not match {{expected}}"
            parameters:
              pattern: {type: string, default: "^https://"}
            check:
              given: /manifests/*
              field: /annotations/org.opencontainers.image.source
              function: pattern
              options: {regex: "{{pattern}}"}
            examples:
              valid: [{document: '{"schemaVersion": 2, "manifests": [{"annotations": {"org.opencontainers.image.source": "https://x"}}]}'}]
              invalid: [{document: '{"schemaVersion": 2, "manifests": [{"annotations": {"org.opencontainers.image.source": "http://x"}}]}'}]
            """, to: folder + "/rules/https.yaml")
        try write("rules-dirs: [rules]\nrules:\n  https-sources:\n    pattern: \"^(https://\"\n", to: folder + "/.manifestlint.yaml")
        try write(#"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\#(String(repeating: "a", count: 64))", "platform": {"os": "linux", "architecture": "amd64"}, "annotations": {"org.opencontainers.image.source": "http://example.com/app"}}]}"#,
                  to: folder + "/i.json")
        let outcome = try lint(["lint", "i.json"], in: folder)
        #expect(outcome.status == 2, Comment(rawValue: outcome.stderr))
        #expect(outcome.stderr.contains(".manifestlint.yaml:4:14:"), Comment(rawValue: outcome.stderr))
        #expect(outcome.stderr.contains("not a valid regular expression"))
    }

    @Test func aCatastrophicRegexIsReportedAsTooSlowNotAsAMismatch() throws {
        let folder = try makeScratch("redos")
        defer { removeScratch(folder) }
        try write("""
            id: slow-pattern
            title: Annotations are a's
            severity: warning
            applies-to: [index]
            message: "{{value}} does not match"
            check:
              given: /manifests/*
              field: /annotations/note
              function: pattern
              options: {regex: "^(a+)+$"}
            examples:
              valid: [{document: '{"schemaVersion": 2, "manifests": [{"annotations": {"note": "aaa"}}]}'}]
              invalid: [{document: '{"schemaVersion": 2, "manifests": [{"annotations": {"note": "b"}}]}'}]
            """, to: folder + "/rules/slow.yaml")
        let entry = #"{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\#(String(repeating: "a", count: 64))", "annotations": {"note": "\#(String(repeating: "a", count: 40))!"}}"#
        try write(#"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [\#(Array(repeating: entry, count: 20).joined(separator: ","))]}"#,
                  to: folder + "/i.json")
        let started = Date()
        let outcome = try lint(["lint", "--no-config", "--rules", "rules", "--format", "json", "i.json"], in: folder)
        #expect(Date().timeIntervalSince(started) < 8)
        // Values the pattern could not judge are not checked: the run is incomplete, not a rule finding.
        let slow = outcome.findings.filter { $0["rule"] as? String == "not-checked" }
        #expect(!slow.isEmpty)
        #expect(slow.contains { ($0["message"] as? String ?? "").hasPrefix("slow-pattern: the pattern") && ($0["message"] as? String ?? "").contains("took too long") },
                Comment(rawValue: String(decoding: outcome.stdout, as: UTF8.self)))
        #expect(outcome.status == 3)
    }

    @Test(arguments: ["nan", "inf", "-inf", "1e300", "0", "-1"])
    func aNumericOptionOutOfRangeIsAUsageError(value: String) throws {
        let outcome = try runManifestLint(["lint", "--no-config", "--timeout", value, "127.0.0.1:1/app:1"])
        #expect(outcome.status == 2)
        #expect(!outcome.stderr.contains("Fatal error"))
        #expect(outcome.stderr.contains("--timeout"))
    }

    // MARK: Hangs and unbounded growth

    @Test func aWalkOverLoopsFIFOsDevicesAndBombsEndsAndReportsEveryOrdinaryFile() throws {
        let folder = try makeScratch("hostile-tree")
        defer { removeScratch(folder) }
        let tree = folder + "/repo"
        try write(Self.brokenIndex, to: tree + "/deploy/index.json")
        try write(Self.brokenIndex, to: tree + "/deep/a/b/c/index.json")
        try write("{\"compilerOptions\": {}}", to: tree + "/app/tsconfig.json")
        for (link, target) in [("loop", "."), ("loop2", "."), ("up", ".."), ("root", "/"), ("deep/a/back", "../.."), ("escape.json", "/etc/hostname")] {
            try FileManager.default.createSymbolicLink(atPath: tree + "/" + link, withDestinationPath: target)
        }
        #expect(mkfifo(tree + "/app/pipe.json", 0o644) == 0)
        if getuid() == 0 { #expect(mknod(tree + "/app/zero.json", S_IFCHR | 0o666, dev_t((1 << 8) | 5)) == 0) }
        var chain = [#"&a0 ["x","x","x","x","x","x","x","x","x","x"]"#]
        for level in 1..<9 { chain.append("&a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]") }
        try write("jobs:\n  b:\n    steps: [" + chain.joined(separator: ", ") + "]\n", to: tree + "/.github/workflows/bomb.yml")
        let started = Date()
        let outcome = try lint(["lint", "--no-config", "--format", "json", "."], in: tree)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(outcome.status == 1, Comment(rawValue: outcome.stderr))
        let byPath = Dictionary(grouping: outcome.findings, by: { $0["path"] as? String ?? "" })
        #expect(byPath.keys.contains { $0.hasSuffix("deploy/index.json") })
        #expect(byPath.keys.contains { $0.hasSuffix("deep/a/b/c/index.json") })
        #expect(byPath.keys.filter { $0.hasSuffix("index.json") }.count == 2, "each file once: \(byPath.keys.sorted())")
        let skipped = outcome.findings.filter { $0["rule"] as? String == "skipped-input" }.map { $0["message"] as? String ?? "" }
        #expect(skipped.contains { $0.contains("pipe.json") && $0.contains("FIFO") })
        #expect(skipped.contains { $0.contains("escape.json") && $0.contains("outside the folder") })
        #expect(skipped.contains { $0.contains("root") && $0.contains("outside the folder") })
        #expect(outcome.findings.contains { $0["rule"] as? String == "document-too-large" && ($0["path"] as? String ?? "").hasSuffix("bomb.yml") })
    }

    @Test func aFIFONamedOnTheCommandLineDoesNotBlock() throws {
        let folder = try makeScratch("fifo")
        defer { removeScratch(folder) }
        #expect(mkfifo(folder + "/fifo.json", 0o644) == 0)
        let started = Date()
        let outcome = try lint(["lint", "--no-config", "--timeout", "1", "fifo.json"], in: folder)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(outcome.status == ExitStatus.incomplete)  // no writer came within --timeout: not checked
    }

    @Test func standardInputStopsAtTheSizeLimit() throws {
        let outcome = try runManifestLint(["lint", "--no-config", "--max-size", "1000", "--format", "json", "-"], stdin: Data(repeating: 0x20, count: 5000))
        #expect(outcome.rules == ["document-too-large"])
        #expect(outcome.status == 1)
        // An input that never ends (a slow producer here, /dev/zero in the review) is cut at the limit rather
        // than read to an end that never comes.
        let folder = try makeScratch("endless-stdin")
        defer { removeScratch(folder) }
        let endless = try runTool("sh", ["-c", "(while :; do echo aaaaaaaaaa; sleep 0.01; done) | timeout -s KILL 20 \"$0\" lint --no-config --max-size 100 -; echo \"status=$?\"",
                                         Repository.binary], in: folder)
        #expect(endless.output.contains("status=1"), Comment(rawValue: endless.output))
        #expect(endless.output.contains("document-too-large"))
    }

    @Test func aConfigAliasBombIsRefused() throws {
        let folder = try makeScratch("config-bomb")
        defer { removeScratch(folder) }
        var chain = [#"&x0 ["linux/amd64","linux/amd64","linux/amd64","linux/amd64","linux/amd64","linux/amd64","linux/amd64","linux/amd64","linux/amd64","linux/amd64"]"#]
        for level in 1..<9 { chain.append("&x\(level) [" + Array(repeating: "*x\(level - 1)", count: 10).joined(separator: ",") + "]") }
        try write("rules:\n  required-platforms:\n    platforms: [" + chain.joined(separator: ", ") + "]\n", to: folder + "/.manifestlint.yaml")
        try write(Self.brokenIndex, to: folder + "/i.json")
        let started = Date()
        let outcome = try lint(["lint", "i.json"], in: folder)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("alias"), Comment(rawValue: outcome.stderr))
    }

    @Test func aRulesFolderAliasBombIsRefused() throws {
        let folder = try makeScratch("rules-bomb")
        defer { removeScratch(folder) }
        var chain = [#"&x0 ["a","a","a","a","a","a","a","a","a","a"]"#]
        for level in 1..<9 { chain.append("&x\(level) [" + Array(repeating: "*x\(level - 1)", count: 10).joined(separator: ",") + "]") }
        try write("id: bomb\ntitle: t\nseverity: error\napplies-to: [index]\nmessage: m\ntags: [" + chain.joined(separator: ", ") + "]\n",
                  to: folder + "/rules/bomb.yaml")
        try write(Self.brokenIndex, to: folder + "/i.json")
        let outcome = try lint(["lint", "--no-config", "--rules", "rules", "i.json"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("bomb.yaml:1:1:") && outcome.stderr.contains("alias"), Comment(rawValue: outcome.stderr))
    }

    @Test func fifosAndDevicesInALayoutAreNotOpenedAsBlobs() throws {
        let folder = try makeScratch("layout-fifo")
        defer { removeScratch(folder) }
        let layout = try LayoutBuilder(root: folder + "/layout")
        let image = try layout.image(configPlatform: ("linux", "amd64"), layer: "layer")
        let other = try layout.image(configPlatform: ("linux", "arm64"), layer: "arm layer")
        try layout.writeIndex([(image.descriptor, ("linux", "amd64")), (other.descriptor, ("linux", "arm64"))])
        // The first image's manifest becomes a FIFO (no writer: open would block); the second's layer a device.
        try FileManager.default.removeItem(atPath: layout.path(of: image.manifest))
        #expect(mkfifo(layout.path(of: image.manifest), 0o644) == 0)
        if getuid() == 0 {
            try FileManager.default.removeItem(atPath: layout.path(of: other.layer))
            #expect(mknod(layout.path(of: other.layer), S_IFCHR | 0o666, dev_t((1 << 8) | 5)) == 0)  // /dev/zero's numbers
        }
        let started = Date()
        let outcome = try lint(["lint", "--no-config", "--format", "json", "layout"], in: folder)
        #expect(Date().timeIntervalSince(started) < 10)
        let unreadable = outcome.findings.filter { $0["rule"] as? String == "unreadable-blob" }
        #expect(unreadable.count == (getuid() == 0 ? 2 : 1), Comment(rawValue: String(decoding: outcome.stdout, as: UTF8.self)))
        #expect(unreadable.allSatisfy { ($0["message"] as? String ?? "").contains("not a regular file") })
    }

    @Test func aLayerSharedByManyDescriptorsIsHashedOnce() throws {
        let folder = try makeScratch("shared-layer")
        defer { removeScratch(folder) }
        let layout = try LayoutBuilder(root: folder + "/layout")
        let layer = try layout.blob(Array(repeating: 7, count: 1 << 16), mediaType: "application/vnd.oci.image.layer.v1.tar")
        let config = try layout.blob(Array(#"{"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": []}}"#.utf8), mediaType: MediaType.ociConfig)
        let manifest = #"{"schemaVersion": 2, "mediaType": "\#(MediaType.ociManifest)", "config": \#(config.descriptor), "layers": [\#(Array(repeating: layer.descriptor, count: 200).joined(separator: ","))]}"#
        let document = try #require(try? JanssonParser.parse(Array(manifest.utf8)).get())
        let counting = CountingSource(LayoutContentSource(root: folder + "/layout"))
        _ = ContentWalker(source: counting, linter: Linter()).walk(root: document, kind: .ociManifest)
        #expect(counting.verifications == 1)  // 200 descriptors, one hash (the config is read, not verified)
    }

    // MARK: Damage and leaks

    @Test func outputWritesIntoDevicesAndThroughLinksWithoutReplacingThem() throws {
        let folder = try makeScratch("output")
        defer { removeScratch(folder) }
        try write(Self.brokenIndex, to: folder + "/i.json")
        try write("original\n", to: folder + "/target.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: "target.txt")
        _ = try lint(["lint", "--no-config", "--format", "json", "--output", "link.txt", "i.json"], in: folder)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.txt")) == "target.txt")
        #expect(try String(contentsOfFile: folder + "/target.txt", encoding: .utf8).contains("\"findings\""))
        if getuid() == 0 {
            #expect(mknod(folder + "/null", S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
            let outcome = try lint(["lint", "--no-config", "--output", "null", "i.json"], in: folder)
            #expect(outcome.status == 1)
            var info = stat()
            #expect(lstat(folder + "/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        }
        // /dev/stdout: the report arrives on standard output.
        let stdout = try lint(["lint", "--no-config", "--format", "json", "--output", "/dev/stdout", "i.json"], in: folder)
        #expect(stdout.rules.contains("invalid-digest"))
    }

    @Test func filesOutsideTheTreeAreNotReadThroughLinks() throws {
        let folder = try makeScratch("outside")
        defer { removeScratch(folder) }
        try write("{\"registry-password\": hunter2-SECRET}", to: folder + "/secret.txt")
        try FileManager.default.createDirectory(atPath: folder + "/tree", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/tree/looks-innocent.json", withDestinationPath: "../secret.txt")
        // A layout whose index.json is a link out of the tree.
        try FileManager.default.createDirectory(atPath: folder + "/tree/layout/blobs", withIntermediateDirectories: true)
        try write(#"{"imageLayoutVersion": "1.0.0"}"#, to: folder + "/tree/layout/oci-layout")
        try FileManager.default.createSymbolicLink(atPath: folder + "/tree/layout/index.json", withDestinationPath: "../../secret.txt")
        let outcome = try lint(["lint", "--no-config", "tree"], in: folder)
        #expect(!(String(decoding: outcome.stdout, as: UTF8.self) + outcome.stderr).contains("hunter"))
        #expect(outcome.status == 0)
    }

    /// The walk takes a regular file from the directory listing without `lstat`ing it; a link to a file inside the
    /// tree still yields to the file's own name (its identity looked up only then), in any order of the listing.
    @Test func aFileReachedByNameAndThroughLinksIsLintedOnce() throws {
        let folder = try makeScratch("linked-twice")
        defer { removeScratch(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/tree/sub", withIntermediateDirectories: true)
        try write(Self.brokenIndex, to: folder + "/tree/sub/index.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/tree/a-link.json", withDestinationPath: "sub/index.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/tree/z-link.json", withDestinationPath: "sub/index.json")
        let outcome = try lint(["lint", "--no-config", "--format", "json", "tree"], in: folder)
        let paths = Set(outcome.findings.compactMap { $0["path"] as? String })
        #expect(paths.count == 1 && paths.first?.hasSuffix("tree/sub/index.json") == true, "\(paths)")
        #expect((outcome.json?["summary"] as? [String: Any])?["files"] as? Int == 1)
    }

    /// A1: an entry whose path is longer than the system accepts cannot be read; it is reported as not checked
    /// (the run is incomplete, exit 3), never left out in silence, and the files beside the long path are linted.
    @Test func anEntryBeyondPATHMAXIsReportedNotChecked() throws {
        let folder = try makeScratch("deep-path")
        defer { removeScratch(folder) }
        try write(Self.brokenIndex, to: folder + "/near.json")
        // Folders created one below the other by descriptor, their path just under PATH_MAX (4,096 bytes), and in
        // the deepest one a file whose full path is over it.
        var descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        try #require(descriptor >= 0)
        let component = String(repeating: "d", count: 250)
        let depth = (4_094 - folder.utf8.count) / 251
        let folderLength = folder.utf8.count + depth * 251
        let fileName = String(repeating: "f", count: min(250, 4_120 - folderLength)) + ".json"
        try #require(folderLength < 4_095 && folderLength + 1 + fileName.utf8.count > 4_096)
        for _ in 0..<depth {
            try #require(mkdirat(descriptor, component, 0o755) == 0)
            let next = openat(descriptor, component, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            try #require(next >= 0)
            descriptor = next
        }
        let file = openat(descriptor, fileName, O_WRONLY | O_CREAT, 0o644)
        try #require(file >= 0)
        _ = Self.brokenIndex.withCString { Glibc.write(file, $0, strlen($0)) }
        close(file)
        close(descriptor)
        // Named by its absolute path, so that the deep file's path is over the limit as the walk builds it.
        let outcome = try lint(["lint", "--no-config", "--format", "json", folder], in: folder)
        #expect(outcome.status == ExitStatus.incomplete, Comment(rawValue: outcome.stderr))
        #expect(outcome.findings.contains { ($0["path"] as? String)?.hasSuffix("near.json") == true })
        #expect(outcome.findings.contains { $0["rule"] as? String == "not-checked" && ($0["path"] as? String)?.hasSuffix(fileName) == true })
        #expect((outcome.json?["summary"] as? [String: Any])?["notChecked"] as? Int == 1)
        #expect(outcome.stderr.contains("PATH_MAX"))
        // Removed by descriptor as well: the path is too long for FileManager.
        removeDeep(folder, component: component, depth: depth, file: fileName)
    }

    private func removeDeep(_ folder: String, component: String, depth: Int, file: String) {
        var descriptors = [open(folder, O_RDONLY | O_DIRECTORY)]
        for _ in 0..<depth { descriptors.append(openat(descriptors.last!, component, O_RDONLY | O_DIRECTORY)) }
        _ = unlinkat(descriptors.last!, file, 0)
        for level in stride(from: depth, to: 0, by: -1) {
            close(descriptors[level])
            _ = unlinkat(descriptors[level - 1], component, AT_REMOVEDIR)
        }
        close(descriptors[0])
    }

    @Test func aNameThatIsNotUTF8IsReadAndShownEscaped() throws {
        let folder = try makeScratch("latin1")
        defer { removeScratch(folder) }
        let name = Array("caf".utf8) + [0xE9] + Array(".json".utf8)
        let path = FileName(folder + "/names").appending(name)
        try FileManager.default.createDirectory(atPath: folder + "/names", withIntermediateDirectories: true)
        let descriptor = path.open(O_WRONLY | O_CREAT)
        #expect(descriptor >= 0)
        _ = Self.brokenIndex.withCString { Glibc.write(descriptor, $0, strlen($0)) }
        close(descriptor)
        let outcome = try lint(["lint", "--no-config", "--format", "json", "names"], in: folder)
        #expect(outcome.status == 1, Comment(rawValue: outcome.stderr))
        #expect(outcome.findings.contains { $0["rule"] as? String == "invalid-digest" && ($0["path"] as? String ?? "").hasSuffix("caf\\xe9.json") })
    }

    // MARK: Injection into what reads the output

    @Test func controlCharactersFromDocumentsAndNamesAreEscapedInTextAndStderr() throws {
        let folder = try makeScratch("escapes")
        defer { removeScratch(folder) }
        let evil = "amd\\u001b[2J\\u001b]0;pwned\\u0007\\nforged.json:1:1: error: fake [x]\\r"
        try write(#"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 1, "digest": "sha256:\#(String(repeating: "a", count: 64))", "platform": {"os": "linux", "architecture": "\#(evil)"}}]}"#,
                  to: folder + "/evil.json")
        let unreadable = folder + "/d/x\n::error title=pwned::injected via stderr\n.json"
        try write("{}", to: unreadable)
        chmod(unreadable, 0)
        for format in ["text", "github"] {
            let outcome = try lint(["lint", "--no-config", "--format", format, "evil.json", "d/x\n::error title=pwned::injected via stderr\n.json", "missing\u{1B}[31m.json"], in: folder)
            let everything = String(decoding: outcome.stdout, as: UTF8.self) + outcome.stderr
            #expect(!everything.contains("\u{1B}"), "raw ESC with \(format)")
            #expect(!everything.contains("\r"))
            #expect(!everything.split(separator: "\n").contains { $0.hasPrefix("::error title=pwned") || $0.hasPrefix("forged.json") },
                    Comment(rawValue: everything))
        }
    }

    @Test func junitIsWellFormedForCharactersXMLForbids() throws {
        let folder = try makeScratch("junit")
        defer { removeScratch(folder) }
        try write(#"{"schemaVersion": 2, "mediaType": "bad\uffff\ufffe\u0001", "manifests": []}"#, to: folder + "/i.json")
        _ = try lint(["lint", "--no-config", "--format", "junit", "--output", "out.xml", "i.json"], in: folder)
        let parsed = try runTool("python3", ["-c", "import xml.etree.ElementTree as E; E.parse('out.xml'); print('parsed')"], in: folder)
        #expect(parsed.status == 0 && parsed.output.hasPrefix("parsed"), Comment(rawValue: parsed.output))
    }

    @Test func oneFailingInputNeverRemovesTheOthers() throws {
        let folder = try makeScratch("others")
        defer { removeScratch(folder) }
        try write(Self.brokenIndex, to: folder + "/a.json")
        try write("{", to: folder + "/b.json")
        let outcome = try lint(["lint", "--no-config", "--format", "json", "a.json", "missing.json", "b.json"], in: folder)
        #expect(outcome.status == 2)
        let paths = Set(outcome.findings.compactMap { $0["path"] as? String })
        #expect(paths.contains { $0.hasSuffix("a.json") } && paths.contains { $0.hasSuffix("b.json") } && paths.contains { $0.hasSuffix("missing.json") })
    }
}

/// The repository-typo check compares only names with complementary gaps on a shared tag, within a budget of
/// comparisons (security review D8): a file of thousands of near-identical names costs bounded time, and a
/// spent budget ends the search instead of running on.
@Suite("Repository typo search")
struct RepositoryTypoSearchTests {
    @Test func thousandsOfNearNamesOnOneTagStayWithinTheBudget() {
        // 3,000 names built and never pushed, 3,000 pushed and never built, all on tag 1: every pair is a candidate.
        var names: [JSONValue] = []
        for number in 0..<3_000 {
            names.append(.object([("name", .string("registry.example.com/team/image\(number)")), ("role", .string("built")),
                                  ("reference", .string("registry.example.com/team/image\(number):1"))]))
            names.append(.object([("name", .string("registry.example.com/team/imagf\(number)")), ("role", .string("pushed")),
                                  ("reference", .string("registry.example.com/team/imagf\(number):1"))]))
        }
        let results = RepositoryTypo.find(in: .object([("names", .array(names))]), maxDistance: 2)
        // imageN/imagfN pairs are found until the budget is spent; then the search ends with what it has, and says
        // so (a `not-checked` result: the run is incomplete, never silently short).
        let typos = results.filter { $0.notChecked == nil }
        #expect(!typos.isEmpty)
        #expect(typos.allSatisfy { RepositoryTypo.distance($0.variables["value"]!, $0.variables["expected"]!, limit: 2) <= 2 })
        #expect(results.contains { $0.notChecked?.contains("stopped after") == true })
    }
}

/// Counts what a walk asks of its content source.
final class CountingSource: ContentSource, @unchecked Sendable {  // @unchecked: used from one thread in the test
    let source: ContentSource
    private(set) var verifications = 0

    init(_ source: ContentSource) { self.source = source }

    func fetch(_ digest: Digest, limit: Int, as kind: BlobKind) -> BlobFetch { source.fetch(digest, limit: limit, as: kind) }

    func verify(_ digest: Digest, declaredSize: Int64?) -> BlobVerification {
        verifications += 1
        return source.verify(digest, declaredSize: declaredSize)
    }

    func displayPath(of digest: Digest) -> String { source.displayPath(of: digest) }
    var storeName: String { source.storeName }
}
