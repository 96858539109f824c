#!/bin/sh
set -e
docker manifest create "$IMAGE:$VERSION" "$IMAGE:$VERSION-arm" "$IMAGE:$VERSION-armhf"
docker manifest annotate "$IMAGE:$VERSION" "$IMAGE:$VERSION-arm" --arch arm --variant v6
docker manifest annotate "$IMAGE:$VERSION" "$IMAGE:$VERSION-armhf" --arch arm --variant v7
docker manifest push "$IMAGE:$VERSION"
