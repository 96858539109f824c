#!/bin/bash
set -e
docker build --platform linux/amd64 -t example/app:1.0-amd64 .
docker build --platform linux/arm64 -t example/app:1.0-arm64 .
for i in 1 2 3; do docker push example/app:1.0-amd64 && break || sleep 5; done
for i in 1 2 3; do docker push example/app:1.0-arm64 && break || sleep 5; done
docker manifest create example/app:1.0 example/app:1.0-amd64 example/app:1.0-arm64
docker manifest push example/app:1.0
