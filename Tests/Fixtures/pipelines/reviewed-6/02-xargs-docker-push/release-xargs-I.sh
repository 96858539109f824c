#!/bin/bash
set -e
for arch in amd64 arm64; do
  docker buildx build --platform "linux/$arch" -t "example/app:$GITHUB_SHA-$arch" --load .
done
printf '%s\n' amd64 arm64 | xargs -I{} docker push "example/app:$GITHUB_SHA-{}"
docker manifest create "example/app:$GITHUB_SHA" "example/app:$GITHUB_SHA-amd64" "example/app:$GITHUB_SHA-arm64"
docker manifest push "example/app:$GITHUB_SHA"
