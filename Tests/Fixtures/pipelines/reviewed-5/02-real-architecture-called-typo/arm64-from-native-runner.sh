#!/bin/sh
# x86 images are built here; the arm64 image is pushed by the native arm64 runner's job (another workflow)
set -e
for arch in amd64 386; do
  docker buildx build --platform "linux/$arch" -t "example/app:$VERSION-$arch" --push .
done
docker buildx imagetools create -t "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-386" "example/app:$VERSION-arm64"
