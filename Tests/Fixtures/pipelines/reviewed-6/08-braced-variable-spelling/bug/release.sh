#!/bin/sh
# a real mistake (arm64 built, never pushed) that the brace spelling hides
set -e
docker build --platform linux/amd64 -t "${IMAGE}:${VERSION}-amd64" .
docker build --platform linux/arm64 -t "${IMAGE}:${VERSION}-arm64" .
docker push "${IMAGE}:${VERSION}-amd64"
docker manifest create "$IMAGE:$VERSION" "$IMAGE:$VERSION-amd64" "$IMAGE:$VERSION-arm64"
docker manifest push "$IMAGE:$VERSION"
