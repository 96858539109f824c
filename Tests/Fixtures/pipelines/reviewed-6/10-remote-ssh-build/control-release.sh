#!/bin/bash
# the same remote build through docker -H ssh://: no finding
set -e
docker buildx build --platform linux/amd64 -t "example/app:$GITHUB_SHA-amd64" --push .
docker -H ssh://builder@arm-box build -t "example/app:$GITHUB_SHA-arm64" .
docker -H ssh://builder@arm-box push "example/app:$GITHUB_SHA-arm64"
docker manifest create "example/app:$GITHUB_SHA" "example/app:$GITHUB_SHA-amd64" "example/app:$GITHUB_SHA-arm64"
docker manifest push "example/app:$GITHUB_SHA"
