#!/bin/sh
# The ACR documentation example as a plain docker CLI script.
set -eu
ID=$(git rev-parse --short HEAD)
REGISTRY=myregistry.azurecr.io/multi-arch-samples
docker build -t "$REGISTRY/myimage:$ID-amd64" -f dockerfile.arm64 .
docker build -t "$REGISTRY/myyimage:$ID-arm64" \
    -f dockerfile.amd64 .
docker push "$REGISTRY/myimage:$ID-arm64"
docker push "$REGISTRY/myimage:$ID-amd64"
docker manifest create "$REGISTRY/myimage:latest" \
    "$REGISTRY/myimage:$ID-arm64" \
    "$REGISTRY/myimage:$ID-amd64"
docker manifest push --purge "$REGISTRY/myimage:latest"
