import Foundation
import Testing
@testable import ManifestLint

/// The pre-push hook and the pre-commit definitions, in scratch git repositories with real git and pre-commit.
@Suite("Git hooks")
struct HookTests {
    /// Git with no user or system configuration leaking in.
    private static func gitEnvironment(home: String) -> [String: String] {
        ["HOME": home, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
         "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com", "MANIFESTLINT": Repository.binary]
    }

    @discardableResult
    private func git(_ arguments: [String], in folder: String, home: String) throws -> (status: Int32, output: String) {
        try runTool("git", arguments, in: folder, environment: Self.gitEnvironment(home: home))
    }

    private func writeFixture(_ fixture: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: Repository.fixture(fixture), toPath: path)
    }

    @Test func prePushHookBlocksABrokenIndexAndLetsAFixedOneThrough() throws {
        let scratch = try makeScratch("hook")
        defer { removeScratch(scratch) }
        let work = scratch + "/work"
        #expect(try git(["init", "-q", "--bare", "remote.git"], in: scratch, home: scratch).status == 0)
        #expect(try git(["init", "-q", "-b", "main", "work"], in: scratch, home: scratch).status == 0)
        try git(["remote", "add", "origin", "../remote.git"], in: work, home: scratch)
        try "# app\n".write(toFile: work + "/README.md", atomically: true, encoding: .utf8)
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "start"], in: work, home: scratch)
        #expect(try git(["push", "-q", "origin", "main"], in: work, home: scratch).status == 0)

        let install = try runManifestLint(["hook", "install"], in: work)
        #expect(install.status == 0, Comment(rawValue: install.stderr))
        #expect(try String(contentsOfFile: work + "/.git/hooks/pre-push", encoding: .utf8).contains(PrePushHook.marker))

        // A broken index (two linux/amd64 entries) is refused, with the finding in the output.
        try writeFixture("gating/error.json", to: work + "/images/index.json")
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "broken index"], in: work, home: scratch)
        let blocked = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("images/index.json:17:5: error"))
        #expect(blocked.output.contains("push blocked"))
        let remoteHead = try git(["rev-parse", "main"], in: scratch + "/remote.git", home: scratch).output
        let localStart = try git(["rev-parse", "main~1"], in: work, home: scratch).output
        #expect(remoteHead == localStart)

        // Fixed in a later commit: the hook lints the pushed version, which is clean.
        try writeFixture("schema/valid/oci-index.json", to: work + "/images/index.json")
        try git(["commit", "-qam", "fix index"], in: work, home: scratch)
        let pushed = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(pushed.status == 0, Comment(rawValue: pushed.output))

        // A new branch is compared with the remote's default branch: only its own broken file is reported.
        try git(["checkout", "-q", "-b", "feature"], in: work, home: scratch)
        try "{\"schemaVersion\": 2, \"manifests\": [".write(toFile: work + "/images/broken.json", atomically: true, encoding: .utf8)
        try writeFixture("workflows/buildx-swapped.sh", to: work + "/scripts/release.sh")
        try "notes\n".write(toFile: work + "/NOTES.txt", atomically: true, encoding: .utf8)
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "broken json and a swapped build script"], in: work, home: scratch)
        let branch = try git(["push", "origin", "feature"], in: work, home: scratch)
        #expect(branch.status != 0)
        #expect(branch.output.contains("checking 2 changed file(s) pushed to feature"))
        #expect(branch.output.contains("images/broken.json:1:"))
        #expect(branch.output.contains("scripts/release.sh:3:47: error"))
    }

    @Test func anExistingHookSurvivesInstallAndUninstall() throws {
        let scratch = try makeScratch("hook-existing")
        defer { removeScratch(scratch) }
        #expect(try git(["init", "-q", "work"], in: scratch, home: scratch).status == 0)
        let hooks = scratch + "/work/.git/hooks"
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        let userHook = "#!/bin/sh\necho user hook ran >&2\n"
        try userHook.write(toFile: hooks + "/pre-push", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hooks + "/pre-push")

        let refused = try runManifestLint(["hook", "install"], in: scratch + "/work")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("was not written by manifestlint; it was left alone"))
        #expect(try String(contentsOfFile: hooks + "/pre-push", encoding: .utf8) == userHook)

        #expect(try runManifestLint(["hook", "install", "--chain"], in: scratch + "/work").status == 0)
        #expect(try String(contentsOfFile: hooks + "/" + PrePushHook.chainedName, encoding: .utf8) == userHook)
        let ours = try String(contentsOfFile: hooks + "/pre-push", encoding: .utf8)
        #expect(ours.contains(PrePushHook.marker) && ours.contains(PrePushHook.chainedName))

        // The chained user hook runs (and could veto) before manifestlint.
        let ran = try runTool("sh", [hooks + "/pre-push", "origin", "url"], in: scratch + "/work",
                              environment: Self.gitEnvironment(home: scratch), stdin: "")
        #expect(ran.status == 0)
        #expect(ran.output.contains("user hook ran"))

        #expect(try runManifestLint(["hook", "uninstall"], in: scratch + "/work").status == 0)
        #expect(try String(contentsOfFile: hooks + "/pre-push", encoding: .utf8) == userHook)
        #expect(!FileManager.default.fileExists(atPath: hooks + "/" + PrePushHook.chainedName))

        // Uninstall never removes a hook manifestlint did not write.
        let again = try runManifestLint(["hook", "uninstall"], in: scratch + "/work")
        #expect(again.status == 1)
        #expect(try String(contentsOfFile: hooks + "/pre-push", encoding: .utf8) == userHook)
    }

    @Test func hookInstallOutsideARepositoryIsAnError() throws {
        let scratch = try makeScratch("no-repo")
        defer { removeScratch(scratch) }
        let outcome = try runManifestLint(["hook", "install"], in: scratch)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("not inside a git repository"))
    }

    /// `pre-commit run --all-files` with this repository's `.pre-commit-hooks.yaml` (the `manifestlint-system`
    /// hook, which runs the manifestlint under test from PATH).
    @Test func preCommitRunsTheRepositoryHookDefinition() throws {
        let preCommit = try #require(TestTools.path("pre-commit"), Comment(rawValue: TestTools.missing))
        let scratch = try makeScratch("pre-commit")
        defer { removeScratch(scratch) }
        let hookRepo = scratch + "/hooks", project = scratch + "/project"
        try git(["init", "-q", "hooks"], in: scratch, home: scratch)
        try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent(".pre-commit-hooks.yaml").path,
                                         toPath: hookRepo + "/.pre-commit-hooks.yaml")
        try git(["add", "."], in: hookRepo, home: scratch)
        try git(["commit", "-qm", "hooks"], in: hookRepo, home: scratch)
        let revision = try git(["rev-parse", "HEAD"], in: hookRepo, home: scratch).output.trimmingCharacters(in: .whitespacesAndNewlines)

        try git(["init", "-q", "project"], in: scratch, home: scratch)
        try """
            repos:
            - repo: \(hookRepo)
              rev: \(revision)
              hooks:
              - id: manifestlint-system
            """.write(toFile: project + "/.pre-commit-config.yaml", atomically: true, encoding: .utf8)
        try writeFixture("gating/error.json", to: project + "/images/index.json")
        // Files pre-commit passes by name that are not manifests never block a commit (issue 13).
        try writeFixture("app-repo/tsconfig.json", to: project + "/tsconfig.json")
        try writeFixture("app-repo/package.json", to: project + "/package.json")
        try git(["add", "."], in: project, home: scratch)
        let binFolder = (Repository.binary as NSString).deletingLastPathComponent
        var environment = Self.gitEnvironment(home: scratch)
        environment["PRE_COMMIT_HOME"] = scratch + "/cache"
        environment["PATH"] = binFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")

        let failing = try runTool(preCommit, ["run", "--all-files"], in: project, environment: environment)
        #expect(failing.status == 1, Comment(rawValue: failing.output))
        #expect(failing.output.contains("images/index.json:17:5: error"))
        #expect(failing.output.contains("Failed"))
        #expect(!failing.output.contains("tsconfig.json"), Comment(rawValue: failing.output))

        try writeFixture("schema/valid/oci-index.json", to: project + "/images/index.json")
        try git(["add", "."], in: project, home: scratch)
        let passing = try runTool(preCommit, ["run", "--all-files"], in: project, environment: environment)
        #expect(passing.status == 0, Comment(rawValue: passing.output))
        #expect(passing.output.contains("Passed"))

        let prePush = try runTool(preCommit, ["run", "--all-files", "--hook-stage", "pre-push"], in: project, environment: environment)
        #expect(prePush.status == 0, Comment(rawValue: prePush.output))
        #expect(prePush.output.contains("manifestlint (installed)"))
    }

    /// A repository with a pushed first commit and manifestlint's hook installed; returns the work tree.
    private func repositoryWithHook(_ scratch: String) throws -> String {
        let work = scratch + "/work"
        try git(["init", "-q", "--bare", "remote.git"], in: scratch, home: scratch)
        try git(["init", "-q", "-b", "main", "work"], in: scratch, home: scratch)
        try git(["remote", "add", "origin", "../remote.git"], in: work, home: scratch)
        try "# app\n".write(toFile: work + "/README.md", atomically: true, encoding: .utf8)
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "start"], in: work, home: scratch)
        try git(["push", "-q", "origin", "main"], in: work, home: scratch)
        #expect(try runManifestLint(["hook", "install"], in: work).status == 0)
        return work
    }

    /// A pushed commit that changes only files that are not manifests (a tsconfig.json with comments) passes,
    /// and one that also changes a broken manifest is blocked for that manifest alone (issue 13).
    @Test func thePushHookLintsOnlyWhatIsOurs() throws {
        let scratch = try makeScratch("hook-discovery")
        defer { removeScratch(scratch) }
        let work = try repositoryWithHook(scratch)
        try writeFixture("app-repo/tsconfig.json", to: work + "/tsconfig.json")
        try writeFixture("app-repo/renovate.json", to: work + "/renovate.json")
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "config"], in: work, home: scratch)
        let quiet = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(quiet.status == 0, Comment(rawValue: quiet.output))
        #expect(!quiet.output.contains("tsconfig"), Comment(rawValue: quiet.output))
        try writeFixture("gating/error.json", to: work + "/images/index.json")
        try "{\n  // still a comment\n}\n".write(toFile: work + "/tsconfig.json", atomically: true, encoding: .utf8)
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "image"], in: work, home: scratch)
        let blocked = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("duplicate-platform"))
        #expect(!blocked.output.contains("tsconfig"), Comment(rawValue: blocked.output))
    }

    /// Security review 2: a new branch pushed by URL (no remote-tracking branch for it) is judged by the commits no
    /// remote-tracking branch has, not the whole tree: an old finding in a file the branch never touched does not
    /// block it, a finding in its own commit does.
    @Test func aPushByURLJudgesOnlyTheNewCommits() throws {
        let scratch = try makeScratch("hook-by-url")
        defer { removeScratch(scratch) }
        let work = try repositoryWithHook(scratch)
        // An old finding, already on the remote (pushed before the hook existed).
        try writeFixture("gating/error.json", to: work + "/old/index.json")
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "old finding"], in: work, home: scratch)
        #expect(try git(["push", "-q", "--no-verify", "origin", "main"], in: work, home: scratch).status == 0)
        try git(["init", "-q", "--bare", "fork.git"], in: scratch, home: scratch)
        try git(["checkout", "-q", "-b", "develop"], in: work, home: scratch)
        try "# change\n".write(toFile: work + "/CHANGES.md", atomically: true, encoding: .utf8)
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "docs"], in: work, home: scratch)
        let clean = try git(["push", "../fork.git", "develop"], in: work, home: scratch)
        #expect(clean.status == 0, Comment(rawValue: clean.output))
        #expect(!clean.output.contains("old/index.json"))
        try writeFixture("gating/error.json", to: work + "/new/index.json")
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "new finding"], in: work, home: scratch)
        let blocked = try git(["push", "../fork.git", "develop:other"], in: work, home: scratch)
        #expect(blocked.status != 0, Comment(rawValue: blocked.output))
        #expect(blocked.output.contains("new/index.json"))
        #expect(!blocked.output.contains("old/index.json"))
    }

    /// Security review 2: a change to any file of an OCI layout lints the layout as the commit has it. A manifest
    /// blob edited in place, a deleted blob and a touched index.json are refused as `lint` on the layout reports them,
    /// and the paths read as git names them (no `./`).
    @Test func aChangeInsideALayoutLintsTheWholeLayout() throws {
        let scratch = try makeScratch("hook-layout-blobs")
        defer { removeScratch(scratch) }
        let work = try repositoryWithHook(scratch)
        let layout = try LayoutBuilder.twoPlatforms(at: work + "/image")
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "a clean layout"], in: work, home: scratch)
        let clean = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(clean.status == 0, Comment(rawValue: clean.output))

        // The amd64 manifest edited in place: its digest and size no longer match the index.
        let manifest = layout.builder.path(of: layout.amd64.manifest)
        try (try String(contentsOfFile: manifest, encoding: .utf8) + " ").write(toFile: manifest, atomically: false, encoding: .utf8)
        try git(["commit", "-qam", "edit a blob in place"], in: work, home: scratch)
        let edited = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(edited.status != 0, Comment(rawValue: edited.output))
        #expect(edited.output.contains("digest-mismatch") && edited.output.contains("size-mismatch"))
        #expect(edited.output.contains("image/index.json:"))
        #expect(!edited.output.contains("./image"))
        try git(["reset", "-q", "--hard", "HEAD~1"], in: work, home: scratch)

        // The arm64 config deleted.
        try git(["rm", "-q", String(layout.builder.path(of: layout.arm64.config).dropFirst(work.count + 1))], in: work, home: scratch)
        try git(["commit", "-qm", "delete a blob"], in: work, home: scratch)
        let deleted = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(deleted.status != 0, Comment(rawValue: deleted.output))
        #expect(deleted.output.contains("missing-blob"))
    }

    /// Security review 2, N1: a broken index 257 folders deep (past the old walk limit) blocks the push: the hook
    /// names every changed file to lint, at any depth.
    @Test func aDeepBrokenIndexBlocksThePush() throws {
        let scratch = try makeScratch("hook-deep")
        defer { removeScratch(scratch) }
        let work = try repositoryWithHook(scratch)
        let deep = String(repeating: "d/", count: 257)
        try write(Samples.brokenIndex, to: work + "/" + deep + "index.json")
        try write(#"{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []}"#, to: work + "/ok.json")
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "deep"], in: work, home: scratch)
        let push = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(push.status != 0, Comment(rawValue: push.output))
        #expect(push.output.contains("invalid-digest"))
    }

    /// Security review 2, N5 and A3: `hook extract` streams blobs from git (peak memory does not grow with a file:
    /// it held each twice), and a file over --max-size is written as its first 64 KiB and its size (sparse), so lint
    /// sees what it would on disk without the bytes being copied.
    @Test func extractionStreamsAndLeavesOversizedFilesSparse() throws {
        let scratch = try makeScratch("hook-extract-memory")
        defer { removeScratch(scratch) }
        try git(["init", "-q", "repo"], in: scratch, home: scratch)
        let size = 60_000_000
        let big = FileHandle(forWritingAtPath: { FileManager.default.createFile(atPath: scratch + "/repo/big.json", contents: nil); return scratch + "/repo/big.json" }())!
        let chunk = Data(repeating: 0x20, count: 1 << 20)
        for _ in 0..<(size >> 20) { big.write(chunk) }
        big.write(Data(repeating: 0x20, count: size - (size >> 20) << 20))
        try big.close()
        try Samples.brokenIndex.write(toFile: scratch + "/repo/small.json", atomically: true, encoding: .utf8)
        try git(["add", "."], in: scratch + "/repo", home: scratch)
        try git(["commit", "-qm", "files"], in: scratch + "/repo", home: scratch)
        try FileManager.default.createDirectory(atPath: scratch + "/out", withIntermediateDirectories: true)
        let measured = try runTool("python3", ["-c", """
            import resource, subprocess, sys
            r = subprocess.run([sys.argv[1], "hook", "extract", "--no-config", "--into=" + sys.argv[2], "--list=" + sys.argv[3], "--", "HEAD"], capture_output=True)
            print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode, r.stdout.decode().strip())
            """, Repository.binary, scratch + "/out", scratch + "/list"], in: scratch + "/repo", environment: Self.gitEnvironment(home: scratch))
        let fields = measured.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        try #require(fields.count == 3, Comment(rawValue: measured.output))
        #expect(fields[1] == "0" && fields[2] == "2", Comment(rawValue: measured.output))
        #expect((Int(fields[0]) ?? .max) < 40_000, "peak \(fields[0]) KiB for a \(size)-byte file")
        var info = stat()
        #expect(stat(scratch + "/out/big.json", &info) == 0)
        #expect(Int(info.st_size) == size)
        #expect(Int(info.st_blocks) * 512 < 1 << 20, "\(info.st_blocks) blocks: not sparse")
        #expect(try String(contentsOfFile: scratch + "/out/small.json", encoding: .utf8) == Samples.brokenIndex)
    }

    /// Security review D5: git C-quotes these names, which a `grep '\.json$'` over its output never matched.
    @Test(arguments: ["café.json", "tab\tname.json", "new\nline.json", "quote\"name.json", "back\\slash.json", "plain.json"])
    func theHookChecksFilesWhoseNamesGitQuotes(name: String) throws {
        let scratch = try makeScratch("hook-names")
        defer { removeScratch(scratch) }
        let work = try repositoryWithHook(scratch)
        try writeFixture("gating/error.json", to: work + "/images/" + name)
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "broken"], in: work, home: scratch)
        let push = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(push.status != 0, Comment(rawValue: push.output))
        #expect(push.output.contains("push blocked"))
        #expect(push.output.contains("duplicate-platform"))
    }

    /// Security review D25: a broken `oci-layout` alone is checked; a committed symbolic link is not read as
    /// a file whose content is its target's name.
    @Test func theHookChecksOCILayoutFilesAndLeavesCommittedLinksAlone() throws {
        let scratch = try makeScratch("hook-layout")
        defer { removeScratch(scratch) }
        let work = try repositoryWithHook(scratch)
        try writeFixture("schema/valid/oci-index.json", to: work + "/good.json")
        try FileManager.default.createSymbolicLink(atPath: work + "/alias.json", withDestinationPath: "good.json")
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "a link"], in: work, home: scratch)
        let linked = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(linked.status == 0, Comment(rawValue: linked.output))

        try FileManager.default.createDirectory(atPath: work + "/layout", withIntermediateDirectories: true)
        try #"{"imageLayoutVersion": "1.0.0"}"#.write(toFile: work + "/layout/oci-layout", atomically: true, encoding: .utf8)
        try git(["add", "."], in: work, home: scratch)
        try git(["commit", "-qm", "layout marker"], in: work, home: scratch)
        #expect(try git(["push", "origin", "main"], in: work, home: scratch).status == 0)
        try #"{"imageLayoutVersion": "1.0.0", "#.write(toFile: work + "/layout/oci-layout", atomically: true, encoding: .utf8)
        try git(["commit", "-qam", "break only the layout marker"], in: work, home: scratch)
        let broken = try git(["push", "origin", "main"], in: work, home: scratch)
        #expect(broken.status != 0, Comment(rawValue: broken.output))
        #expect(broken.output.contains("layout/oci-layout"))
    }

    /// Security review D25: a manifestlint hook kept behind a symbolic link stays a link through `install`, and
    /// a chained hook that is a dangling link is put back by `uninstall`.
    @Test func linkedAndDanglingHooksSurviveInstallAndUninstall() throws {
        let scratch = try makeScratch("hook-links")
        defer { removeScratch(scratch) }
        try git(["init", "-q", "work"], in: scratch, home: scratch)
        let hooks = scratch + "/work/.git/hooks"
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch + "/team-hooks", withIntermediateDirectories: true)
        #expect(try runManifestLint(["hook", "install"], in: scratch + "/work").status == 0)
        try FileManager.default.moveItem(atPath: hooks + "/pre-push", toPath: scratch + "/team-hooks/pre-push")
        try FileManager.default.createSymbolicLink(atPath: hooks + "/pre-push", withDestinationPath: scratch + "/team-hooks/pre-push")
        let update = try runManifestLint(["hook", "install", "--fail-on", "warning"], in: scratch + "/work")
        #expect(update.status == 0, Comment(rawValue: update.stderr))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: hooks + "/pre-push")) == scratch + "/team-hooks/pre-push")
        #expect(try String(contentsOfFile: scratch + "/team-hooks/pre-push", encoding: .utf8).contains("--fail-on=warning"))
        #expect(try runManifestLint(["hook", "uninstall"], in: scratch + "/work").status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch + "/team-hooks/pre-push"))

        try FileManager.default.createSymbolicLink(atPath: hooks + "/pre-push", withDestinationPath: "/nonexistent/hook")
        #expect(try runManifestLint(["hook", "install", "--chain"], in: scratch + "/work").status == 0)
        #expect(try runManifestLint(["hook", "uninstall"], in: scratch + "/work").status == 0)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: hooks + "/pre-push")) == "/nonexistent/hook")
    }
}
