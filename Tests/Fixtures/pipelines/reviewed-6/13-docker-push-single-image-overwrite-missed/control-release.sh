#!/bin/sh
set -e
docker buildx build --platform linux/amd64 -t example/app:1.0 -t example/app:1.0-amd64 --push .
docker build --platform linux/arm64 -t example/app:1.0-arm64 .
docker push example/app:1.0
docker push example/app:1.0-amd64
docker push example/app:1.0-arm64
docker manifest create example/app:1.0 example/app:1.0-amd64 example/app:1.0-arm64
docker manifest push example/app:1.0
