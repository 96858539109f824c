#!/bin/sh
# Two Cirrus CI docker_builder tasks (Cirrus runs tasks in parallel unless depends_on says otherwise)
# each append to example/app:1.0 with `imagetools create --append`: one platform can be lost.
# As .cirrus.yml the file is now read as one flat command list with no jobs, so the race is not
# reported; the identical content under another name is read as parallel jobs and is reported.
cd "$(dirname "$0")"
M=${MANIFESTLINT:-manifestlint}
echo "== .cirrus.yml"; $M lint --no-config repo/.cirrus.yml; echo "exit=$?"
tmp=$(mktemp -d); cp repo/.cirrus.yml "$tmp/ci.yml"
echo "== same content as ci.yml"; $M lint --no-config "$tmp/ci.yml"; echo "exit=$?"; rm -rf "$tmp"
