#!/bin/sh
set -e
docker build --platform linux/amd64 -t example/app:1.0-amd64 .
docker build --platform linux/arm64 -t example/app:1.0-arm64 .
echo example/app:1.0-amd64 example/app:1.0-arm64 | xargs -n1 docker push
docker manifest create example/app:1.0 example/app:1.0-amd64 example/app:1.0-arm64
docker manifest push example/app:1.0
