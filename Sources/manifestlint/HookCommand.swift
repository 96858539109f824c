import ArgumentParser
import Foundation
import ManifestLint

struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Install or remove the git pre-push hook that lints pushed manifests.",
        subcommands: [Install.self, Uninstall.self, Extract.self]
    )

    /// What the installed hook calls to get the pushed files out of git without quoting their names.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Write the lintable files of a commit (or those changed since --base) into a folder; print how many.",
            shouldDisplay: false)

        @Argument(help: "The commit being pushed.") var commit: String
        @Option(help: "Only files changed since this commit.") var base: String?
        @Option(help: "An empty folder to write them into.") var into: String
        @Option(help: "Where to write the NUL-separated list of the files `lint --files-from` is to check (paths relative to --into).") var list: String?
        @OptionGroup(title: "Rules") var ruleOptions: RuleOptions

        func run() throws {
            let configuration = try ruleOptions.build().configuration
            let files = PushedFiles(collector: InputCollector(include: configuration.include, exclude: configuration.exclude))
            do {
                let extracted = try files.extract(commit: commit, base: base, into: into)
                if let list, !FileManager.default.createFile(atPath: list, contents: Data(extracted.listed.flatMap { $0 + [0] })) {
                    Console.error("cannot write \(list)")
                    throw ExitCode(2)
                }
                print(extracted.listed.count)
            } catch let error as HookError {
                Console.error(error.description)
                throw ExitCode(2)
            }
        }
    }

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: "Write a pre-push hook into the current repository.",
            discussion: """
                The hook lints the manifests, OCI layouts and build workflows (JSON, YAML, shell scripts, Makefiles)
                changed by the commits being pushed, as those commits have them, and blocks the push on failures
                (findings at or above --fail-on, or files that could not be checked).
                An existing hook is never overwritten: without --chain the install is refused; with --chain the
                existing hook is kept as pre-push.before-manifestlint and runs first.
                """
        )

        @Flag(help: "Keep an existing pre-push hook and run it before manifestlint.")
        var chain = false

        @Option(help: "Lowest severity that blocks a push: error, warning, note or none.")
        var failOn: FailLevel = .error

        func run() throws {
            let installer = HookInstaller(hooksFolder: try Git.hooksFolder())
            do {
                print(try installer.install(binary: Executable.path, failOn: failOn, chain: chain))
            } catch {
                Console.error(error.description, multiline: true)
                throw ExitCode(1)
            }
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "uninstall", abstract: "Remove the pre-push hook manifestlint installed (and only that).")

        func run() throws {
            let installer = HookInstaller(hooksFolder: try Git.hooksFolder())
            do {
                print(try installer.uninstall())
            } catch {
                Console.error(error.description, multiline: true)
                throw ExitCode(1)
            }
        }
    }
}

enum Git {
    /// The hooks folder of the repository around the working folder (honours core.hooksPath).
    static func hooksFolder() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "rev-parse", "--path-format=absolute", "--git-path", "hooks"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            Console.error("cannot run git: \(error.localizedDescription)")
            throw ExitCode(2)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Console.error("not inside a git repository (git rev-parse failed)")
            throw ExitCode(2)
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

enum Executable {
    /// The absolute path of the running manifestlint, which the hook calls.
    static var path: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
