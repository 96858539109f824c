#!/bin/sh
set -e
docker buildx build --platform linux/amd64 -t example/app:1.0 --push .
docker buildx build --platform linux/arm64 -t example/app:1.0-arm64 --push .
docker buildx imagetools create -t example/app:1.0 example/app:1.0 example/app:1.0-arm64
