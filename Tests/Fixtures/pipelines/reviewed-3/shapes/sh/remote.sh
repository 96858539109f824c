#!/usr/bin/env bash
set -euo pipefail
VERSION=${1:?version}
# amd64 is built here; arm64 on the Raspberry Pi build box
docker build -t registry.example.com/app:${VERSION}-amd64 .
docker push registry.example.com/app:${VERSION}-amd64
docker --context pi5 build -t registry.example.com/app:${VERSION}-arm64 .
docker --context pi5 push registry.example.com/app:${VERSION}-arm64
docker manifest create registry.example.com/app:${VERSION} \
  registry.example.com/app:${VERSION}-amd64 registry.example.com/app:${VERSION}-arm64
docker manifest push registry.example.com/app:${VERSION}
