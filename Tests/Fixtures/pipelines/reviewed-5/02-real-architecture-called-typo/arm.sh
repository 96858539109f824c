#!/bin/sh
set -e
for arch in amd64 arm64; do
  docker push "example/app:$VERSION-$arch"
done
docker manifest create "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-arm64" "example/app:$VERSION-arm"
docker manifest push "example/app:$VERSION"
