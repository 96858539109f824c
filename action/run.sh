#!/usr/bin/env bash
# The GitHub Action's one step (action.yml): downloads the manifestlint release for the runner's architecture,
# verifies it against the release's SHA256SUMS, and lints. Inputs come as INPUT_* variables; a test runs this
# script against a loopback server that serves a release built by scripts/release.
set -euo pipefail
version=${INPUT_VERSION#v}
case "${RUNNER_ARCH:-$(uname -m)}" in
  X64|x86_64|amd64) arch=amd64 ;;
  ARM64|aarch64|arm64) arch=arm64 ;;
  *) echo "::error title=manifestlint::no manifestlint release for runner architecture ${RUNNER_ARCH:-$(uname -m)}"; exit 2 ;;
esac
name=manifestlint-$version-linux-$arch
base=${INPUT_RELEASE_URL%/}/v$version
dir=$(mktemp -d "${RUNNER_TEMP:-/tmp}/manifestlint.XXXXXX")
curl -fsSL --retry 3 -o "$dir/$name.tar.gz" "$base/$name.tar.gz"
curl -fsSL --retry 3 -o "$dir/SHA256SUMS" "$base/SHA256SUMS"
# Only the tarball's own line, so a SHA256SUMS that lacks it fails instead of checking nothing.
grep -F "  $name.tar.gz" "$dir/SHA256SUMS" > "$dir/expected" || { echo "::error title=manifestlint::SHA256SUMS of $version has no line for $name.tar.gz"; exit 2; }
(cd "$dir" && sha256sum --strict -c expected) || { echo "::error title=manifestlint::$name.tar.gz does not match SHA256SUMS"; exit 2; }
tar -xzf "$dir/$name.tar.gz" -C "$dir"
manifestlint=$dir/$name/manifestlint
"$manifestlint" --version
read -r -a paths <<< "${INPUT_PATHS:-.}"
options=()
[ -n "${INPUT_CONFIG:-}" ] && options+=(--config "$INPUT_CONFIG")
if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  # The SARIF report for code scanning never fails the step; the run below decides.
  "$manifestlint" lint "${options[@]}" --format sarif --output "$INPUT_SARIF_FILE" --fail-on none "${paths[@]}" || true
fi
exec "$manifestlint" lint "${options[@]}" --format "${INPUT_FORMAT:-github}" --fail-on "${INPUT_FAIL_ON:-error}" "${paths[@]}"
