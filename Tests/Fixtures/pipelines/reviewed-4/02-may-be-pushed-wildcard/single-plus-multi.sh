#!/bin/sh
set -e
VERSION=$1
docker build -t example/app:$VERSION .
docker push example/app:$VERSION
docker build --platform linux/amd64 -t example/app:$VERSION-amd64 .
docker build --platform linux/arm64 -t example/app:$VERSION-arm64 .
docker push example/app:$VERSION-amd64
docker manifest create example/app:$VERSION-multi example/app:$VERSION-amd64 example/app:$VERSION-arm64
docker manifest push example/app:$VERSION-multi
