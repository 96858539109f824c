#!/bin/sh
# A hand-written OCI index (mediaType is optional in an OCI index) whose "manifests" is an object
# instead of an array -- a broken index any registry/client rejects -- is no longer discovered in a
# walk (schemaVersion counts only beside a manifests ARRAY). Named directly it gets wrong-type.
# Manifests with "layers": {} are still discovered (through "config"), so only indexes lose this.
cd "$(dirname "$0")"
M=${MANIFESTLINT:-manifestlint}
echo "== walk"; $M lint --no-config --allow-empty repo; echo "exit=$?"
echo "== named"; $M lint --no-config repo/index.json; echo "exit=$?"
