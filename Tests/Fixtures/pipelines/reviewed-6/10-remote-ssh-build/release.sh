#!/bin/bash
set -e
docker buildx build --platform linux/amd64 -t "example/app:$GITHUB_SHA-amd64" --push .
ssh builder@arm-box "docker build -t example/app:$GITHUB_SHA-arm64 . && docker push example/app:$GITHUB_SHA-arm64"
docker manifest create "example/app:$GITHUB_SHA" "example/app:$GITHUB_SHA-amd64" "example/app:$GITHUB_SHA-arm64"
docker manifest push "example/app:$GITHUB_SHA"
