#!/bin/sh
set -e
for os in linux windows; do
  for arch in amd64 arm64; do
    docker push "example/app:$VERSION-$os-$arch"
  done
done
docker manifest create "example/app:$VERSION" "example/app:$VERSION-linux-amd64" "example/app:$VERSION-linux-arm64" "example/app:$VERSION-windows-amd46"
