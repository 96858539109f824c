/// The pre-push hook `manifestlint hook install` writes: a POSIX shell script that lints the JSON files changed
/// by the commits being pushed, as they are in those commits (not the working tree), and blocks the push when
/// manifestlint fails.
public enum PrePushHook {
    /// The line that marks a hook as manifestlint's; `hook uninstall` removes only files that carry it.
    public static let marker = "# manifestlint-pre-push-hook v1"
    /// Where `hook install --chain` keeps the user's own hook; manifestlint's hook runs it first.
    public static let chainedName = "pre-push.before-manifestlint"

    public static func script(binary: String, failOn: String, chained: Bool) -> String {
        let chain = chained
            ? """
            if [ -x "$hooks/\(chainedName)" ]; then
                "$hooks/\(chainedName)" "$@" < "$work/refs" || exit $?
            fi
            """
            : "# (no chained hook)"
        return """
            #!/bin/sh
            \(marker)
            # Installed by `manifestlint hook install`; `manifestlint hook uninstall` removes it.
            # Lints the manifest and build-workflow files changed by the pushed commits and blocks the push on findings at or above
            # the fail level. Skip once with `git push --no-verify`.
            manifestlint=${MANIFESTLINT:-\(shellQuoted(binary))}
            command -v "$manifestlint" >/dev/null 2>&1 || manifestlint=manifestlint
            remote=$1
            hooks=$(dirname "$0")
            zero=$(git hash-object --stdin </dev/null | tr '0-9a-f' '0')
            work=$(mktemp -d "${TMPDIR:-/tmp}/manifestlint-hook.XXXXXX") || exit 1
            trap 'rm -rf "$work"' EXIT
            trap 'exit 1' INT TERM
            cat > "$work/refs"
            \(chain)
            top=$(git rev-parse --show-toplevel)
            if [ -e "$top/.manifestlint.yaml" ] || [ -L "$top/.manifestlint.yaml" ]; then config="--repository-config=$top/.manifestlint.yaml"; else config=--no-config; fi
            status=0
            count=0
            while read -r local_ref local_sha remote_ref remote_sha; do
                [ "$local_sha" = "$zero" ] && continue
                base=
                if [ "$remote_sha" != "$zero" ] && git cat-file -e "$remote_sha^{commit}" 2>/dev/null; then
                    base=$remote_sha
                else
                    # A new branch (or a remote this clone never fetched, or a push by URL): judge the commits no
                    # remote-tracking branch has, from where they leave the known history.
                    if [ -z "$(git rev-list -n 1 "$local_sha" --not --remotes 2>/dev/null)" ]; then continue; fi
                    base=$(git rev-list --boundary "$local_sha" --not --remotes 2>/dev/null | sed -n 's/^-//p' | head -n 1)
                    if [ -z "$base" ]; then
                        echo "manifestlint: no commit of ${local_ref#refs/heads/} is on a remote-tracking branch: checking every file it has" >&2
                    fi
                fi
                count=$((count + 1))
                tree="$work/tree-$count"
                mkdir "$tree" || exit 1
                # manifestlint itself reads the commit (NUL-separated, names as bytes, regular files only) and
                # writes the files a folder walk would lint into $tree, exactly as committed.
                files=$("$manifestlint" hook extract "$config" ${base:+"--base=$base"} "--into=$tree" "--list=$work/list-$count" -- "$local_sha") || {
                    echo "manifestlint: cannot read the files of $local_sha" >&2
                    status=2
                    continue
                }
                [ "$files" -gt 0 ] 2>/dev/null || continue
                echo "manifestlint: checking $files changed file(s) pushed to ${remote_ref#refs/heads/} (those that are manifests, layouts or build workflows are linted)" >&2
                # The files are named (not found by a walk): each is linted at any depth, and reports show the paths
                # as git does (images/index.json).
                (cd "$tree" && "$manifestlint" lint "$config" --allow-empty --discover "--files-from=$work/list-$count" --fail-on=\(failOn)) >&2 || status=$?
            done < "$work/refs"
            if [ "$status" -ne 0 ]; then
                echo "manifestlint: push blocked; fix the findings above (or skip this check once with git push --no-verify)" >&2
                exit 1
            fi
            exit 0

            """
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
