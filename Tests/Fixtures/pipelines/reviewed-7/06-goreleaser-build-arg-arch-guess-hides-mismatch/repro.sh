#!/bin/sh
# Each folder: goarch arm64, no --platform, Dockerfile `FROM scratch` + COPY app: the image is
# the build machine's (amd64) with an arm64 binary inside -- the exact mistake
# binary-platform-mismatch exists for. Only the control is reported. The new exemption fires on
#  - any template containing ".arch"/".arm" as a substring: {{ .Env.ARM_TENANT_ID }} (Azure's
#    standard ARM_* variables), {{ .Env.ARCHIVE_URL }};
#  - any value that merely names an architecture somewhere: CC=aarch64-linux-gnu-gcc, BASE_TAG=1.2.3-amd64
#    (amd64 base for an arm64 binary!);
#  - TARGETARCH={{ .Arch }} with a Dockerfile whose FROM does not use it (the file is in the repo).
cd "$(dirname "$0")"
M=${MANIFESTLINT:-manifestlint}
for d in control azure-env archive-env cross-compiler version-suffix targetarch-scratch; do
  printf '%-20s %s  -> ' "$d" "$(grep -- '--build-arg' $d/.goreleaser.yaml | tr -d ' ')"
  $M lint --no-config "$d/.goreleaser.yaml" | grep -c binary-platform-mismatch
done
