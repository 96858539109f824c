#!/bin/sh
set -e
for platform in linux/amd64 linux/arm64; do
  docker buildx build --platform "$platform" -t "example/app:$VERSION-${platform#linux/}" --push .
done
docker buildx imagetools create -t "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-arm46"
