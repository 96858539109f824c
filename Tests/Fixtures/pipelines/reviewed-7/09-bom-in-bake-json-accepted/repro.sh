#!/bin/sh
# The BOM skip lives in WorkflowReader, which also reads docker-bake.json (JSON). A BOM in index.json
# is an error ("JSON texts must not have ... Go clients reject"), but the same BOM in docker-bake.json
# is silently skipped and the file linted as if fine. buildx reads bake JSON with Go JSON/HCL-JSON
# parsers; unless those skip a BOM (to confirm), `docker buildx bake` fails on this file.
cd "$(dirname "$0")"
M=${MANIFESTLINT:-manifestlint}
head -c 3 repo/docker-bake.json | od -An -tx1
$M lint --no-config repo; echo "exit=$?"
