import ArgumentParser
import Foundation
import ManifestLint

/// How registries are audited (`manifestlint lint registry.example.com/team/app`).
struct RegistryOptions: ParsableArguments {
    @Option(name: .customLong("catalog"), help: "Audit every repository of this registry host (repeatable).")
    var catalogs: [String] = []

    @Option(name: .customLong("repositories"), help: "With --catalog, audit only repositories matching this glob (team/*) or re:REGEX (repeatable).")
    var repositoryPatterns: [String] = []

    @Option(help: "Also audit the registry references listed in this file, one per line (- for standard input; # starts a comment).")
    var referencesFrom: String?

    @Option(help: "Audit one shard: K/N, 0 <= K < N, by a stable hash of repository and tag; N runs, K = 0 … N-1, audit everything once.")
    var shard: String?

    @Option(help: "Where registry audits keep results between runs (default: $XDG_CACHE_HOME/manifestlint, else ~/.cache/manifestlint).")
    var cacheDir: String?

    @Flag(help: "Neither read nor write the audit cache: every tag is fetched and checked.")
    var noCache = false

    @Option(help: "MiB of stored results the audit cache keeps at most; the least recently used go first.")
    var cacheMaxSize = 1024

    @Option(help: "Tags (or repositories) taken from one tag list (or catalog); past it the rest is reported as not audited.")
    var maxListEntries = Limits.listEntries

    @Flag(help: "Show the audit's progress line on standard error even when it is not a terminal (one line per 5% then).")
    var progress = false

    @Flag(help: "Talk plain HTTP to registries instead of HTTPS (loopback and test registries; per host: registries.insecure in your own $XDG_CONFIG_HOME/manifestlint/config.yaml). Credentials are sent over plain HTTP to loopback addresses only.")
    var insecure = false

    @Option(help: "Registry requests in flight at once.")
    var concurrency = 8

    @Flag(inversion: .prefixedNo, help: "Follow indexes into manifests and configs in registries (layers by HEAD).")
    var deep = true

    @Flag(help: "Also download and hash every layer (slow).")
    var verifyLayers = false

    @Option(help: "Seconds before a registry request times out, its retries and Retry-After waits included.")
    var timeout: Double = 30

    @Option(help: "Seconds a whole registry audit may take: what is not done by then is reported as not checked (exit 3).")
    var deadline: Double?

    func validate() throws {
        if concurrency < 1 || concurrency > Limits.concurrencyCeiling {
            throw ValidationError("--concurrency must be between 1 and \(Limits.concurrencyCeiling).")
        }
        // NaN fails every comparison, so test for the accepted range rather than against it.
        if !(timeout.isFinite && timeout > 0 && timeout <= Limits.timeoutCeiling) {
            throw ValidationError("--timeout must be a number of seconds above 0 and at most \(Int(Limits.timeoutCeiling)).")
        }
        if maxListEntries < 1 || maxListEntries > 100_000_000 {
            throw ValidationError("--max-list-entries must be from 1 to 100000000.")
        }
        if cacheMaxSize < 1 || cacheMaxSize > 1 << 20 {
            throw ValidationError("--cache-max-size must be a number of MiB from 1 to 1048576.")
        }
        if let shard, AuditSelection.Shard(parsing: shard) == nil {
            throw ValidationError("--shard must be K/N with N from 1 to 100000 and K from 0 to N-1 (got \(shard)).")
        }
        for pattern in repositoryPatterns {
            do { _ = try AuditSelection.Pattern(pattern) } catch { throw ValidationError(error.message) }
        }
        if !repositoryPatterns.isEmpty, catalogs.isEmpty {
            throw ValidationError("--repositories filters the repositories of --catalog; name a --catalog HOST.")
        }
        if let deadline, !(deadline.isFinite && deadline > 0 && deadline <= Limits.timeoutCeiling) {
            throw ValidationError("--deadline must be a number of seconds above 0 and at most \(Int(Limits.timeoutCeiling)).")
        }
    }

    /// Splits command-line inputs: an existing path (or `-`) is a file; otherwise a registry reference
    /// (`docker://`, `oci://`, or a first component that is a host) is audited; anything else, and anything named
    /// like a file (`out.oci/index.json`), is a missing file: a mistyped path never becomes a network request.
    static func split(_ inputs: [String]) -> (files: [String], references: [RegistryReference]) {
        var files: [String] = [], references: [RegistryReference] = []
        for input in inputs {
            if input == "-" || FileManager.default.fileExists(atPath: input) {
                files.append(input)
            } else if !RegistryReference.namesAFile(input), let reference = RegistryReference(parsing: input) {
                references.append(reference)
            } else {
                files.append(input)
            }
        }
        return (files, references)
    }

    /// Sets the audit up (what can refuse the run, refused now: an unreadable list, a bad user config); nil when
    /// there is nothing to audit. `PreparedAudit.run` audits, handing results over as they come.
    func prepareAudit(_ named: [RegistryReference], linter: Linter, configuration: Configuration) throws -> PreparedAudit? {
        var references = named
        if let referencesFrom {
            let handle = referencesFrom == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: referencesFrom)
            guard let handle, let data = try? handle.readToEnd() ?? Data() else {
                Console.error("--references-from \(referencesFrom): cannot be read")
                throw ExitCode(ExitStatus.usage)
            }
            do {
                references += try AuditSelection.references(fromList: String(decoding: data, as: UTF8.self), name: referencesFrom)
            } catch {
                Console.error(error.message)
                throw ExitCode(ExitStatus.usage)
            }
        }
        guard !references.isEmpty || !catalogs.isEmpty else { return nil }
        let user: UserConfiguration
        do {
            user = try UserConfiguration.load()
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        var options = RegistryClient.Options()
        options.insecure = insecure
        // The user's own config, and loopback hosts from the repository's (Configuration refuses any other).
        options.insecureHosts = Set(user.insecureRegistries + configuration.insecureRegistries)
        options.timeout = timeout
        options.deadline = deadline.map { Date().addingTimeInterval($0) }
        options.connections = concurrency
        var audit = RegistryAudit(client: RegistryClient(options: options), linter: linter)
        audit.concurrency = concurrency
        audit.deep = deep
        audit.verifyLayers = verifyLayers
        audit.selection.shard = shard.flatMap(AuditSelection.Shard.init(parsing:))
        audit.maximumListEntries = maxListEntries
        if !noCache {
            let key = AuditCache.policyKey(linter: linter, options: ["deep \(deep)", "verify-layers \(verifyLayers)"])
            do {
                audit.cache = try AuditCache(folder: cacheDir ?? AuditCache.defaultFolder, maximumBytes: cacheMaxSize << 20, policyKey: key)
            } catch {
                // Without its cache the audit still runs, only slower: said, not fatal.
                Console.error("\(error.description); auditing without it")
            }
        }
        audit.selection.repositories = repositoryPatterns.compactMap { try? AuditSelection.Pattern($0) }
        let terminal = isatty(STDERR_FILENO) != 0
        if terminal || progress {
            let line = ProgressLine(terminal: terminal)
            audit.progress = { line.show($0) }
        }
        return PreparedAudit(audit: audit, references: references, catalogs: catalogs, terminal: terminal)
    }
}

/// A registry audit ready to run.
struct PreparedAudit {
    let audit: RegistryAudit
    let references: [RegistryReference]
    let catalogs: [String]
    let terminal: Bool

    /// Audits, handing each result over as it is ready: memory holds a chunk of tags, not the registry.
    func run(_ deliver: (LintResult) -> Void) {
        // SIGINT or SIGTERM ends the audit early with a report of what was done (a second one ends the process).
        Interruption.catchSignals()
        audit.audit(references: references, catalogs: catalogs) { result in
            if audit.progress != nil, terminal { try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8)) }
            deliver(result)
        }
        Interruption.release()
        audit.cache?.evict()
        if audit.progress != nil, terminal { try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8)) }
    }
}
