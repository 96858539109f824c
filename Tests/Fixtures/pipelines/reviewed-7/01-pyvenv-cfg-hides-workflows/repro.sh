#!/bin/sh
# An empty file named pyvenv.cfg in .github/ makes the walk skip .github/ entirely: the
# workflow's unordered-tag-writes error disappears, silently, and the run exits 0.
cd "$(dirname "$0")"
M=${MANIFESTLINT:-manifestlint}
echo "== with repo/.github/pyvenv.cfg (empty file, as a PR could add) =="
$M lint --no-config repo; echo "exit=$?"
echo "== JSON report: any trace of the skipped folder? =="
$M lint --no-config --format json repo | grep -c release.yml
echo "== same workflow named directly =="
$M lint --no-config repo/.github/workflows/release.yml; echo "exit=$?"
echo "== same effect with pyvenv.cfg in .github/workflows/ or in any manifests folder (deploy/, ci/) =="
echo "== without pyvenv.cfg (copy) =="
tmp=$(mktemp -d); cp -r repo "$tmp/"; rm "$tmp/repo/.github/pyvenv.cfg"
$M lint --no-config "$tmp/repo"; echo "exit=$?"; rm -rf "$tmp"
