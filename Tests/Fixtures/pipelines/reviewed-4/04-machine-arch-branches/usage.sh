#!/bin/bash
set -e
case "$1" in
  -h|--help) echo "usage: $0 VERSION"; exit 0 ;;
esac
VERSION=${1:-1.0}
docker build --build-arg GOARCH=amd64 -t example/app:$VERSION-linux-amd64 .
docker build --build-arg GOARCH=arm64 -t example/app:$VERSION-linux-arm64 .
docker push example/app:$VERSION-linux-amd64
docker push example/app:$VERSION-linux-arm64
docker manifest create example/app:$VERSION example/app:$VERSION-linux-amd64 example/app:$VERSION-linux-arm64
