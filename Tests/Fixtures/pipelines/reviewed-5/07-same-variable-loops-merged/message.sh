#!/bin/sh
set -eu
for arch in amd64 arm64; do
  docker pull "example/base:$arch"
done
for arch in s390x ppc64le; do
  docker build --platform "linux/$arch" -t "example/app:$VERSION-$arch" .
  docker push "example/app:$VERSION-$arch"
done
docker manifest create "example/app:$VERSION" "example/app:$VERSION-s390x" "example/app:$VERSION-ppc64el"
docker manifest push "example/app:$VERSION"
