/// What a pipeline reader gives the intent stage besides docker commands: the jobs of a CI file as a graph, and
/// for each command the job it runs in and what its runner or build tool says about platforms.
struct PipelineRead {
    var format: WorkflowFormat
    var commands: [DockerCommand] = []
    /// One per command (same order): where it runs.
    var contexts: [CommandContext] = []
    /// The jobs of a CI file (GitHub Actions, GitLab CI, Azure Pipelines); empty for files without jobs.
    var jobs: [PipelineJob] = []
    /// The CI system whose job semantics apply (`github-actions`, `gitlab-ci`, `azure-pipelines`), if any.
    var graph: String?

    init(format: WorkflowFormat) { self.format = format }

    mutating func append(_ command: DockerCommand, _ context: CommandContext) {
        commands.append(command)
        contexts.append(context)
    }
}

/// A platform and the words of the file that say so (`runs-on: ubuntu-24.04-arm`, `goarch: arm64`).
struct PlatformClaim {
    let platform: Platform
    let source: String
}

/// Where one docker command runs.
struct CommandContext {
    /// The job instance (`build (arm64)` for a matrix instance), nil outside jobs.
    var job: String?
    /// The architecture of the machine the job runs on, when its runner label says (GitHub-hosted runners).
    var runner: PlatformClaim?
    /// What the binaries put into the image were compiled for (GoReleaser's `goarch`/`goarm`).
    var binary: PlatformClaim?

    static let none = CommandContext()
}

/// A job, or one instance of a matrix job, and the jobs it waits for.
struct PipelineJob {
    /// `build`, or `build (arm64, ubuntu-24.04-arm)` for a matrix instance.
    let id: String
    /// The job's key in the file (shared by its matrix instances).
    let name: String
    /// Jobs named in `needs:`/`dependsOn:`, with where each name stands, and whether a job has that name.
    var needs: [(name: String, word: ShellWord, exists: Bool)]
    /// Jobs this one waits for without naming them (an earlier GitLab stage, the previous Azure stage): job names.
    var implicitNeeds: [String] = []
    /// The job's run condition as written (`if:`, `rules:`, `only:`): jobs with different conditions may never
    /// run in the same pipeline.
    var condition: String = ""
    /// The key of the job in the file, for findings about the job itself.
    let anchor: ShellWord
    var runner: PlatformClaim?
    /// The matrix could not be expanded (`fromJSON(...)`, too many combinations): instances unknown.
    var matrixUnknown = false
}

/// GitHub-hosted runner labels and the architecture they run on; self-hosted and unknown labels say nothing.
enum RunnerLabels {
    /// `ubuntu-24.04-arm`, `ubuntu-22.04-arm`, `windows-11-arm` → arm64; other `ubuntu-*` → linux/amd64,
    /// `windows-*` → windows/amd64. A list with `self-hosted` or any label not GitHub's is unknown.
    static func platform(of labels: [String]) -> Platform? {
        guard !labels.isEmpty, !labels.contains(where: { $0.contains("$") || $0.contains("{{") }) else { return nil }
        var found: Platform?
        for label in labels.map({ $0.lowercased() }) {
            let platform: Platform
            if label.hasPrefix("ubuntu-") {
                platform = Platform(os: "linux", architecture: label.hasSuffix("-arm") || label.hasSuffix("-arm64") ? "arm64" : "amd64", variant: "")
            } else if label.hasPrefix("windows-") {
                platform = Platform(os: "windows", architecture: label.hasSuffix("-arm") ? "arm64" : "amd64", variant: "")
            } else {
                return nil
            }
            if let found, found != platform { return nil }
            found = platform
        }
        return found
    }
}
