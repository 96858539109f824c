#!/bin/sh
set -eu
# only the IBM architectures are built by this job
for arch in s390x ppc64le; do
  docker build --platform "linux/$arch" -t "example/app:$GITHUB_SHA-$arch" .
  docker push "example/app:$GITHUB_SHA-$arch"
done
docker manifest create "example/app:$GITHUB_SHA" "example/app:$GITHUB_SHA-s390x" "example/app:$GITHUB_SHA-ppc64le" "example/app:$GITHUB_SHA-amd64"
docker manifest push "example/app:$GITHUB_SHA"
