#!/bin/sh
set -eu
for arch in amd64 arm64 $EXTRA; do
  docker buildx build --platform "linux/$arch" -t "example/app:$VERSION-$arch" --push .
done
# the 32-bit ARM image is built on a Raspberry Pi into a staging repository; copy it next to the others
docker buildx imagetools create -t "example/app:$VERSION-arm" "example/app-staging:$VERSION-arm"
docker buildx imagetools create -t "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-arm64" "example/app:$VERSION-arm"
