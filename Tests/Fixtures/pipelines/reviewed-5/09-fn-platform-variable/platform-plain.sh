#!/bin/sh
set -e
for platform in amd64 arm64; do
  docker buildx build --platform "linux/$platform" -t "example/app:$VERSION-$platform" --push .
done
docker buildx imagetools create -t "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-arm46"
