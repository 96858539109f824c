#!/bin/sh
set -e
VERSION=$(python3 scripts/get_version.py)
docker build -t example/app:$VERSION-amd64 --platform linux/amd64 .
docker build -t example/app:$VERSION-arm64 --platform linux/arm64 .
docker push example/app:$VERSION-amd64
docker manifest create example/app:$VERSION example/app:$VERSION-amd64 example/app:$VERSION-arm64
docker manifest push example/app:$VERSION
