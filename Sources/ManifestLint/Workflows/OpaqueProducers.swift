/// Commands that may build, tag, load or push images without saying which in the file: a `make` target,
/// another script, a build tool other than the docker CLI. A file that runs one cannot prove that an image it
/// pushes was never built, so the rules that need that proof stand down (see `WorkflowIntent.opaque`).
enum OpaqueProducers {
    /// Programs that build, copy or push images by themselves.
    static let programs: Set<String> = [
        "make", "gmake", "$(MAKE)", "${MAKE}", "bazel", "bazelisk", "ko", "podman", "buildah", "nerdctl", "kaniko", "executor",
        "earthly", "skaffold", "pack", "docker-compose", "tilt", "img", "crane", "skopeo", "regctl", "gcrane", "jib", "depot",
        "buildctl", "kim", "melange", "apko", "dagger",
    ]
    /// Interpreters: running a program file (`python3 ci/release.py`, `node scripts/publish.js`) is another script.
    private static let interpreters: Set<String> = ["python", "python3", "node", "ruby", "perl", "deno", "bun", "php", "pwsh", "powershell"]
    /// Task runners, package scripts and remote shells (`ssh host "docker build ... && docker push ..."`), opaque
    /// when an argument mentions images.
    static let runners: Set<String> = ["npm", "yarn", "pnpm", "just", "task", "mage", "invoke", "mvn", "gradle", "./gradlew", "./mvnw", "az", "gcloud", "goreleaser", "ssh"]
    private static let imageWords = ["docker", "image", "container", "jib", "push", "publish", "release", "acr"]
    /// Words that only prefix the command that runs.
    private static let prefixes: Set<String> = ["sudo", "env", "time", "exec", "command", "nohup", "xargs", "-E"]

    /// The word naming an opaque producer in one simple command, if it is one.
    static func producer(in words: [ShellWord]) -> ShellWord? {
        var index = 0
        // Skip `VAR=value` assignments and prefixes such as `sudo`.
        while index < words.count, words[index].text.contains("=") && !words[index].text.hasPrefix("-") || prefixes.contains(words[index].text) {
            index += 1
        }
        guard index < words.count else { return nil }
        let word = words[index]
        var program = word.text
        while let first = program.first, "@-+".contains(first) { program.removeFirst() }
        let base = program.split(separator: "/").last.map(String.init) ?? program
        if programs.contains(program) || programs.contains(base) { return word }
        let arguments = words[(index + 1)...].map(\.text)
        if runners.contains(program) || runners.contains(base) {
            return arguments.contains { argument in imageWords.contains { argument.lowercased().contains($0) } } ? word : nil
        }
        // Another script: `./build.sh`, `scripts/release`, `bash hack/push.sh`, `. ./env.sh`, `python3 ci/release.py`.
        if ["bash", "sh", "zsh", "dash", "source", "."].contains(base) {
            return arguments.first { !$0.hasPrefix("-") }.map { isScriptPath($0) ? word : nil } ?? nil
        }
        // A program file, when it or its arguments mention images (`python3 ci/release.py --push`, not
        // `python3 scripts/check_changelog.py`).
        if interpreters.contains(base), let file = arguments.first(where: { !$0.hasPrefix("-") }), isScriptPath(file) || isProgramFile(file) {
            return arguments.contains { argument in imageWords.contains { argument.lowercased().contains($0) } } ? word : nil
        }
        return isScriptPath(program) && !program.hasPrefix("/usr/") && !program.hasPrefix("/bin/") ? word : nil
    }

    private static func isProgramFile(_ text: String) -> Bool {
        [".py", ".js", ".mjs", ".ts", ".rb", ".pl", ".php"].contains { text.hasSuffix($0) }
    }

    private static func isScriptPath(_ text: String) -> Bool {
        text.hasPrefix("./") || text.hasPrefix("../") || text.hasSuffix(".sh") || text.hasSuffix(".ps1")
            || (text.contains("/") && !text.hasPrefix("$") && !text.contains("://"))
    }

    /// GitHub actions that build or push images (`uses:`); setup, login and metadata actions are not.
    static func isImageAction(_ uses: String) -> Bool {
        let lower = uses.lowercased()
        let quiet = ["docker/setup-", "docker/login-action", "docker/metadata-action", "actions/", "azure/login", "aws-actions/configure"]
        if quiet.contains(where: { lower.hasPrefix($0) }) { return false }
        // GoReleaser builds and pushes its `dockers:` images (shopware/shopware-operator pushes them in the next step).
        return ["docker", "build", "push", "image", "kaniko", "buildah", "ko-build", "bake", "container", "acr", "ecr", "gcr", "publish", "dagger",
                "goreleaser"]
            .contains { lower.contains($0) }
    }
}
