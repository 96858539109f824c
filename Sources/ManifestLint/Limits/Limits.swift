/// Every bound manifestlint puts on data it does not control, in one place. Each loop over outside data
/// (files, YAML, registry answers, credential helpers, user patterns) reads one of these.
public enum Limits {
    // MARK: Documents

    /// The largest document read (`--max-size` changes it): registries refuse manifests over 4 MiB.
    public static let documentSize = 4 << 20
    /// The largest `--max-size` accepted.
    public static let documentSizeCeiling = 1 << 30
    /// Nodes a YAML workflow may expand to once aliases are resolved (a 1 KB alias bomb reaches billions).
    public static let workflowYAMLNodes = 500_000
    /// Script text one workflow file may make manifestlint lex (aliases can repeat a long scalar many times):
    /// the document limit again, after expansion.
    public static let workflowScriptBytes = documentSize
    /// Nodes a config or rule file may expand to; neither needs aliases at all.
    public static let configYAMLNodes = 100_000
    /// Instances of one matrix job a pipeline reader expands (GitHub's own limit is 256); past it the matrix is unknown.
    public static let matrixInstances = 256
    /// `extends:`/`inherits` links followed from one GitLab job or bake target; past it the value is unknown.
    public static let inheritanceDepth = 16
    /// Jobs of one CI file (and bake targets of one file) read as a graph; a larger file is read without the graph checks.
    public static let pipelineJobs = 2_000
    /// Docker commands one CI file may come to once its matrices are expanded (each instance repeats its job's
    /// commands); a matrix that would go past it stays one unknown instance.
    public static let pipelineCommands = 50_000
    /// List members times pushes spelt with variables compared in one workflow (each a glob match of at most 256
    /// bytes against 256); past it every member not pushed by name counts as possibly pushed.
    public static let variablePushComparisons = 5_000

    /// Documents followed below a root (index → index → manifest → config): real images nest one or two levels;
    /// a deeper chain is a `nesting-too-deep` finding, so the depth of the walk (and of its stack) is bounded.
    public static let nestingDepth = 16

    // MARK: Linked documents (CEL `resolve()` and `referrers()`)

    /// Documents a layout's referrer scan reads from its `index.json` (indexes and manifests; configs and layers
    /// are never read for it). A larger layout is scanned this far and the referrers beyond are reported missing.
    public static let referrerScanDocuments = 10_000
    /// Bytes of parsed linked documents kept for reuse by the rules of one layout or repository.
    public static let linkedDocumentBytes = 64 << 20
    /// Files of one run that rules may follow descriptors into (`lint a.json b.json`); a run of more files
    /// makes such rules not checked on its documents rather than reading every file twice.
    public static let fileSetDocuments = 10_000
    /// The cost one `resolve()` or `referrers()` call adds to an expression's budget: at most 100 per evaluation.
    public static let linkCallCost = 10_000

    // MARK: Folder walks and named inputs

    /// Seconds a FIFO named on the command line waits for a writer when `--timeout` does not say (`lint` passes it).
    public static let fifoWriterWait = 30.0

    /// Folders deeper than this below an argument are not entered (a bound beside the device+inode cycle check);
    /// each is reported as not checked and makes the run incomplete. No path within PATH_MAX (4,096 bytes) is
    /// deeper than 2,048 folders, so in practice the path length is the limit, and it is reported the same way.
    public static let walkDepth = 2_048

    /// Bytes of a file over `--max-size` that discovery reads to tell a manifest from another file (and that the
    /// pre-push hook extracts of such a file).
    public static let markerPrefix = 64 << 10

    // MARK: Registries

    /// `Link` pages followed for one tag list or catalog (each must bring a new entry).
    public static let listPages = 1_000_000
    /// Tags or repositories taken from one list by default (`--max-list-entries`); past it the rest is reported, not
    /// audited, and the entries before it are.
    public static let listEntries = 1_000_000
    /// Entries asked for per page (`n=`); a registry may answer fewer.
    public static let listPageEntries = 1_000
    /// The largest body of one list page.
    public static let listPageSize = 8 << 20
    /// The longest `--timeout`, in seconds (a day).
    public static let timeoutCeiling = 86_400.0
    /// Registry requests in flight at once, at most.
    public static let concurrencyCeiling = 256
    /// Bytes of manifests, configs and parsed documents one registry audit keeps to avoid fetching them twice;
    /// past it the oldest are given up, so an audit's memory does not grow with the number of tags.
    public static let auditCacheBytes = 4 << 20
    /// Tags a registry audit checks before handing their results over (its memory holds one chunk's results).
    public static let auditChunk = 1024
    /// Bytes a streamed blob (`--verify-layers`) must bring in every `--timeout` window; fewer ends it as timed out,
    /// so a registry cannot hold a run by dripping a huge layer.
    public static let minimumBytesPerTimeout = 64 << 10
    /// Bytes read from a credential helper's standard output.
    public static let helperOutput = 64 << 10

    // MARK: Workflows

    /// Name pairs the repository-typo check compares in one file before it stops looking.
    public static let typoComparisons = 20_000_000

    // MARK: User patterns

    /// Seconds one regular-expression match may take before the pattern is judged too slow for this run.
    public static let regexMatchBudget = 0.25
    /// Seconds all matches of one pattern may take in one run.
    public static let regexTotalBudget = 2.0
}
