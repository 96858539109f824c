#!/bin/sh
set -e
docker manifest create "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-arm46"
for arch in amd64 arm64; do
  docker push "example/app:$VERSION-$arch"
  docker manifest annotate "example/app:$VERSION" "example/app:$VERSION-$arch" --os linux --arch "$arch"
done
docker manifest push "example/app:$VERSION"
