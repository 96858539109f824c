#!/bin/sh
# the same promotion from a list a multi-platform build pushed: no finding
set -e
docker buildx build --platform linux/amd64,linux/arm64 -t "example/app:$GITHUB_SHA" --push .
docker buildx imagetools create -t example/app:latest "example/app:$GITHUB_SHA"
