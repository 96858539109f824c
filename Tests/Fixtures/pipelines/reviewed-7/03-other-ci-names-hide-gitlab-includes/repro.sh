#!/bin/sh
# A GitLab include file (read by GitLab because .gitlab-ci.yml includes it) whose name is one of
# "other CI systems'" names (.drone.yml, .cirrus.yml, anything under .circleci/) anywhere in the tree
# is no longer read as GitLab CI: the race between its two jobs is not reported, nor duplicate keys
# in a file named .cirrus.yml outside the root.
cd "$(dirname "$0")"
M=${MANIFESTLINT:-manifestlint}
echo "== repo as written (include: ci/.drone.yml) =="
$M lint --no-config repo; echo "exit=$?"
tmp=$(mktemp -d); cp -r repo "$tmp/"
mv "$tmp/repo/ci/.drone.yml" "$tmp/repo/ci/docker.yml"; mv "$tmp/repo/ci/.cirrus.yml" "$tmp/repo/ci/more.yml"
echo "== same files renamed ci/docker.yml, ci/more.yml =="
$M lint --no-config "$tmp/repo"; echo "exit=$?"; rm -rf "$tmp"
