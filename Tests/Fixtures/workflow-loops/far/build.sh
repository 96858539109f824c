#!/bin/sh
# ppc64le was pushed by an earlier release: no value of the loop is close to it.
for arch in amd64 arm64; do
  docker buildx build --platform "linux/$arch" -t "example/app:$VERSION-$arch" --push .
done
docker buildx imagetools create -t "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-arm64" "example/app:$VERSION-ppc64le"
