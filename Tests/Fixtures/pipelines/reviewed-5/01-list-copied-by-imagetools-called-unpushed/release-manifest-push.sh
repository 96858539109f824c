#!/bin/sh
set -eu
for arch in amd64 arm64; do
  docker buildx build --platform "linux/$arch" -t "example/app:$VERSION-$arch" --push .
done
# 32-bit ARM images come from the Raspberry Pi builders' staging repository
docker manifest create "example/app:$VERSION-arm" "example/app-staging:$VERSION-armv6" "example/app-staging:$VERSION-armv7"
docker manifest push "example/app:$VERSION-arm"
docker buildx imagetools create -t "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-arm64" "example/app:$VERSION-arm"
