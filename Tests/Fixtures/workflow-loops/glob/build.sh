#!/bin/sh
# Each folder is an architecture: the loop's values are not in the file.
for arch in */; do
  docker buildx build --platform "linux/$arch" -t "example/app:$VERSION-$arch" --push "$arch"
done
docker buildx imagetools create -t "example/app:$VERSION" "example/app:$VERSION-amd64" "example/app:$VERSION-arm46"
