#!/bin/sh
set -e
for target in amd64 arm64; do
  docker buildx build --platform "linux/$target" -t "example/app:$VERSION-$target" --push .
done
docker buildx imagetools create -t "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-arm46"
