#!/usr/bin/env bash
set -euxo pipefail
IMG=docker.io/example/app
V=1.2.3
for arch in amd64 arm64 arm; do
  :
done
docker buildx build --platform linux/amd64 -t $IMG:$V-amd64 --push .
docker buildx build --platform linux/arm64/v8 -t $IMG:$V-arm64v8 --push .
docker buildx build --platform linux/arm/v7 -t $IMG:$V-armhf --push .
docker buildx build --platform linux/arm/v6 -t $IMG:$V-armel --push .
docker manifest create --amend $IMG:$V $IMG:$V-amd64 $IMG:$V-arm64v8 $IMG:$V-armhf $IMG:$V-armel
docker manifest annotate $IMG:$V $IMG:$V-arm64v8 --os linux --arch arm64 --variant v8
docker manifest annotate $IMG:$V $IMG:$V-armhf --os linux --arch arm --variant v7
docker manifest annotate $IMG:$V $IMG:$V-armel --os linux --arch arm --variant v6
docker manifest push --purge $IMG:$V
