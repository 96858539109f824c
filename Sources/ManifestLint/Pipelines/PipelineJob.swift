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
    /// Keys a mapping of the file defines twice, which its program does not reject: read as the later value wins
    /// (or, in bake JSON, as more definitions).
    var duplicateKeys: [DuplicateKey] = []
    /// The program known to keep the later value of a key defined twice (GitLab), when it is known.
    var keepsLaterKey: String?
    /// A Makefile: each target is an entry point, perhaps run on its own machine.
    var isMakefile = false

    enum CISystem: String {
        case github = "github-actions", gitlab = "gitlab-ci", azure = "azure-pipelines"
    }

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
    /// Tags this build pushes that another build started with it pushes too (bake targets of one group), with that
    /// build named.
    var writtenAlsoBy: [String: String] = [:]
    /// A bake target whose platforms are one parent's of several single-platform parents it inherits.
    var replacedPlatforms: BakeReader.Replacement?
    /// A build-push-action `platform:` input, which the action does not have (its input is `platforms:`).
    var ignoredPlatformInput: ShellWord?
    /// A GoReleaser `dockers:` entry's `goarch` that Go does not have (`armv7`): no binary is matched to the image.
    var unknownGoarch: ShellWord?
    /// A bake target other targets inherit, with no tags of its own: its platforms are a template's, which may never
    /// be built as written.
    var platformsOfTemplate = false

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

/// GitHub-hosted runner labels and the architecture they run on; self-hosted runners, larger runners (whose
/// names an organization chooses: `ubuntu-24.04-arm64-16core`) and any other label say nothing.
enum RunnerLabels {
    /// The standard GitHub-hosted labels (docs.github.com, "GitHub-hosted runners"), macOS left out (no Docker there).
    static let hosted: [String: Platform] = [
        "ubuntu-latest": Platform(os: "linux", architecture: "amd64"), "ubuntu-24.04": Platform(os: "linux", architecture: "amd64"),
        "ubuntu-22.04": Platform(os: "linux", architecture: "amd64"), "ubuntu-20.04": Platform(os: "linux", architecture: "amd64"),
        "ubuntu-24.04-arm": Platform(os: "linux", architecture: "arm64"), "ubuntu-22.04-arm": Platform(os: "linux", architecture: "arm64"),
        "windows-latest": Platform(os: "windows", architecture: "amd64"), "windows-2025": Platform(os: "windows", architecture: "amd64"),
        "windows-2022": Platform(os: "windows", architecture: "amd64"), "windows-2019": Platform(os: "windows", architecture: "amd64"),
        "windows-11-arm": Platform(os: "windows", architecture: "arm64"),
    ]

    /// The platform every label agrees on; nil when any label is not a standard hosted one.
    static func platform(of labels: [String]) -> Platform? {
        guard !labels.isEmpty else { return nil }
        var found: Platform?
        for label in labels.map({ $0.lowercased() }) {
            guard let platform = hosted[label] else { return nil }
            if let found, found != platform { return nil }
            found = platform
        }
        return found
    }
}
