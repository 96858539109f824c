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

    // MARK: Folder walks

    /// Folders deeper than this below an argument are not entered (a bound beside the device+inode cycle check).
    public static let walkDepth = 256

    // MARK: Registries

    /// `Link` pages followed for one tag list or catalog.
    public static let listPages = 1_000
    /// Tags or repositories accumulated from one list.
    public static let listEntries = 1_000_000
    /// The largest body of one list page.
    public static let listPageSize = 8 << 20
    /// The longest `--timeout`, in seconds (a day).
    public static let timeoutCeiling = 86_400.0
    /// Registry requests in flight at once, at most.
    public static let concurrencyCeiling = 256
    /// Bytes of manifests, configs and parsed documents one registry audit keeps to avoid fetching them twice;
    /// past it the oldest are given up, so an audit's memory does not grow with the number of tags.
    public static let auditCacheBytes = 4 << 20
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
