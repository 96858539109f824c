#!/bin/sh
set -e
for arch in amd64 ppc64le; do
  docker push "example/app:$VERSION-$arch"
done
docker manifest create "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-ppc64le" "example/app:$VERSION-ppc64"
docker manifest push "example/app:$VERSION"
