#!/bin/sh
# A workflow under packages/lib/.github/workflows/ (no .git beside it) with a YAML error.
# Walking the monorepo: "other file skipped", exit 2 / or 0 among other files. Naming the file, or
# walking packages/lib: yaml-syntax error. Monorepos split per package (splitsh/lite, Symfony- and
# Laravel-style read-only sub-repos) DO run these workflows in the split repository.
cd "$(dirname "$0")"
M=${MANIFESTLINT:-manifestlint}
echo "== walk monorepo"; $M lint --no-config monorepo; echo "exit=$?"
echo "== walk monorepo/packages/lib"; $M lint --no-config monorepo/packages/lib; echo "exit=$?"
echo "== named"; $M lint --no-config monorepo/packages/lib/.github/workflows/release.yml; echo "exit=$?"
