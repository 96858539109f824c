#!/bin/sh
set -e
docker buildx build --platform linux/amd64 -t "example/app:$GITHUB_SHA-amd64" --push .
docker buildx build --platform linux/arm64 -t "example/app:$GITHUB_SHA-arm64" --push .
docker buildx imagetools create -t "example/app:$GITHUB_SHA" "example/app:$GITHUB_SHA-amd64" "example/app:$GITHUB_SHA-arm64"
docker buildx imagetools create -t example/app:latest "example/app:$GITHUB_SHA"
