#!/bin/bash
set -e
docker buildx build --platform linux/amd64 -t example/app:1.0 --push .
docker buildx build --platform linux/arm64 -t example/app:1.0-arm64 --push .
# show what the list would be, without pushing anything
docker buildx imagetools create --dry-run -t example/app:1.0 example/app:1.0 example/app:1.0-arm64
